import {
  COMMITTEE_KINDS,
  COMPOSITION_VIOLATIONS,
  CONGRESS_FORMS,
  checkDelegateComposition,
  DELEGATE_HISTORY_MAX,
  DELEGATE_STATUSES,
  delegateComposition,
  isCalendarDate,
  MAX_ELECTORAL_UNITS,
  MAX_UNIT_ORGANIZATIONS,
  memberSubtreesOf,
  POSITION_ROLES,
  reapportion,
  sessionDueBy,
  termDeadline,
  termWatchStatus,
} from '@gonghui/core';
import { GraphQLError } from 'graphql';
import { builder, listCost, PUBLIC } from '../builder.js';
import type { Context } from '../context.js';
import type { Prisma } from '../generated/prisma/client.js';
import { memberCountAt, toApportionment } from '../store/congress.js';
import { fromDbDate, toDbDate } from '../store/unit.js';
import { countedConnection } from './connection.js';
import { RuleViolation, toUserError } from './errors.js';
import { GenderEnum } from './member.js';
import { described, Organization } from './organization.js';

/** A `@db.Date` column as `YYYY-MM-DD`, or null. */
const day = (date: Date | null) => (date === null ? null : fromDbDate(date));

/** The form of a congress. */
export const CongressFormEnum = builder.enumType('CongressForm', {
  description: 'The form of a congress: 会员大会, 会员代表大会 or 工会代表会议.',
  values: described(CONGRESS_FORMS, {
    MEMBERS_ASSEMBLY:
      "会员大会: a members' assembly; every member attends (fewer than 100 members: the only form).",
    DELEGATES_CONGRESS:
      "会员代表大会: a delegates' congress, delegates elected by electoral units for the term.",
    DELEGATES_CONFERENCE:
      '工会代表会议: a standing council of delegates of a federation (e.g. 绍兴市工会代表会议).',
  }),
});

/** An apportionment method. */
export const ApportionMethodEnum = builder.enumType('ApportionMethod', {
  description: "How seats are shared out among electoral units (core's `apportion`).",
  values: described(['LARGEST_REMAINDER', 'DHONDT', 'SAINTE_LAGUE', 'HUNTINGTON_HILL'] as const, {
    LARGEST_REMAINDER: 'Largest remainder (Hamilton / Hare–Niemeyer), the default.',
    DHONDT: "D'Hondt: divisors 1, 2, 3, …",
    SAINTE_LAGUE: 'Sainte-Laguë: divisors 1, 3, 5, …',
    HUNTINGTON_HILL: 'Huntington–Hill: divisors √(n(n+1)).',
  }),
});

/** Where a unit's member count came from. */
export const MemberCountSourceEnum = builder.enumType('MemberCountSource', {
  description: "Where an apportioned unit's member count came from.",
  values: described(['REGISTRY', 'REPORTED'] as const, {
    REGISTRY: 'Counted in the real-name registry at the cutoff date.',
    REPORTED: "Reported by a federation's unit (统计报表): its members are not all in the registry.",
  }),
});

/** Where a delegate stands. */
export const DelegateStatusEnum = builder.enumType('DelegateStatus', {
  description: 'Where a delegate stands.',
  values: described(DELEGATE_STATUSES, {
    SERVING: '在任: serving for the term.',
    REPLACED: '已替换: replaced by another delegate.',
    REMOVED: '已罢免: removed.',
  }),
});

/** A kind of committee. */
export const CommitteeKindEnum = builder.enumType('CommitteeKind', {
  description: 'A kind of committee.',
  values: described(COMMITTEE_KINDS, {
    UNION_COMMITTEE: '工会委员会: the union committee, sized by membership.',
    STANDING: '常务委员会: the standing committee, smaller than the union committee.',
    FUNDS_AUDIT: '经费审查委员会: the funds audit committee.',
    WOMEN_WORKERS: "女职工委员会: the women workers' committee (from 10 women members).",
  }),
});

/** A role in a committee. */
export const PositionRoleEnum = builder.enumType('PositionRole', {
  description: 'A role in a committee.',
  values: described(POSITION_ROLES, {
    CHAIR: '主席 / 主任: chair; one at a time.',
    VICE_CHAIR: '副主席 / 副主任: vice-chair.',
    MEMBER: '委员: member.',
  }),
});

/** Who may read what hangs off an organization's congress: ORG_VIEWER of the organization or above. */
const viewOf = (organizationId: string) => ({ orgView: organizationId });

/** The congress of an organization. */
export const Congress = builder.prismaNode('Congress', {
  description:
    'The congress of an organization (会员大会 / 会员代表大会 / 工会代表会议): its form and delegate seats. ' +
    'ORG_VIEWER of the organization or above reads it; ORG_ADMIN manages it.',
  runScopesOnType: true,
  authScopes: (c) => viewOf(c.organizationId),
  id: { field: 'id' },
  fields: (t) => ({
    name: t.exposeString('name', { description: 'Name, e.g. 绍兴市工会代表会议.' }),
    form: t.expose('form', { type: CongressFormEnum, description: 'Assembly, congress or conference.' }),
    seats: t.exposeInt('seats', {
      nullable: true,
      description: "Delegate seats (within `delegateRange` of the membership); null for a members' assembly.",
    }),
    reportedMembers: t.exposeInt('reportedMembers', {
      nullable: true,
      description: "A federation's reported member count; null: counted in the registry.",
    }),
    organization: t.relation('organization', { description: 'The organization whose congress it is.' }),
    currentTerm: t.prismaField({
      type: 'Term',
      nullable: true,
      description: 'The current (latest) term, or null before the first.',
      resolve: (query, c, _args, ctx) =>
        ctx.prisma.term.findFirst({ ...query, where: { congressId: c.id, current: true } }),
    }),
  }),
});

/** A term of a congress. */
export const Term = builder.prismaNode('Term', {
  description: 'A term of office (届) of a congress, with its dates and an approved election delay.',
  runScopesOnType: true,
  authScopes: (term) => viewOf(term.organizationId),
  id: { field: 'id' },
  fields: (t) => ({
    number: t.exposeInt('number', { description: '第N届: the term number, from 1.' }),
    startsOn: t.string({ description: 'First day `YYYY-MM-DD`.', resolve: (r) => fromDbDate(r.startsOn) }),
    endsOn: t.string({
      description:
        'The day `YYYY-MM-DD` the term ends (start plus its years): the next term is elected by then.',
      resolve: (r) => fromDbDate(r.endsOn),
    }),
    years: t.exposeInt('years', { description: 'Years of office (grassroots 3 or 5, federations 5).' }),
    current: t.exposeBoolean('current', { description: 'True for the latest term of its congress.' }),
    delayedUntil: t.string({
      nullable: true,
      description: 'The end of an approved delay of the next election (at most 6 months), or null.',
      resolve: (r) => day(r.delayedUntil),
    }),
    delayApproval: t.exposeString('delayApproval', {
      nullable: true,
      description: "The higher union's approval of the delay, or null.",
    }),
    nextSessionDue: t.string({
      description:
        'The last day `YYYY-MM-DD` by which the congress must meet again (it meets at least once a year, ' +
        "core's `sessionDueBy`): a year after the term's last session, or after its start when it has not met yet.",
      select: {
        startsOn: true,
        sessions: { select: { heldOn: true }, orderBy: { heldOn: 'desc' }, take: 1 },
      },
      resolve: (r, _args, ctx) => {
        const last = r.sessions[0];
        return sessionDueBy(
          { startsOn: fromDbDate(r.startsOn) },
          last === undefined ? null : fromDbDate(last.heldOn),
          ctx.env.rules,
        );
      },
    }),
    congress: t.relation('congress', { description: 'The congress.' }),
    organization: t.relation('organization', { description: "The congress's organization." }),
  }),
});

/** A session of a term. */
export const CongressSession = builder.prismaNode('CongressSession', {
  description: 'A session (次) of a term that convened: at least two thirds of those entitled were present.',
  runScopesOnType: true,
  include: { term: { select: { organizationId: true } } },
  authScopes: (s) => viewOf(s.term.organizationId),
  id: { field: 'id' },
  fields: (t) => ({
    number: t.exposeInt('number', { description: '第N次会议 of the term, from 1.' }),
    heldOn: t.string({
      description: 'The day `YYYY-MM-DD` it was held.',
      resolve: (s) => fromDbDate(s.heldOn),
    }),
    entitled: t.exposeInt('entitled', {
      description: '应到会: serving delegates, or members of an assembly.',
    }),
    present: t.exposeInt('present', { description: '实到会: registered present.' }),
  }),
});

/** An electoral unit. */
export const ElectoralUnit = builder.prismaNode('ElectoralUnit', {
  description: 'An electoral unit (选举单位): sub-organizations, or member unions of a federation.',
  runScopesOnType: true,
  include: { congress: { select: { organizationId: true } } },
  authScopes: (u) => viewOf(u.congress.organizationId),
  id: { field: 'id' },
  fields: (t) => ({
    name: t.exposeString('name', { description: 'Name of the unit.' }),
    reportedMembers: t.exposeInt('reportedMembers', {
      nullable: true,
      description: "A federation unit's reported member count; null: counted in the registry.",
    }),
    organizations: t.prismaField({
      type: ['Organization'],
      description: `The organizations the unit is made of, by name (at most ${MAX_UNIT_ORGANIZATIONS}).`,
      complexity: listCost(MAX_UNIT_ORGANIZATIONS),
      resolve: (query, u, _args, ctx) =>
        ctx.prisma.organization.findMany({
          ...query,
          where: { electoralUnits: { some: { unitId: u.id } } },
          orderBy: [{ name: 'asc' }, { id: 'asc' }],
        }),
    }),
  }),
});

/** One unit's line of a stored apportionment. */
export const SeatAllocation = builder.prismaNode('SeatAllocation', {
  description:
    "One electoral unit's line of a stored apportionment: the count used, bounds, reserved seats and seats.",
  runScopesOnType: true,
  include: { apportionment: { select: { congress: { select: { organizationId: true } } } } },
  authScopes: (a) => viewOf(a.apportionment.congress.organizationId),
  id: { field: 'apportionmentId_unitId' },
  fields: (t) => ({
    unit: t.relation('unit', { description: 'The electoral unit.' }),
    members: t.exposeInt('members', { description: 'Members counted at the cutoff date: the weight.' }),
    source: t.expose('source', { type: MemberCountSourceEnum, description: 'Registry or reported count.' }),
    min: t.exposeInt('min', { description: 'Fewest proportional seats.' }),
    max: t.exposeInt('max', { nullable: true, description: 'Most proportional seats, or null.' }),
    reserved: t.exposeInt('reserved', { description: 'Seats reserved for the unit on top of its share.' }),
    reservedFor: t.exposeString('reservedFor', {
      nullable: true,
      description: 'What the reserved seats are for (e.g. 职业化工会工作者).',
    }),
    apportioned: t.exposeInt('apportioned', { description: 'Seats from the method, the minimum included.' }),
    seats: t.int({
      description: 'All seats of the unit: apportioned plus reserved.',
      resolve: (a) => a.apportioned + a.reserved,
    }),
    tie: t.exposeBoolean('tie', { description: 'Won its last proportional seat only by the tie rule.' }),
  }),
});

/** A stored apportionment. */
export const SeatApportionment = builder.prismaNode('SeatApportionment', {
  description:
    'A stored apportionment of delegate seats (名额分配): method, cutoff date, the counts used and the result. ' +
    "It never changes: a unit's count changing later does not change its seats.",
  runScopesOnType: true,
  include: { congress: { select: { organizationId: true } }, allocations: true },
  authScopes: (a) => viewOf(a.congress.organizationId),
  id: { field: 'id' },
  fields: (t) => ({
    delegationTo: t.string({
      nullable: true,
      description: "The higher congress these seats are sent to; null for the congress's own seats.",
      resolve: (a) => (a.delegationTo === '' ? null : a.delegationTo),
    }),
    seats: t.exposeInt('seats', { description: 'All seats, reserved ones included.' }),
    method: t.expose('method', { type: ApportionMethodEnum, description: 'The method.' }),
    cutoffDate: t.string({
      description: 'The day `YYYY-MM-DD` the member counts were taken.',
      resolve: (a) => fromDbDate(a.cutoffDate),
    }),
    decidedAt: t.expose('decidedAt', { type: 'DateTime', description: 'When it was stored.' }),
    term: t.relation('term', { description: 'The term whose seats these are.' }),
    allocations: t.relation('allocations', {
      description: `One line per electoral unit, in input order (at most ${MAX_ELECTORAL_UNITS}).`,
      complexity: listCost(MAX_ELECTORAL_UNITS),
      query: { orderBy: { position: 'asc' } },
    }),
    reproducible: t.boolean({
      description:
        "True when core's `apportion` run again on the stored counts and bounds gives the stored seats.",
      resolve: (a) => {
        const stored = toApportionment(a);
        const again = reapportion(stored);
        return again.ok && stored.units.every((u) => again.value[u.unitId] === u.apportioned);
      },
    }),
  }),
});

/** A delegate of a term. */
export const Delegate = builder.prismaNode('Delegate', {
  description:
    "A delegate of a term (常任制): a real-name member on the term's roll, with the attributes composition is " +
    'checked on. The member follows the member masking rules.',
  runScopesOnType: true,
  include: { congress: { select: { organizationId: true } } },
  authScopes: (d) => viewOf(d.congress.organizationId),
  id: { field: 'id' },
  fields: (t) => ({
    member: t.relation('member', {
      nullable: true,
      description: "The member; null when the viewer may not see the member's record.",
    }),
    unit: t.relation('unit', {
      nullable: true,
      description: 'The electoral unit that sent the delegate, or null.',
    }),
    term: t.relation('term', { description: 'The term.' }),
    gender: t.expose('gender', { type: GenderEnum, description: "From the member's ID number." }),
    frontLine: t.exposeBoolean('frontLine', { description: '一线职工: front-line worker.' }),
    manager: t.exposeBoolean('manager', { description: '中层正职以上: middle management and above.' }),
    unionWorker: t.exposeBoolean('unionWorker', {
      description: '职业化工会工作者: professional union worker.',
    }),
    modelWorker: t.exposeBoolean('modelWorker', { description: '劳动模范: model worker.' }),
    status: t.expose('status', { type: DelegateStatusEnum, description: 'Serving, replaced or removed.' }),
    since: t.string({
      description: 'The day `YYYY-MM-DD` the current status began.',
      resolve: (d) => fromDbDate(d.since),
    }),
    history: t.field({
      type: [DelegateHistoryEntry],
      description: `The delegate's history, oldest first: added, and at most one end of service (${DELEGATE_HISTORY_MAX} entries).`,
      complexity: listCost(DELEGATE_HISTORY_MAX),
      resolve: (d, _args, ctx) =>
        ctx.prisma.delegateEvent.findMany({
          where: { delegateId: d.id },
          orderBy: [{ date: 'asc' }, { recordedAt: 'asc' }],
        }),
    }),
  }),
});

type DelegateEventRow = Prisma.DelegateEventGetPayload<object>;

/** One entry of a delegate's history. */
const DelegateHistoryEntry = builder.objectRef<DelegateEventRow>('DelegateHistoryEntry').implement({
  description: "One entry of a delegate's history.",
  authScopes: PUBLIC,
  fields: (t) => ({
    status: t.field({
      type: DelegateStatusEnum,
      description: 'The status from this day.',
      resolve: (e) => e.status,
    }),
    date: t.string({ description: 'The day `YYYY-MM-DD`.', resolve: (e) => fromDbDate(e.date) }),
    note: t.exposeString('note', { nullable: true, description: 'A remark, or null.' }),
  }),
});

/** A committee of an organization. */
export const Committee = builder.prismaNode('Committee', {
  description:
    'A committee of an organization (委员会 / 常委会 / 经费审查委员会 / 女职工委员会) and its seats.',
  runScopesOnType: true,
  authScopes: (c) => viewOf(c.organizationId),
  id: { field: 'id' },
  fields: (t) => ({
    kind: t.expose('kind', { type: CommitteeKindEnum, description: 'Which committee.' }),
    seats: t.exposeInt('seats', { description: 'Seats (an odd number).' }),
    organization: t.relation('organization', { description: 'The organization.' }),
  }),
});

/** A position in a committee. */
export const Position = builder.prismaNode('Position', {
  description: 'A member in a committee role from `startsOn` to `endsOn` (inclusive; null: still held).',
  runScopesOnType: true,
  authScopes: (p) => viewOf(p.organizationId),
  id: { field: 'id' },
  fields: (t) => ({
    role: t.expose('role', { type: PositionRoleEnum, description: 'Chair, vice-chair or member.' }),
    startsOn: t.string({ description: 'First day `YYYY-MM-DD`.', resolve: (p) => fromDbDate(p.startsOn) }),
    endsOn: t.string({
      nullable: true,
      description: 'Last day `YYYY-MM-DD` held, or null while held.',
      resolve: (p) => day(p.endsOn),
    }),
    member: t.relation('member', {
      nullable: true,
      description: "The holder; null when the viewer may not see the member's record.",
    }),
    committee: t.relation('committee', { description: 'The committee.' }),
  }),
});

const TermConnection = countedConnection(Term, 'Term', {
  connection: 'A page of terms, newest first.',
  edge: 'A term in a page.',
});
const CongressSessionConnection = countedConnection(CongressSession, 'CongressSession', {
  connection: 'A page of sessions, in order.',
  edge: 'A session in a page.',
});
const ElectoralUnitConnection = countedConnection(ElectoralUnit, 'ElectoralUnit', {
  connection: 'A page of electoral units, oldest first.',
  edge: 'An electoral unit in a page.',
});
const SeatApportionmentConnection = countedConnection(SeatApportionment, 'SeatApportionment', {
  connection: 'A page of stored apportionments, newest first.',
  edge: 'An apportionment in a page.',
});
const DelegateConnection = countedConnection(Delegate, 'Delegate', {
  connection: 'A page of delegates, in the order they were added.',
  edge: 'A delegate in a page.',
});
const PositionConnection = countedConnection(Position, 'Position', {
  connection: 'A page of positions, the latest start first.',
  edge: 'A position in a page.',
});

builder.prismaObjectFields(Congress, (t) => ({
  terms: t.relatedConnection(
    'terms',
    {
      cursor: 'id',
      totalCount: true,
      description: 'Its terms, newest first.',
      query: () => ({ orderBy: { number: 'desc' } }),
    },
    TermConnection,
  ),
  units: t.relatedConnection(
    'units',
    {
      cursor: 'id',
      totalCount: true,
      description: 'Its electoral units, oldest first.',
      query: () => ({ orderBy: [{ createdAt: 'asc' }, { id: 'asc' }] }),
    },
    ElectoralUnitConnection,
  ),
  apportionments: t.relatedConnection(
    'apportionments',
    {
      cursor: 'id',
      totalCount: true,
      description: 'Its stored apportionments, newest first.',
      query: () => ({ orderBy: [{ decidedAt: 'desc' }, { id: 'asc' }] }),
    },
    SeatApportionmentConnection,
  ),
}));

/** What `Term.composition` reports: the serving delegates against the members, and the rules they break. */
interface CompositionShape {
  readonly delegates: number;
  readonly managers: number;
  readonly women: number;
  readonly frontLine: number;
  readonly members: number;
  readonly womenMembers: number;
  readonly violations: ReturnType<typeof toUserError>[];
}

const Composition = builder.objectRef<CompositionShape>('DelegateComposition').implement({
  description:
    "The composition of a term's serving delegates, checked by core's `checkDelegateComposition`: managers at most " +
    "20%, women's share in line with the members', front-line workers more than half.",
  authScopes: PUBLIC,
  fields: (t) => ({
    delegates: t.exposeInt('delegates', { description: 'Serving delegates.' }),
    managers: t.exposeInt('managers', { description: 'Of them middle managers and above.' }),
    women: t.exposeInt('women', { description: 'Of them women.' }),
    frontLine: t.exposeInt('frontLine', { description: 'Of them front-line workers.' }),
    members: t.exposeInt('members', { description: 'Members represented (registry, today).' }),
    womenMembers: t.exposeInt('womenMembers', { description: 'Of them women.' }),
    violations: t.field({
      type: [RuleViolation],
      description: 'The composition rules broken (codes and numbers in the message); empty when it is fine.',
      complexity: listCost(COMPOSITION_VIOLATIONS.length),
      resolve: (c) => c.violations,
    }),
  }),
});

/** The member subtrees of an organization: itself, and a federation's member unions. */
async function organizationSubtrees(ctx: Context, organizationId: string): Promise<string[]> {
  const org = await ctx.prisma.organization.findUniqueOrThrow({
    where: { id: organizationId },
    select: { id: true, kind: true, memberUnions: { select: { memberId: true } } },
  });
  return memberSubtreesOf(
    org,
    org.memberUnions.map((m) => m.memberId),
  );
}

builder.prismaObjectFields(Term, (t) => ({
  sessions: t.relatedConnection(
    'sessions',
    {
      cursor: 'id',
      totalCount: true,
      description: 'Its sessions, in order.',
      query: () => ({ orderBy: { number: 'asc' } }),
    },
    CongressSessionConnection,
  ),
  delegates: t.relatedConnection(
    'delegates',
    {
      cursor: 'id',
      totalCount: true,
      description: "The term's roll of delegates, filtered by status, in the order they were added.",
      args: {
        status: t.arg({ type: DelegateStatusEnum, required: false, description: 'Only this status.' }),
      },
      query: (args) => ({
        where: args.status ? { status: args.status } : {},
        orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
      }),
    },
    DelegateConnection,
  ),
  composition: t.field({
    type: Composition,
    nullable: true,
    description:
      'The composition of the serving delegates, checked; null with no serving delegates or no registered members.',
    resolve: async (term, _args, ctx) => {
      const delegates = await ctx.prisma.delegate.findMany({ where: { termId: term.id, status: 'SERVING' } });
      const today = fromDbDate(ctx.env.clock.now());
      const members = await memberCountAt(
        ctx.prisma,
        await organizationSubtrees(ctx, term.organizationId),
        today,
      );
      if (delegates.length === 0 || members.total === 0) return null;
      const composition = delegateComposition(
        delegates.map((d) => ({ ...d, since: fromDbDate(d.since) })),
        members,
      );
      return {
        ...composition.delegates,
        delegates: composition.delegates.total,
        members: members.total,
        womenMembers: members.women,
        violations: checkDelegateComposition(composition, ctx.env.rules).map(toUserError),
      };
    },
  }),
}));

builder.prismaObjectFields(Organization, (t) => ({
  congress: t.relation('congress', {
    nullable: true,
    description:
      'Its congress (会员大会 / 会员代表大会 / 代表会议), or null; ORG_VIEWER of this organization or above.',
    authScopes: (org) => viewOf(org.id),
  }),
  committees: t.relation('committees', {
    nullable: true,
    description: 'Its committees (one of each kind at most); ORG_VIEWER of this organization or above.',
    complexity: listCost(COMMITTEE_KINDS.length),
    authScopes: (org) => viewOf(org.id),
    query: { orderBy: { kind: 'asc' } },
  }),
  positions: t.prismaConnection(
    {
      type: 'Position',
      cursor: 'id',
      nullable: true,
      description:
        'Its committees\' positions, the latest start first: the position history ("who chaired it in 2019?": ' +
        '`positions(role: CHAIR, heldOn: "2019-06-01")`). ORG_VIEWER of this organization or above.',
      authScopes: (org) => viewOf(org.id),
      args: {
        role: t.arg({ type: PositionRoleEnum, required: false, description: 'Only this role.' }),
        kind: t.arg({
          type: CommitteeKindEnum,
          required: false,
          description: 'Only positions in this committee.',
        }),
        heldOn: t.arg.string({
          required: false,
          description: 'Only positions held on this day `YYYY-MM-DD`.',
        }),
      },
      resolve: (query, org, args, ctx) => {
        const on = heldOnDate(args.heldOn);
        return ctx.prisma.position.findMany({
          ...query,
          where: positionWhere(org.id, args.role ?? null, args.kind ?? null, on),
          orderBy: [{ startsOn: 'desc' }, { id: 'asc' }],
        });
      },
      totalCount: (org, args, ctx) => {
        const on = heldOnDate(args.heldOn);
        return ctx.prisma.position.count({
          where: positionWhere(org.id, args.role ?? null, args.kind ?? null, on),
        });
      },
    },
    PositionConnection,
  ),
}));

/** The `heldOn` argument as a date column value; a string that is no calendar date is BAD_USER_INPUT. */
function heldOnDate(heldOn: string | null | undefined): Date | null {
  if (!heldOn) return null;
  if (!isCalendarDate(heldOn)) {
    throw new GraphQLError(`heldOn '${heldOn}' is not a real calendar date YYYY-MM-DD`, {
      extensions: { code: 'BAD_USER_INPUT', argument: ['heldOn'] },
    });
  }
  return toDbDate(heldOn);
}

/** Where-clause of an organization's positions by role, committee kind and a day held. */
function positionWhere(
  organizationId: string,
  role: string | null,
  kind: string | null,
  on: Date | null,
): Prisma.PositionWhereInput {
  return {
    organizationId,
    ...(role ? { role: role as Prisma.PositionWhereInput['role'] } : {}),
    ...(kind ? { committee: { kind: kind as Prisma.EnumCommitteeKindFilter['equals'] } } : {}),
    ...(on ? { startsOn: { lte: on }, OR: [{ endsOn: null }, { endsOn: { gte: on } }] } : {}),
  };
}

builder.prismaObjectFields(Committee, (t) => ({
  positions: t.relatedConnection(
    'positions',
    {
      cursor: 'id',
      totalCount: true,
      description: 'Its positions, ended ones included, the latest start first.',
      query: () => ({ orderBy: [{ startsOn: 'desc' }, { id: 'asc' }] }),
    },
    PositionConnection,
  ),
}));

/** The term-expiry watch states. */
export const TermWatchStatusEnum = builder.enumType('TermWatchStatus', {
  description: 'Where a term stands for the term-expiry watch (换届提醒).',
  values: described(['OVERDUE', 'DELAYED', 'DUE'] as const, {
    OVERDUE: '逾期未换届: past its end with no approved delay, or past the delay.',
    DELAYED: '延期换届: past its end within an approved delay (at most 6 months).',
    DUE: '即将到期: ends within the days asked for.',
  }),
});

type TermRow = Prisma.TermGetPayload<object>;

/** One line of the term-expiry watch. */
interface WatchShape {
  readonly status: 'OVERDUE' | 'DELAYED' | 'DUE';
  readonly deadline: string;
  readonly daysLeft: number;
  readonly term: TermRow;
}

const TermWatchEntry = builder.objectRef<WatchShape>('TermWatchEntry').implement({
  description: 'A current term the term-expiry watch lists: its state, deadline and days left.',
  authScopes: PUBLIC,
  fields: (t) => ({
    status: t.field({
      type: TermWatchStatusEnum,
      description: 'Overdue, delayed or due.',
      resolve: (w) => w.status,
    }),
    deadline: t.exposeString('deadline', {
      description:
        "The day `YYYY-MM-DD` the next term is due: the approved delay's end, else the term's end.",
    }),
    daysLeft: t.exposeInt('daysLeft', {
      description: 'Days from today to the deadline (negative: overdue by that many).',
    }),
    term: t.field({
      type: Term,
      description: 'The term (its organization, congress, dates).',
      resolve: (w) => w.term,
    }),
  }),
});

/** Most lines one term-expiry watch returns. */
const WATCH_MAX = 200;

/** Lines a watch asked for `first` returns at most: 1 to WATCH_MAX (default 50). */
function watchLines(first: number | null | undefined): number {
  return Math.min(Math.max(first ?? 50, 1), WATCH_MAX);
}

builder.queryFields((t) => ({
  termExpiryWatch: t.field({
    type: [TermWatchEntry],
    description:
      'The term-expiry watch (换届提醒) over a subtree: organizations whose current term is overdue, within an ' +
      'approved delay, or ends within `withinDays` days, most urgent first (overdue, delayed, due; each by ' +
      'deadline). One indexed query (current terms by end date, joined to the subtree). ORG_VIEWER of the ' +
      'organization or above.',
    authScopes: (_root, args) => viewOf(args.organizationId.id),
    complexity: (args) => listCost(watchLines(args.first)),
    args: {
      organizationId: t.arg.globalID({
        for: Organization,
        description: 'The root of the subtree (itself included).',
      }),
      withinDays: t.arg.int({
        required: false,
        defaultValue: 90,
        description: 'Days ahead to watch (0–3660).',
      }),
      first: t.arg.int({
        required: false,
        defaultValue: 50,
        description: `How many lines (1–${WATCH_MAX}).`,
      }),
    },
    resolve: async (_root, args, ctx) => {
      const today = fromDbDate(ctx.env.clock.now());
      const within = Math.min(Math.max(args.withinDays ?? 90, 0), 3660);
      const first = watchLines(args.first);
      const rows = await watchRows(ctx, args.organizationId.id, today, within, first);
      return rows.flatMap((term) => {
        const t2 = { endsOn: fromDbDate(term.endsOn), delayedUntil: day(term.delayedUntil) };
        const status = termWatchStatus(t2, today, within);
        if (status === null) return [];
        const deadline = termDeadline(t2);
        const daysLeft = Math.round((Date.parse(deadline) - Date.parse(today)) / 86_400_000);
        return [{ status, deadline, daysLeft, term }];
      });
    },
  }),
}));

/**
 * The watch's one statement: current terms ending by the horizon (index "Term_current_endsOn_organizationId_idx"),
 * each probed against the subtree's closure row (primary key), ordered by urgency as core's `compareTermWatch`.
 */
export function watchRows(
  ctx: Pick<Context, 'prisma'>,
  rootId: string,
  today: string,
  withinDays: number,
  first: number,
) {
  const todayDate = new Date(`${today}T00:00:00.000Z`);
  const horizon = new Date(todayDate.getTime() + withinDays * 86_400_000);
  return ctx.prisma.$queryRaw<TermRow[]>`
    SELECT t.* FROM "Term" t
    JOIN "OrganizationLink" l ON l."ancestorId" = ${rootId} AND l."descendantId" = t."organizationId"
    WHERE t."current" AND t."endsOn" <= ${horizon}::date
    ORDER BY
      CASE WHEN t."endsOn" >= ${todayDate}::date THEN 2 WHEN t."delayedUntil" >= ${todayDate}::date THEN 1 ELSE 0 END,
      COALESCE(t."delayedUntil", t."endsOn"), t."organizationId"
    LIMIT ${first}`;
}
