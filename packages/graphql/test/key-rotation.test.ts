// Key rotation (`gonghui keys rotate`): every member's personal data and blind index re-sealed under
// a new key version, resumable after a stop, then read back with the new key alone; the ID-number
// lookup (one person, one record) still works under the new key.
import { randomBytes } from 'node:crypto';
import { execute, registerMember, systemClock, uuidIds } from '@gonghui/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importMembers } from '../src/import/job.js';
import { fileInMemory } from '../src/import/source.js';
import { DEMO_KINDERGARTEN_UNION, demoIdNumber, seedDemoData } from '../src/seed.js';
import type { Database } from '../src/store/database.js';
import { rotatePersonalData } from '../src/store/key-rotation.js';
import { PersonalDataCipher, PersonalDataError, parseVersionedDataKey } from '../src/store/personal-data.js';
import { PrismaStore } from '../src/store/prisma-store.js';
import { createTestDatabase, testBackends, testPersonalData } from './support/database.js';

const env = { clock: systemClock, ids: uuidIds };

describe('data key versions', () => {
  it('read from the key text: v<N>: before the key, none for version 1', () => {
    const key = randomBytes(32);
    expect(parseVersionedDataKey(key.toString('base64'))).toEqual({ key, version: 1 });
    expect(parseVersionedDataKey(`v7:${key.toString('hex')}`)).toEqual({ key, version: 7 });
    expect(() => parseVersionedDataKey(`v0:${key.toString('hex')}`)).toThrow('version is 1 or more');
    expect(() => new PersonalDataCipher(key, 'x', 2, new PersonalDataCipher(key, 'y', 2))).toThrow(
      'both version 2',
    );
  });
});

describe.each(testBackends())('key rotation on %s', (backend) => {
  let db: Database;
  let clear: Map<string, { idNumber: string; phone: string | null; birthDate: string }>;
  let half: () => ReturnType<typeof importMembers>;
  const person = (n: number) => demoIdNumber(`33010619900202${String(n).padStart(3, '0')}`);
  const newKey = randomBytes(32);
  const next = new PersonalDataCipher(newKey, 'new key', 2, testPersonalData);
  beforeAll(async () => {
    db = await createTestDatabase(backend);
    await seedDemoData(new PrismaStore(db), env);
    const seeded = await db.prisma.member.count();
    const union = await db.prisma.organization.findFirstOrThrow({ where: { name: DEMO_KINDERGARTEN_UNION } });
    const lines = ['姓名,身份证号,手机号'];
    for (let n = 0; n < 23; n++) {
      lines.push(`轮换${n},${person(n)},${n % 2 ? '13900000000' : ''}`);
    }
    const file = fileInMemory('rotation.csv', Buffer.from(lines.join('\n')));
    const who = { actor: 'test', requestId: null };
    await importMembers(db, { organizationId: union.id, file, who, env });
    // An import stopped after its first batch: row 2's person is remembered under the old key,
    // row 3 (under 16, never registered) too; rows 5 and 6 repeat them in the rest of the file.
    const young = demoIdNumber('33010620200101001');
    const halfFile = fileInMemory(
      'half.csv',
      Buffer.from(
        [
          '姓名,身份证号',
          `半途,${person(30)}`,
          `年少,${young}`,
          `半途二,${person(31)}`,
          `又是,${person(30)}`,
          `又年少,${young}`,
        ].join('\n'),
      ),
    );
    await expect(
      importMembers(db, {
        organizationId: union.id,
        file: halfFile,
        who,
        env,
        batchRows: 2,
        onProgress: (job) => {
          if (job.committedRow > 1) throw new Error('stopped');
        },
      }),
    ).rejects.toThrow('stopped');
    half = () =>
      importMembers(
        { ...db, personalData: new PersonalDataCipher(newKey, 'new key only', 2) },
        {
          organizationId: union.id,
          file: halfFile,
          who,
          env,
        },
      );
    const rows = await db.prisma.member.findMany();
    clear = new Map(rows.map((r) => [r.id, testPersonalData.openAll(r)]));
    expect(clear.size).toBe(seeded + 23 + 1);
  });
  afterAll(() => db.close());

  it('re-seals every member batch by batch, continues after a stop, and the new key alone reads them all', async () => {
    let batches = 0;
    await expect(
      rotatePersonalData(
        db,
        next,
        () => {
          if (++batches === 2) throw new Error('stopped');
        },
        10,
      ),
    ).rejects.toThrow('stopped');
    const versions = async () =>
      (await db.prisma.member.findMany({ select: { idNumberEncrypted: true } })).map((r) =>
        PersonalDataCipher.keyIdOf(r.idNumberEncrypted),
      );
    expect((await versions()).filter((v) => v === 'v2')).toHaveLength(20);
    const done = await rotatePersonalData(db, next, () => {}, 10);
    // Two batches of 10 were done before the stop; the rest is rotated now.
    expect(done).toEqual({ seen: clear.size, total: clear.size, rotated: clear.size - 20 });
    expect(new Set(await versions())).toEqual(new Set(['v2']));
    const again = await rotatePersonalData(db, next, () => {}, 10);
    expect(again.rotated).toBe(0);
  });

  it('reads every member back under the new key only, and the blind index still finds a person', async () => {
    const newOnly = new PersonalDataCipher(newKey, 'new key only', 2);
    for (const row of await db.prisma.member.findMany()) {
      expect(newOnly.openAll(row)).toEqual(clear.get(row.id));
      expect(PersonalDataCipher.keyIdOf(row.idNumberHash)).toBe('v2');
      expect(() => testPersonalData.openAll(row)).toThrow(PersonalDataError);
    }
    const store = new PrismaStore({ ...db, personalData: newOnly });
    const union = await db.prisma.organization.findFirstOrThrow({ where: { name: DEMO_KINDERGARTEN_UNION } });
    const taken = await execute(store, env, registerMember, {
      organizationId: union.id,
      name: '再来',
      idNumber: demoIdNumber('33010619900202005'),
    });
    expect(taken.ok ? 'registered' : taken.error.code).toBe('MEMBER_ID_NUMBER_TAKEN');
  });

  it('re-hashes the ID numbers a stopped import remembers: resumed under the new key, it still finds a person twice in its file', async () => {
    const stopped = await db.prisma.memberImport.findFirstOrThrow({ where: { fileName: 'half.csv' } });
    const people = await db.prisma.memberImportPerson.findMany({ where: { importId: stopped.id } });
    const all = await db.prisma.memberImportPerson.findMany();
    expect(all.every((p) => PersonalDataCipher.keyIdOf(p.idNumberHash) === 'v2')).toBe(true);
    // Row 2's person holds the new blind index; row 3's (no member holds it) is forgotten.
    expect(people.map((p) => [p.row, PersonalDataCipher.keyIdOf(p.idNumberHash)])).toEqual([[2, 'v2']]);
    const job = await half();
    expect(job).toMatchObject({ status: 'DONE', imported: 2, rejected: 3 });
    const problems = await db.prisma.memberImportProblem.findMany({
      where: { importId: job.id },
      orderBy: { row: 'asc' },
    });
    expect(problems.map((p) => [p.row, p.code])).toEqual([
      [3, 'MEMBERSHIP_UNDER_AGE'],
      [5, 'IMPORT_DUPLICATE_ROW'],
      [6, 'MEMBERSHIP_UNDER_AGE'],
    ]);
  });
});
