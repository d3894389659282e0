// Personal data at rest: the cipher and its keys, what the Member table really holds on every
// backend, a wrong key, and the migration that replaced the plain columns.
import { randomBytes } from 'node:crypto';
import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { systemClock, uuidIds } from '@gonghui/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_MEMBERS, demoIdNumber, seedDemoData } from '../src/seed.js';
import type { Database } from '../src/store/database.js';
import { MigrationError, migrate, pgliteConnection, readMigrations } from '../src/store/migrate.js';
import {
  loadDataKey,
  PersonalDataCipher,
  PersonalDataError,
  parseDataKey,
} from '../src/store/personal-data.js';
import { PrismaStore } from '../src/store/prisma-store.js';
import { createTestDatabase, testBackends } from './support/database.js';

/** The personal-data cipher under the data key `loadDataKey` finds. */
async function loadCipher(env: Parameters<typeof loadDataKey>[0], file: string): Promise<PersonalDataCipher> {
  const { key, source } = await loadDataKey(env, file);
  return new PersonalDataCipher(key, source);
}

const cipherOf = (key: Buffer) => new PersonalDataCipher(key, 'test');
const ID = '33010619900307124X';
const DATA = { idNumber: ID, phone: '13912345678', birthDate: '1990-03-07' } as const;

describe('the personal-data cipher', () => {
  const cipher = cipherOf(randomBytes(32));

  it('seals each field as v1:<base64url iv|tag|ciphertext> with a fresh IV, and opens it again', () => {
    const a = cipher.seal('m1', DATA);
    const b = cipher.seal('m1', DATA);
    for (const value of [a.idNumberEncrypted, a.phoneEncrypted, a.birthDateEncrypted]) {
      expect(value).toMatch(/^v1:[A-Za-z0-9_-]+$/);
      // 12-byte IV + 16-byte tag + the ciphertext (as long as the UTF-8 plaintext).
      expect(Buffer.from(value?.slice(3) ?? '', 'base64url').length).toBeGreaterThanOrEqual(12 + 16 + 10);
    }
    expect(a.idNumberEncrypted).not.toBe(b.idNumberEncrypted);
    expect(cipher.openAll({ id: 'm1', ...a })).toEqual(DATA);
    expect(cipher.seal('m1', { ...DATA, phone: null }).phoneEncrypted).toBeNull();
    expect(cipher.open({ id: 'm1', phoneEncrypted: null }, 'phone')).toBeNull();
  });

  it('computes a deterministic blind index of the normalised ID number, independent of the encryption', () => {
    const hash = cipher.idNumberHash(ID);
    expect(hash).toMatch(/^v1:[A-Za-z0-9_-]{43}$/);
    expect(cipher.idNumberHash(` ${ID.toLowerCase()} `)).toBe(hash);
    expect(cipher.seal('m1', DATA).idNumberHash).toBe(hash);
    expect(cipher.idNumberHash('330106199003071251')).not.toBe(hash);
    expect(cipherOf(randomBytes(32)).idNumberHash(ID)).not.toBe(hash);
  });

  it('refuses a wrong key, a value moved to another member or field, and a tampered value, naming the member', () => {
    const sealed = cipher.seal('member-42', DATA);
    const wrongKey = cipherOf(randomBytes(32));
    expect(() => wrongKey.open({ id: 'member-42', ...sealed }, 'idNumber')).toThrow(PersonalDataError);
    expect(() => wrongKey.open({ id: 'member-42', ...sealed }, 'idNumber')).toThrow(
      /idNumber of member member-42: authentication failed \(a different GONGHUI_DATA_KEY/,
    );
    expect(() => cipher.open({ id: 'member-43', ...sealed }, 'idNumber')).toThrow(/member member-43/);
    expect(() =>
      cipher.open({ id: 'member-42', birthDateEncrypted: sealed.phoneEncrypted as string }, 'birthDate'),
    ).toThrow(PersonalDataError);
    const bytes = Buffer.from(sealed.idNumberEncrypted.slice(3), 'base64url');
    bytes[bytes.length - 1] = (bytes[bytes.length - 1] ?? 0) ^ 1;
    const tampered = `v1:${bytes.toString('base64url')}`;
    expect(() => cipher.open({ id: 'member-42', idNumberEncrypted: tampered }, 'idNumber')).toThrow(
      PersonalDataError,
    );
    expect(() =>
      cipher.open(
        { id: 'member-42', idNumberEncrypted: `v2:${sealed.idNumberEncrypted.slice(3)}` },
        'idNumber',
      ),
    ).toThrow(/sealed with key 'v2', this server has only 'v1'/);
  });
});

describe('loading the data key', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'gonghui-data-key-'));
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('reads GONGHUI_DATA_KEY as 64 hex digits or base64, and refuses any other length clearly', async () => {
    const key = randomBytes(32);
    expect(parseDataKey(key.toString('hex'))).toEqual(key);
    expect(parseDataKey(key.toString('base64'))).toEqual(key);
    expect(parseDataKey(key.toString('base64url'))).toEqual(key);
    const a = await loadCipher({ GONGHUI_DATA_KEY: key.toString('hex') }, join(dir, 'unused'));
    const b = await loadCipher({ GONGHUI_DATA_KEY: key.toString('base64') }, join(dir, 'unused'));
    expect(b.openAll({ id: 'm', ...a.seal('m', DATA) })).toEqual(DATA);
    expect(a.source).toBe('GONGHUI_DATA_KEY');
    for (const wrong of [randomBytes(16).toString('base64'), randomBytes(31).toString('hex'), 'not a key!']) {
      await expect(loadCipher({ GONGHUI_DATA_KEY: wrong }, join(dir, 'unused'))).rejects.toThrow(
        /GONGHUI_DATA_KEY must be 32 bytes, written as 64 hex digits or base64/,
      );
    }
    await expect(stat(join(dir, 'unused'))).rejects.toThrow();
  });

  it('production refuses to start without GONGHUI_DATA_KEY', async () => {
    await expect(loadCipher({ NODE_ENV: 'production' }, join(dir, 'prod-key'))).rejects.toThrow(
      /production mode needs GONGHUI_DATA_KEY/,
    );
    await expect(stat(join(dir, 'prod-key'))).rejects.toThrow();
  });

  it('development keeps a random key in the data directory: created once (mode 0600), then reused', async () => {
    const file = join(dir, 'data', 'data-key');
    const first = await loadCipher({}, file);
    const text = await readFile(file, 'utf8');
    expect(parseDataKey(text)).toHaveLength(32);
    expect((await stat(file)).mode & 0o777).toBe(0o600);
    expect(first.source).toBe(`development key in ${file}`);
    const second = await loadCipher({ GONGHUI_DATA_KEY: '' }, file);
    expect(await readFile(file, 'utf8')).toBe(text);
    expect(second.openAll({ id: 'm', ...first.seal('m', DATA) })).toEqual(DATA);
  });
});

describe.each(testBackends())('members at rest on %s', (backend) => {
  let db: Database;
  beforeAll(async () => {
    db = await createTestDatabase(backend);
    await seedDemoData(new PrismaStore(db), { clock: systemClock, ids: uuidIds });
  });
  afterAll(() => db?.close());

  it('no clear ID number, phone or birth date appears anywhere in a Member row', async () => {
    const rows = await db.prisma.$queryRawUnsafe<Record<string, unknown>[]>('SELECT * FROM "Member"');
    expect(rows).toHaveLength(DEMO_MEMBERS.length);
    const text = JSON.stringify(rows);
    for (const person of DEMO_MEMBERS) {
      const idNumber = demoIdNumber(person.first17);
      const birth = idNumber.slice(6, 14);
      const birthDate = `${birth.slice(0, 4)}-${birth.slice(4, 6)}-${birth.slice(6, 8)}`;
      expect(text).toContain(person.name); // the name stays clear, for ordering and listing
      for (const secret of [idNumber, idNumber.slice(0, 17), birth, birthDate, person.phone ?? idNumber]) {
        expect(text, `${person.name}: ${secret}`).not.toContain(secret);
      }
    }
    for (const row of rows) {
      expect(Object.keys(row)).not.toEqual(expect.arrayContaining(['idNumber']));
      expect(row.idNumberEncrypted).toMatch(/^v1:/);
      expect(row.birthDateEncrypted).toMatch(/^v1:/);
      expect(row.idNumberHash).toMatch(/^v1:/);
    }
  });

  it('the store reads members back in clear, and finds one by ID number through the blind index', async () => {
    const person = DEMO_MEMBERS[0];
    if (!person) throw new Error('a demo member expected');
    const found = await new PrismaStore(db).transaction((uow) =>
      uow.members.findByIdNumber(demoIdNumber(person.first17)),
    );
    expect(found).toMatchObject({
      name: person.name,
      idNumber: demoIdNumber(person.first17),
      phone: person.phone,
    });
  });

  it('a store with another key fails with an error naming the member, never garbage', async () => {
    const row = await db.prisma.member.findFirstOrThrow({ select: { id: true } });
    const other = new PrismaStore({ ...db, personalData: cipherOf(randomBytes(32)) });
    const error = await other.transaction((uow) => uow.members.findById(row.id)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PersonalDataError);
    expect((error as Error).message).toContain(`member ${row.id}`);
  });

  it('the audit log keeps masked values only', async () => {
    const text = JSON.stringify(
      await db.prisma.auditEntry.findMany({
        where: { targetType: 'Member' },
        select: { before: true, after: true },
      }),
    );
    for (const person of DEMO_MEMBERS) {
      expect(text).not.toContain(demoIdNumber(person.first17));
      if (person.phone !== null) expect(text).not.toContain(person.phone);
    }
    expect(text).toContain('********');
  });
});

describe('the migration that encrypts personal data, on a database with plain members', () => {
  const ENCRYPT = '20261201000000_encrypt_personal_data';
  let db: PGlite;
  let before: Awaited<ReturnType<typeof readMigrations>>;
  let encrypt: Awaited<ReturnType<typeof readMigrations>>;
  beforeAll(async () => {
    const all = await readMigrations();
    before = all.filter((m) => m.name < ENCRYPT);
    encrypt = all.filter((m) => m.name >= ENCRYPT);
  });
  afterAll(() => db?.close());

  /** A database as the previous version left it: one organization, plain members, their events and audit entries. */
  async function previousVersion(members: { id: string; actor: string }[]): Promise<PGlite> {
    const pglite = await PGlite.create('memory://');
    await migrate(pgliteConnection(pglite), { migrations: before });
    await pglite.exec(`INSERT INTO "Organization" ("id", "name", "kind", "level", "depth", "updatedAt")
      VALUES ('org', '某工会', 'GRASSROOTS_UNION', 'GRASSROOTS', 0, now())`);
    let seq = 0;
    for (const { id, actor } of members) {
      await pglite.query(
        `INSERT INTO "Member" ("id", "name", "idNumber", "gender", "birthDate", "phone", "organizationId", "status",
           "custody", "memberSince", "since", "updatedAt")
         VALUES ($1, '某', $2, 'FEMALE', '1990-03-07', '13912345678', 'org', 'ACTIVE', 'EMPLOYER_UNION',
           '2020-01-01', '2020-01-01', now())`,
        [id, `${id}-idnumber`],
      );
      await pglite.query(
        `INSERT INTO "MembershipEvent" ("id", "memberId", "type", "date", "toOrganizationId")
         VALUES ($1, $2, 'JOINED', '2020-01-01', 'org')`,
        [`${id}-joined`, id],
      );
      seq++;
      await pglite.query(
        `INSERT INTO "AuditEntry" ("seq", "at", "actor", "action", "targetType", "targetId", "prevHash", "hash")
         VALUES ($1, now(), $2, 'member.registered', 'Member', $3, 'x', 'y')`,
        [seq, actor, id],
      );
    }
    return pglite;
  }

  it('deletes the demo seed’s members (and their events), keeps their audit entries, and applies', async () => {
    db = await previousVersion([
      { id: 'a', actor: 'system:seed' },
      { id: 'b', actor: 'system:seed' },
    ]);
    expect((await migrate(pgliteConnection(db), { migrations: [...before, ...encrypt] })).applied).toEqual(
      encrypt.map((m) => m.name),
    );
    expect((await db.query('SELECT * FROM "Member"')).rows).toEqual([]);
    expect((await db.query('SELECT * FROM "MembershipEvent"')).rows).toEqual([]);
    expect((await db.query('SELECT * FROM "AuditEntry"')).rows).toHaveLength(2);
    await db.close();
  });

  it('refuses, with a message saying what to do, when a member was not created by the demo seed', async () => {
    db = await previousVersion([
      { id: 'a', actor: 'system:seed' },
      { id: 'c', actor: 'alice' },
    ]);
    const error = await migrate(pgliteConnection(db), { migrations: [...before, ...encrypt] }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(MigrationError);
    expect((error as Error).message).toMatch(
      /1 member\(s\) with personal data in plain columns, not created by the demo seed.*Delete those members/,
    );
    // Rolled back: nothing deleted, the plain columns still there.
    expect((await db.query('SELECT "id", "idNumber" FROM "Member" ORDER BY "id"')).rows).toHaveLength(2);
  });
});
