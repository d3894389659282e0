// The membership lifecycle over GraphQL: one mutation per core decision, the member's history, and
// the dates the lapse rule reads. Every mutation is ORG_ADMIN of the union holding the membership
// (or above it); subtree runs are ORG_ADMIN of the subtree's root.
import {
  type Command,
  holdMembersOfDissolvedEmployer,
  lapseMemberships,
  MEMBERSHIP_BATCH_LIMIT,
  type MemberEngagement,
  type MembershipRun,
  reactivateMember,
  recordMemberEngagement,
  retainMember,
  terminateMember,
  transferMember,
} from '@gonghui/core';
import type { GraphQLResolveInfo } from 'graphql';
import { builder, listCost, PUBLIC, type Types } from '../builder.js';
import type { Context } from '../context.js';
import type { Prisma } from '../generated/prisma/client.js';
import { fromDbDate } from '../store/unit.js';
import type { LockPlan } from '../store/write-lock.js';
import { countedConnection } from './connection.js';
import { errorsField, type Payload, rowOf, rowPayload, runCommand, writtenRow } from './errors.js';
import { Member, MemberPayload } from './member.js';
import { Organization } from './organization.js';

type MemberRow = Prisma.MemberGetPayload<object>;

/** What happened to a membership. */
const MembershipEventTypeEnum = builder.enumType('MembershipEventType', {
  description: 'What happened to a membership (会籍变动).',
  values: {
    JOINED: { value: 'JOINED', description: '入会: joined.' },
    TRANSFERRED: {
      value: 'TRANSFERRED',
      description: '会籍转接: transferred to the union of a new employer.',
    },
    RETAINED: { value: 'RETAINED', description: '保留会籍: retained on retirement or unemployment.' },
    REACTIVATED: { value: 'REACTIVATED', description: '恢复会籍: reactivated on re-employment.' },
    TERMINATED: { value: 'TERMINATED', description: '退会/除名: left or expelled.' },
    LAPSED: {
      value: 'LAPSED',
      description: '自动退会: lapsed after the grace period without dues or activity.',
    },
    HELD_BY_HIGHER_UNION: {
      value: 'HELD_BY_HIGHER_UNION',
      description: '上级工会代管: held by the next higher union after the employer was dissolved.',
    },
  } as const,
});

/** Why a membership is retained. */
const RetentionReasonEnum = builder.enumType('RetentionReason', {
  description: 'Why a membership is retained (保留会籍).',
  values: {
    RETIRED: { value: 'RETIRED', description: '退休: retired.' },
    UNEMPLOYED: { value: 'UNEMPLOYED', description: '失业: unemployed.' },
  } as const,
});

/** Why a membership is ended by an admin. */
const TerminationReasonEnum = builder.enumType('TerminationReason', {
  description: 'Why a membership is ended by the union (a lapse has its own mutation).',
  values: {
    LEFT: { value: 'LEFT', description: '退会: the member left.' },
    EXPELLED: {
      value: 'EXPELLED',
      description: '除名: the member was expelled; the grounds go in the note.',
    },
  } as const,
});

/** One record of a member's history. */
const MembershipEvent = builder.prismaObject('MembershipEvent', {
  description: "One transition of a member's membership, with its date and the unions it went from and to.",
  authScopes: PUBLIC,
  fields: (t) => ({
    sequence: t.exposeInt('sequence', { description: '1 for the joining, then one more per transition.' }),
    type: t.field({ type: MembershipEventTypeEnum, description: 'What happened.', resolve: (e) => e.type }),
    date: t.string({
      description: 'The date `YYYY-MM-DD` it took effect.',
      resolve: (e) => fromDbDate(e.date),
    }),
    fromOrganization: t.relation('fromOrganization', {
      nullable: true,
      description: 'The union the membership left (null on joining).',
    }),
    toOrganization: t.relation('toOrganization', {
      nullable: true,
      description: 'The union holding the membership afterwards (null when it ended).',
    }),
    reason: t.exposeString('reason', {
      nullable: true,
      description:
        'Reason code: RETIRED, UNEMPLOYED, LEFT, EXPELLED, LAPSED, EMPLOYER_HAS_NO_UNION (held by the township/street union) or EMPLOYER_DISSOLVED.',
    }),
    note: t.exposeString('note', {
      nullable: true,
      description: 'The grounds of an expulsion, or a remark.',
    }),
  }),
});

/** Where a live membership is held. */
const CustodyEnum = builder.enumType('Custody', {
  description: 'Who holds a live membership.',
  values: {
    EMPLOYER_UNION: { value: 'EMPLOYER_UNION', description: "The employer's own union." },
    TOWNSHIP_UNION: {
      value: 'TOWNSHIP_UNION',
      description:
        'The township/street union, for an employer without a union (or a retained membership moved there).',
    },
    HIGHER_UNION: {
      value: 'HIGHER_UNION',
      description: 'The next higher union, after the employer was dissolved.',
    },
  } as const,
});

builder.prismaObjectFields(Member, (t) => ({
  history: t.relatedConnection(
    'events',
    {
      cursor: 'id',
      totalCount: true,
      description: 'Its membership events, oldest first (会籍档案), a page at a time.',
      query: () => ({ orderBy: { sequence: 'asc' } }),
    },
    countedConnection(MembershipEvent, 'MembershipEvent', {
      connection: 'A page of membership events, oldest first.',
      edge: 'A membership event in a page.',
    }),
  ),
  custody: t.field({
    type: CustodyEnum,
    nullable: true,
    description: 'Who holds a live membership; null once it ended.',
    resolve: (m) => m.custody,
  }),
  since: t.string({
    description: 'The date `YYYY-MM-DD` the current status and holder began.',
    resolve: (m) => fromDbDate(m.since),
  }),
  statusReason: t.exposeString('statusReason', {
    nullable: true,
    description: 'Why the membership is retained or ended (RETIRED, UNEMPLOYED, LEFT, EXPELLED, LAPSED).',
  }),
  lastDuesPaidOn: t.string({
    nullable: true,
    description: 'The last dues payment on record, `YYYY-MM-DD`.',
    resolve: (m) => (m.lastDuesPaidOn === null ? null : fromDbDate(m.lastDuesPaidOn)),
  }),
  lastActivityOn: t.string({
    nullable: true,
    description: 'The last union activity on record, `YYYY-MM-DD`.',
    resolve: (m) => (m.lastActivityOn === null ? null : fromDbDate(m.lastActivityOn)),
  }),
  spokenToOn: t.string({
    nullable: true,
    description: 'When the union spoke to the member about dues and activity (经教育), `YYYY-MM-DD`.',
    resolve: (m) => (m.spokenToOn === null ? null : fromDbDate(m.spokenToOn)),
  }),
}));

/** The holder of a member's membership, or null for an unknown member. */
async function holderOf(ctx: Context, memberId: string): Promise<string | null> {
  const member = await ctx.prisma.member.findUnique({
    where: { id: memberId },
    select: { organizationId: true },
  });
  return member?.organizationId ?? null;
}

/** ORG_ADMIN of the union holding the membership (or above); an unknown member: a system admin only. */
async function adminOfHolder(ctx: Context, memberId: string): Promise<boolean> {
  const holder = await holderOf(ctx, memberId);
  return holder === null ? ctx.access.systemAdmin : ctx.access.permits('ADMIN', holder);
}

/** Share locks on the organizations a transition reads, the current holder included (ids as given). */
async function shareLocks(
  ctx: Context,
  memberId: string,
  ...organizations: (string | null | undefined)[]
): Promise<LockPlan> {
  const holder = await holderOf(ctx, memberId);
  const ids = [holder, ...organizations].filter((id): id is string => typeof id === 'string');
  return { mode: 'share', organizations: [...new Set(ids)] };
}

/** Runs a command on one member: share locks on its holder and the unions named, and `answer` from its rows. */
async function runOnMember<I extends { readonly memberId: string }, T, V>(
  ctx: Context,
  info: GraphQLResolveInfo,
  command: Command<I, T>,
  input: I,
  unions: readonly (string | null | undefined)[],
  answer: (value: T, rows: ReadonlyMap<string, object>) => V,
): Promise<Payload<V>> {
  return runCommand(ctx, info, command, input, {
    locks: await shareLocks(ctx, input.memberId, ...unions),
    answer,
  });
}

/** Where a transfer or reactivation places the membership, as the command takes it. */
function placementOf(input: {
  employerUnionId?: { id: string } | null;
  townshipUnionId?: { id: string } | null;
}) {
  return {
    employerUnionId: input.employerUnionId?.id ?? null,
    townshipUnionId: input.townshipUnionId?.id ?? null,
  };
}

/** The fields that place a membership: the new employer's union, or the township/street union. */
const placementFields = (t: PothosSchemaTypes.InputFieldBuilder<Types, 'InputObject'>) => ({
  employerUnionId: t.globalID({
    for: Organization,
    required: false,
    description:
      "The new employer's union (a grassroots union, branch or group); omit when the employer has none.",
  }),
  townshipUnionId: t.globalID({
    for: Organization,
    required: false,
    description: 'When the new employer has no union: the township/street union that holds the membership.',
  }),
});

const DATE_DESCRIPTION =
  'The date `YYYY-MM-DD` it takes effect, not in the future; default today (China Standard Time).';

const TransferMemberInput = builder.inputType('TransferMemberInput', {
  description: 'A transfer (会籍转接): the membership leaves its union for the union of the new employer.',
  fields: (t) => ({
    memberId: t.globalID({ for: Member, description: 'The member.' }),
    fromOrganizationId: t.globalID({
      for: Organization,
      description:
        'The union holding the membership as the caller read it; if another transfer moved it meanwhile, this one is refused (MEMBER_HOLDER_CHANGED).',
    }),
    ...placementFields(t),
    date: t.string({ required: false, description: DATE_DESCRIPTION }),
  }),
});

const RetainMemberInput = builder.inputType('RetainMemberInput', {
  description: 'Retains (保留会籍) an active membership on retirement or unemployment.',
  fields: (t) => ({
    memberId: t.globalID({ for: Member, description: 'The member.' }),
    reason: t.field({ type: RetentionReasonEnum, description: 'Retired or unemployed.' }),
    holderUnionId: t.globalID({
      for: Organization,
      required: false,
      description: 'The township/street union that holds the retained membership, if it moves there.',
    }),
    date: t.string({ required: false, description: DATE_DESCRIPTION }),
  }),
});

const ReactivateMemberInput = builder.inputType('ReactivateMemberInput', {
  description: 'Reactivates a retained membership on re-employment.',
  fields: (t) => ({
    memberId: t.globalID({ for: Member, description: 'The member.' }),
    ...placementFields(t),
    date: t.string({ required: false, description: DATE_DESCRIPTION }),
  }),
});

const TerminateMemberInput = builder.inputType('TerminateMemberInput', {
  description: 'Ends an active or retained membership.',
  fields: (t) => ({
    memberId: t.globalID({ for: Member, description: 'The member.' }),
    reason: t.field({ type: TerminationReasonEnum, description: 'Left or expelled.' }),
    note: t.string({ required: false, description: 'The grounds; required for an expulsion.' }),
    date: t.string({ required: false, description: DATE_DESCRIPTION }),
  }),
});

const RecordMemberEngagementInput = builder.inputType('RecordMemberEngagementInput', {
  description: 'Dates the lapse rule reads; each given one replaces the one on record, an omitted one stays.',
  fields: (t) => ({
    memberId: t.globalID({ for: Member, description: 'The member.' }),
    duesPaidOn: t.string({
      required: false,
      description: 'A dues payment, `YYYY-MM-DD`, not in the future.',
    }),
    activityOn: t.string({ required: false, description: 'A union activity attended, `YYYY-MM-DD`.' }),
    spokenToOn: t.string({
      required: false,
      description: 'When the union spoke to the member about dues and activity (经教育), `YYYY-MM-DD`.',
    }),
  }),
});

const LapseMembershipsInput = builder.inputType('LapseMembershipsInput', {
  description: 'A lapse run over a subtree.',
  fields: (t) => ({
    organizationId: t.globalID({ for: Organization, description: 'The root of the subtree.' }),
    preview: t.boolean({
      required: false,
      defaultValue: true,
      description: 'True (the default): list who would lapse today and change nothing. False: end them.',
    }),
  }),
});

const DissolvedEmployerInput = builder.inputType('DissolvedEmployerInput', {
  description: 'The employer of a union went bankrupt or was dissolved.',
  fields: (t) => ({
    organizationId: t.globalID({ for: Organization, description: "The dissolved employer's union." }),
    date: t.string({ required: false, description: DATE_DESCRIPTION }),
  }),
});

/** The payload of a subtree run: the members as it left them. */
interface RunPayload {
  readonly value: { readonly rows: readonly MemberRow[]; readonly more: boolean } | null;
  readonly errors: Payload<unknown>['errors'];
}

const MembershipRunPayload = builder.objectRef<RunPayload>('MembershipRunPayload').implement({
  description: `Result of a run over many memberships (at most ${MEMBERSHIP_BATCH_LIMIT} a run): the members it changed (or would change).`,
  authScopes: PUBLIC,
  fields: (t) => ({
    members: t.prismaField({
      type: ['Member'],
      description: `The members as the run left them (a preview: as they are, unchanged), at most ${MEMBERSHIP_BATCH_LIMIT}; empty when refused.`,
      complexity: listCost(MEMBERSHIP_BATCH_LIMIT),
      resolve: (_query, p) => [...(p.value?.rows ?? [])],
    }),
    more: t.boolean({
      description: 'True when the batch limit was reached: run again for the rest.',
      resolve: (p) => p.value?.more ?? false,
    }),
    errors: t.field(errorsField),
  }),
});

const MemberEngagementPayload = rowPayload('MemberEngagementPayload', {
  model: 'Member',
  description: 'Result of recording dues, activity or a talk: the member, or the rules broken.',
  field: 'member',
  fieldDescription: 'The member with the dates now on record, or null when refused.',
  row: (value: { readonly member: MemberRow; readonly engagement: MemberEngagement }) => value.member,
});

/** A run's answer: the member rows it wrote. */
function runRows(run: MembershipRun, rows: ReadonlyMap<string, object>) {
  return { rows: run.members.map((m) => rowOf<MemberRow>(rows, m.id)), more: run.more };
}

builder.mutationFields((t) => ({
  transferMember: t.field({
    type: MemberPayload,
    description:
      "Transfers a membership (会籍转接) to the new employer's union, or, when the employer has none, to the " +
      'township/street union: the old membership closes and the new one opens in one change, with a ' +
      'TRANSFERRED record in the history. ORG_ADMIN of the union holding it. Of concurrent transfers of one ' +
      'person exactly one wins; the others get MEMBER_HOLDER_CHANGED.',
    authScopes: (_root, { input }, ctx) => adminOfHolder(ctx, input.memberId.id),
    args: { input: t.arg({ type: TransferMemberInput, description: 'The member and the new union.' }) },
    resolve: async (_root, { input }, ctx, info) =>
      runOnMember(
        ctx,
        info,
        transferMember,
        {
          memberId: input.memberId.id,
          fromOrganizationId: input.fromOrganizationId.id,
          ...placementOf(input),
          date: input.date ?? null,
        },
        Object.values(placementOf(input)),
        writtenRow<MemberRow>,
      ),
  }),
  retainMember: t.field({
    type: MemberPayload,
    description:
      'Retains (保留会籍) an active membership on retirement or unemployment. ORG_ADMIN of the union holding it.',
    authScopes: (_root, { input }, ctx) => adminOfHolder(ctx, input.memberId.id),
    args: { input: t.arg({ type: RetainMemberInput, description: 'The member and the reason.' }) },
    resolve: async (_root, { input }, ctx, info) =>
      runOnMember(
        ctx,
        info,
        retainMember,
        {
          memberId: input.memberId.id,
          reason: input.reason,
          holderUnionId: input.holderUnionId?.id ?? null,
          date: input.date ?? null,
        },
        [input.holderUnionId?.id],
        writtenRow<MemberRow>,
      ),
  }),
  reactivateMember: t.field({
    type: MemberPayload,
    description:
      'Reactivates a retained membership at the new employer (or township/street) union. ORG_ADMIN of the union holding it.',
    authScopes: (_root, { input }, ctx) => adminOfHolder(ctx, input.memberId.id),
    args: { input: t.arg({ type: ReactivateMemberInput, description: 'The member and the new union.' }) },
    resolve: async (_root, { input }, ctx, info) =>
      runOnMember(
        ctx,
        info,
        reactivateMember,
        { memberId: input.memberId.id, ...placementOf(input), date: input.date ?? null },
        Object.values(placementOf(input)),
        writtenRow<MemberRow>,
      ),
  }),
  terminateMember: t.field({
    type: MemberPayload,
    description:
      'Ends an active or retained membership: left, or expelled with its grounds. ORG_ADMIN of the union holding it.',
    authScopes: (_root, { input }, ctx) => adminOfHolder(ctx, input.memberId.id),
    args: { input: t.arg({ type: TerminateMemberInput, description: 'The member and the reason.' }) },
    resolve: async (_root, { input }, ctx, info) =>
      runOnMember(
        ctx,
        info,
        terminateMember,
        {
          memberId: input.memberId.id,
          reason: input.reason,
          note: input.note ?? null,
          date: input.date ?? null,
        },
        [],
        writtenRow<MemberRow>,
      ),
  }),
  recordMemberEngagement: t.field({
    type: MemberEngagementPayload,
    description:
      'Records a dues payment, a union activity or the talk before a lapse (经教育). ORG_ADMIN of the union holding the membership.',
    authScopes: (_root, { input }, ctx) => adminOfHolder(ctx, input.memberId.id),
    args: { input: t.arg({ type: RecordMemberEngagementInput, description: 'The member and the dates.' }) },
    resolve: async (_root, { input }, ctx, info) =>
      runOnMember(
        ctx,
        info,
        recordMemberEngagement,
        {
          memberId: input.memberId.id,
          duesPaidOn: input.duesPaidOn ?? null,
          activityOn: input.activityOn ?? null,
          spokenToOn: input.spokenToOn ?? null,
        },
        [],
        (engagement, rows) => ({ member: rowOf<MemberRow>(rows, input.memberId.id), engagement }),
      ),
  }),
  lapseMemberships: t.field({
    type: MembershipRunPayload,
    description:
      'Ends, as left (自动退会), the active memberships in a subtree with no dues and no union activity for the ' +
      "rule set's grace period (6 months) after the member was spoken to. With `preview` (the default) it " +
      'only lists them. ORG_ADMIN of the subtree.',
    authScopes: (_root, { input }, ctx) => ctx.access.permits('ADMIN', input.organizationId.id),
    args: {
      input: t.arg({ type: LapseMembershipsInput, description: 'The subtree, and whether to only preview.' }),
    },
    resolve: async (_root, { input }, ctx, info) => {
      const preview = input.preview ?? true;
      const payload = await runCommand(
        ctx,
        info,
        lapseMemberships,
        { organizationId: input.organizationId.id, preview },
        {
          locks: { mode: 'share', organizations: [], subtreeOf: input.organizationId.id },
          answer: (run, rows) =>
            preview ? { ids: run.members.map((m) => m.id), more: run.more } : runRows(run, rows),
        },
      );
      return withRows(ctx, payload);
    },
  }),
  holdMembersOfDissolvedEmployer: t.field({
    type: MembershipRunPayload,
    description:
      'The employer went bankrupt or was dissolved: every active or retained membership its union holds is ' +
      'held by the next higher union (HELD_BY_HIGHER_UNION). ORG_ADMIN of the union.',
    authScopes: (_root, { input }, ctx) => ctx.access.permits('ADMIN', input.organizationId.id),
    args: { input: t.arg({ type: DissolvedEmployerInput, description: "The dissolved employer's union." }) },
    resolve: async (_root, { input }, ctx, info) => {
      const parent = await ctx.prisma.organization.findUnique({
        where: { id: input.organizationId.id },
        select: { parentId: true },
      });
      const organizations = [input.organizationId.id, parent?.parentId].filter((id): id is string => !!id);
      const payload = await runCommand(
        ctx,
        info,
        holdMembersOfDissolvedEmployer,
        { organizationId: input.organizationId.id, date: input.date ?? null },
        { locks: { mode: 'share', organizations }, answer: runRows },
      );
      return withRows(ctx, payload);
    },
  }),
}));

/** A run's payload with member rows: a preview's ids read back (nothing changed, so no transaction row). */
async function withRows(
  ctx: Context,
  payload: Payload<{ rows: readonly MemberRow[]; more: boolean } | { ids: readonly string[]; more: boolean }>,
): Promise<RunPayload> {
  const value = payload.value;
  if (value === null) return { value: null, errors: payload.errors };
  if ('rows' in value) return { value, errors: payload.errors };
  const rows = await ctx.prisma.member.findMany({
    where: { id: { in: [...value.ids] } },
    orderBy: { id: 'asc' },
  });
  return { value: { rows, more: value.more }, errors: payload.errors };
}
