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
  const newKey = randomBytes(32);
  const next = new PersonalDataCipher(newKey, 'new key', 2, testPersonalData);
  beforeAll(async () => {
    db = await createTestDatabase(backend);
    await seedDemoData(new PrismaStore(db), env);
    const seeded = await db.prisma.member.count();
    const union = await db.prisma.organization.findFirstOrThrow({ where: { name: DEMO_KINDERGARTEN_UNION } });
    const lines = ['姓名,身份证号,手机号'];
    for (let n = 0; n < 23; n++) {
      lines.push(
        `轮换${n},${demoIdNumber(`33010619900202${String(n).padStart(3, '0')}`)},${n % 2 ? '13900000000' : ''}`,
      );
    }
    const file = fileInMemory('rotation.csv', Buffer.from(lines.join('\n')));
    const who = { actor: 'test', requestId: null };
    await importMembers(db, { organizationId: union.id, file, who, env });
    const rows = await db.prisma.member.findMany();
    clear = new Map(rows.map((r) => [r.id, testPersonalData.openAll(r)]));
    expect(clear.size).toBe(seeded + 23);
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
});
