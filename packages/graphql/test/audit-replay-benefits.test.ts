// `audit verify --against-data` over funds, fund years, programs, runs, the ledger, activities and
// enrollments: the demo's fund and run, enrollments with a cancellation that moves the waiting list
// up and a reversal replay to exactly the stored rows; every row edited behind the API's back (as a
// superuser could, triggers off) is named with its table, id and fields.

import { randomUUID } from 'node:crypto';
import {
  type CommandEnv,
  cancelEnrollment,
  createActivity,
  createBenefitProgram,
  disburse,
  enroll,
  execute,
  idCheckCharacter,
  registerMember,
  reverseLedgerEntry,
  systemClock,
  uuidIds,
} from '@gonghui/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemoData } from '../src/seed.js';
import { DEMO_BENEFITS_ORGANIZATION } from '../src/seed-benefits.js';
import { compareLogWithData, type DataDifference } from '../src/store/audit-replay.js';
import type { Database } from '../src/store/database.js';
import { PrismaStore } from '../src/store/prisma-store.js';
import { createTestDatabase, testBackends } from './support/database.js';
import { afterTampering, type Tx } from './support/tamper.js';

/** A command environment whose clock is stopped at `instant`. */
const at = (instant: string): CommandEnv => ({ clock: { now: () => new Date(instant) }, ids: uuidIds });

const summary = (d: DataDifference) => `${d.table} ${d.id} ${d.kind} ${[...d.fields].sort().join(',')}`;

describe.each(testBackends())('audit replay of funds and activities on %s', (backend) => {
  let db: Database;
  let activityId: string;
  let enrollments: { id: string; memberId: string; status: string }[];

  /** The differences `tamper` leaves, as summaries, sorted (everything is rolled back afterwards). */
  const tampered = async (tamper: (tx: Tx) => Promise<unknown>) =>
    (await afterTampering(db, tamper, (tx) => compareLogWithData(tx, db.personalData, { batchSize: 7 })))
      .map(summary)
      .sort();

  beforeAll(async () => {
    db = await createTestDatabase(backend);
    const store = new PrismaStore(db, { actor: 'tester', requestId: null });
    await seedDemoData(store, { clock: systemClock, ids: uuidIds });
    const county = await db.prisma.organization.findFirstOrThrow({
      where: { name: DEMO_BENEFITS_ORGANIZATION },
    });
    const union = await db.prisma.organization.findFirstOrThrow({
      where: { name: '杭州余杭未来智造科技有限公司工会' },
    });
    for (let i = 0; i < 4; i++) {
      const first17 = `33011019850${i + 1}1500${i}`;
      const registered = await execute(store, at('2019-01-02T01:00:00Z'), registerMember, {
        organizationId: union.id,
        name: `读书会员${i}`,
        idNumber: first17 + idCheckCharacter(first17),
        joinedOn: '2019-01-01',
      });
      if (!registered.ok) throw new Error(registered.error.message);
    }
    // A 2019 program of the demo fund, paid to every member of the county's subtree.
    const fund = await db.prisma.fund.findFirstOrThrow();
    const program = await execute(store, at('2019-03-01T01:00:00Z'), createBenefitProgram, {
      fundId: fund.id,
      name: '2019年职工体检',
      year: 2019,
      eligibility: 'LIVE_MEMBERS',
      amountPolicy: 'FIXED',
      amount: '120',
      realNameBonus: null,
      places: null,
    });
    if (!program.ok) throw new Error(program.error.message);
    const run = await execute(store, at('2019-03-02T01:00:00Z'), disburse, {
      programId: program.value.id,
      organizationId: county.id,
      cutoff: '2019-03-01',
      commit: true,
    });
    if (!run.ok) throw new Error(run.error.message);
    const env = at('2019-06-10T01:00:00Z');
    const created = await execute(store, env, createActivity, {
      organizationId: county.id,
      title: '职工读书会',
      description: null,
      place: '余杭区职工书屋',
      startsAt: '2019-06-30T09:00:00+08:00',
      endsAt: '2019-06-30T11:00:00+08:00',
      enrollmentOpensAt: '2019-06-01T09:00:00+08:00',
      enrollmentClosesAt: '2019-06-20T18:00:00+08:00',
      places: 2,
      placesPerMember: null,
      waitingList: null,
      eligibility: null,
    });
    if (!created.ok) throw new Error(created.error.message);
    activityId = created.value.id;
    const paid = await db.prisma.ledgerEntry.findMany({
      where: { programId: program.value.id },
      orderBy: { id: 'asc' },
      take: 3,
    });
    for (const entry of paid.slice(0, 3)) {
      const enrolled = await execute(store, env, enroll, {
        activityId,
        memberId: entry.memberId,
        places: null,
      });
      if (!enrolled.ok) throw new Error(enrolled.error.message);
    }
    // The first enrolled cancels: the third, waiting, moves up.
    const cancelled = await execute(store, env, cancelEnrollment, {
      activityId,
      memberId: paid[0]?.memberId as string,
    });
    if (!cancelled.ok) throw new Error(cancelled.error.message);
    const reversed = await execute(store, env, reverseLedgerEntry, {
      entryId: paid[0]?.id as string,
      reason: '重复发放',
    });
    if (!reversed.ok) throw new Error(reversed.error.message);
    enrollments = await db.prisma.enrollment.findMany({ where: { activityId }, orderBy: { arrival: 'asc' } });
  }, 120_000);
  afterAll(() => db?.close());

  it('replays the demo fund, its run, enrollments, a cancellation moving the waiting list and a reversal exactly', async () => {
    expect(enrollments.map((e) => e.status)).toEqual(['CANCELLED', 'ENROLLED', 'ENROLLED']);
    expect(await db.prisma.ledgerEntry.count({ where: { kind: 'REVERSAL' } })).toBe(1);
    expect(await compareLogWithData(db.prisma, db.personalData)).toEqual([]);
  });

  it('names activities and enrollments edited behind the log: fields, places taken, extra rows', async () => {
    const [cancelled, enrolled] = enrollments;
    const extra = randomUUID();
    const member = await db.prisma.member.findFirstOrThrow({
      where: { id: { notIn: enrollments.map((e) => e.memberId) } },
    });
    expect(
      await tampered(async (tx) => {
        await tx.$executeRaw`UPDATE "Activity" SET "title" = '改名', "taken" = 1 WHERE "id" = ${activityId}`;
        await tx.$executeRaw`UPDATE "Enrollment" SET "status" = 'ENROLLED' WHERE "id" = ${cancelled?.id}`;
        await tx.$executeRaw`UPDATE "Enrollment" SET "places" = 2 WHERE "id" = ${enrolled?.id}`;
        await tx.$executeRaw`INSERT INTO "Enrollment" ("id", "activityId", "memberId", "places", "status", "arrival", "enrolledAt", "updatedAt")
          VALUES (${extra}, ${activityId}, ${member.id}, 1, 'WAITING', 9, now(), now())`;
      }),
    ).toEqual(
      [
        `Activity ${activityId} different taken,title`,
        `Enrollment ${cancelled?.id} different status`,
        `Enrollment ${enrolled?.id} different places`,
        `Enrollment ${extra} extra `,
      ].sort(),
    );
  });

  it('names funds, fund years, programs and reversals edited behind the log', async () => {
    const fund = await db.prisma.fund.findFirstOrThrow();
    const program = await db.prisma.benefitProgram.findFirstOrThrow();
    const reversal = await db.prisma.ledgerEntry.findFirstOrThrow({ where: { kind: 'REVERSAL' } });
    expect(
      await tampered(async (tx) => {
        await tx.$executeRaw`UPDATE "Fund" SET "name" = '改名' WHERE "id" = ${fund.id}`;
        await tx.$executeRaw`UPDATE "FundYear" SET "spent" = "spent" + 100 WHERE "fundId" = ${fund.id} AND "year" = 2018`;
        await tx.$executeRaw`UPDATE "FundYear" SET "budget" = 1 WHERE "fundId" = ${fund.id} AND "year" = 2020`;
        await tx.$executeRaw`UPDATE "BenefitProgram" SET "amount" = 1200 WHERE "id" = ${program.id}`;
        await tx.$executeRaw`DELETE FROM "LedgerEntry" WHERE "id" = ${reversal.id}`;
      }),
    ).toEqual(
      [
        `Fund ${fund.id} different budgets,name`,
        `FundYear ${fund.id}/2018 different spent`,
        `FundYear ${fund.id}/2020 different budget`,
        `BenefitProgram ${program.id} different amount`,
        `LedgerEntry ${reversal.id} missing `,
      ].sort(),
    );
  });

  it('names a run whose payments were changed, moved to another member, removed or added to', async () => {
    const run = await db.prisma.disbursementRun.findFirstOrThrow({
      where: { cutoff: new Date('2019-03-01') },
    });
    const [first, , third] = await db.prisma.ledgerEntry.findMany({
      where: { runId: run.id },
      orderBy: { id: 'asc' },
      take: 3,
    });
    if (!first || !third) throw new Error('the demo run pays at least three members');
    const [unpaid] = await db.prisma.$queryRaw<{ id: string }[]>`
      SELECT "id" FROM "Member" WHERE "id" NOT IN (SELECT "memberId" FROM "LedgerEntry") ORDER BY "id" LIMIT 1`;
    if (!unpaid) throw new Error('a demo member the run did not pay');
    const digest = `DisbursementRun ${run.id} different ledgerDigest`;
    expect(
      await tampered((tx) => tx.$executeRaw`UPDATE "LedgerEntry" SET "amount" = 1 WHERE "id" = ${first.id}`),
    ).toEqual([`DisbursementRun ${run.id} different ledgerDigest,ledgerTotal`]);
    expect(
      await tampered(
        (tx) => tx.$executeRaw`UPDATE "LedgerEntry" SET "memberId" = ${unpaid.id} WHERE "id" = ${third.id}`,
      ),
    ).toEqual([digest]);
    expect(
      await tampered((tx) => tx.$executeRaw`DELETE FROM "LedgerEntry" WHERE "id" = ${first.id}`),
    ).toEqual([`DisbursementRun ${run.id} different ledgerDigest,ledgerPayments,ledgerTotal`]);
    const stray = randomUUID();
    expect(
      await tampered(
        (
          tx,
        ) => tx.$executeRaw`INSERT INTO "LedgerEntry" ("id", "fundId", "programId", "year", "memberId", "organizationId", "amount", "kind", "at")
          VALUES (${stray}, ${first.fundId}, ${first.programId}, 2019, ${unpaid.id}, ${first.organizationId}, 1600, 'PAYMENT', now())`,
      ),
    ).toEqual([`LedgerEntry ${stray} extra `]);
  });
});
