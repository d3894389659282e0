// The bargaining module's adapter on Prisma: its reader (a case locked while a step is decided), how
// its changes are written (a step: one UPDATE conditional on the stage it follows) and what each
// writes to the audit log.

import type {
  BargainingCase,
  BargainingReader,
  BargainingStepChange,
  BargainingStoreChange,
  RecordedContractVote,
} from '@gonghui/core';
import { BARGAINING_STEP_CHANGES } from '@gonghui/core';
import type { Prisma } from '../generated/prisma/client.js';
import type { ChangeAudits, ChangeWriters, UnitContext } from './unit.js';
import { fromDbDate, toDbDate, writeAsRead } from './unit.js';

/** A bargaining case's row. */
export type BargainingCaseRow = Prisma.BargainingCaseGetPayload<object>;

const day = (date: Date | null): string | null => (date === null ? null : fromDbDate(date));
const dbDay = (date: string | null): Date | null => (date === null ? null : toDbDate(date));

/** Maps a case row to the core entity. */
export function toBargainingCase(row: BargainingCaseRow): BargainingCase {
  const sides =
    row.workersNegotiators === null
      ? null
      : {
          workers: { negotiators: row.workersNegotiators, outsideExperts: row.workersOutsideExperts ?? 0 },
          employer: {
            negotiators: row.employerNegotiators ?? 0,
            outsideExperts: row.employerOutsideExperts ?? 0,
          },
        };
  return {
    id: row.id,
    organizationId: row.organizationId,
    employer: row.employer,
    firmWorkers: row.firmWorkers,
    rules: row.rules as BargainingCase['rules'],
    calendar: {
      holidays: row.holidays.map(fromDbDate),
      workingWeekendDays: row.workingWeekendDays.map(fromDbDate),
    },
    stage: row.stage,
    requestedOn: fromDbDate(row.requestedOn),
    repliedOn: day(row.repliedOn),
    sides,
    meetingOn: day(row.meetingOn),
    documentsProvidedOn: day(row.documentsProvidedOn),
    finishedOn: day(row.finishedOn),
    votes: row.votes as unknown as RecordedContractVote[],
    term:
      row.termStartsOn === null || row.termEndsOn === null
        ? null
        : { startsOn: fromDbDate(row.termStartsOn), endsOn: fromDbDate(row.termEndsOn) },
    signedOn: day(row.signedOn),
    filedOn: day(row.filedOn),
    objectedOn: day(row.objectedOn),
  };
}

/** The columns a step writes: every column of the case's steps, as the case is after it. */
function stepColumns(c: BargainingCase) {
  return {
    stage: c.stage,
    repliedOn: dbDay(c.repliedOn),
    workersNegotiators: c.sides?.workers.negotiators ?? null,
    workersOutsideExperts: c.sides?.workers.outsideExperts ?? null,
    employerNegotiators: c.sides?.employer.negotiators ?? null,
    employerOutsideExperts: c.sides?.employer.outsideExperts ?? null,
    meetingOn: dbDay(c.meetingOn),
    documentsProvidedOn: dbDay(c.documentsProvidedOn),
    finishedOn: dbDay(c.finishedOn),
    votes: c.votes.map((v) => ({ ...v })),
    termStartsOn: dbDay(c.term?.startsOn ?? null),
    termEndsOn: dbDay(c.term?.endsOn ?? null),
    signedOn: dbDay(c.signedOn),
    filedOn: dbDay(c.filedOn),
    objectedOn: dbDay(c.objectedOn),
  };
}

/** The bargaining module's reader inside a unit of work. */
export function bargainingReader({ tx }: UnitContext): BargainingReader {
  return {
    async findCase(id) {
      // A step on a case is decided under its row lock: a concurrent step queues, then sees it.
      await tx.$queryRaw`SELECT 1 FROM "BargainingCase" WHERE "id" = ${id} FOR UPDATE`;
      const row = await tx.bargainingCase.findUnique({ where: { id } });
      return row ? toBargainingCase(row) : null;
    },
  };
}

/** Writes a step: only while the case is still at the stage the step follows (else the unit runs again). */
function writeStep(unit: UnitContext, { before, after }: BargainingStepChange): Promise<void> {
  return writeAsRead(unit, unit.tx.bargainingCase, `bargaining case ${after.id} changed meanwhile`, {
    where: { id: after.id, stage: before.stage },
    data: stepColumns(after),
  });
}

/** One entry per step change type, each the same table row. */
function perStep<R>(handler: R): { readonly [K in BargainingStepChange['type']]: R } {
  return Object.fromEntries(BARGAINING_STEP_CHANGES.map((type) => [type, handler])) as {
    readonly [K in BargainingStepChange['type']]: R;
  };
}

/** How each bargaining change is written. */
export const bargainingWriters: ChangeWriters<BargainingStoreChange> = {
  'bargaining.opened': async ({ tx, state }, { case: c }) => {
    const row = await tx.bargainingCase.create({
      data: {
        id: c.id,
        organizationId: c.organizationId,
        employer: c.employer,
        firmWorkers: c.firmWorkers,
        rules: c.rules,
        holidays: c.calendar.holidays.map(toDbDate),
        workingWeekendDays: c.calendar.workingWeekendDays.map(toDbDate),
        requestedOn: toDbDate(c.requestedOn),
        ...stepColumns(c),
      },
    });
    state.rows.set(row.id, row);
  },
  ...perStep(writeStep),
};

/** What each bargaining change writes to the audit log, scoped to the case's union: the case before and after. */
export const bargainingAudits: ChangeAudits<BargainingStoreChange> = {
  'bargaining.opened': (_, c) => [
    {
      action: c.type,
      targetType: 'BargainingCase',
      targetId: c.case.id,
      organizationId: c.case.organizationId,
      after: c.case,
    },
  ],
  ...perStep((_: undefined, c: BargainingStepChange) => [
    {
      action: c.type,
      targetType: 'BargainingCase',
      targetId: c.after.id,
      organizationId: c.after.organizationId,
      before: c.before,
      after: c.after,
    },
  ]),
};
