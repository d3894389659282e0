import {
  type ApportionSeatsInput,
  addDelegate,
  appointPosition,
  apportionDelegateSeats,
  changeDelegateStatus,
  createCommittee,
  createCongress,
  createElectoralUnit,
  delayTermElection,
  endPosition,
  MAX_ELECTORAL_UNITS,
  openTerm,
  planApportionment,
  recordSession,
  removeOfficer,
} from '@gonghui/core';
import { builder, listCost, PUBLIC } from '../builder.js';
import type { Context } from '../context.js';
import { fromMethodEnum, toMethodEnum } from '../store/congress.js';
import type { LockPlan } from '../store/write-lock.js';
import {
  ApportionMethodEnum,
  Committee,
  CommitteeKindEnum,
  Congress,
  CongressFormEnum,
  Delegate,
  ElectoralUnit,
  MemberCountSourceEnum,
  Position,
  PositionRoleEnum,
  Term,
} from './congress.js';
import {
  MAX_PAYLOAD_ERRORS,
  type Payload,
  type RowOf,
  RuleViolation,
  rowPayload,
  runCommand,
  toUserError,
  writtenRow,
} from './errors.js';
import { Member } from './member.js';
import { Organization } from './organization.js';

/** A payload type of a congress command: the written row as `field`, and the errors. */
function payload<
  M extends
    | 'Congress'
    | 'Term'
    | 'CongressSession'
    | 'ElectoralUnit'
    | 'SeatApportionment'
    | 'Delegate'
    | 'Committee'
    | 'Position',
>(model: M, field: string, what: string) {
  return rowPayload(`${model}Payload`, {
    model,
    description: `Result of a change to ${what}: the ${what} as it is now, or the rules the change broke.`,
    field,
    fieldDescription: `The ${what} as the change left it, or null when the change was refused.`,
  });
}

const CongressPayload = payload('Congress', 'congress', 'congress');
const TermPayload = payload('Term', 'term', 'term');
const SessionPayload = payload('CongressSession', 'session', 'session');
const UnitPayload = payload('ElectoralUnit', 'unit', 'electoral unit');
const ApportionmentPayload = payload('SeatApportionment', 'apportionment', 'apportionment');
const DelegatePayload = payload('Delegate', 'delegate', 'delegate');
const CommitteePayload = payload('Committee', 'committee', 'committee');
const PositionPayload = payload('Position', 'position', 'position');

/** Reads lock no organization rows: the congress and committee rows are locked as the commands read them. */
const NO_ORGANIZATION_LOCKS: LockPlan = { mode: 'share', organizations: [] };

/** ORG_ADMIN of an organization; an id that names nothing: only a system admin gets to the command's error. */
function adminOf(ctx: Context, organizationId: string | null | undefined) {
  return organizationId ? ctx.access.permits('ADMIN', organizationId) : ctx.access.systemAdmin;
}

/** The organization of a congress, term, delegate, committee or position, by id (null when there is none). */
const organizationOf = {
  congress: async (ctx: Context, id: string) =>
    (await ctx.prisma.congress.findUnique({ where: { id }, select: { organizationId: true } }))
      ?.organizationId,
  term: async (ctx: Context, id: string) =>
    (await ctx.prisma.term.findUnique({ where: { id }, select: { organizationId: true } }))?.organizationId,
  delegate: async (ctx: Context, id: string) =>
    (
      await ctx.prisma.delegate.findUnique({
        where: { id },
        select: { congress: { select: { organizationId: true } } },
      })
    )?.congress.organizationId,
  committee: async (ctx: Context, id: string) =>
    (await ctx.prisma.committee.findUnique({ where: { id }, select: { organizationId: true } }))
      ?.organizationId,
  position: async (ctx: Context, id: string) =>
    (await ctx.prisma.position.findUnique({ where: { id }, select: { organizationId: true } }))
      ?.organizationId,
};

const CreateCongressInput = builder.inputType('CreateCongressInput', {
  description:
    "An organization's congress: its form checked against the live member count, its seats against the range.",
  fields: (t) => ({
    organizationId: t.globalID({ for: Organization, description: 'The organization.' }),
    name: t.string({ description: 'Name, 1–100 characters, e.g. 绍兴市工会代表会议.' }),
    form: t.field({
      type: CongressFormEnum,
      description: 'Assembly (fewer than 100 members: the only form), congress or conference.',
    }),
    seats: t.int({
      required: false,
      description: 'Delegate seats, within `delegateRange` of the membership; none for an assembly.',
    }),
    reportedMembers: t.int({
      required: false,
      description: "A federation's reported member count (统计报表), used instead of the registry count.",
    }),
  }),
});

const OpenTermInput = builder.inputType('OpenTermInput', {
  description: 'The next term of a congress.',
  fields: (t) => ({
    congressId: t.globalID({ for: Congress, description: 'The congress.' }),
    startsOn: t.string({ description: 'First day `YYYY-MM-DD`, after the current term started.' }),
    years: t.int({ description: 'Years of office: grassroots 3 or 5, federations 5.' }),
  }),
});

const DelayTermElectionInput = builder.inputType('DelayTermElectionInput', {
  description: 'An approved delay of the next election (延期换届).',
  fields: (t) => ({
    termId: t.globalID({ for: Term, description: 'The current term.' }),
    months: t.int({ description: 'Months past the end of term, at most 6; 0 withdraws the delay.' }),
    approval: t.string({ required: false, description: "The higher union's approval (document number)." }),
  }),
});

const RecordSessionInput = builder.inputType('RecordSessionInput', {
  description: 'A session of the current term, with those registered present.',
  fields: (t) => ({
    termId: t.globalID({ for: Term, description: 'The current term.' }),
    heldOn: t.string({ description: 'The day `YYYY-MM-DD`, not before the term starts.' }),
    present: t.int({ description: 'Registered present (实到会); at least two thirds of those entitled.' }),
  }),
});

const CreateElectoralUnitInput = builder.inputType('CreateElectoralUnitInput', {
  description: 'An electoral unit of a delegates congress.',
  fields: (t) => ({
    congressId: t.globalID({ for: Congress, description: 'The congress.' }),
    name: t.string({ description: 'Name, 1–100 characters.' }),
    organizationIds: t.globalIDList({
      for: Organization,
      description:
        "Sub-organizations of the congress's organization, or member unions of a federation; each in one unit.",
    }),
    reportedMembers: t.int({
      required: false,
      description: "For a federation's congress: the unit's reported member count.",
    }),
  }),
});

const ApportionUnitInput = builder.inputType('ApportionUnitInput', {
  description: 'Bounds and reserved seats of one electoral unit in an apportionment.',
  fields: (t) => ({
    unitId: t.globalID({ for: ElectoralUnit, description: 'The unit.' }),
    min: t.int({ required: false, description: 'Fewest proportional seats (default 0).' }),
    max: t.int({ required: false, description: 'Most proportional seats (default: no limit).' }),
    reserved: t.int({
      required: false,
      description: 'Seats reserved for the unit on top of its share (default 0).',
    }),
    reservedFor: t.string({
      required: false,
      description: 'What the reserved seats are for, e.g. 职业化工会工作者.',
    }),
  }),
});

const ApportionSeatsInputType = builder.inputType('ApportionSeatsInput', {
  description:
    "Seats of the congress's current term (or of a delegation to a higher congress) to share among all its units by " +
    'their members at the cutoff date.',
  fields: (t) => ({
    congressId: t.globalID({ for: Congress, description: 'The congress.' }),
    delegationTo: t.string({
      required: false,
      description:
        "The higher congress the seats are sent to (e.g. 浙江省工会第十五次代表大会); omitted: the congress's own seats.",
    }),
    seats: t.int({
      required: false,
      description: "All seats: a delegation's allotment; default the congress's seats.",
    }),
    method: t.field({
      type: ApportionMethodEnum,
      required: false,
      description: 'Default LARGEST_REMAINDER.',
    }),
    cutoffDate: t.string({ description: 'The day `YYYY-MM-DD` member counts are taken.' }),
    units: t.field({
      type: [ApportionUnitInput],
      required: false,
      description: 'Bounds and reserved seats; other units none.',
    }),
  }),
});

type ApportionArgs = {
  congressId: { id: string };
  delegationTo?: string | null;
  seats?: number | null;
  method?: string | null;
  cutoffDate: string;
  units?:
    | readonly {
        unitId: { id: string };
        min?: number | null;
        max?: number | null;
        reserved?: number | null;
        reservedFor?: string | null;
      }[]
    | null;
};

function apportionInput(input: ApportionArgs): ApportionSeatsInput {
  return {
    congressId: input.congressId.id,
    delegationTo: input.delegationTo ?? null,
    seats: input.seats ?? null,
    method: fromMethodEnum(input.method ?? 'LARGEST_REMAINDER'),
    cutoffDate: input.cutoffDate,
    units: (input.units ?? []).map((u) => ({
      unitId: u.unitId.id,
      min: u.min ?? 0,
      max: u.max ?? null,
      reserved: u.reserved ?? 0,
      reservedFor: u.reservedFor ?? null,
    })),
  };
}

const AddDelegateInput = builder.inputType('AddDelegateInput', {
  description: "A member on the current term's roll of delegates.",
  fields: (t) => ({
    termId: t.globalID({ for: Term, description: 'The current term.' }),
    unitId: t.globalID({
      for: ElectoralUnit,
      required: false,
      description: 'The electoral unit; required when the congress has units.',
    }),
    memberId: t.globalID({
      for: Member,
      description: 'An active member of the unit (or the organization, or a member union).',
    }),
    frontLine: t.boolean({ description: '一线职工: front-line worker.' }),
    manager: t.boolean({ description: '中层正职以上: middle management and above (not with frontLine).' }),
    unionWorker: t.boolean({ required: false, description: '职业化工会工作者 (default false).' }),
    modelWorker: t.boolean({ required: false, description: '劳动模范 (default false).' }),
    since: t.string({ required: false, description: 'The day `YYYY-MM-DD` service begins; default today.' }),
  }),
});

const EndedDelegateStatus = builder.enumType('EndedDelegateStatus', {
  description: 'How a delegate stops serving.',
  values: {
    REPLACED: { value: 'REPLACED', description: '替换: replaced by another delegate.' },
    REMOVED: { value: 'REMOVED', description: '罢免: removed.' },
  } as const,
});

const ChangeDelegateStatusInput = builder.inputType('ChangeDelegateStatusInput', {
  description: "The end of a serving delegate's service.",
  fields: (t) => ({
    delegateId: t.globalID({ for: Delegate, description: 'A serving delegate.' }),
    status: t.field({ type: EndedDelegateStatus, description: 'Replaced or removed.' }),
    date: t.string({ description: 'The day `YYYY-MM-DD`, not before the delegate began serving.' }),
    note: t.string({ required: false, description: 'A remark.' }),
  }),
});

const CreateCommitteeInput = builder.inputType('CreateCommitteeInput', {
  description: 'A committee of an organization.',
  fields: (t) => ({
    organizationId: t.globalID({ for: Organization, description: 'The organization.' }),
    kind: t.field({ type: CommitteeKindEnum, description: 'Which committee.' }),
    seats: t.int({ description: 'Seats, an odd number (a union committee within `committeeSizeRange`).' }),
  }),
});

const AppointPositionInput = builder.inputType('AppointPositionInput', {
  description: 'A member in a committee role for a range of days.',
  fields: (t) => ({
    committeeId: t.globalID({ for: Committee, description: 'The committee.' }),
    memberId: t.globalID({
      for: Member,
      description: "An active member of the organization (or of a federation's member union).",
    }),
    role: t.field({ type: PositionRoleEnum, description: 'Chair, vice-chair or member.' }),
    startsOn: t.string({ description: 'First day `YYYY-MM-DD`.' }),
    endsOn: t.string({ required: false, description: 'Last day `YYYY-MM-DD` (inclusive); omitted: open.' }),
  }),
});

const EndPositionInput = builder.inputType('EndPositionInput', {
  description: 'The end of an open position.',
  fields: (t) => ({
    positionId: t.globalID({ for: Position, description: 'The position.' }),
    endsOn: t.string({ description: 'Last day `YYYY-MM-DD` held, not before its start.' }),
  }),
});

const RemoveOfficerInput = builder.inputType('RemoveOfficerInput', {
  description: 'The vote removing a chair or vice-chair (罢免).',
  fields: (t) => ({
    positionId: t.globalID({ for: Position, description: "The chair's or vice-chair's position." }),
    removedOn: t.string({ description: 'Day of the vote `YYYY-MM-DD`: the last day the position is held.' }),
    votesFor: t.int({ description: 'Votes for the removal: more than half of ALL members or delegates.' }),
  }),
});

type AllocationPreview = {
  unitId: string;
  members: number;
  source: 'REGISTRY' | 'REPORTED';
  min: number;
  max: number | null;
  reserved: number;
  reservedFor: string | null;
  apportioned: number;
  tie: boolean;
};

const AllocationPreviewRef = builder.objectRef<AllocationPreview>('SeatAllocationPreview').implement({
  description: "One unit's line of an apportionment preview.",
  authScopes: PUBLIC,
  fields: (t) => ({
    unit: t.prismaField({
      type: 'ElectoralUnit',
      description: 'The electoral unit.',
      resolve: (query, a, _args, ctx) =>
        ctx.prisma.electoralUnit.findUniqueOrThrow({ ...query, where: { id: a.unitId } }),
    }),
    members: t.exposeInt('members', { description: 'Members counted at the cutoff date.' }),
    source: t.field({
      type: MemberCountSourceEnum,
      description: 'Registry or reported count.',
      resolve: (a) => a.source,
    }),
    min: t.exposeInt('min', { description: 'Fewest proportional seats.' }),
    max: t.exposeInt('max', { nullable: true, description: 'Most proportional seats, or null.' }),
    reserved: t.exposeInt('reserved', { description: 'Reserved seats.' }),
    reservedFor: t.exposeString('reservedFor', { nullable: true, description: 'What they are for.' }),
    apportioned: t.exposeInt('apportioned', { description: 'Seats from the method.' }),
    seats: t.int({ description: 'Apportioned plus reserved.', resolve: (a) => a.apportioned + a.reserved }),
    tie: t.exposeBoolean('tie', { description: 'Won its last seat by the tie rule.' }),
  }),
});

type PreviewShape = { seats: number; method: string; cutoffDate: string; allocations: AllocationPreview[] };

const PreviewRef = builder.objectRef<Payload<PreviewShape>>('ApportionmentPreview').implement({
  description:
    'What `apportionDelegateSeats` would store now, without storing it; or why it would be refused.',
  authScopes: PUBLIC,
  fields: (t) => ({
    seats: t.int({ nullable: true, description: 'All seats.', resolve: (p) => p.value?.seats ?? null }),
    method: t.field({
      type: ApportionMethodEnum,
      nullable: true,
      description: 'The method.',
      resolve: (p) => (p.value ? (p.value.method as 'DHONDT') : null),
    }),
    cutoffDate: t.string({
      nullable: true,
      description: 'The cutoff date.',
      resolve: (p) => p.value?.cutoffDate ?? null,
    }),
    allocations: t.field({
      type: [AllocationPreviewRef],
      description: `One line per unit (at most ${MAX_ELECTORAL_UNITS}), in order; empty when refused.`,
      complexity: listCost(MAX_ELECTORAL_UNITS),
      resolve: (p) => p.value?.allocations ?? [],
    }),
    errors: t.field({
      type: [RuleViolation],
      description: `Why it would be refused (at most ${MAX_PAYLOAD_ERRORS}); empty when it would be stored.`,
      complexity: listCost(MAX_PAYLOAD_ERRORS),
      resolve: (p) => p.errors,
    }),
  }),
});

builder.queryFields((t) => ({
  previewApportionment: t.field({
    type: PreviewRef,
    description:
      'Apportions the seats as `apportionDelegateSeats` would, from live counts at the cutoff date, without storing ' +
      "anything. ORG_VIEWER of the congress's organization or above.",
    authScopes: async (_root, { input }, ctx) => {
      const org = await organizationOf.congress(ctx, input.congressId.id);
      return org ? ctx.access.permits('VIEW', org) : ctx.access.systemAdmin;
    },
    args: { input: t.arg({ type: ApportionSeatsInputType, description: 'What to apportion.' }) },
    resolve: async (_root, { input }, ctx) => {
      const planned = await ctx.store
        .unit({ locks: NO_ORGANIZATION_LOCKS })
        .transaction((uow) => planApportionment(uow, ctx.env, apportionInput(input)));
      if (!planned.ok) return { value: null, errors: [toUserError(planned.error)] };
      const a = planned.value;
      return {
        value: {
          seats: a.seats,
          method: toMethodEnum(a.method),
          cutoffDate: a.cutoffDate,
          allocations: [...a.units],
        },
        errors: [],
      };
    },
  }),
}));

builder.mutationFields((t) => ({
  createCongress: t.field({
    type: CongressPayload,
    description:
      "Sets up an organization's congress: the form against the live member count (fewer than 100: a members' " +
      'assembly only), the seats against `delegateRange`. ORG_ADMIN of the organization or above.',
    authScopes: (_root, { input }) => ({ orgAdmin: input.organizationId.id }),
    args: { input: t.arg({ type: CreateCongressInput, description: 'The organization and the congress.' }) },
    resolve: (_root, { input }, ctx, info) =>
      runCommand(
        ctx,
        info,
        createCongress,
        {
          organizationId: input.organizationId.id,
          name: input.name,
          form: input.form,
          seats: input.seats ?? null,
          reportedMembers: input.reportedMembers ?? null,
        },
        {
          locks: { mode: 'share', organizations: [input.organizationId.id] },
          answer: writtenRow<RowOf<'Congress'>>,
        },
      ),
  }),
  openTerm: t.field({
    type: TermPayload,
    description:
      "Opens a congress's next term, closing the current one. ORG_ADMIN of the congress's organization.",
    authScopes: async (_root, { input }, ctx) =>
      adminOf(ctx, await organizationOf.congress(ctx, input.congressId.id)),
    args: { input: t.arg({ type: OpenTermInput, description: 'The congress and the term.' }) },
    resolve: (_root, { input }, ctx, info) =>
      runCommand(
        ctx,
        info,
        openTerm,
        { congressId: input.congressId.id, startsOn: input.startsOn, years: input.years },
        { locks: NO_ORGANIZATION_LOCKS, answer: writtenRow<RowOf<'Term'>> },
      ),
  }),
  delayTermElection: t.field({
    type: TermPayload,
    description:
      "Records an approved delay of the next election: at most 6 months, with the higher union's approval. " +
      "ORG_ADMIN of the congress's organization.",
    authScopes: async (_root, { input }, ctx) =>
      adminOf(ctx, await organizationOf.term(ctx, input.termId.id)),
    args: { input: t.arg({ type: DelayTermElectionInput, description: 'The term and the delay.' }) },
    resolve: (_root, { input }, ctx, info) =>
      runCommand(
        ctx,
        info,
        delayTermElection,
        { termId: input.termId.id, months: input.months, approval: input.approval ?? null },
        { locks: NO_ORGANIZATION_LOCKS, answer: writtenRow<RowOf<'Term'>> },
      ),
  }),
  recordSession: t.field({
    type: SessionPayload,
    description:
      'Records a session of the current term; it convenes only with at least two thirds of those entitled present ' +
      "(CONGRESS_QUORUM_NOT_MET with the numbers otherwise). ORG_ADMIN of the congress's organization.",
    authScopes: async (_root, { input }, ctx) =>
      adminOf(ctx, await organizationOf.term(ctx, input.termId.id)),
    args: { input: t.arg({ type: RecordSessionInput, description: 'The term, the day and those present.' }) },
    resolve: (_root, { input }, ctx, info) =>
      runCommand(
        ctx,
        info,
        recordSession,
        { termId: input.termId.id, heldOn: input.heldOn, present: input.present },
        { locks: NO_ORGANIZATION_LOCKS, answer: writtenRow<RowOf<'CongressSession'>> },
      ),
  }),
  createElectoralUnit: t.field({
    type: UnitPayload,
    description: "Forms an electoral unit of a delegates congress. ORG_ADMIN of the congress's organization.",
    authScopes: async (_root, { input }, ctx) =>
      adminOf(ctx, await organizationOf.congress(ctx, input.congressId.id)),
    args: { input: t.arg({ type: CreateElectoralUnitInput, description: 'The congress and the unit.' }) },
    resolve: (_root, { input }, ctx, info) =>
      runCommand(
        ctx,
        info,
        createElectoralUnit,
        {
          congressId: input.congressId.id,
          name: input.name,
          organizationIds: input.organizationIds.map((o) => o.id),
          reportedMembers: input.reportedMembers ?? null,
        },
        { locks: NO_ORGANIZATION_LOCKS, answer: writtenRow<RowOf<'ElectoralUnit'>> },
      ),
  }),
  apportionDelegateSeats: t.field({
    type: ApportionmentPayload,
    description:
      'Apportions and stores the seats of the current term (or of a delegation): method, the counts used and the ' +
      'result; re-running core on the stored inputs gives the same seats. Once per term and delegation ' +
      "(CONGRESS_APPORTIONMENT_EXISTS). ORG_ADMIN of the congress's organization.",
    authScopes: async (_root, { input }, ctx) =>
      adminOf(ctx, await organizationOf.congress(ctx, input.congressId.id)),
    args: { input: t.arg({ type: ApportionSeatsInputType, description: 'What to apportion.' }) },
    resolve: (_root, { input }, ctx, info) =>
      runCommand(ctx, info, apportionDelegateSeats, apportionInput(input), {
        locks: NO_ORGANIZATION_LOCKS,
        answer: writtenRow<RowOf<'SeatApportionment'>>,
      }),
  }),
  addDelegate: t.field({
    type: DelegatePayload,
    description:
      "Adds a member to the current term's roll: active (not retained), of the unit, within the seats. ORG_ADMIN of " +
      "the congress's organization.",
    authScopes: async (_root, { input }, ctx) =>
      adminOf(ctx, await organizationOf.term(ctx, input.termId.id)),
    args: { input: t.arg({ type: AddDelegateInput, description: 'The term, the unit and the member.' }) },
    resolve: (_root, { input }, ctx, info) =>
      runCommand(
        ctx,
        info,
        addDelegate,
        {
          termId: input.termId.id,
          unitId: input.unitId?.id ?? null,
          memberId: input.memberId.id,
          frontLine: input.frontLine,
          manager: input.manager,
          unionWorker: input.unionWorker ?? false,
          modelWorker: input.modelWorker ?? false,
          since: input.since ?? null,
        },
        { locks: NO_ORGANIZATION_LOCKS, answer: writtenRow<RowOf<'Delegate'>> },
      ),
  }),
  changeDelegateStatus: t.field({
    type: DelegatePayload,
    description:
      "Ends a serving delegate's service (replaced or removed), kept in the history. ORG_ADMIN of the congress's organization.",
    authScopes: async (_root, { input }, ctx) =>
      adminOf(ctx, await organizationOf.delegate(ctx, input.delegateId.id)),
    args: { input: t.arg({ type: ChangeDelegateStatusInput, description: 'The delegate and the change.' }) },
    resolve: (_root, { input }, ctx, info) =>
      runCommand(
        ctx,
        info,
        changeDelegateStatus,
        { delegateId: input.delegateId.id, status: input.status, date: input.date, note: input.note ?? null },
        { locks: NO_ORGANIZATION_LOCKS, answer: writtenRow<RowOf<'Delegate'>> },
      ),
  }),
  createCommittee: t.field({
    type: CommitteePayload,
    description:
      "Sets up a committee: a union committee sized by membership, a women workers' committee from 10 women members. " +
      'ORG_ADMIN of the organization or above.',
    authScopes: (_root, { input }) => ({ orgAdmin: input.organizationId.id }),
    args: {
      input: t.arg({ type: CreateCommitteeInput, description: 'The organization and the committee.' }),
    },
    resolve: (_root, { input }, ctx, info) =>
      runCommand(
        ctx,
        info,
        createCommittee,
        { organizationId: input.organizationId.id, kind: input.kind, seats: input.seats },
        {
          locks: { mode: 'share', organizations: [input.organizationId.id] },
          answer: writtenRow<RowOf<'Committee'>>,
        },
      ),
  }),
  appointPosition: t.field({
    type: PositionPayload,
    description:
      'Appoints a member to a committee position: no overlap with their other positions there, one chair at a ' +
      "time, never more than the seats. ORG_ADMIN of the committee's organization.",
    authScopes: async (_root, { input }, ctx) =>
      adminOf(ctx, await organizationOf.committee(ctx, input.committeeId.id)),
    args: {
      input: t.arg({ type: AppointPositionInput, description: 'The committee, the member and the days.' }),
    },
    resolve: (_root, { input }, ctx, info) =>
      runCommand(
        ctx,
        info,
        appointPosition,
        {
          committeeId: input.committeeId.id,
          memberId: input.memberId.id,
          role: input.role,
          startsOn: input.startsOn,
          endsOn: input.endsOn ?? null,
        },
        { locks: NO_ORGANIZATION_LOCKS, answer: writtenRow<RowOf<'Position'>> },
      ),
  }),
  endPosition: t.field({
    type: PositionPayload,
    description: "Ends an open position; it stays in the history. ORG_ADMIN of the committee's organization.",
    authScopes: async (_root, { input }, ctx) =>
      adminOf(ctx, await organizationOf.position(ctx, input.positionId.id)),
    args: { input: t.arg({ type: EndPositionInput, description: 'The position and its last day.' }) },
    resolve: (_root, { input }, ctx, info) =>
      runCommand(
        ctx,
        info,
        endPosition,
        { positionId: input.positionId.id, endsOn: input.endsOn },
        { locks: NO_ORGANIZATION_LOCKS, answer: writtenRow<RowOf<'Position'>> },
      ),
  }),
  removeOfficer: t.field({
    type: PositionPayload,
    description:
      'Removes a chair or vice-chair (罢免) by a vote of the organization’s members’ assembly or delegates’ ' +
      'congress: more than half of ALL its members on the day (or its serving delegates), not of those present ' +
      '(POSITION_REMOVAL_NOT_PASSED). The position ends that day and stays in the history; the audit log records ' +
      "the removal with its vote. ORG_ADMIN of the committee's organization.",
    authScopes: async (_root, { input }, ctx) =>
      adminOf(ctx, await organizationOf.position(ctx, input.positionId.id)),
    args: { input: t.arg({ type: RemoveOfficerInput, description: 'The position, the day and the vote.' }) },
    resolve: (_root, { input }, ctx, info) =>
      runCommand(
        ctx,
        info,
        removeOfficer,
        { positionId: input.positionId.id, removedOn: input.removedOn, votesFor: input.votesFor },
        { locks: NO_ORGANIZATION_LOCKS, answer: writtenRow<RowOf<'Position'>> },
      ),
  }),
}));
