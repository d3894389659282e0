// Elections over GraphQL: the process steps as mutations (errors as data), the election and its
// candidates, live turnout (query and subscription), the published record and a ballot paper for
// whoever holds a ballot token. Every step is core's (through src/store/election.ts); who may take
// it is decided here: ORG_ADMIN above the election's organization sets it up and certifies,
// ELECTION_OFFICER of the election runs it, the higher union's ORG_ADMIN approves, a MEMBER on the
// roll checks in and gets a token, anyone holding a token casts; a MEMBER of its units sees the
// result once certified.

import {
  type Ballot,
  CANDIDACIES_MAX,
  type CountResult,
  ELECTION_STATUSES,
  type EmployerRole,
  isSystemAdmin,
  ROUNDS_MAX,
  type Result as StepResult,
} from '@gonghui/core';
import { resolveArrayConnection } from '@pothos/plugin-relay';
import { GraphQLError } from 'graphql';
import { Access } from '../auth/access.js';
import { builder, DEFAULT_PAGE_SIZE, listCost, MAX_PAGE_SIZE, PUBLIC, type Types } from '../builder.js';
import type { Context } from '../context.js';
import type { Prisma } from '../generated/prisma/client.js';
import { untilTokenExpiry } from '../hardening/stream-expiry.js';
import { untilScopeEnds } from '../hardening/stream-scope.js';
import type { ElectionStore, NominationFacts, Turnout } from '../store/election.js';
import { Committee, ElectoralUnit, Term } from './congress.js';
import { countedConnection } from './connection.js';
import { errorsField, type Payload, toUserError } from './errors.js';
import { Organization } from './organization.js';

type ElectionRow = Prisma.ElectionGetPayload<object>;

/** What a viewer may do with an election. */
type ElectionRight = 'VIEW' | 'SETUP' | 'RUN' | 'APPROVE';

/** The election facts the rights depend on. */
interface ElectionFacts {
  readonly id: string;
  readonly firstRoundId: string;
  readonly organizationId: string;
  readonly status: string;
}

/** Whether the viewer is ELECTION_OFFICER of this round or of its first round. */
function isOfficer(ctx: Context, e: ElectionFacts): boolean {
  return ctx.access.viewer.grants.some(
    (g) => g.role === 'ELECTION_OFFICER' && (g.electionId === e.id || g.electionId === e.firstRoundId),
  );
}

/** The member records the viewer holds (MEMBER grants). */
function ownMemberIds(ctx: Context): string[] {
  return ctx.access.viewer.grants.flatMap((g) => (g.role === 'MEMBER' ? [g.memberId] : []));
}

/**
 * Whether the viewer may VIEW (ORG_VIEWER/ORG_ADMIN above it, its officer, a member on its roll, or
 * once certified a member of its units: its organization's subtree and member unions), SETUP (ORG_ADMIN above it), RUN (its officer or ORG_ADMIN above it) or APPROVE (ORG_ADMIN
 * of the higher union) an election.
 */
async function may(ctx: Context, e: ElectionFacts, right: ElectionRight): Promise<boolean> {
  if (isSystemAdmin(ctx.access.viewer)) return true;
  switch (right) {
    case 'SETUP':
      return ctx.access.permits('ADMIN', e.organizationId);
    case 'RUN':
      return isOfficer(ctx, e) || ctx.access.permits('ADMIN', e.organizationId);
    case 'APPROVE': {
      const org = await ctx.prisma.organization.findUnique({
        where: { id: e.organizationId },
        select: { parentId: true },
      });
      return org?.parentId != null && ctx.access.permits('ADMIN', org.parentId);
    }
    case 'VIEW': {
      if (isOfficer(ctx, e) || (await ctx.access.permits('VIEW', e.organizationId))) return true;
      const members = ownMemberIds(ctx);
      if (members.length === 0) return false;
      const onRoll = await ctx.prisma.electionRollEntry.count({
        where: { electionId: { in: [e.id, e.firstRoundId] }, voterId: { in: members } },
      });
      if (onRoll > 0) return true;
      // After certification, a member of the election's units (not on its roll) sees its result.
      const certified = e.status === 'CERTIFIED' || e.status === 'APPROVED';
      return certified && ctx.elections.hasMemberIn(e.organizationId, members);
    }
  }
}

/** Loads an election's facts by id and checks a right; an unknown id passes only a system admin (who then gets ELECTION_NOT_FOUND as data). */
async function mayOn(ctx: Context, electionId: string, right: ElectionRight): Promise<boolean> {
  const e = await ctx.prisma.election.findUnique({
    where: { id: electionId },
    select: { id: true, firstRoundId: true, organizationId: true, status: true },
  });
  return e === null ? ctx.access.systemAdmin : may(ctx, e, right);
}

/**
 * A step's result as a payload; a step that went through tells the round's turnout subscribers it
 * changed (they read the turnout again: nothing is read when nobody listens).
 */
function announced<T>(ctx: Context, electionId: string, result: StepResult<T>): Payload<T> {
  if (result.ok) ctx.pubsub.publish('election.turnout', electionId, electionId);
  return payload(result);
}

/** A step's result as a payload. */
function payload<T>(result: StepResult<T>): Payload<T> {
  return result.ok
    ? { value: result.value, errors: [] }
    : { value: null, errors: [toUserError(result.error)] };
}

const described = <V extends string>(values: readonly V[], text: Record<V, string>) =>
  Object.fromEntries(values.map((v) => [v, { value: v, description: text[v] }])) as Record<
    V,
    { value: V; description: string }
  >;

/** Where an election is in its process. */
export const ElectionStatusEnum = builder.enumType('ElectionStatus', {
  description:
    'Where an election is: draft → nominations → roll frozen → open → closed → counted → certified → approved.',
  values: described(ELECTION_STATUSES, {
    DRAFT: '草案: being set up.',
    NOMINATIONS: '提名: candidates are being nominated.',
    ROLL_FROZEN: '名册确定: the roll is frozen (hash published); attendance is registered.',
    OPEN: '投票: ballots are issued and cast.',
    CLOSED: '投票结束: no more ballots.',
    COUNTED: '计票完毕: counted; the record is published.',
    CERTIFIED: '确认: the result is certified by the organization.',
    APPROVED: '批准: the higher union approved the result.',
  }),
});

/** What an election fills. */
export const ElectedBodyEnum = builder.enumType('ElectedBody', {
  description: 'What an election fills; decides the competitive margin (差额率).',
  values: described(['COMMITTEE', 'STANDING_COMMITTEE', 'CHAIR', 'VICE_CHAIR', 'DELEGATES'] as const, {
    COMMITTEE: '委员会: candidates exceed seats by at least 5% when contested.',
    STANDING_COMMITTEE: '常委会: at least 10% more candidates when contested.',
    CHAIR: '主席: may be uncontested.',
    VICE_CHAIR: '副主席: may be uncontested.',
    DELEGATES:
      "代表: a congress term's delegates, elected in an electoral unit (`termId`, `unitId`); certified, they join the term's roll.",
  }),
});

/** Why a round exists. */
export const RoundKindEnum = builder.enumType('ElectionRoundKind', {
  description: 'Why a round exists.',
  values: described(['FIRST', 'TIE_BREAK', 'FURTHER', 'REPEAT'] as const, {
    FIRST: 'The first vote.',
    TIE_BREAK: 'A new vote among candidates tied across the last seat.',
    FURTHER: '另行选举: a further round among the remaining candidates for unfilled seats.',
    REPEAT: 'The vote held again after a void one (more ballots returned than issued).',
  }),
});

/** A barred position at the employer. */
export const EmployerRoleEnum = builder.enumType('EmployerRole', {
  description: 'A position at the employer that bars standing for its union committee.',
  values: described(['MAIN_ADMIN_HEAD', 'LEGAL_REPRESENTATIVE', 'PARTNER', 'HR_HEAD'] as const, {
    MAIN_ADMIN_HEAD: '单位主要负责人: the main administrative head.',
    LEGAL_REPRESENTATIVE: '法定代表人: the legal representative.',
    PARTNER: '合伙人: a partner.',
    HR_HEAD: '人力资源部门负责人: the head of human resources.',
  }),
});

type CandidacyRow = Prisma.CandidacyGetPayload<object>;

/** A candidate in one round. */
const CandidacyRef = builder.objectRef<CandidacyRow>('Candidacy').implement({
  description: 'A candidate (候选人) of one round. `id` is what a ballot marks.',
  authScopes: PUBLIC,
  fields: (t) => ({
    id: t.exposeString('id', {
      description: 'The candidate id a ballot marks (in `approve`, `oppose`, `ranking`).',
    }),
    name: t.exposeString('name', { description: 'Name as on the ballot.' }),
    withdrawn: t.boolean({
      description: 'Whether the candidate withdrew.',
      resolve: (c) => c.status === 'WITHDRAWN',
    }),
    writtenIn: t.boolean({
      description:
        'Whether this is a write-in the round elected, named on certification: the member who took the seat, or (no member) someone who took none.',
      resolve: (c) => c.status === 'WRITTEN_IN',
    }),
  }),
});

/**
 * Price of `Election.record`, one field: it reads every round's stored record (every ballot of up to
 * ROUNDS_MAX rounds) and seals it anew (canonical JSON and SHA-256 of the whole), so a request asks for
 * at most four (`nodes` with one election's id 100 times built 100 records for a cost of 201).
 */
export const RECORD_COST = 2_000;

/** The names of each election's candidacies a request has read (a count names its candidates by id). */
const namesRead = new WeakMap<Context, Map<string, Promise<Map<string, string>>>>();

/**
 * The names of an election's candidacies (up to CANDIDACIES_MAX rows), read once per request however
 * often it asks (`nodes` with one election's id 100 times read them 100 times for a cost of 201).
 */
function candidateNames(ctx: Context, electionId: string): Promise<Map<string, string>> {
  let byElection = namesRead.get(ctx);
  if (byElection === undefined) {
    byElection = new Map();
    namesRead.set(ctx, byElection);
  }
  let names = byElection.get(electionId);
  if (names === undefined) {
    names = ctx.prisma.candidacy
      .findMany({ where: { electionId }, select: { id: true, name: true } })
      .then((rows) => new Map(rows.map((c) => [c.id, c.name])));
    byElection.set(electionId, names);
  }
  return names;
}

/** Votes of one name. */
const TallyEntryRef = builder.objectRef<{ id: string; votes: number; name: string }>('TallyEntry').implement({
  description: 'Votes of one candidate or write-in name.',
  authScopes: PUBLIC,
  fields: (t) => ({
    candidateId: t.exposeString('id', { description: 'Candidate id, or the written-in name.' }),
    name: t.exposeString('name', { description: 'Name.' }),
    votes: t.exposeInt('votes', { description: 'Votes.' }),
  }),
});

/** A page of a count's tally. */
const TallyEntryConnection = countedConnection(TallyEntryRef, 'TallyEntry', {
  connection: 'A page of a count’s tally, most votes first.',
  edge: 'A name and its votes in a page of the tally.',
});

/** The count of a round. */
const CountRef = builder
  .objectRef<{ result: CountResult; names: Map<string, string> }>('ElectionCount')
  .implement({
    description: 'The count of a round (计票结果), through the core engine.',
    authScopes: PUBLIC,
    fields: (t) => ({
      status: t.string({
        description: 'COMPLETE, INCOMPLETE (seats unfilled or tied) or VOID.',
        resolve: (c) => c.result.status,
      }),
      voidReason: t.string({
        nullable: true,
        description: 'Why the vote is void, if it is.',
        resolve: (c) => c.result.voidReason ?? null,
      }),
      validBallots: t.int({ description: 'Valid ballots.', resolve: (c) => c.result.validBallots }),
      invalidBallots: t.int({
        description: 'Invalid ballots (e.g. more marks than seats).',
        resolve: (c) => c.result.invalidBallots,
      }),
      threshold: t.int({ description: 'The fewest votes that elect.', resolve: (c) => c.result.threshold }),
      // A page: every candidate, and every name written in on a ballot (as many as the ballots' marks).
      tally: t.connection(
        {
          type: TallyEntryRef,
          description:
            'Every name with its votes, most first: every candidate and every write-in with a vote.',
          resolve: (c, args) => ({
            ...resolveArrayConnection(
              { args, defaultSize: DEFAULT_PAGE_SIZE, maxSize: MAX_PAGE_SIZE },
              c.result.tally.map((e) => ({ ...e, name: c.names.get(e.id) ?? e.id })),
            ),
            totalCount: c.result.tally.length,
          }),
        },
        TallyEntryConnection,
      ),
      elected: t.stringList({
        description: 'Names elected.',
        resolve: (c) => c.result.elected.map((id) => c.names.get(id) ?? id),
      }),
      tied: t.stringList({
        description: 'Names tied across the last seat.',
        resolve: (c) => c.result.tied.map((id) => c.names.get(id) ?? id),
      }),
      unfilledSeats: t.int({
        description: 'Seats not filled by this round.',
        resolve: (c) => c.result.unfilledSeats,
      }),
    }),
  });

/** Live turnout of a round. */
const TurnoutRef = builder
  .objectRef<{
    electionId: string;
    status: string;
    entitled: number;
    present: number;
    ballotsIssued: number;
    ballotsCast: number;
  }>('ElectionTurnout')
  .implement({
    description:
      'Turnout of a round: checked in, ballots issued and cast against the entitled; never a partial tally.',
    authScopes: PUBLIC,
    fields: (t) => ({
      status: t.field({
        type: ElectionStatusEnum,
        description: 'The round’s status.',
        resolve: (x) => x.status as never,
      }),
      entitled: t.exposeInt('entitled', { description: '应到: voters on the frozen roll.' }),
      present: t.exposeInt('present', { description: '实到: voters registered present.' }),
      ballotsIssued: t.exposeInt('ballotsIssued', { description: 'Ballots (tokens or papers) issued.' }),
      ballotsCast: t.exposeInt('ballotsCast', {
        description: 'Ballots cast so far (unopened until the count).',
      }),
    }),
  });

/** An election round. */
export const Election = builder.prismaNode('Election', {
  description:
    'One round of an election (选举) of an organization: its body, seats, counting method, candidates, roll ' +
    'numbers and, once counted, its count and published record. Visible to ORG_VIEWER/ORG_ADMIN above the ' +
    'organization, its ELECTION_OFFICER, members on its roll and, once certified, members of its organization ' +
    '(its subtree and member unions).',
  runScopesOnType: true,
  authScopes: (e, ctx) => may(ctx, e, 'VIEW'),
  id: { field: 'id' },
  fields: (t) => ({
    title: t.exposeString('title', { description: 'Title, e.g. 第一届委员会选举.' }),
    organization: t.relation('organization', { description: 'The organization holding the election.' }),
    body: t.field({ type: ElectedBodyEnum, description: 'What is elected.', resolve: (e) => e.body }),
    seats: t.exposeInt('seats', { description: 'Seats to fill in this round.' }),
    method: t.exposeString('method', { description: 'Counting method, e.g. `majority-approval`.' }),
    contested: t.exposeBoolean('contested', { description: '差额选举 (true) or 等额选举 (false).' }),
    status: t.field({
      type: ElectionStatusEnum,
      description: 'Where the round is.',
      resolve: (e) => e.status,
    }),
    round: t.exposeInt('round', { description: '1 for the first round, then 2, 3…' }),
    roundKind: t.field({
      type: RoundKindEnum,
      description: 'Why this round exists.',
      resolve: (e) => e.roundKind,
    }),
    rollHash: t.exposeString('rollHash', { nullable: true, description: 'SHA-256 of the frozen roll.' }),
    entitled: t.exposeInt('entitled', { description: '应到: voters on the frozen roll.' }),
    present: t.exposeInt('present', { description: '实到: voters registered present.' }),
    ballotsIssued: t.exposeInt('ballotsIssued', { description: 'Ballots issued.' }),
    ballotsReturned: t.exposeInt('ballotsReturned', { description: 'Ballots returned (known once closed).' }),
    reducedSeats: t.exposeInt('reducedSeats', {
      nullable: true,
      description:
        'Seats after a reduction (减少名额) to those elected instead of a further round (`reduceSeats`), or null.',
    }),
    seal: t.exposeString('seal', {
      nullable: true,
      description: 'Seal of the published record, as written to the audit log.',
    }),
    candidates: t.field({
      type: [CandidacyRef],
      description: `Candidates of this round, withdrawn ones included (at most ${CANDIDACIES_MAX}).`,
      complexity: listCost(CANDIDACIES_MAX),
      resolve: (e, _args, ctx) =>
        ctx.prisma.candidacy.findMany({ where: { electionId: e.id }, orderBy: { name: 'asc' } }),
    }),
    count: t.field({
      type: CountRef,
      nullable: true,
      description:
        'The count, once counted: to those who run or set up the election, and to everyone who may see it after certification.',
      resolve: async (e, _args, ctx) => {
        if (e.result === null) return null;
        const certified = e.status === 'CERTIFIED' || e.status === 'APPROVED';
        if (!certified && !(await may(ctx, e, 'RUN'))) return null;
        return { result: e.result as unknown as CountResult, names: await candidateNames(ctx, e.id) };
      },
    }),
    record: t.string({
      nullable: true,
      complexity: RECORD_COST,
      description:
        'The published record (JSON) of this election and all its rounds, once counted: check it with ' +
        '`gonghui election verify <file>` or core’s `verifyElectionRecord`. Same visibility as `count`.',
      resolve: async (e, _args, ctx) => {
        const certified = e.status === 'CERTIFIED' || e.status === 'APPROVED';
        if (e.seal === null || (!certified && !(await may(ctx, e, 'RUN')))) return null;
        const record = await ctx.elections.record(e.id);
        return record === null ? null : JSON.stringify(record);
      },
    }),
    turnout: t.field({
      type: TurnoutRef,
      description: 'Live turnout (the officer’s dashboard).',
      resolve: async (e, _args, ctx) => (await ctx.elections.turnout(e.id)) ?? never(),
    }),
    term: t.prismaField({
      type: 'Term',
      nullable: true,
      description:
        'The congress term a DELEGATES election elects delegates to, or whose serving delegates vote.',
      resolve: (query, e, _args, ctx) =>
        e.termId === null ? null : ctx.prisma.term.findUnique({ ...query, where: { id: e.termId } }),
    }),
    unit: t.prismaField({
      type: 'ElectoralUnit',
      nullable: true,
      description: 'The electoral unit a DELEGATES election is held in.',
      resolve: (query, e, _args, ctx) =>
        e.unitId === null ? null : ctx.prisma.electoralUnit.findUnique({ ...query, where: { id: e.unitId } }),
    }),
    committee: t.prismaField({
      type: 'Committee',
      nullable: true,
      description: 'The committee this election fills, or whose members elect its chair or vice-chairs.',
      resolve: (query, e, _args, ctx) =>
        e.committeeId === null
          ? null
          : ctx.prisma.committee.findUnique({ ...query, where: { id: e.committeeId } }),
    }),
    rounds: t.prismaField({
      type: ['Election'],
      description: `Every round of this election, the first one first (at most ${ROUNDS_MAX}).`,
      complexity: listCost(ROUNDS_MAX),
      resolve: (query, e, _args, ctx) =>
        ctx.prisma.election.findMany({
          ...query,
          where: { firstRoundId: e.firstRoundId },
          orderBy: { round: 'asc' },
        }),
    }),
  }),
});

function never(): never {
  throw new Error('the election disappeared');
}

/** Most rounds `Organization.elections` lists (the newest). */
const ELECTIONS_LISTED = 100;

builder.prismaObjectFields(Organization, (t) => ({
  elections: t.relation('elections', {
    description: `Elections of this organization (every round), newest first, at most ${ELECTIONS_LISTED}; each visible as \`Election\` says.`,
    authScopes: (org) => ({ orgView: org.id }),
    nullable: true,
    complexity: listCost(ELECTIONS_LISTED),
    query: () => ({ orderBy: [{ createdAt: 'desc' }, { round: 'asc' }], take: ELECTIONS_LISTED }),
  }),
}));

const ElectionPayload = builder.objectRef<Payload<{ id: string }>>('ElectionPayload').implement({
  description: 'Result of a step of an election: the round as it is now, or the rules the step broke.',
  authScopes: PUBLIC,
  fields: (t) => ({
    election: t.prismaField({
      type: 'Election',
      nullable: true,
      description: 'The round after the step, or null when it was refused.',
      resolve: (query, p, _args, ctx) =>
        p.value === null ? null : ctx.prisma.election.findUnique({ ...query, where: { id: p.value.id } }),
    }),
    errors: t.field(errorsField),
  }),
});

const CandidacyPayload = builder.objectRef<Payload<{ id: string }>>('CandidacyPayload').implement({
  description: 'Result of a nomination or a withdrawal.',
  authScopes: PUBLIC,
  fields: (t) => ({
    candidacy: t.field({
      type: CandidacyRef,
      nullable: true,
      description: 'The candidacy, or null when refused.',
      resolve: (p, _args, ctx) =>
        p.value === null ? null : ctx.prisma.candidacy.findUnique({ where: { id: p.value.id } }),
    }),
    errors: t.field(errorsField),
  }),
});

const BallotTokenPayload = builder.objectRef<Payload<{ token: string }>>('BallotTokenPayload').implement({
  description:
    'A ballot token handed to a present voter: the only copy. It is stored nowhere; the roll records only that one was issued.',
  authScopes: PUBLIC,
  fields: (t) => ({
    token: t.string({
      nullable: true,
      description: 'The one-time ballot token, or null when refused.',
      resolve: (p) => p.value?.token ?? null,
    }),
    errors: t.field(errorsField),
  }),
});

const CastBallotPayload = builder.objectRef<Payload<{ receipt: string }>>('CastBallotPayload').implement({
  description: 'The receipt of a cast ballot: keep it to find your ballot in the published record.',
  authScopes: PUBLIC,
  fields: (t) => ({
    receipt: t.string({
      nullable: true,
      description: 'Receipt code, or null when refused.',
      resolve: (p) => p.value?.receipt ?? null,
    }),
    errors: t.field(errorsField),
  }),
});

const PaperBatchPayload = builder.objectRef<Payload<{ accepted: number }>>('PaperBatchPayload').implement({
  description: 'One teller’s entry of a batch of paper ballots.',
  authScopes: PUBLIC,
  fields: (t) => ({
    accepted: t.int({
      nullable: true,
      description:
        'Ballots accepted: 0 until a second teller’s entry agrees, then the batch size; null when refused.',
      resolve: (p) => p.value?.accepted ?? null,
    }),
    errors: t.field(errorsField),
  }),
});

const BallotInput = builder.inputType('BallotInput', {
  description: 'The marks of one ballot: candidate ids approved or opposed, names written in, or a ranking.',
  fields: (t) => ({
    approve: t.stringList({
      required: false,
      description: 'Candidate ids marked in favour (at most the seats).',
    }),
    oppose: t.stringList({ required: false, description: 'Candidate ids marked against.' }),
    writeIns: t.stringList({ required: false, description: 'Names written in (另选他人).' }),
    ranking: t.stringList({
      required: false,
      description: 'Candidate ids in order of preference (ranked methods).',
    }),
  }),
});

/** Marks from a ballot input, without nulls. */
function marksOf(input: {
  approve?: string[] | null;
  oppose?: string[] | null;
  writeIns?: string[] | null;
  ranking?: string[] | null;
}): Ballot {
  return {
    ...(input.approve ? { approve: input.approve } : {}),
    ...(input.oppose ? { oppose: input.oppose } : {}),
    ...(input.writeIns ? { writeIns: input.writeIns } : {}),
    ...(input.ranking ? { ranking: input.ranking } : {}),
  };
}

const CreateElectionInput = builder.inputType('CreateElectionInput', {
  description: 'A new election of an organization, in DRAFT.',
  fields: (t) => ({
    organizationId: t.globalID({ for: Organization, description: 'The organization holding it.' }),
    title: t.string({ description: 'Title, 1–100 characters.' }),
    body: t.field({ type: ElectedBodyEnum, description: 'What is elected.' }),
    seats: t.int({ description: 'Seats, 1–999.' }),
    method: t.string({ required: false, description: 'Counting method (default `majority-approval`).' }),
    contested: t.boolean({ description: '差额选举 (true) or 等额选举 (false).' }),
    parentElectionId: t.globalID({
      for: Election,
      required: false,
      description:
        'A chained election: those the parent elected form this one’s roll (a committee electing its chair).',
    }),
    termId: t.globalID({
      for: Term,
      required: false,
      description:
        'A current term of the organization’s delegates’ congress: a DELEGATES election elects its delegates; a committee ' +
        'election is voted by its serving delegates.',
    }),
    unitId: t.globalID({
      for: ElectoralUnit,
      required: false,
      description:
        'The electoral unit a DELEGATES election is held in: its members vote (required when the congress has units).',
    }),
    committeeId: t.globalID({
      for: Committee,
      required: false,
      description:
        'A committee of the organization: a committee election fills it (on certification the elected hold its MEMBER ' +
        'positions from that day, the previous positions end the day before); a chair or vice-chair election is voted by ' +
        'its members and gives the elected that role.',
    }),
  }),
});

const ElectionIdInput = builder.inputType('ElectionStepInput', {
  description: 'The election round a step applies to.',
  fields: (t) => ({ electionId: t.globalID({ for: Election, description: 'The round.' }) }),
});

/** The facts a nominee's eligibility and a delegate's composition are checked on (a nomination, an identified write-in). */
const nomineeFields = (t: PothosSchemaTypes.InputFieldBuilder<Types, 'InputObject'>) => ({
  foreignStaff: t.boolean({
    required: false,
    defaultValue: false,
    description: '外籍职工: foreign staff cannot stand.',
  }),
  employerRole: t.field({
    type: EmployerRoleEnum,
    required: false,
    description: 'The candidate’s barred position at the employer, if any.',
  }),
  closeRelativeOf: t.field({
    type: EmployerRoleEnum,
    required: false,
    description: 'A close relative holds this barred position, if any.',
  }),
  frontLine: t.boolean({
    required: false,
    description:
      'In a DELEGATES election: a front-line worker (一线职工), kept for the delegate’s composition.',
  }),
  manager: t.boolean({
    required: false,
    description: 'In a DELEGATES election: middle management and above (中层正职以上).',
  }),
  unionWorker: t.boolean({
    required: false,
    description: 'In a DELEGATES election: a professional union worker (职业化工会工作者).',
  }),
  modelWorker: t.boolean({
    required: false,
    description: 'In a DELEGATES election: a model worker (劳动模范).',
  }),
});

/** The nominee facts of an input with `nomineeFields`, for the store. */
function nomineeFacts(input: {
  memberId?: string | number | null;
  foreignStaff?: boolean | null;
  employerRole?: EmployerRole | null;
  closeRelativeOf?: EmployerRole | null;
  frontLine?: boolean | null;
  manager?: boolean | null;
  unionWorker?: boolean | null;
  modelWorker?: boolean | null;
}): Omit<NominationFacts, 'name'> {
  const { frontLine, manager, unionWorker, modelWorker } = input;
  return {
    memberId: input.memberId ? memberIdOf(String(input.memberId)) : null,
    foreignStaff: input.foreignStaff ?? false,
    employerRole: input.employerRole ?? null,
    closeRelativeOf: input.closeRelativeOf ?? null,
    delegate:
      frontLine == null && manager == null && unionWorker == null && modelWorker == null
        ? null
        : {
            frontLine: frontLine ?? false,
            manager: manager ?? false,
            unionWorker: unionWorker ?? false,
            modelWorker: modelWorker ?? false,
          },
  };
}

const NominateInput = builder.inputType('NominateCandidateInput', {
  description: 'A nomination, with the facts eligibility is checked against.',
  fields: (t) => ({
    electionId: t.globalID({ for: Election, description: 'The round (a first round in NOMINATIONS).' }),
    memberId: t.id({
      required: false,
      description: 'The member nominated (global ID); eligibility reads their membership.',
    }),
    name: t.string({ required: false, description: 'The candidate’s name, when not a registered member.' }),
    ...nomineeFields(t),
  }),
});

const WriteInInput = builder.inputType('WriteInInput', {
  description:
    'Who an elected write-in (另选他人) of a chained round is, said on certification: only registered members take seats.',
  fields: (t) => ({
    name: t.string({ description: 'The name as written in on the ballots (as `count.elected` lists it).' }),
    memberId: t.id({
      required: false,
      description:
        'The member written in (global ID): their registered name must be the name written in, and they are checked ' +
        'exactly as a nomination (membership, eligibility, not standing already); they take the seat. Null: someone who ' +
        'takes no seat (no registered member, or not eligible); the seat goes to a further round (`startNextRound`).',
    }),
    ...nomineeFields(t),
  }),
});

const CertifyElectionInput = builder.inputType('CertifyElectionInput', {
  description: 'The round to certify, and who its elected write-ins are.',
  fields: (t) => ({
    electionId: t.globalID({ for: Election, description: 'The round.' }),
    writeIns: t.field({
      type: [WriteInInput],
      required: false,
      description:
        'Each write-in a chained round elected (an election filling a term’s delegates or a committee): without them its certification is refused (`ELECTION_ELECTED_NOT_MEMBER`).',
    }),
  }),
});

const VoterInput = builder.inputType('ElectionVoterInput', {
  description: 'A voter of a round.',
  fields: (t) => ({
    electionId: t.globalID({ for: Election, description: 'The round.' }),
    voterId: t.id({ description: 'The voter’s member record (global ID of a Member).' }),
  }),
});

const CastBallotInput = builder.inputType('CastBallotInput', {
  description: 'A ballot cast with a one-time token.',
  fields: (t) => ({
    electionId: t.globalID({ for: Election, description: 'The round.' }),
    token: t.string({ description: 'The ballot token handed out at check-in.' }),
    ballot: t.field({ type: BallotInput, description: 'The marks.' }),
  }),
});

const PaperBatchInput = builder.inputType('EnterPaperBallotsInput', {
  description: 'One teller’s entry of a batch of paper ballots, in the order of the stack.',
  fields: (t) => ({
    electionId: t.globalID({ for: Election, description: 'The round.' }),
    batch: t.string({ description: 'Batch label, e.g. the ballot box and stack number.' }),
    ballots: t.field({ type: [BallotInput], description: 'The ballots of the batch.' }),
  }),
});

/** The member id of a Member global ID (or the raw id). */
function memberIdOf(globalId: string): string {
  try {
    const decoded = Buffer.from(globalId, 'base64').toString('utf8');
    return decoded.startsWith('Member:') ? decoded.slice('Member:'.length) : globalId;
  } catch {
    return globalId;
  }
}

/** The steps that take only an election id: who may take them and what they do. */
const STEPS: Record<
  string,
  {
    right: ElectionRight;
    description: string;
    run: (s: ElectionStore, id: string) => Promise<StepResult<{ id: string }>>;
  }
> = {
  openNominations: {
    right: 'SETUP',
    description: 'DRAFT → NOMINATIONS. ORG_ADMIN above the organization.',
    run: (s, id) => s.openNominations(id),
  },
  freezeRoll: {
    right: 'SETUP',
    description:
      'NOMINATIONS → ROLL_FROZEN: checks the candidate list (差额 minimum), computes the roll now (active members of the ' +
      'subtree and member unions; a chained election: those its parent elected; a later round: the first round’s roll) and publishes its hash.',
    run: (s, id) => s.freezeRoll(id),
  },
  openVoting: {
    right: 'RUN',
    description:
      'ROLL_FROZEN → OPEN, only with at least two thirds of the entitled present. The election’s officer or ORG_ADMIN.',
    run: (s, id) => s.openVoting(id),
  },
  closeElection: {
    right: 'RUN',
    description:
      'OPEN → CLOSED → COUNTED: waits for casts in flight, counts every ballot with the core engine, publishes the record ' +
      '(ballots anonymised, sorted by hash) and writes its seal to the audit log.',
    run: (s, id) => s.close(id),
  },
  approveElection: {
    right: 'APPROVE',
    description: 'CERTIFIED → APPROVED by ORG_ADMIN of the higher union.',
    run: (s, id) => s.approve(id),
  },
  reduceSeats: {
    right: 'SETUP',
    description:
      'COUNTED with seats unfilled: reduces a committee election’s seats to those elected instead of a further round (另行选举), ' +
      'when everyone elected so far is a committee size the membership allows (25–200 members: 3–7, 201–1000: 7–15…, odd); ' +
      'otherwise ELECTION_SEATS_NOT_REDUCIBLE. ORG_ADMIN above the organization.',
    run: (s, id) => s.reduceSeats(id),
  },
  startNextRound: {
    right: 'SETUP',
    description:
      'Starts the round the count calls for: a tie-break among the tied, a further round (另行选举) for unfilled seats, or the vote again after a void one.',
    run: (s, id) => s.nextRound(id),
  },
};

builder.mutationFields((t) => ({
  ...Object.fromEntries(
    Object.entries(STEPS).map(([name, step]) => [
      name,
      t.field({
        type: ElectionPayload,
        description: step.description,
        authScopes: (_root, { input }, ctx) => mayOn(ctx, input.electionId.id, step.right),
        args: { input: t.arg({ type: ElectionIdInput, description: 'The round.' }) },
        resolve: async (_root, { input }, ctx) =>
          announced(ctx, input.electionId.id, await step.run(ctx.elections, input.electionId.id)),
      }),
    ]),
  ),
  createElection: t.field({
    type: ElectionPayload,
    description: 'Drafts an election of an organization. ORG_ADMIN of the organization or above.',
    authScopes: (_root, { input }) => ({ orgAdmin: input.organizationId.id }),
    args: { input: t.arg({ type: CreateElectionInput, description: 'The election.' }) },
    resolve: async (_root, { input }, ctx) =>
      payload(
        await ctx.elections.draft({
          organizationId: input.organizationId.id,
          title: input.title,
          body: input.body,
          seats: input.seats,
          contested: input.contested,
          ...(input.method ? { method: input.method } : {}),
          parentElectionId: input.parentElectionId?.id ?? null,
          termId: input.termId?.id ?? null,
          unitId: input.unitId?.id ?? null,
          committeeId: input.committeeId?.id ?? null,
        }),
      ),
  }),
  nominateCandidate: t.field({
    type: CandidacyPayload,
    description:
      'Nominates a candidate, checking eligibility (retained, foreign staff, employer head and relatives, HR head). ORG_ADMIN above the organization.',
    authScopes: (_root, { input }, ctx) => mayOn(ctx, input.electionId.id, 'SETUP'),
    args: { input: t.arg({ type: NominateInput, description: 'The candidate.' }) },
    resolve: async (_root, { input }, ctx) =>
      payload(
        await ctx.elections.nominate(input.electionId.id, {
          ...nomineeFacts(input),
          name: input.name ?? null,
        }),
      ),
  }),
  certifyElection: t.field({
    type: ElectionPayload,
    description:
      'COUNTED → CERTIFIED; a void vote cannot be certified; a chained round’s result takes its seats (delegates, ' +
      'positions), its elected write-ins as `writeIns` says. ORG_ADMIN above the organization.',
    authScopes: (_root, { input }, ctx) => mayOn(ctx, input.electionId.id, 'SETUP'),
    args: { input: t.arg({ type: CertifyElectionInput, description: 'The round and its write-ins.' }) },
    resolve: async (_root, { input }, ctx) =>
      announced(
        ctx,
        input.electionId.id,
        await ctx.elections.certify(
          input.electionId.id,
          (input.writeIns ?? []).map((w) => ({ ...nomineeFacts(w), name: w.name })),
        ),
      ),
  }),
  registerAttendance: t.field({
    type: ElectionPayload,
    description: 'Registers a voter present (实到). The election’s officer or ORG_ADMIN.',
    authScopes: (_root, { input }, ctx) => mayOn(ctx, input.electionId.id, 'RUN'),
    args: { input: t.arg({ type: VoterInput, description: 'The voter.' }) },
    resolve: async (_root, { input }, ctx) =>
      announced(
        ctx,
        input.electionId.id,
        await ctx.elections.registerAttendance(input.electionId.id, memberIdOf(String(input.voterId))),
      ),
  }),
  issueBallotToken: t.field({
    type: BallotTokenPayload,
    description:
      'Issues a one-time ballot token to a present voter who has none (the officer hands it over). Never replayed from an Idempotency-Key.',
    authScopes: (_root, { input }, ctx) => mayOn(ctx, input.electionId.id, 'RUN'),
    args: { input: t.arg({ type: VoterInput, description: 'The voter.' }) },
    resolve: async (_root, { input }, ctx) => {
      const issued = await ctx.elections.issueBallot(input.electionId.id, memberIdOf(String(input.voterId)));
      return announced(ctx, input.electionId.id, issued);
    },
  }),
  checkInToVote: t.field({
    type: BallotTokenPayload,
    description: 'A MEMBER on the roll checks in and gets their one-time ballot token (voting must be open).',
    // Whoever may see the round: a member on its roll (or its officers and admins). Anyone else gets
    // FORBIDDEN for it as for an id that does not exist, so the answer tells no outsider it exists.
    authScopes: (_root, { input }, ctx) => mayOn(ctx, input.electionId.id, 'VIEW'),
    args: { input: t.arg({ type: ElectionIdInput, description: 'The round.' }) },
    resolve: async (_root, { input }, ctx) => {
      const [member] = ownMemberIds(ctx);
      if (member === undefined) {
        return payload<{ token: string }>({
          ok: false,
          error: { code: 'VOTER_NOT_ON_ROLL', message: 'only a member (MEMBER role) can check in to vote' },
        });
      }
      return announced(
        ctx,
        input.electionId.id,
        await ctx.elections.issueBallot(input.electionId.id, member, true),
      );
    },
  }),
  castBallot: t.field({
    type: CastBallotPayload,
    description:
      'Casts a ballot with a one-time token: no sign-in needed (the token is the credential) and nothing about the caller is kept. ' +
      'A used token is refused (BALLOT_TOKEN_USED); the receipt finds the ballot in the published record.',
    authScopes: PUBLIC,
    args: { input: t.arg({ type: CastBallotInput, description: 'Token and marks.' }) },
    resolve: async (_root, { input }, ctx) =>
      announced(
        ctx,
        input.electionId.id,
        await ctx.elections.cast(input.electionId.id, input.token, marksOf(input.ballot)),
      ),
  }),
  enterPaperBallots: t.field({
    type: PaperBatchPayload,
    description:
      'One teller’s entry of a batch of paper ballots; the batch counts once a second, different teller’s entry agrees. The election’s officer.',
    authScopes: (_root, { input }, ctx) => mayOn(ctx, input.electionId.id, 'RUN'),
    args: { input: t.arg({ type: PaperBatchInput, description: 'The batch.' }) },
    resolve: async (_root, { input }, ctx) =>
      announced(
        ctx,
        input.electionId.id,
        await ctx.elections.enterPaperBatch(
          input.electionId.id,
          input.batch,
          ctx.access.viewer.subject ?? 'anonymous',
          input.ballots.map(marksOf),
        ),
      ),
  }),
  withdrawCandidate: t.field({
    type: CandidacyPayload,
    description: 'A candidate withdraws before voting opens. ORG_ADMIN above the organization.',
    authScopes: async (_root, { input }, ctx) => {
      const c = await ctx.prisma.candidacy.findUnique({
        where: { id: input.candidacyId },
        select: { electionId: true },
      });
      return c === null ? ctx.access.systemAdmin : mayOn(ctx, c.electionId, 'SETUP');
    },
    args: {
      input: t.arg({
        type: builder.inputType('WithdrawCandidateInput', {
          description: 'The candidacy withdrawn.',
          fields: (f) => ({ candidacyId: f.string({ description: 'The candidate id (`Candidacy.id`).' }) }),
        }),
        description: 'The candidacy.',
      }),
    },
    resolve: async (_root, { input }, ctx) => payload(await ctx.elections.withdraw(input.candidacyId)),
  }),
}));

const BallotPaperRef = builder
  .objectRef<{ election: ElectionRow; candidates: CandidacyRow[] }>('BallotPaper')
  .implement({
    description: 'What a token holder votes on: the round’s title, seats and candidates.',
    authScopes: PUBLIC,
    fields: (t) => ({
      title: t.string({ description: 'The election.', resolve: (p) => p.election.title }),
      seats: t.int({ description: 'Mark at most this many names.', resolve: (p) => p.election.seats }),
      method: t.string({ description: 'Counting method.', resolve: (p) => p.election.method }),
      candidates: t.field({
        type: [CandidacyRef],
        description: `Candidates standing (at most ${CANDIDACIES_MAX}).`,
        complexity: listCost(CANDIDACIES_MAX),
        resolve: (p) => p.candidates,
      }),
    }),
  });

builder.queryFields((t) => ({
  ballotPaper: t.field({
    type: BallotPaperRef,
    nullable: true,
    description:
      'The ballot paper for a token holder while voting is open; null for a token not of this election.',
    authScopes: PUBLIC,
    args: {
      electionId: t.arg.globalID({ for: Election, description: 'The round.' }),
      token: t.arg.string({ description: 'The ballot token.' }),
    },
    resolve: async (_root, args, ctx) => {
      if (!ctx.elections.tokenValid(args.electionId.id, args.token)) return null;
      const election = await ctx.prisma.election.findUnique({ where: { id: args.electionId.id } });
      if (election === null || election.status !== 'OPEN') return null;
      const candidates = await ctx.prisma.candidacy.findMany({
        where: { electionId: election.id, status: 'NOMINATED' },
        orderBy: { name: 'asc' },
      });
      return { election, candidates };
    },
  }),
}));

declare module '../events.js' {
  interface EventTopics {
    /** Something in an election round's turnout changed (attendance, a ballot issued or cast, the status): its id. */
    'election.turnout': [electionId: string, changed: string];
  }
}

/**
 * The current turnout first, then one after every change the bus reports, while the viewer may still
 * see the election: to its token's exp, and until its organization leaves their scope (checked on every
 * move or dissolution of it or an ancestor, the tree read afresh: hardening/stream-scope.ts).
 */
async function* turnoutTicks(ctx: Context, electionId: string): AsyncGenerator<string> {
  yield electionId;
  const events = ctx.pubsub.subscribe('election.turnout', electionId);
  const election = await ctx.prisma.election.findUnique({
    where: { id: electionId },
    select: { organizationId: true },
  });
  const scoped =
    election &&
    untilScopeEnds(events, {
      pubsub: ctx.pubsub,
      prisma: ctx.prisma,
      organizationId: election.organizationId,
      recheck: async () => {
        if (!(await mayOn({ ...ctx, access: new Access(ctx.prisma, ctx.access.viewer) }, electionId, 'VIEW')))
          throw new GraphQLError('You may no longer see this election', {
            extensions: { code: 'FORBIDDEN' },
          });
      },
    });
  try {
    // Ends at the token's exp, with no change of turnout to wait for (hardening/stream-expiry.ts).
    for await (const id of untilTokenExpiry(ctx.access.viewer, scoped ?? events)) yield id as string;
  } finally {
    await events.return?.();
    await scoped?.return(undefined);
  }
}

builder.subscriptionFields((t) => ({
  electionTurnout: t.field({
    type: TurnoutRef,
    description:
      'Live turnout of a round: checked in, ballots issued and cast against the entitled, now and after every change; ' +
      'never a partial tally. Whoever may see the election.',
    authScopes: (_root, args, ctx) => mayOn(ctx, args.electionId.id, 'VIEW'),
    args: { electionId: t.arg.globalID({ for: Election, description: 'The round.' }) },
    subscribe: (_root, args, ctx) => turnoutTicks(ctx, args.electionId.id),
    resolve: async (_tick, args, ctx): Promise<Turnout> =>
      (await ctx.elections.turnout(args.electionId.id)) ?? never(),
  }),
}));
