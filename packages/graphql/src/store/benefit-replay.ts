// The benefit module's part of `audit verify --against-data`: funds and their years, programs,
// disbursement runs and the ledger, as the audit log says they must be.
//
// Funds, programs, runs and reversals are logged whole and compared field by field. A run's
// payments are not logged one by one (a run may pay 100,000 members): the run's entry carries their
// number, total and `ledgerDigest`, and the ledger rows of the run must add up to them. A fund year's
// `spent` must be what its runs and reversals booked.

import { compareTable, type DataDifference, type DataReader, type ModuleReplay } from './audit-replay.js';
import type { Json } from './audit-seal.js';
import { ledgerDigest, toFund, toLedgerEntry, toProgram, toRun } from './benefit.js';

type Row = Record<string, Json>;

/** A fund year's key in the replayed state. */
const yearKey = (fundId: string, year: number) => `${fundId}/${year}`;

/** The replay of funds, programs, runs and the ledger. */
export function benefitReplay(): ModuleReplay {
  const funds = new Map<string, Row>();
  const programs = new Map<string, Row>();
  const runs = new Map<string, Row>();
  const reversals = new Map<string, Row>();
  return {
    apply(action, _before, after) {
      const row = after as Row;
      switch (action) {
        case 'benefit.fundCreated':
          funds.set(row.id as string, row);
          return;
        case 'benefit.programCreated':
          programs.set(row.id as string, row);
          return;
        case 'benefit.disbursed':
          runs.set(row.id as string, row);
          return;
        case 'benefit.reversed': {
          const { reason: _reason, ...entry } = row;
          reversals.set(entry.id as string, entry);
        }
      }
    },
    async compare(db: DataReader): Promise<DataDifference[]> {
      const fen = (money: Json | undefined) => (money as { fen: number } | undefined)?.fen ?? 0;
      // What the log says each fund year holds: its budget, and what its runs and reversals booked.
      const years = new Map<string, Row>();
      for (const fund of funds.values()) {
        for (const budget of fund.budgets as Row[]) {
          const key = yearKey(fund.id as string, budget.year as number);
          years.set(key, { budget: budget.amount as Json, spent: { fen: 0 } });
        }
      }
      const book = (fundId: string, year: number, amount: number) => {
        const entry = years.get(yearKey(fundId, year));
        if (entry) entry.spent = { fen: fen(entry.spent) + amount };
      };
      for (const run of runs.values()) {
        const program = programs.get(run.programId as string);
        if (program) book(program.fundId as string, program.year as number, fen(run.total));
      }
      for (const r of reversals.values()) book(r.fundId as string, r.year as number, fen(r.amount));

      const byId = <T extends { id: string }>(rows: readonly T[]) =>
        new Map(rows.map((r) => [r.id, r as unknown as Record<string, unknown>]));
      const fundRows = await db.fund.findMany({ include: { years: true } });
      const yearRows = new Map(
        fundRows.flatMap((f) =>
          f.years.map((y) => [
            yearKey(f.id, y.year),
            { budget: { fen: Number(y.budget) }, spent: { fen: Number(y.spent) } },
          ]),
        ),
      );
      const entries = await db.ledgerEntry.findMany();
      const reversalRows = byId(entries.filter((e) => e.kind === 'REVERSAL').map(toLedgerEntry));
      // A run as its ledger rows have it: their number, total and digest (payments of no logged run are extras).
      const paid = new Map<string, typeof entries>();
      for (const e of entries) {
        if (e.kind !== 'PAYMENT') continue;
        const key = e.runId ?? '';
        const list = paid.get(key);
        if (list) list.push(e);
        else paid.set(key, [e]);
      }
      const runRows = new Map(
        (await db.disbursementRun.findMany()).map((r) => {
          const payments = (paid.get(r.id) ?? []).map(toLedgerEntry);
          const ledger = {
            ledgerPayments: payments.length,
            ledgerTotal: { fen: payments.reduce((sum, p) => sum + p.amount.fen, 0) },
            ledgerDigest: ledgerDigest(payments),
          };
          return [r.id, { ...toRun(r), ...ledger } as Record<string, unknown>];
        }),
      );
      // The log's run: its own fields, and its payments as the ledger must hold them (the digest
      // only where the entry carries one: runs logged before digests were).
      const loggedRuns = new Map(
        [...runs].map(([id, run]) => {
          const actual = runRows.get(id);
          const digest = run.ledgerDigest ?? (actual?.ledgerDigest as Json | undefined) ?? null;
          const ledger: Row = {
            ledgerPayments: run.payments ?? null,
            ledgerTotal: run.total ?? null,
            ledgerDigest: digest,
          };
          return [id, { ...run, ...ledger }];
        }),
      );
      const strays: DataDifference[] = [...paid]
        .filter(([runId]) => !runRows.has(runId))
        .flatMap(([, rows]) =>
          rows.map((e) => ({
            table: 'LedgerEntry' as const,
            id: e.id,
            kind: 'extra' as const,
            fields: [],
            message: `LedgerEntry ${e.id} is a payment of no recorded disbursement run`,
          })),
        );
      return [
        ...compareTable('Fund', funds, byId(fundRows.map(toFund))),
        ...compareTable('FundYear', years, yearRows),
        ...compareTable(
          'BenefitProgram',
          programs,
          byId((await db.benefitProgram.findMany()).map(toProgram)),
        ),
        ...compareTable('DisbursementRun', loggedRuns, runRows),
        ...compareTable('LedgerEntry', reversals, reversalRows),
        ...strays,
      ];
    },
  };
}
