// The client's activity and fund operations against a real server on the demo data: 余杭区总工会's
// fund, its ledger and a reversal, the year's report; a fund, program and run of one's own (preview,
// run, run again paying nobody twice); an activity, enrollments with MEMBER tokens, the waiting
// list, the remaining places over Server-Sent Events and a cancellation moving the waiting member up.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemClock, uuidIds } from '../../core/src/index.js';
import { seedDemoData } from '../../graphql/src/seed.js';
import { DEMO_BENEFITS_ORGANIZATION, DEMO_FUND, DEMO_MUTUAL_AID } from '../../graphql/src/seed-benefits.js';
import { type RunningServer, startServer } from '../../graphql/src/server.js';
import type { Database } from '../../graphql/src/store/database.js';
import { PrismaStore } from '../../graphql/src/store/prisma-store.js';
import { adminBearer, bearer, testAuth } from '../../graphql/test/support/auth.js';
import { createTestDatabase } from '../../graphql/test/support/database.js';
import {
  BenefitReportDocument,
  CancelEnrollmentDocument,
  CreateActivityDocument,
  CreateBenefitProgramDocument,
  CreateFundDocument,
  createClient,
  EnrollDocument,
  FundProgramsDocument,
  type GonghuiClient,
  MyEnrollmentsDocument,
  OrganizationFundsDocument,
  OrganizationsDocument,
  PreviewDisbursementDocument,
  ProgramLedgerDocument,
  RemainingPlacesDocument,
  ReverseLedgerEntryDocument,
  RunDisbursementDocument,
} from '../src/index.js';

let db: Database;
let server: RunningServer;
let client: GonghuiClient;
let yuhang: string;

/** A global ID as the API gives it. */
const gid = (type: string, id: string) => Buffer.from(`${type}:${id}`).toString('base64');

beforeAll(async () => {
  db = await createTestDatabase('pglite');
  await seedDemoData(new PrismaStore(db), { clock: systemClock, ids: uuidIds });
  server = await startServer({ db, auth: await testAuth(), port: 0, production: false });
  const authorization = await adminBearer();
  client = createClient({ url: server.url, headers: () => ({ authorization }) });
  const found = await client.request(OrganizationsDocument, {
    filter: { nameContains: DEMO_BENEFITS_ORGANIZATION },
  });
  yuhang = found.organizations.nodes[0]?.id as string;
}, 120_000);

afterAll(async () => {
  await server?.close();
  await db?.close();
});

describe('fund operations', () => {
  it("reads 余杭区总工会's fund and ledger, reverses a payment once, and reports the year", async () => {
    const { node } = await client.request(OrganizationFundsDocument, { id: yuhang, first: 5 });
    if (!node || !('funds' in node) || !node.funds) throw new Error('not an organization');
    const [fund] = node.funds.nodes;
    expect(fund).toMatchObject({ name: DEMO_FUND, total: { yuan: '5000000.00' } });
    expect(fund?.years.map((y) => [y.year, y.budget.yuan])).toEqual([
      [2018, '1500000.00'],
      [2019, '1500000.00'],
      [2020, '2000000.00'],
    ]);
    const programs = await client.request(FundProgramsDocument, { id: fund?.id as string, first: 10 });
    if (!programs.node || !('programs' in programs.node) || !programs.node.programs)
      throw new Error('not a fund');
    const program = programs.node.programs.nodes.find((p) => p.name === DEMO_MUTUAL_AID);
    expect(program).toMatchObject({
      amountPolicy: 'PER_MEMBER',
      amount: { yuan: '11.00' },
      realNameBonus: { yuan: '5.00' },
    });
    const ledger = await client.request(ProgramLedgerDocument, { id: program?.id as string, first: 10 });
    if (!ledger.node || !('ledger' in ledger.node)) throw new Error('not a program');
    const paid = ledger.node.ledger.nodes[0];
    expect(paid?.kind).toBe('PAYMENT');
    const reversed = await client.request(ReverseLedgerEntryDocument, {
      input: { entryId: paid?.id as string, reason: '发放对象有误' },
    });
    expect(reversed.reverseLedgerEntry.entry).toMatchObject({
      kind: 'REVERSAL',
      amount: { yuan: `-${paid?.amount.yuan}`, fen: `-${paid?.amount.fen}` },
    });
    const again = await client.request(ReverseLedgerEntryDocument, {
      input: { entryId: paid?.id as string, reason: '再次冲正' },
    });
    expect(again.reverseLedgerEntry.errors.map((e) => e.code)).toEqual(['LEDGER_ENTRY_REVERSED']);
    const { benefitReport } = await client.request(BenefitReportDocument, {
      organizationId: yuhang,
      year: 2018,
    });
    expect(benefitReport.budgeted.yuan).toBe('1500000.00');
    expect(benefitReport.months).toHaveLength(12);
    expect(benefitReport.months[11]?.payments).toBeGreaterThan(0);
  });

  it('creates a fund and a program, previews and runs a disbursement, and a second run pays nobody twice', async () => {
    const created = await client.request(CreateFundDocument, {
      input: {
        organizationId: yuhang,
        name: '余杭区总工会回乡路费补贴资金',
        total: '1000',
        fromYear: 2026,
        toYear: 2026,
        budgets: [{ year: 2026, amount: '1000' }],
      },
    });
    expect(created.createFund.errors).toEqual([]);
    const program = await client.request(CreateBenefitProgramDocument, {
      input: {
        fundId: created.createFund.fund?.id as string,
        name: '2026年回乡路费补贴',
        year: 2026,
        eligibility: 'LIVE_MEMBERS',
        amountPolicy: 'FIXED',
        amount: '1.50',
      },
    });
    const input = {
      programId: program.createBenefitProgram.program?.id as string,
      organizationId: yuhang,
      cutoff: '2026-06-30',
    };
    const preview = (await client.request(PreviewDisbursementDocument, { input })).previewDisbursement;
    expect(preview.runId).toBeNull();
    expect(preview.payments).toBeGreaterThan(0);
    const run = (await client.request(RunDisbursementDocument, { input })).runDisbursement;
    expect(run).toMatchObject({ total: preview.total, payments: preview.payments, errors: [] });
    expect(run.total?.yuan).toBe(((preview.payments ?? 0) * 1.5).toFixed(2));
    const second = (await client.request(RunDisbursementDocument, { input })).runDisbursement;
    expect(second).toMatchObject({ payments: 0, alreadyPaid: preview.payments, total: { yuan: '0.00' } });
  });
});

describe('activity operations', () => {
  it('enrols with MEMBER tokens, pushes the remaining places, and a cancellation moves the waiting member up', async () => {
    const created = await client.request(CreateActivityDocument, {
      input: {
        organizationId: yuhang,
        title: '职工读书会',
        place: '余杭区职工书屋',
        startsAt: new Date(Date.now() + 48 * 3_600_000).toISOString(),
        endsAt: new Date(Date.now() + 50 * 3_600_000).toISOString(),
        enrollmentOpensAt: new Date(Date.now() - 3_600_000).toISOString(),
        enrollmentClosesAt: new Date(Date.now() + 24 * 3_600_000).toISOString(),
        places: 1,
      },
    });
    const activityId = created.createActivity.activity?.id as string;
    const members = await db.prisma.member.findMany({
      where: {
        organization: {
          ancestorLinks: { some: { ancestorId: Buffer.from(yuhang, 'base64').toString().split(':')[1] } },
        },
      },
      orderBy: { name: 'asc' },
      take: 2,
    });
    const [first, second] = await Promise.all(
      members.map(async (m) => {
        const authorization = await bearer([{ role: 'MEMBER', memberId: m.id }], m.id);
        return {
          id: gid('Member', m.id),
          client: createClient({ url: server.url, headers: () => ({ authorization }) }),
        };
      }),
    );
    if (!first || !second) throw new Error('two members of 余杭 expected');
    const places = client.subscribe(RemainingPlacesDocument, { activityId });
    expect((await places.next()).value.remainingPlaces).toMatchObject({
      activityId,
      places: 1,
      taken: 0,
      remaining: 1,
    });
    const enrolled = await first.client.request(EnrollDocument, {
      input: { activityId, memberId: first.id },
    });
    expect(enrolled.enroll).toMatchObject({
      enrollment: { status: 'ENROLLED', arrival: 1 },
      remainingPlaces: 0,
    });
    expect((await places.next()).value.remainingPlaces).toMatchObject({ taken: 1, remaining: 0 });
    const waiting = await second.client.request(EnrollDocument, {
      input: { activityId, memberId: second.id },
    });
    expect(waiting.enroll.enrollment).toMatchObject({ status: 'WAITING', waitingPosition: 1 });
    const cancelled = await first.client.request(CancelEnrollmentDocument, {
      input: { activityId, memberId: first.id },
    });
    expect(cancelled.cancelEnrollment).toMatchObject({
      enrollment: { status: 'CANCELLED' },
      remainingPlaces: 0,
    });
    const mine = await second.client.request(MyEnrollmentsDocument);
    expect(mine.myEnrollments.map((e) => [e.activity.title, e.status, e.waitingPosition])).toEqual([
      ['职工读书会', 'ENROLLED', null],
    ]);
    await places.return?.();
  });
});
