// Collective bargaining (集体协商) through the API: an organization's cases with their deadlines
// computed by core, and one mutation per step (request, reply, negotiators, meeting, end of the
// talks, contract vote, filing, objection), each checked by core's rule functions.

import {
  adoptingVote,
  BARGAINING_STAGES,
  type BargainingDeadlines,
  type BargainingRuleSetName,
  bargainingDeadlines,
  type Command,
  type BargainingCase as CoreBargainingCase,
  fileContract,
  finishBargaining,
  MAX_CONTRACT_VOTES,
  nameNegotiators,
  openBargaining,
  type RecordedContractVote,
  recordBargainingReply,
  recordContractObjection,
  recordContractVote,
  scheduleBargainingMeeting,
} from '@gonghui/core';
import type { GraphQLResolveInfo } from 'graphql';
import { builder, listCost, PUBLIC } from '../builder.js';
import type { Context } from '../context.js';
import { type BargainingCaseRow, toBargainingCase } from '../store/bargaining.js';
import { fromDbDate } from '../store/unit.js';
import { countedConnection } from './connection.js';
import { type Payload, rowPayload, runCommand, writtenRow } from './errors.js';
import { described, Organization } from './organization.js';

const day = (date: Date | null) => (date === null ? null : fromDbDate(date));

/** Where a bargaining case stands. */
export const BargainingStageEnum = builder.enumType('BargainingStage', {
  description: 'Where a collective bargaining case stands; each step follows the one before.',
  values: described(BARGAINING_STAGES, {
    REQUESTED: '已提出协商要求: the union asked the employer to bargain; the written reply is due.',
    REPLIED: '已书面回应: the employer replied; the negotiators are named next.',
    NEGOTIATORS_NAMED: '已确定协商代表: both sides named; the first meeting is scheduled next.',
    MEETING_SCHEDULED:
      '协商中: the talks started at the first meeting (or resumed after the workers’ congress rejected a draft); ' +
      'they end within 30 working days of that day.',
    DRAFT_AGREED: '已形成合同草案: the talks agreed a draft; the workers’ congress votes on it next.',
    TALKS_FAILED: '协商未达成一致: the talks ended without a draft.',
    CONTRACT_ADOPTED:
      '职代会已通过: the workers’ congress adopted the contract; it is signed and filed next.',
    FILED: '已报送备案: filed with the labour administration; in force after the objection period.',
    OBJECTED: '行政部门提出异议: objected to within the period; not in force.',
  }),
});

/** The rule set a case is checked under. */
export const BargainingRuleSetEnum = builder.enumType('BargainingRuleSet', {
  description: 'The collective-bargaining rules a case is checked under.',
  values: {
    ZHEJIANG_2010: {
      value: 'zhejiang2010',
      description: '浙江省集体合同条例: at least 3 negotiators a side (5 from 100 workers), no upper limit.',
    },
    NINGBO_2014: {
      value: 'ningbo2014',
      description: '宁波市企业工资集体协商条例: as Zhejiang, and at most 10 negotiators a side.',
    },
  } as const,
});

/** One side's negotiators. */
const NegotiatingSideRef = builder
  .objectRef<{ negotiators: number; outsideExperts: number }>('NegotiatingSide')
  .implement({
    description: 'One side at the table: its negotiators (协商代表), outside experts included.',
    authScopes: PUBLIC,
    fields: (t) => ({
      negotiators: t.exposeInt('negotiators', { description: 'All negotiators of the side.' }),
      outsideExperts: t.exposeInt('outsideExperts', {
        description: 'Of them, experts engaged from outside the firm (at most a third).',
      }),
    }),
  });

/** A vote of the workers' congress on a draft contract. */
const ContractVoteRef = builder.objectRef<RecordedContractVote>('ContractVote').implement({
  description:
    'A vote of the workers’ congress (职工代表大会) on a draft contract, held with its quorum (two thirds of all ' +
    'delegates present): it adopted the contract or rejected the draft.',
  authScopes: PUBLIC,
  fields: (t) => ({
    votedOn: t.exposeString('votedOn', { description: 'Day of the vote `YYYY-MM-DD`.' }),
    delegates: t.exposeInt('delegates', { description: 'All delegates, present or not.' }),
    present: t.exposeInt('present', { description: 'Delegates present (at least two thirds of all).' }),
    approving: t.exposeInt('approving', {
      description:
        'Delegates approving (同意): the contract is adopted with more than half of ALL delegates.',
    }),
    against: t.exposeInt('against', {
      nullable: true,
      description: 'Delegates voting against (反对), or null when not recorded.',
    }),
    abstaining: t.exposeInt('abstaining', {
      nullable: true,
      description: 'Delegates abstaining (弃权), or null when not recorded.',
    }),
    adopted: t.exposeBoolean('adopted', {
      description: 'True: the contract was adopted; false: the draft was rejected and the talks resumed.',
    }),
  }),
});

/** A case's deadlines. */
const BargainingDeadlinesRef = builder.objectRef<BargainingDeadlines>('BargainingDeadlines').implement({
  description:
    "A case's deadlines (`YYYY-MM-DD`), computed by core from its dates, rule set and working calendar; " +
    'null where the step they count from is not recorded yet.',
  authScopes: PUBLIC,
  fields: (t) => ({
    replyDueBy: t.exposeString('replyDueBy', {
      description: 'Last day of the employer’s written reply: the 10th working day after the request.',
    }),
    documentsDueBy: t.exposeString('documentsDueBy', {
      nullable: true,
      description: 'Last day the first meeting’s documents reach the other side: 7 days before it.',
    }),
    bargainingDueBy: t.exposeString('bargainingDueBy', {
      nullable: true,
      description:
        'Last day of the talks: the 30th working day after they started (the first meeting, or the last vote ' +
        'that rejected a draft).',
    }),
    filingDueBy: t.exposeString('filingDueBy', {
      nullable: true,
      description: 'Last day to file the signed contract: 10 days after signing (a rest day moves it on).',
    }),
    objectionPeriodEnds: t.exposeString('objectionPeriodEnds', {
      nullable: true,
      description: 'Last day the labour administration may object: 15 days after filing.',
    }),
    inForceOn: t.exposeString('inForceOn', {
      nullable: true,
      description: 'First day the filed contract is in force, or null when not filed or objected to.',
    }),
  }),
});

/** A collective bargaining case. */
export const BargainingCase = builder.prismaNode('BargainingCase', {
  description:
    'A collective bargaining case (集体协商) of a union with one employer, step by step. ORG_VIEWER of the ' +
    'union or above.',
  runScopesOnType: true,
  authScopes: (c) => ({ orgView: c.organizationId }),
  id: { field: 'id' },
  fields: (t) => ({
    organization: t.relation('organization', { description: 'The union that requested the bargaining.' }),
    employer: t.exposeString('employer', { description: 'The employer (用人单位) asked to bargain.' }),
    firmWorkers: t.exposeInt('firmWorkers', {
      description: 'Workers of the firm: decides the fewest negotiators.',
    }),
    rules: t.field({
      type: BargainingRuleSetEnum,
      description: 'The rule set the case is checked under.',
      resolve: (c) => c.rules as BargainingRuleSetName,
    }),
    holidays: t.stringList({
      description: 'Holidays its working days skip (`YYYY-MM-DD`).',
      resolve: (c) => c.holidays.map(fromDbDate),
    }),
    workingWeekendDays: t.stringList({
      description: 'Weekend days it counts as working days (调休上班).',
      resolve: (c) => c.workingWeekendDays.map(fromDbDate),
    }),
    stage: t.expose('stage', { type: BargainingStageEnum, description: 'Where the case stands.' }),
    requestedOn: t.string({
      description: 'Day the employer received the written request `YYYY-MM-DD`.',
      resolve: (c) => fromDbDate(c.requestedOn),
    }),
    repliedOn: t.string({
      nullable: true,
      description: 'Day of the employer’s written reply, or null.',
      resolve: (c) => day(c.repliedOn),
    }),
    workers: t.field({
      type: NegotiatingSideRef,
      nullable: true,
      description: 'The workers’ side (职工一方), or null before the negotiators are named.',
      resolve: (c) => toBargainingCase(c).sides?.workers ?? null,
    }),
    employerSide: t.field({
      type: NegotiatingSideRef,
      nullable: true,
      description: 'The employer’s side (用人单位一方), or null before the negotiators are named.',
      resolve: (c) => toBargainingCase(c).sides?.employer ?? null,
    }),
    meetingOn: t.string({
      nullable: true,
      description: 'Day of the first meeting (the talks start), or null.',
      resolve: (c) => day(c.meetingOn),
    }),
    documentsProvidedOn: t.string({
      nullable: true,
      description: 'Day the meeting’s documents reached the other side, or null.',
      resolve: (c) => day(c.documentsProvidedOn),
    }),
    finishedOn: t.string({
      nullable: true,
      description: 'Day the talks ended, or null.',
      resolve: (c) => day(c.finishedOn),
    }),
    vote: t.field({
      type: ContractVoteRef,
      nullable: true,
      description: 'The workers’ congress’s vote that adopted the contract, or null.',
      resolve: (c) => adoptingVote(toBargainingCase(c)),
    }),
    votes: t.field({
      type: [ContractVoteRef],
      // core's finishBargaining lets no case hold more.
      complexity: listCost(MAX_CONTRACT_VOTES),
      description:
        'Every vote the workers’ congress held on the case’s drafts, oldest first: those that rejected a draft, ' +
        `then the one that adopted the contract; at most ${MAX_CONTRACT_VOTES}.`,
      resolve: (c) => toBargainingCase(c).votes,
    }),
    termStartsOn: t.string({
      nullable: true,
      description: 'First day of the contract’s term, or null.',
      resolve: (c) => day(c.termStartsOn),
    }),
    termEndsOn: t.string({
      nullable: true,
      description: 'Last day of the contract’s term (1 to 3 years), or null.',
      resolve: (c) => day(c.termEndsOn),
    }),
    signedOn: t.string({
      nullable: true,
      description: 'Day the contract was signed, or null.',
      resolve: (c) => day(c.signedOn),
    }),
    filedOn: t.string({
      nullable: true,
      description: 'Day it was filed with the labour administration, or null.',
      resolve: (c) => day(c.filedOn),
    }),
    objectedOn: t.string({
      nullable: true,
      description: 'Day the labour administration objected within its period, or null.',
      resolve: (c) => day(c.objectedOn),
    }),
    deadlines: t.field({
      type: BargainingDeadlinesRef,
      description: 'Its deadlines, computed by core from its dates, rules and calendar.',
      resolve: (c) => bargainingDeadlines(toBargainingCase(c)),
    }),
  }),
});

/** A page of bargaining cases. */
const BargainingCaseConnection = countedConnection(BargainingCase, 'BargainingCase', {
  connection: 'A page of bargaining cases, the latest request first.',
  edge: 'A bargaining case in a page.',
});

builder.prismaObjectFields(Organization, (t) => ({
  bargainingCases: t.relatedConnection(
    'bargainingCases',
    {
      cursor: 'id',
      totalCount: true,
      nullable: true,
      description:
        'Collective bargaining cases this union requested, the latest request first (filter by `stage`); ' +
        'ORG_VIEWER of it or above.',
      args: {
        stage: t.arg({
          type: BargainingStageEnum,
          required: false,
          description: 'Only cases at this stage.',
        }),
      },
      authScopes: (org) => ({ orgView: org.id }),
      query: (args) => ({
        where: args.stage ? { stage: args.stage } : {},
        orderBy: [{ requestedOn: 'desc' }, { id: 'asc' }],
      }),
    },
    BargainingCaseConnection,
  ),
}));

const BargainingCasePayload = rowPayload('BargainingCasePayload', {
  model: 'BargainingCase',
  description: 'Result of a bargaining step: the case as the step left it, or the rules the step broke.',
  field: 'bargainingCase',
  fieldDescription: 'The case as the step left it, or null when the step was refused.',
});

const OpenBargainingInput = builder.inputType('OpenBargainingInput', {
  description: 'A union’s written request to an employer to bargain (集体协商要约).',
  fields: (t) => ({
    organizationId: t.globalID({ for: Organization, description: 'The union requesting the bargaining.' }),
    employer: t.string({ description: 'The employer’s name, 1–100 characters.' }),
    firmWorkers: t.int({ description: 'Workers (职工) of the firm: 100 or more need 5 negotiators a side.' }),
    requestedOn: t.string({
      description:
        'Day the employer received the request `YYYY-MM-DD`; the reply is due 10 working days later.',
    }),
    rules: t.field({
      type: BargainingRuleSetEnum,
      required: false,
      description: 'The rule set (default ZHEJIANG_2010).',
    }),
    holidays: t.stringList({
      required: false,
      description: 'Public holidays and days moved off (`YYYY-MM-DD`) that working days skip; default none.',
    }),
    workingWeekendDays: t.stringList({
      required: false,
      description:
        'Saturdays and Sundays moved into work (调休上班) that count as working days; default none.',
    }),
  }),
});

const RecordBargainingReplyInput = builder.inputType('RecordBargainingReplyInput', {
  description: 'The employer’s written reply to the request.',
  fields: (t) => ({
    caseId: t.globalID({ for: BargainingCase, description: 'The bargaining case.' }),
    repliedOn: t.string({
      description: 'Day of the reply `YYYY-MM-DD`: within 10 working days of the request.',
    }),
  }),
});

const NegotiatingSideInput = builder.inputType('NegotiatingSideInput', {
  description: 'One side’s negotiators.',
  fields: (t) => ({
    negotiators: t.int({ description: 'All negotiators of the side, outside experts included.' }),
    outsideExperts: t.int({ description: 'Of them, experts from outside the firm: at most a third.' }),
  }),
});

const NameNegotiatorsInput = builder.inputType('NameNegotiatorsInput', {
  description: 'Both sides’ negotiators (named again before the meeting: replaced).',
  fields: (t) => ({
    caseId: t.globalID({ for: BargainingCase, description: 'The bargaining case.' }),
    workers: t.field({ type: NegotiatingSideInput, description: 'The workers’ side, led by the union.' }),
    employer: t.field({
      type: NegotiatingSideInput,
      description: 'The employer’s side: no larger than the workers’.',
    }),
  }),
});

const ScheduleBargainingMeetingInput = builder.inputType('ScheduleBargainingMeetingInput', {
  description: 'The first bargaining meeting, where the talks start.',
  fields: (t) => ({
    caseId: t.globalID({ for: BargainingCase, description: 'The bargaining case.' }),
    meetingOn: t.string({ description: 'Day of the meeting `YYYY-MM-DD`, not before the reply.' }),
    documentsProvidedOn: t.string({
      description: 'Day its documents reached the other side `YYYY-MM-DD`: 7 days before the meeting.',
    }),
  }),
});

const FinishBargainingInput = builder.inputType('FinishBargainingInput', {
  description: 'The end of the talks.',
  fields: (t) => ({
    caseId: t.globalID({ for: BargainingCase, description: 'The bargaining case.' }),
    finishedOn: t.string({
      description: 'Day the talks ended `YYYY-MM-DD`: within 30 working days of the meeting.',
    }),
    agreed: t.boolean({ description: 'True: a draft contract was agreed; false: the talks failed.' }),
  }),
});

const ContractVoteInput = builder.inputType('ContractVoteInput', {
  description: 'The counts of the workers’ congress’s vote.',
  fields: (t) => ({
    delegates: t.int({ description: 'All delegates, present or not.' }),
    present: t.int({ description: 'Delegates present: at least two thirds of all.' }),
    approving: t.int({
      description:
        'Delegates approving: more than half of ALL delegates adopt the contract, fewer reject the draft.',
    }),
    against: t.int({
      required: false,
      description: 'Delegates voting against, if recorded: approving + against + abstaining ≤ present.',
    }),
    abstaining: t.int({ required: false, description: 'Delegates abstaining, if recorded.' }),
  }),
});

const ContractTermInput = builder.inputType('ContractTermInput', {
  description: 'A contract’s term, both days included: 1 to 3 years.',
  fields: (t) => ({
    startsOn: t.string({ description: 'First day `YYYY-MM-DD`.' }),
    endsOn: t.string({ description: 'Last day `YYYY-MM-DD`.' }),
  }),
});

const RecordContractVoteInput = builder.inputType('RecordContractVoteInput', {
  description: 'A vote of the workers’ congress on the agreed draft.',
  fields: (t) => ({
    caseId: t.globalID({ for: BargainingCase, description: 'The bargaining case.' }),
    votedOn: t.string({ description: 'Day of the vote `YYYY-MM-DD`, not before the end of the talks.' }),
    vote: t.field({ type: ContractVoteInput, description: 'The vote.' }),
    term: t.field({ type: ContractTermInput, description: 'The draft contract’s term.' }),
  }),
});

const FileContractInput = builder.inputType('FileContractInput', {
  description: 'The signing and filing of the adopted contract.',
  fields: (t) => ({
    caseId: t.globalID({ for: BargainingCase, description: 'The bargaining case.' }),
    signedOn: t.string({ description: 'Day it was signed `YYYY-MM-DD`, not before the vote.' }),
    filedOn: t.string({
      description: 'Day it was filed with the labour administration: within 10 days of signing.',
    }),
  }),
});

const RecordContractObjectionInput = builder.inputType('RecordContractObjectionInput', {
  description: 'The labour administration’s objection to a filed contract.',
  fields: (t) => ({
    caseId: t.globalID({ for: BargainingCase, description: 'The bargaining case.' }),
    objectedOn: t.string({ description: 'Day of the objection `YYYY-MM-DD`: within 15 days of filing.' }),
  }),
});

/** ORG_ADMIN of a case's union; an id that names no case: only a system admin gets to the command's error. */
async function adminOfCase(ctx: Context, caseId: string) {
  const found = await ctx.prisma.bargainingCase.findUnique({
    where: { id: caseId },
    select: { organizationId: true },
  });
  return found ? ctx.access.permits('ADMIN', found.organizationId) : ctx.access.systemAdmin;
}

/** What every step mutation shares: its payload, and who may record it (ORG_ADMIN of the case's union or above). */
const STEP_FIELD = {
  type: BargainingCasePayload,
  authScopes: (_root: unknown, { input }: { input: { caseId: { id: string } } }, ctx: Context) =>
    adminOfCase(ctx, input.caseId.id),
} as const;

/** The end of every step mutation's description. */
const STEP_ADMIN = ' ORG_ADMIN of the case’s union or above.';

/**
 * Runs a step's command on its input (the case's global ID decoded): no organization row locked
 * (the case's row is, as the command reads it), the case's row as the transaction wrote it answered.
 */
function runStep<I extends { caseId: string }>(
  ctx: Context,
  info: GraphQLResolveInfo,
  command: Command<I, CoreBargainingCase>,
  input: Omit<I, 'caseId'> & { caseId: { id: string } },
): Promise<Payload<BargainingCaseRow>> {
  return runCommand(ctx, info, command, { ...input, caseId: input.caseId.id } as I, {
    locks: { mode: 'share', organizations: [] },
    answer: writtenRow<BargainingCaseRow>,
  });
}

builder.mutationFields((t) => ({
  openBargaining: t.field({
    type: BargainingCasePayload,
    description:
      'Opens a bargaining case: the union’s written request to an employer, received on `requestedOn`. ' +
      'ORG_ADMIN of the union or above.',
    authScopes: (_root, { input }) => ({ orgAdmin: input.organizationId.id }),
    args: { input: t.arg({ type: OpenBargainingInput, description: 'The request.' }) },
    resolve: (_root, { input }, ctx, info) =>
      runCommand(
        ctx,
        info,
        openBargaining,
        {
          organizationId: input.organizationId.id,
          employer: input.employer,
          firmWorkers: input.firmWorkers,
          requestedOn: input.requestedOn,
          rules: input.rules ?? null,
          holidays: input.holidays ?? null,
          workingWeekendDays: input.workingWeekendDays ?? null,
        },
        {
          locks: { mode: 'share', organizations: [input.organizationId.id] },
          answer: writtenRow<BargainingCaseRow>,
        },
      ),
  }),
  recordBargainingReply: t.field({
    ...STEP_FIELD,
    description:
      'Records the employer’s written reply to a case at REQUESTED: on the 10th working day after the request ' +
      `at the latest (BARGAINING_REPLY_LATE).${STEP_ADMIN}`,
    args: { input: t.arg({ type: RecordBargainingReplyInput, description: 'The case and the reply.' }) },
    resolve: (_root, { input }, ctx, info) => runStep(ctx, info, recordBargainingReply, input),
  }),
  nameNegotiators: t.field({
    ...STEP_FIELD,
    description:
      'Names both sides’ negotiators of a case at REPLIED (again at NEGOTIATORS_NAMED: replaced): each side ' +
      'within the range for the firm’s size, the employer’s no larger than the workers’, at most a third outside ' +
      `experts.${STEP_ADMIN}`,
    args: { input: t.arg({ type: NameNegotiatorsInput, description: 'The case and both sides.' }) },
    resolve: (_root, { input }, ctx, info) => runStep(ctx, info, nameNegotiators, input),
  }),
  scheduleBargainingMeeting: t.field({
    ...STEP_FIELD,
    description:
      'Schedules the first meeting of a case at NEGOTIATORS_NAMED, its documents with the other side 7 days ' +
      `before it (BARGAINING_DOCUMENTS_LATE).${STEP_ADMIN}`,
    args: {
      input: t.arg({ type: ScheduleBargainingMeetingInput, description: 'The case and the meeting.' }),
    },
    resolve: (_root, { input }, ctx, info) => runStep(ctx, info, scheduleBargainingMeeting, input),
  }),
  finishBargaining: t.field({
    ...STEP_FIELD,
    description:
      'Ends the talks of a case at MEETING_SCHEDULED by the 30th working day after the first meeting ' +
      `(BARGAINING_OVERRUN): DRAFT_AGREED or TALKS_FAILED.${STEP_ADMIN}`,
    args: {
      input: t.arg({ type: FinishBargainingInput, description: 'The case and the end of the talks.' }),
    },
    resolve: (_root, { input }, ctx, info) => runStep(ctx, info, finishBargaining, input),
  }),
  recordContractVote: t.field({
    ...STEP_FIELD,
    description:
      'Records a vote of the workers’ congress on the draft of a case at DRAFT_AGREED (a term of 1 to 3 years). ' +
      'Fewer than two thirds of all delegates present is no valid vote: refused (CONTRACT_QUORUM_NOT_MET), ' +
      'nothing recorded. A vote held is kept in `votes`: more than half of ALL delegates approving adopts the ' +
      'contract (CONTRACT_ADOPTED); fewer reject the draft and the case returns to MEETING_SCHEDULED, the talks ' +
      `having 30 working days from the vote to agree a draft again.${STEP_ADMIN}`,
    args: {
      input: t.arg({
        type: RecordContractVoteInput,
        description: 'The case, the vote and the draft’s term.',
      }),
    },
    resolve: (_root, { input }, ctx, info) => runStep(ctx, info, recordContractVote, input),
  }),
  fileContract: t.field({
    ...STEP_FIELD,
    description:
      'Records the signing and filing of the contract of a case at CONTRACT_ADOPTED: filed within 10 days of ' +
      `signing (CONTRACT_FILING_LATE); in force after 15 days unless objected to.${STEP_ADMIN}`,
    args: { input: t.arg({ type: FileContractInput, description: 'The case, the signing and the filing.' }) },
    resolve: (_root, { input }, ctx, info) => runStep(ctx, info, fileContract, input),
  }),
  recordContractObjection: t.field({
    ...STEP_FIELD,
    description:
      'Records the labour administration’s objection to a case at FILED within its 15 days: OBJECTED, not in ' +
      `force (later: CONTRACT_OBJECTION_LATE, the contract is in force).${STEP_ADMIN}`,
    args: {
      input: t.arg({ type: RecordContractObjectionInput, description: 'The case and the objection.' }),
    },
    resolve: (_root, { input }, ctx, info) => runStep(ctx, info, recordContractObjection, input),
  }),
}));
