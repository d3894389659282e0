// The congress module's adapter on Prisma: its reader (congress and committee rows locked as a
// command reads them, so changes of one congress queue; member counts at a date from the membership
// history), how its changes are written, and what each change writes to the audit log.

import type {
  ApportionMethod,
  Committee,
  Congress,
  CongressReader,
  CongressStoreChange,
  Delegate,
  DelegateEvent,
  DomainError,
  ElectoralUnit,
  MemberCount,
  Position,
  SeatApportionment,
  Term,
} from '@gonghui/core';
import type { Prisma } from '../generated/prisma/client.js';
import type { AuditEvent } from './audit.js';
import {
  type ChangeAudits,
  type ChangeWriters,
  fromDbDate,
  type Tx,
  toDbDate,
  type UnitContext,
  writeAsRead,
} from './unit.js';
import { LockSetChanged } from './write-lock.js';

type CongressRow = Prisma.CongressGetPayload<object>;
type TermRow = Prisma.TermGetPayload<object>;
type UnitRow = Prisma.ElectoralUnitGetPayload<{ include: typeof UNIT_ORGANIZATIONS }>;
type ApportionmentRow = Prisma.SeatApportionmentGetPayload<{ include: { allocations: true } }>;
type DelegateRow = Prisma.DelegateGetPayload<object>;
type CommitteeRow = Prisma.CommitteeGetPayload<object>;
type PositionRow = Prisma.PositionGetPayload<object>;

/** The database enum of a core apportionment method (`largest-remainder` → `LARGEST_REMAINDER`). */
export function toMethodEnum(method: ApportionMethod): Prisma.SeatApportionmentCreateInput['method'] {
  return method.toUpperCase().replaceAll('-', '_') as Prisma.SeatApportionmentCreateInput['method'];
}

/** The core apportionment method of its database enum. */
export function fromMethodEnum(method: string): ApportionMethod {
  return method.toLowerCase().replaceAll('_', '-') as ApportionMethod;
}

function toCongress(row: CongressRow): Congress {
  return {
    id: row.id,
    organizationId: row.organizationId,
    name: row.name,
    form: row.form,
    seats: row.seats,
    reportedMembers: row.reportedMembers,
  };
}

function toTerm(row: TermRow): Term {
  return {
    id: row.id,
    congressId: row.congressId,
    organizationId: row.organizationId,
    number: row.number,
    startsOn: fromDbDate(row.startsOn),
    endsOn: fromDbDate(row.endsOn),
    years: row.years,
    current: row.current,
    delayedUntil: row.delayedUntil ? fromDbDate(row.delayedUntil) : null,
    delayApproval: row.delayApproval,
  };
}

function toUnit(row: UnitRow): ElectoralUnit {
  return {
    id: row.id,
    congressId: row.congressId,
    name: row.name,
    organizationIds: row.organizations.map((o) => o.organizationId).sort(),
    reportedMembers: row.reportedMembers,
  };
}

/** Maps a stored apportionment (with its allocations) to the core entity, units in input order. */
export function toApportionment(row: ApportionmentRow): SeatApportionment {
  return {
    id: row.id,
    congressId: row.congressId,
    termId: row.termId,
    delegationTo: row.delegationTo === '' ? null : row.delegationTo,
    seats: row.seats,
    method: fromMethodEnum(row.method),
    cutoffDate: fromDbDate(row.cutoffDate),
    decidedAt: row.decidedAt.toISOString(),
    units: [...row.allocations]
      .sort((a, b) => a.position - b.position)
      .map((a) => ({
        unitId: a.unitId,
        members: a.members,
        source: a.source,
        min: a.min,
        max: a.max,
        reserved: a.reserved,
        reservedFor: a.reservedFor,
        apportioned: a.apportioned,
        tie: a.tie,
      })),
  };
}

function toDelegate(row: DelegateRow): Delegate {
  return {
    id: row.id,
    congressId: row.congressId,
    termId: row.termId,
    unitId: row.unitId,
    memberId: row.memberId,
    organizationId: row.organizationId,
    gender: row.gender,
    frontLine: row.frontLine,
    manager: row.manager,
    unionWorker: row.unionWorker,
    modelWorker: row.modelWorker,
    status: row.status,
    since: fromDbDate(row.since),
  };
}

function toCommittee(row: CommitteeRow): Committee {
  return { id: row.id, organizationId: row.organizationId, kind: row.kind, seats: row.seats };
}

function toPosition(row: PositionRow): Position {
  return {
    id: row.id,
    committeeId: row.committeeId,
    organizationId: row.organizationId,
    memberId: row.memberId,
    role: row.role,
    startsOn: fromDbDate(row.startsOn),
    endsOn: row.endsOn ? fromDbDate(row.endsOn) : null,
  };
}

/** Membership event types after which a membership is live and active. */
const ACTIVE_AFTER = ['JOINED', 'TRANSFERRED', 'REACTIVATED', 'HELD_BY_HIGHER_UNION'];

/**
 * Members whose membership was live and active on `date` in the subtree of any of `organizationIds`,
 * in one statement: the members who ever came into one of the subtrees by the date, each member's last
 * event on or before the date (index "MembershipEvent_memberId_date_idx"), kept when it leaves the
 * membership active in one of the subtrees.
 */
export async function memberCountAt(
  db: Pick<Tx, '$queryRaw'>,
  organizationIds: readonly string[],
  date: string,
): Promise<MemberCount> {
  if (organizationIds.length === 0) return { total: 0, women: 0 };
  const ids = [...organizationIds];
  const on = toDbDate(date);
  const [row] = await db.$queryRaw<{ total: number; women: number }[]>`
    WITH subtree AS (
      SELECT DISTINCT "descendantId" AS id FROM "OrganizationLink" WHERE "ancestorId" = ANY(${ids}::text[])
    ), candidates AS (
      SELECT DISTINCT e."memberId" FROM "MembershipEvent" e
      WHERE e."toOrganizationId" IN (SELECT id FROM subtree) AND e."date" <= ${on}::date
    )
    SELECT COUNT(*)::int AS total, (COUNT(*) FILTER (WHERE m."gender" = 'FEMALE'))::int AS women
    FROM candidates c
    CROSS JOIN LATERAL (
      SELECT e."type", e."toOrganizationId" FROM "MembershipEvent" e
      WHERE e."memberId" = c."memberId" AND e."date" <= ${on}::date
      ORDER BY e."date" DESC, e."recordedAt" DESC, e."id" DESC LIMIT 1
    ) last
    JOIN "Member" m ON m."id" = c."memberId"
    WHERE last."type"::text = ANY(${ACTIVE_AFTER}::text[]) AND last."toOrganizationId" IN (SELECT id FROM subtree)`;
  return { total: row?.total ?? 0, women: row?.women ?? 0 };
}

/** A row mapper that keeps a missing row missing. */
function orNull<R, T>(map: (row: R) => T): (row: R | null) => T | null {
  return (row) => (row ? map(row) : null);
}

/** What a unit row is read with: the organizations it groups. */
const UNIT_ORGANIZATIONS = { organizations: true } as const;

/** The congress module's reader inside a unit of work. */
export function congressReader({ tx }: UnitContext): CongressReader {
  return {
    async findCongress(id) {
      // Every change of a congress (its terms, units, apportionments, delegates) reads it first: lock it.
      await tx.$queryRaw`SELECT 1 FROM "Congress" WHERE "id" = ${id} FOR UPDATE`;
      return tx.congress.findUnique({ where: { id } }).then(orNull(toCongress));
    },
    findCongressOf: (organizationId) =>
      tx.congress.findUnique({ where: { organizationId } }).then(orNull(toCongress)),
    findTerm: (id) => tx.term.findUnique({ where: { id } }).then(orNull(toTerm)),
    currentTerm: (congressId) =>
      tx.term
        .findFirst({ where: { congressId, current: true }, orderBy: { number: 'desc' } })
        .then(orNull(toTerm)),
    countSessions: (termId) => tx.congressSession.count({ where: { termId } }),
    findUnit: (id) =>
      tx.electoralUnit.findUnique({ where: { id }, include: UNIT_ORGANIZATIONS }).then(orNull(toUnit)),
    unitsOf: (congressId) =>
      tx.electoralUnit
        .findMany({
          where: { congressId },
          include: UNIT_ORGANIZATIONS,
          orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
        })
        .then((rows) => rows.map(toUnit)),
    findApportionment: (termId, delegationTo) =>
      tx.seatApportionment
        .findUnique({
          where: { termId_delegationTo: { termId, delegationTo: delegationTo ?? '' } },
          include: { allocations: true },
        })
        .then(orNull(toApportionment)),
    delegatesOf: (termId) => tx.delegate.findMany({ where: { termId } }).then((rows) => rows.map(toDelegate)),
    findDelegate: (id) => tx.delegate.findUnique({ where: { id } }).then(orNull(toDelegate)),
    async findCommittee(id) {
      // Positions of a committee change under its lock.
      await tx.$queryRaw`SELECT 1 FROM "Committee" WHERE "id" = ${id} FOR UPDATE`;
      return tx.committee.findUnique({ where: { id } }).then(orNull(toCommittee));
    },
    committeeOf: (organizationId, kind) =>
      tx.committee
        .findUnique({ where: { organizationId_kind: { organizationId, kind } } })
        .then(orNull(toCommittee)),
    positionsOf: (committeeId) =>
      tx.position.findMany({ where: { committeeId } }).then((rows) => rows.map(toPosition)),
    findPosition: (id) => tx.position.findUnique({ where: { id } }).then(orNull(toPosition)),
    memberUnionIds: (federationId) =>
      tx.federationMembership
        .findMany({ where: { federationId }, select: { memberId: true } })
        .then((rows) => rows.map((r) => r.memberId)),
    countMembers: (organizationIds, date) => memberCountAt(tx, organizationIds, date),
  };
}

/** What the API's Delegate type reads with a delegate row (its scope): the congress's organization. */
const DELEGATE_INCLUDE = { congress: { select: { organizationId: true } } } as const;

/** What the API's SeatApportionment type reads with its row: the congress's organization and the allocations. */
const APPORTIONMENT_INCLUDE = { congress: { select: { organizationId: true } }, allocations: true } as const;

/** Ends a position that is still open (a concurrent end makes the unit run again), keeping its row. */
function endOpenPosition(unit: UnitContext, after: Position): Promise<void> {
  return writeAsRead(unit, unit.tx.position, 'the position was ended meanwhile', {
    where: { id: after.id, endsOn: null },
    data: { endsOn: after.endsOn ? toDbDate(after.endsOn) : null },
  });
}

/** The row of an event in delegate `delegateId`'s history. */
function delegateEventRow(delegateId: string, event: DelegateEvent) {
  return { id: event.id, delegateId, status: event.status, date: toDbDate(event.date), note: event.note };
}

/** How the congress module's changes are written; each written row goes into the unit's rows for its payload. */
export const congressWriters: ChangeWriters<CongressStoreChange> = {
  'congress.created': async ({ tx, state }, { congress: c }) => {
    const row = await tx.congress.create({
      data: {
        id: c.id,
        organizationId: c.organizationId,
        name: c.name,
        form: c.form,
        seats: c.seats,
        reportedMembers: c.reportedMembers,
      },
    });
    state.rows.set(row.id, row);
  },
  'congress.termOpened': async ({ tx, state }, { term: t, closed }) => {
    if (closed) {
      // Conditional: only the current term is closed; a concurrent opening closed it first otherwise.
      const { count } = await tx.term.updateMany({
        where: { id: closed.id, current: true },
        data: { current: false },
      });
      if (count === 0) throw new LockSetChanged('the current term was closed meanwhile');
    }
    const row = await tx.term.create({
      data: {
        id: t.id,
        congressId: t.congressId,
        organizationId: t.organizationId,
        number: t.number,
        startsOn: toDbDate(t.startsOn),
        endsOn: toDbDate(t.endsOn),
        years: t.years,
        current: t.current,
      },
    });
    state.rows.set(row.id, row);
  },
  'congress.termDelayed': async ({ tx, state }, { after }) => {
    const row = await tx.term.update({
      where: { id: after.id },
      data: {
        delayedUntil: after.delayedUntil ? toDbDate(after.delayedUntil) : null,
        delayApproval: after.delayApproval,
      },
    });
    state.rows.set(row.id, row);
  },
  'congress.sessionRecorded': async ({ tx, state }, { session: s }) => {
    const row = await tx.congressSession.create({
      include: { term: { select: { organizationId: true } } },
      data: {
        id: s.id,
        termId: s.termId,
        number: s.number,
        heldOn: toDbDate(s.heldOn),
        entitled: s.entitled,
        present: s.present,
      },
    });
    state.rows.set(row.id, row);
  },
  'congress.unitCreated': async ({ tx, state }, { unit: u }) => {
    const row = await tx.electoralUnit.create({
      include: { congress: { select: { organizationId: true } } },
      data: { id: u.id, congressId: u.congressId, name: u.name, reportedMembers: u.reportedMembers },
    });
    await tx.electoralUnitOrganization.createMany({
      data: u.organizationIds.map((organizationId) => ({
        unitId: u.id,
        congressId: u.congressId,
        organizationId,
      })),
    });
    state.rows.set(row.id, row);
  },
  'congress.seatsApportioned': async ({ tx, state }, { apportionment: a }) => {
    await tx.seatApportionment.create({
      data: {
        id: a.id,
        congressId: a.congressId,
        termId: a.termId,
        delegationTo: a.delegationTo ?? '',
        seats: a.seats,
        method: toMethodEnum(a.method),
        cutoffDate: toDbDate(a.cutoffDate),
        decidedAt: new Date(a.decidedAt),
      },
    });
    await tx.seatAllocation.createMany({
      data: a.units.map((u, position) => ({ apportionmentId: a.id, position, ...u })),
    });
    // The payload's row carries what the API type reads with it: the congress's organization, the allocations.
    state.rows.set(
      a.id,
      await tx.seatApportionment.findUniqueOrThrow({ where: { id: a.id }, include: APPORTIONMENT_INCLUDE }),
    );
  },
  'congress.delegateAdded': async ({ tx, state }, { delegate: d, event }) => {
    const row = await tx.delegate.create({
      include: DELEGATE_INCLUDE,
      data: {
        id: d.id,
        congressId: d.congressId,
        termId: d.termId,
        unitId: d.unitId,
        memberId: d.memberId,
        organizationId: d.organizationId,
        gender: d.gender,
        frontLine: d.frontLine,
        manager: d.manager,
        unionWorker: d.unionWorker,
        modelWorker: d.modelWorker,
        status: d.status,
        since: toDbDate(d.since),
      },
    });
    await tx.delegateEvent.create({ data: delegateEventRow(d.id, event) });
    state.rows.set(row.id, row);
  },
  'congress.delegateStatusChanged': async (unit, { before, after, event }) => {
    // Conditional on the status the command saw; its row is read back with the event written.
    await writeAsRead(unit, unit.tx.delegate, 'the delegate changed meanwhile', {
      where: { id: after.id, status: before.status },
      data: { status: after.status, since: toDbDate(after.since) },
      include: DELEGATE_INCLUDE,
    });
    await unit.tx.delegateEvent.create({ data: delegateEventRow(after.id, event) });
  },
  'committee.created': async ({ tx, state }, { committee: c }) => {
    const row = await tx.committee.create({
      data: { id: c.id, organizationId: c.organizationId, kind: c.kind, seats: c.seats },
    });
    state.rows.set(row.id, row);
  },
  // Conditional: only the seats it had when the command read them (the committee's row is locked).
  'committee.seatsReduced': (unit, { before, after }) =>
    writeAsRead(unit, unit.tx.committee, 'the committee changed meanwhile', {
      where: { id: after.id, seats: before.seats },
      data: { seats: after.seats },
    }),
  'committee.positionAppointed': async ({ tx, state }, { position: p }) => {
    const row = await tx.position.create({
      data: {
        id: p.id,
        committeeId: p.committeeId,
        organizationId: p.organizationId,
        memberId: p.memberId,
        role: p.role,
        startsOn: toDbDate(p.startsOn),
        endsOn: p.endsOn ? toDbDate(p.endsOn) : null,
      },
    });
    state.rows.set(row.id, row);
  },
  'committee.positionEnded': (unit, { after }) => endOpenPosition(unit, after),
  'committee.officerRemoved': (unit, { after }) => endOpenPosition(unit, after),
  // Conditional: only the role it had when the command read it (the committee's row is locked).
  'committee.positionRoleChanged': (unit, { before, after }) =>
    writeAsRead(unit, unit.tx.position, 'the position changed meanwhile', {
      where: { id: after.id, role: before.role },
      data: { role: after.role },
    }),
  'committee.positionRescinded': async ({ tx, state }, { before }) => {
    // Conditional: only while it is still open from the day it began (the committee's row is locked).
    const { count } = await tx.position.deleteMany({
      where: { id: before.id, endsOn: null, startsOn: toDbDate(before.startsOn) },
    });
    if (count === 0) throw new LockSetChanged('the position changed meanwhile');
    state.rows.delete(before.id);
  },
};

function event(
  action: string,
  targetType: string,
  targetId: string,
  organizationId: string,
  before: unknown,
  after: unknown,
): AuditEvent {
  return { action, targetType, targetId, organizationId, before, after };
}

/**
 * What each congress change writes to the audit log, scoped to the congress's (or committee's)
 * organization. Members appear by id only: names and personal data stay in the member records.
 */
export const congressAudits: ChangeAudits<CongressStoreChange> = {
  'congress.created': (_, c) => [
    event(c.type, 'Congress', c.congress.id, c.congress.organizationId, undefined, c.congress),
  ],
  'congress.termOpened': (_, c) => [
    event(c.type, 'Term', c.term.id, c.term.organizationId, c.closed, c.term),
  ],
  'congress.termDelayed': (_, c) => [
    event(c.type, 'Term', c.after.id, c.after.organizationId, c.before, c.after),
  ],
  'congress.sessionRecorded': (_, c) => [
    event(c.type, 'CongressSession', c.session.id, c.organizationId, undefined, c.session),
  ],
  'congress.unitCreated': (_, c) => [
    event(c.type, 'ElectoralUnit', c.unit.id, c.organizationId, undefined, c.unit),
  ],
  'congress.seatsApportioned': (_, c) => [
    event(c.type, 'SeatApportionment', c.apportionment.id, c.organizationId, undefined, c.apportionment),
  ],
  'congress.delegateAdded': (_, c) => [
    event(c.type, 'Delegate', c.delegate.id, c.organizationId, undefined, { ...c.delegate, event: c.event }),
  ],
  'congress.delegateStatusChanged': (_, c) => [
    event(c.type, 'Delegate', c.after.id, c.organizationId, c.before, { ...c.after, event: c.event }),
  ],
  'committee.created': (_, c) => [
    event(c.type, 'Committee', c.committee.id, c.committee.organizationId, undefined, c.committee),
  ],
  'committee.seatsReduced': (_, c) => [
    event(c.type, 'Committee', c.after.id, c.after.organizationId, c.before, c.after),
  ],
  'committee.positionAppointed': (_, c) => [
    event(c.type, 'Position', c.position.id, c.position.organizationId, undefined, c.position),
  ],
  'committee.positionEnded': (_, c) => [
    event(c.type, 'Position', c.after.id, c.after.organizationId, c.before, c.after),
  ],
  // A removal (罢免) records the vote that carried it next to the position it ended.
  'committee.officerRemoved': (_, c) => [
    event(c.type, 'Position', c.after.id, c.after.organizationId, c.before, { ...c.after, vote: c.vote }),
  ],
  'committee.positionRoleChanged': (_, c) => [
    event(c.type, 'Position', c.after.id, c.after.organizationId, c.before, c.after),
  ],
  'committee.positionRescinded': (_, c) => [
    event(c.type, 'Position', c.before.id, c.before.organizationId, c.before, undefined),
  ],
};

/** What a unique index of the congress tables deciding a race between two writes means, as core names it. */
export const CONGRESS_UNIQUE_INDEX_ERRORS: Record<string, DomainError> = {
  Congress_organizationId_key: {
    code: 'CONGRESS_EXISTS',
    message: 'a congress of this organization was set up at the same moment',
    path: ['organizationId'],
  },
  SeatApportionment_termId_delegationTo_key: {
    code: 'CONGRESS_APPORTIONMENT_EXISTS',
    message: 'these seats were apportioned at the same moment',
    path: ['congressId'],
  },
  Delegate_termId_memberId_key: {
    code: 'CONGRESS_DELEGATE_ALREADY',
    message: 'the member was added to this term at the same moment',
    path: ['memberId'],
  },
  Committee_organizationId_kind_key: {
    code: 'COMMITTEE_EXISTS',
    message: 'a committee of this kind was set up at the same moment',
    path: ['kind'],
  },
  ElectoralUnitOrganization_congressId_organizationId_key: {
    code: 'CONGRESS_UNIT_OVERLAP',
    message: 'the organization was put in another unit at the same moment',
    path: ['organizationIds'],
  },
};
