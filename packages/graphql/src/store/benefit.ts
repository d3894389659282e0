// The benefit module's adapter on Prisma: its reader, how its changes are written (funds and their
// years, programs, runs and the ledger) and what each writes to the audit log.
//
// Money is BIGINT fen. A fund year's row is locked by every run and reversal of that year
// (`lockYear`), its "spent" moves in the same transaction as the ledger entries, and the CHECK
// "FundYear_within_budget" refuses spending over budget or below zero; the unique key (program,
// member, kind) pays each member once per program whatever runs at once.

import { createHash } from 'node:crypto';
import type {
  AmountSpec,
  BeneficiaryFacts,
  BenefitProgram,
  BenefitReader,
  BenefitStoreChange,
  DisbursementRun,
  EligibilityName,
  Fund,
  LedgerEntry,
} from '@gonghui/core';
import type { Prisma } from '../generated/prisma/client.js';
import { type ChangeAudits, type ChangeWriters, fromDbDate, toDbDate, type UnitContext } from './unit.js';
import { LockSetChanged } from './write-lock.js';

type FundRow = Prisma.FundGetPayload<{ include: { years: true } }>;
type ProgramRow = Prisma.BenefitProgramGetPayload<object>;
type RunRow = Prisma.DisbursementRunGetPayload<object>;
type EntryRow = Prisma.LedgerEntryGetPayload<object>;

/** Ledger rows written per INSERT statement of a run. */
const ENTRIES_PER_STATEMENT = 5_000;

/** Maps a fund row with its years to the core entity (budgets by year). */
export function toFund(row: FundRow): Fund {
  return {
    id: row.id,
    organizationId: row.organizationId,
    name: row.name,
    total: { fen: Number(row.total) },
    fromYear: row.fromYear,
    toYear: row.toYear,
    budgets: [...row.years]
      .sort((a, b) => a.year - b.year)
      .map((y) => ({ year: y.year, amount: { fen: Number(y.budget) } })),
  };
}

/** Maps a disbursement run row to the core entity. */
export function toRun(row: RunRow): DisbursementRun {
  return {
    id: row.id,
    programId: row.programId,
    organizationId: row.organizationId,
    cutoff: fromDbDate(row.cutoff),
    total: { fen: Number(row.total) },
    payments: row.payments,
    at: row.at.toISOString(),
  };
}

/** What a run's payments are made of: one per member paid. */
export type PaymentFacts = Pick<LedgerEntry, 'id' | 'memberId' | 'organizationId' | 'amount'>;

/**
 * SHA-256 (hex) of a run's payments — id, member, union and fen of each, in id order — logged with
 * the run, so `audit verify --against-data` finds a payment changed, added or removed behind the log.
 */
export function ledgerDigest(payments: readonly PaymentFacts[]): string {
  const hash = createHash('sha256');
  const sorted = [...payments].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  for (const p of sorted) hash.update(`${p.id} ${p.memberId} ${p.organizationId} ${p.amount.fen}\n`);
  return hash.digest('hex');
}

/** Maps a program row to the core entity. */
export function toProgram(row: ProgramRow): BenefitProgram {
  const amount: AmountSpec =
    row.amountPolicy === 'PER_MEMBER'
      ? {
          kind: 'PER_MEMBER',
          base: { fen: Number(row.amount) },
          realNameBonus: { fen: Number(row.realNameBonus) },
        }
      : { kind: 'FIXED', amount: { fen: Number(row.amount) } };
  return {
    id: row.id,
    fundId: row.fundId,
    name: row.name,
    year: row.year,
    eligibility: row.eligibility as EligibilityName,
    amount,
    places: row.places,
  };
}

/** Maps a ledger row to the core entity. */
export function toLedgerEntry(row: EntryRow): LedgerEntry {
  return {
    id: row.id,
    fundId: row.fundId,
    programId: row.programId,
    year: row.year,
    memberId: row.memberId,
    organizationId: row.organizationId,
    amount: { fen: Number(row.amount) },
    kind: row.kind,
    runId: row.runId,
    reversesId: row.reversesId,
    at: row.at.toISOString(),
  };
}

/** The benefit module's reader inside a unit of work. */
export function benefitReader({ tx }: UnitContext): BenefitReader {
  return {
    async findFund(id) {
      const row = await tx.fund.findUnique({ where: { id }, include: { years: true } });
      return row ? toFund(row) : null;
    },
    async findProgram(id) {
      const row = await tx.benefitProgram.findUnique({ where: { id } });
      return row ? toProgram(row) : null;
    },
    async lockYear(fundId, year) {
      const [row] = await tx.$queryRaw<{ budget: bigint; spent: bigint }[]>`
        SELECT "budget", "spent" FROM "FundYear" WHERE "fundId" = ${fundId} AND "year" = ${year} FOR UPDATE`;
      return row ? { budget: { fen: Number(row.budget) }, spent: { fen: Number(row.spent) } } : null;
    },
    async beneficiaries(organizationId) {
      // One statement over the closure table; the phone stays sealed: only whether there is one matters.
      const rows = await tx.$queryRaw<
        {
          id: string;
          organizationId: string;
          status: BeneficiaryFacts['status'];
          memberSince: Date;
          since: Date;
          realName: boolean;
        }[]
      >`
        SELECT m."id", m."organizationId", m."status"::text AS "status", m."memberSince", m."since",
               (m."phoneEncrypted" IS NOT NULL) AS "realName"
        FROM "OrganizationLink" l JOIN "Member" m ON m."organizationId" = l."descendantId"
        WHERE l."ancestorId" = ${organizationId}`;
      return rows.map((r) => ({
        memberId: r.id,
        organizationId: r.organizationId,
        status: r.status,
        memberSince: fromDbDate(r.memberSince),
        since: fromDbDate(r.since),
        realName: r.realName,
      }));
    },
    async paidMemberIds(programId) {
      const rows = await tx.ledgerEntry.findMany({
        where: { programId, kind: 'PAYMENT' },
        select: { memberId: true },
      });
      return new Set(rows.map((r) => r.memberId));
    },
    async findEntry(id) {
      const row = await tx.ledgerEntry.findUnique({ where: { id } });
      return row ? toLedgerEntry(row) : null;
    },
    async isReversed(entryId) {
      return (await tx.ledgerEntry.count({ where: { reversesId: entryId } })) > 0;
    },
  };
}

/** Moves a fund year's spending by `fen` (negative for a reversal); the CHECK keeps it within the budget. */
async function spend({ tx }: UnitContext, fundId: string, year: number, fen: number): Promise<void> {
  await tx.$executeRaw`
    UPDATE "FundYear" SET "spent" = "spent" + ${fen}::bigint WHERE "fundId" = ${fundId} AND "year" = ${year}`;
}

/**
 * Appends a run's payments in statements of ENTRIES_PER_STATEMENT rows (what varies goes in as
 * arrays, what a run shares as one value); returns how many were new.
 */
async function appendPayments(
  { tx }: UnitContext,
  run: DisbursementRun,
  entries: readonly LedgerEntry[],
): Promise<number> {
  let written = 0;
  for (let start = 0; start < entries.length; start += ENTRIES_PER_STATEMENT) {
    const chunk = entries.slice(start, start + ENTRIES_PER_STATEMENT);
    const { fundId, year } = chunk[0] as LedgerEntry;
    written += await tx.$executeRaw`
      INSERT INTO "LedgerEntry" ("id", "fundId", "programId", "year", "memberId", "organizationId", "amount", "kind",
                                 "runId", "at")
      SELECT t."id", ${fundId}, ${run.programId}, ${year}, t."memberId", t."organizationId", t."amount", 'PAYMENT',
             ${run.id}, ${new Date(run.at)}
      FROM unnest(${chunk.map((e) => e.id)}::text[], ${chunk.map((e) => e.memberId)}::text[],
                  ${chunk.map((e) => e.organizationId)}::text[], ${chunk.map((e) => String(e.amount.fen))}::bigint[])
        AS t("id", "memberId", "organizationId", "amount")
      ON CONFLICT ("programId", "memberId", "kind") DO NOTHING`;
  }
  return written;
}

/** How each benefit change is written. */
export const benefitWriters: ChangeWriters<BenefitStoreChange> = {
  'benefit.fundCreated': async ({ tx, state }, { fund }) => {
    const row = await tx.fund.create({
      data: {
        id: fund.id,
        organizationId: fund.organizationId,
        name: fund.name,
        total: BigInt(fund.total.fen),
        fromYear: fund.fromYear,
        toYear: fund.toYear,
        years: { create: fund.budgets.map((b) => ({ year: b.year, budget: BigInt(b.amount.fen) })) },
      },
    });
    state.rows.set(row.id, row);
  },
  'benefit.programCreated': async ({ tx, state }, { program: p }) => {
    const row = await tx.benefitProgram.create({
      data: {
        id: p.id,
        fundId: p.fundId,
        name: p.name,
        year: p.year,
        eligibility: p.eligibility,
        amountPolicy: p.amount.kind,
        amount: BigInt(p.amount.kind === 'FIXED' ? p.amount.amount.fen : p.amount.base.fen),
        realNameBonus: BigInt(p.amount.kind === 'PER_MEMBER' ? p.amount.realNameBonus.fen : 0),
        places: p.places,
      },
    });
    state.rows.set(row.id, row);
  },
  'benefit.disbursed': async (unit, { run, entries }) => {
    const first = entries[0];
    const row = await unit.tx.disbursementRun.create({
      data: {
        id: run.id,
        programId: run.programId,
        organizationId: run.organizationId,
        cutoff: toDbDate(run.cutoff),
        total: BigInt(run.total.fen),
        payments: run.payments,
        at: new Date(run.at),
      },
    });
    unit.state.rows.set(row.id, row);
    if (!first) return;
    // The fund year is locked, so nobody paid these members meanwhile; if a row was already there,
    // the unit runs again and computes the run anew rather than book a total it did not pay.
    const written = await appendPayments(unit, run, entries);
    if (written !== entries.length)
      throw new LockSetChanged(`${entries.length - written} of the run's members were paid meanwhile`);
    await spend(unit, first.fundId, first.year, run.total.fen);
  },
  'benefit.reversed': async (unit, { reversal: r }) => {
    const row = await unit.tx.ledgerEntry.create({
      data: {
        id: r.id,
        fundId: r.fundId,
        programId: r.programId,
        year: r.year,
        memberId: r.memberId,
        organizationId: r.organizationId,
        amount: BigInt(r.amount.fen),
        kind: r.kind,
        reversesId: r.reversesId,
        at: new Date(r.at),
      },
    });
    unit.state.rows.set(row.id, row);
    await spend(unit, r.fundId, r.year, r.amount.fen);
  },
};

/**
 * What each benefit change writes to the audit log: a run is one entry with its totals and the
 * digest of its payments (the payments themselves are the ledger).
 */
export const benefitAudits: ChangeAudits<BenefitStoreChange> = {
  'benefit.fundCreated': (_, change) => [
    {
      action: change.type,
      targetType: 'Fund',
      targetId: change.fund.id,
      organizationId: change.fund.organizationId,
      after: change.fund,
    },
  ],
  'benefit.programCreated': (_, change) => [
    {
      action: change.type,
      targetType: 'BenefitProgram',
      targetId: change.program.id,
      organizationId: change.organizationId,
      after: change.program,
    },
  ],
  'benefit.disbursed': (_, change) => [
    {
      action: change.type,
      targetType: 'DisbursementRun',
      targetId: change.run.id,
      organizationId: change.run.organizationId,
      after: { ...change.run, ledgerDigest: ledgerDigest(change.entries) },
    },
  ],
  'benefit.reversed': (_, change) => [
    {
      action: change.type,
      targetType: 'LedgerEntry',
      targetId: change.reversal.id,
      organizationId: change.reversal.organizationId,
      after: { ...change.reversal, reason: change.reason },
    },
  ],
};
