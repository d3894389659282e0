// A bulk import's batch sent by COPY on PostgreSQL (store/member.ts `writeImported` on a direct
// transaction, statements.ts `copyInOf`): a member someone registered meanwhile fails the COPY on the
// unique key of "Member"."idNumberHash", named as the import's retry expects it (db-errors.ts
// `violatedUniqueIndex`), the whole transaction rolls back (the new member sent before it too), and
// the pool's connection serves the next transaction.
import { randomUUID } from 'node:crypto';
import { type Member, systemClock, uuidIds } from '@gonghui/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_KINDERGARTEN_UNION, demoIdNumber, seedDemoData } from '../src/seed.js';
import type { Database } from '../src/store/database.js';
import { violatedUniqueIndex } from '../src/store/db-errors.js';
import { memberWriters, toMember } from '../src/store/member.js';
import { PrismaStore } from '../src/store/prisma-store.js';
import { copyInOf, directTransactionOf } from '../src/store/statements.js';
import type { UnitContext } from '../src/store/unit.js';
import { createTestDatabase, testPostgresUrl } from './support/database.js';

describe.skipIf(testPostgresUrl() === undefined)('an imported batch sent by COPY on PostgreSQL', () => {
  let db: Database;
  beforeAll(async () => {
    db = await createTestDatabase('postgres');
    await seedDemoData(new PrismaStore(db), { clock: systemClock, ids: uuidIds });
  });
  afterAll(() => db.close());

  it('fails on a person registered meanwhile, naming the unique key, and rolls the batch back whole', async () => {
    const direct = directTransactionOf(db.prisma);
    if (direct === undefined) throw new Error('no direct transaction on PostgreSQL');
    const union = await db.prisma.organization.findFirstOrThrow({ where: { name: DEMO_KINDERGARTEN_UNION } });
    const registered = toMember(
      await db.prisma.member.findFirstOrThrow({ where: { organizationId: union.id } }),
      db.personalData,
    );
    const fresh: Member = {
      ...registered,
      id: randomUUID(),
      name: '新来的',
      idNumber: demoIdNumber('11010119900101123'),
    };
    // The second is the person registered already, under a new member id: as a batch decided ahead has it.
    const batch = [fresh, { ...registered, id: randomUUID() }].map((member) => ({
      member,
      event: {
        id: randomUUID(),
        memberId: member.id,
        type: 'JOINED' as const,
        date: member.membership.memberSince,
        fromOrganizationId: null,
        toOrganizationId: union.id,
        reason: null,
        note: null,
      },
    }));
    const failed = await direct(async (tx) => {
      expect(copyInOf(tx)).toBeDefined();
      const unit: UnitContext = {
        tx,
        state: { plan: undefined, locked: new Map(), rows: new Map(), trailing: [] },
        personalData: db.personalData,
        who: { actor: 'importer', requestId: null },
      };
      await memberWriters['member.imported'](unit, {
        type: 'member.imported',
        importId: randomUUID(),
        organizationId: union.id,
        registered: batch,
      });
    }).catch((error: unknown) => error);
    expect(violatedUniqueIndex(failed)).toBe('Member_idNumberHash_key');
    expect(await db.prisma.member.count({ where: { id: { in: batch.map((b) => b.member.id) } } })).toBe(0);
    // The connection went back to the pool usable: the next direct transaction runs.
    expect(
      await direct(async (tx) => (await tx.$queryRaw<{ one: number }[]>`SELECT 1 AS "one"`)[0]?.one),
    ).toBe(1);
  });
});
