// An election as a process: draft → nominations → roll frozen → open → closed → counted →
// certified → approved. Every step is a pure function from the election (and what the step
// needs) to the next election or a typed error; stores only persist what these functions decide.
import { checkCommitteeSize } from '../congress/committee.js';
import type { DelegateAttributes } from '../congress/congress.js';
import { atLeastFraction } from '../kernel/fraction.js';
import { type DomainError, err, ok, type Result } from '../kernel/result.js';
import { codePointLength, nameTextProblem } from '../kernel/text.js';
import { acftu2016, type RuleSet } from '../ruleset/rule-set.js';
import { type ElectedBody, minimumCandidates } from './candidates.js';
import { countElection } from './count.js';
import type { Ballot, CountResult } from './counting-method.js';
import {
  type CandidateAttributes,
  checkCandidateEligibility,
  type IneligibilityCode,
} from './eligibility.js';
import { getCountingMethod } from './registry.js';

/** The steps of an election, in order. */
export const ELECTION_STATUSES = [
  'DRAFT',
  'NOMINATIONS',
  'ROLL_FROZEN',
  'OPEN',
  'CLOSED',
  'COUNTED',
  'CERTIFIED',
  'APPROVED',
] as const;

/** Where an election is in its process. */
export type ElectionStatus = (typeof ELECTION_STATUSES)[number];

/** Why a round exists: the first vote, a new vote among candidates tied across the last seat, a further round (另行选举) for unfilled seats, or a vote held again after a void one. */
export type RoundKind = 'FIRST' | 'TIE_BREAK' | 'FURTHER' | 'REPEAT';

/** Every code the election process can return as data (the eligibility codes included). */
export const ELECTION_ERROR_CODES = [
  'ELECTION_NOT_FOUND',
  'ELECTION_STEP_NOT_ALLOWED',
  'ELECTION_TITLE_INVALID',
  'ELECTION_SEATS_INVALID',
  'ELECTION_METHOD_UNKNOWN',
  'ELECTION_CANDIDATES_TOO_FEW',
  'ELECTION_CANDIDATES_FIXED',
  'ELECTION_CANDIDATES_TOO_MANY',
  'ELECTION_ROUNDS_EXHAUSTED',
  'ELECTION_ROLL_EMPTY',
  'ELECTION_QUORUM_NOT_MET',
  'ELECTION_SEATS_NOT_REDUCIBLE',
  'ELECTION_VOID',
  'ELECTION_CHAIN_INVALID',
  'ELECTION_ELECTED_NOT_MEMBER',
  'ELECTION_WRITE_IN_UNKNOWN',
  'ELECTION_WRITE_IN_MISMATCH',
  'CANDIDATE_ALREADY_NOMINATED',
  'CANDIDATE_NOT_FOUND',
  'CANDIDATE_NAME_INVALID',
  'CANDIDATE_RETAINED',
  'CANDIDATE_NOT_MEMBER',
  'CANDIDATE_FOREIGN_STAFF',
  'CANDIDATE_EMPLOYER_HEAD',
  'CANDIDATE_EMPLOYER_RELATIVE',
  'CANDIDATE_HR_HEAD',
  'VOTER_NOT_ON_ROLL',
  'VOTER_ALREADY_PRESENT',
  'VOTER_NOT_PRESENT',
  'BALLOT_ALREADY_ISSUED',
  'BALLOT_TOKEN_INVALID',
  'BALLOT_TOKEN_USED',
  'BALLOT_MALFORMED',
  'BALLOT_CANDIDATE_UNKNOWN',
  'BALLOT_CHOICE_REPEATED',
  'BALLOT_TOO_MANY_MARKS',
  'PAPER_TELLERS_SAME',
  'PAPER_BATCH_MISMATCH',
  'PAPER_BATCH_ENTERED',
] as const;

/** A code the election process can return as data. */
export type ElectionErrorCode = (typeof ELECTION_ERROR_CODES)[number];

/** Chinese (zh-CN) text of every election error code. */
export const ELECTION_MESSAGES_ZH: Record<ElectionErrorCode, string> = {
  ELECTION_NOT_FOUND: '找不到该选举',
  ELECTION_STEP_NOT_ALLOWED: '选举当前所处阶段不允许此操作',
  ELECTION_TITLE_INVALID: '选举名称应为1至100个可打印字符',
  ELECTION_SEATS_INVALID: '应选名额应为1至999的整数',
  ELECTION_METHOD_UNKNOWN: '没有这种计票办法',
  ELECTION_CANDIDATES_TOO_FEW: '候选人人数不足（差额选举须达到规定的差额比例）',
  ELECTION_CANDIDATES_FIXED: '本轮候选人已由上一轮确定，不能另行提名',
  ELECTION_CANDIDATES_TOO_MANY: '一轮选举至多提名2000名候选人（含已退出的）',
  ELECTION_ROUNDS_EXHAUSTED: '一次选举至多进行10轮投票',
  ELECTION_ROLL_EMPTY: '选民名册为空',
  ELECTION_QUORUM_NOT_MET: '实到人数不足应到人数的三分之二，不能发票',
  ELECTION_SEATS_NOT_REDUCIBLE: '当选人数不在委员会人数范围内，不能减少名额，应另行选举',
  ELECTION_VOID: '收回选票多于发出选票，选举无效，应重新选举',
  ELECTION_CHAIN_INVALID: '选举产生的代表、委员或职务与所指定的届次、选举单位或委员会不相符',
  ELECTION_ELECTED_NOT_MEMBER:
    '当选人是另选的人，须在确认时认定为符合条件的在册会员，或认定其不能就任（该名额另行选举），才能确认选举结果',
  ELECTION_WRITE_IN_UNKNOWN: '该姓名不是本轮以另选他人当选、尚待认定的人',
  ELECTION_WRITE_IN_MISMATCH: '所认定会员的登记姓名与选票上另选的姓名不一致',
  CANDIDATE_ALREADY_NOMINATED: '该会员已被提名为候选人',
  CANDIDATE_NOT_FOUND: '找不到该候选人',
  CANDIDATE_NAME_INVALID: '候选人姓名应为1至50个可打印字符',
  CANDIDATE_RETAINED: '保留会籍的会员不能作为候选人',
  CANDIDATE_NOT_MEMBER: '只有在册会员才能作为候选人',
  CANDIDATE_FOREIGN_STAFF: '外籍职工不能作为候选人',
  CANDIDATE_EMPLOYER_HEAD: '单位主要负责人、法定代表人、合伙人不能作为本单位工会委员会候选人',
  CANDIDATE_EMPLOYER_RELATIVE: '单位主要负责人、法定代表人、合伙人的近亲属不能作为本单位工会委员会候选人',
  CANDIDATE_HR_HEAD: '单位人力资源部门负责人不能作为本单位工会委员会候选人',
  VOTER_NOT_ON_ROLL: '该会员不在选民名册上',
  VOTER_ALREADY_PRESENT: '该选民已登记到会',
  VOTER_NOT_PRESENT: '该选民尚未登记到会，不能领取选票',
  BALLOT_ALREADY_ISSUED: '该选民已领取选票',
  BALLOT_TOKEN_INVALID: '选票凭证无效',
  BALLOT_TOKEN_USED: '该选票凭证已经使用过',
  BALLOT_MALFORMED: '选票内容格式不正确',
  BALLOT_CANDIDATE_UNKNOWN: '选票上标记的人不是本轮的候选人',
  BALLOT_CHOICE_REPEATED: '选票上同一人被标记了两次（或既赞成又反对）',
  BALLOT_TOO_MANY_MARKS: '选票标记的人数多于应选名额',
  PAPER_TELLERS_SAME: '同一批纸质选票须由两名不同的计票人分别录入',
  PAPER_BATCH_MISMATCH: '两名计票人录入的同一批选票不一致，请核对后重新录入',
  PAPER_BATCH_ENTERED: '该计票人已录入过这一批选票',
};

/** An error of the election process. */
export type ElectionError = DomainError<ElectionErrorCode>;

/** The outcome of a step of the election process. */
export type ElectionResult<T> = Result<T, ElectionErrorCode>;

/** An election of one round: its body, seats, method, counters and outcome. Follow-up rounds are elections of their own linked to the first. */
export interface Election {
  readonly id: string;
  /** The organization holding the election (its admins set it up and certify). */
  readonly organizationId: string;
  readonly title: string;
  /** What is elected; decides the competitive margin (差额率). */
  readonly body: ElectedBody;
  readonly seats: number;
  /** A registered counting method name. */
  readonly method: string;
  /** 差额选举 (more candidates than seats, by the rule set's margin) or 等额选举 (as many as seats). */
  readonly contested: boolean;
  readonly status: ElectionStatus;
  /** The first round's id; the election's own id when it is the first round. */
  readonly firstRoundId: string;
  /** 1 for the first round, then 2, 3… */
  readonly round: number;
  readonly roundKind: RoundKind;
  /** The election whose unfilled seats this one fills (a chained election), or null. */
  readonly parentElectionId: string | null;
  /**
   * The congress term of a chained election: the term whose delegates a DELEGATES election elects,
   * or whose serving delegates vote in a committee election; null otherwise.
   */
  readonly termId: string | null;
  /** The electoral unit a DELEGATES election is held in (its members vote), or null. */
  readonly unitId: string | null;
  /**
   * The committee a committee election fills (its result becomes the members' positions), or whose
   * members elect a chair or vice-chairs (the result becomes their positions); null otherwise.
   */
  readonly committeeId: string | null;
  /** SHA-256 (hex) of the frozen roll, null before it is frozen. */
  readonly rollHash: string | null;
  /** 应到会: voters on the frozen roll. */
  readonly entitled: number;
  /** 实到会: voters registered present. */
  readonly present: number;
  readonly ballotsIssued: number;
  readonly ballotsReturned: number;
  /** The count, once counted. */
  readonly result: CountResult | null;
  /** Seats after a reduction (减少名额) instead of a further round, or null. */
  readonly reducedSeats: number | null;
}

/** A candidacy: a nominated member with the facts their eligibility was checked against. */
export interface Candidacy {
  readonly id: string;
  readonly electionId: string;
  /** The member nominated, or null for someone outside the registry (a congress's delegate, say). */
  readonly memberId: string | null;
  readonly name: string;
  /**
   * NOMINATED and WITHDRAWN before the vote; WRITTEN_IN: someone voters wrote in and elected, named on
   * certification as the member `memberId` who takes the seat, or (null) as taking none (`identifyWriteIn`).
   */
  readonly status: 'NOMINATED' | 'WITHDRAWN' | 'WRITTEN_IN';
  readonly attributes: CandidateAttributes;
  /** In a DELEGATES election: what the delegate's composition is checked on once elected; else null. */
  readonly delegate: DelegateAttributes | null;
}

/** One voter on a frozen roll: present or not, ballot issued or not — never which ballot. */
export interface RollEntry {
  readonly electionId: string;
  readonly voterId: string;
  readonly present: boolean;
  readonly ballotIssued: boolean;
}

/** The steps a status allows, for the message of a refused step. */
const STEP_NEEDS: Record<string, readonly ElectionStatus[]> = {
  'open nominations': ['DRAFT'],
  nominate: ['NOMINATIONS'],
  withdraw: ['NOMINATIONS', 'ROLL_FROZEN'],
  'freeze the roll': ['NOMINATIONS'],
  'register attendance': ['ROLL_FROZEN', 'OPEN'],
  open: ['ROLL_FROZEN'],
  'issue a ballot': ['OPEN'],
  'cast a ballot': ['OPEN'],
  'enter paper ballots': ['OPEN', 'CLOSED'],
  close: ['OPEN'],
  count: ['CLOSED'],
  'reduce the seats': ['COUNTED'],
  'start a further round': ['COUNTED', 'CERTIFIED', 'APPROVED'],
  certify: ['COUNTED'],
  approve: ['CERTIFIED'],
};

/** A step of the election process, by name (`'cast a ballot'`, `'close'`, …). */
export type ElectionStep = keyof typeof STEP_NEEDS;

/** The statuses in which a step is allowed: for a store that must check it inside one statement (then `checkElectionStep` names the refusal). */
export function statusesAllowing(step: ElectionStep): readonly ElectionStatus[] {
  return STEP_NEEDS[step] ?? [];
}

/** What each status lacks, said plainly ("cannot open: roll not frozen"). */
const WHY: Record<ElectionStatus, string> = {
  DRAFT: 'nominations not opened',
  NOMINATIONS: 'roll not frozen',
  ROLL_FROZEN: 'voting not opened',
  OPEN: 'voting still open',
  CLOSED: 'ballots not counted',
  COUNTED: 'result not certified',
  CERTIFIED: 'result already certified',
  APPROVED: 'result already approved',
};

/** Refuses `step` unless the election is in one of the statuses the step needs. */
export function checkElectionStep(
  election: Election,
  step: keyof typeof STEP_NEEDS,
): ElectionResult<Election> {
  const needs = STEP_NEEDS[step] ?? [];
  if (needs.includes(election.status)) return ok(election);
  const reason =
    ELECTION_STATUSES.indexOf(election.status) < ELECTION_STATUSES.indexOf(needs[0] ?? 'DRAFT')
      ? WHY[ELECTION_STATUSES[ELECTION_STATUSES.indexOf(needs[0] ?? 'DRAFT') - 1] ?? 'DRAFT']
      : `already ${election.status.toLowerCase().replace('_', ' ')}`;
  return err('ELECTION_STEP_NOT_ALLOWED', `cannot ${step}: ${reason}`, {
    details: { status: election.status, needs },
  });
}

/** A round before its roll is frozen: no roll, nobody present, no ballot, no count. */
const NOTHING_YET = {
  rollHash: null,
  entitled: 0,
  present: 0,
  ballotsIssued: 0,
  ballotsReturned: 0,
  result: null,
  reducedSeats: null,
} as const;

/** Input of `draftElection`. */
export interface DraftElectionInput {
  readonly organizationId: string;
  readonly title: string;
  readonly body: ElectedBody;
  readonly seats: number;
  readonly method?: string;
  readonly contested: boolean;
  readonly parentElectionId?: string | null;
  readonly termId?: string | null;
  readonly unitId?: string | null;
  readonly committeeId?: string | null;
}

/** The longest title, in code points. */
const TITLE_MAX = 100;
/** The most seats one election fills. */
const SEATS_MAX = 999;

/**
 * Most candidacies of one round, withdrawn ones included: room for the largest contested round
 * (999 seats of a standing committee need 1,099 candidates) and its withdrawals.
 */
export const CANDIDACIES_MAX = 2_000;

/** Most rounds of one election: the first and up to nine tie-breaks, further or repeated rounds. */
export const ROUNDS_MAX = 10;

/** A new election in DRAFT: title 1–100 characters, 1–999 seats, a registered counting method. */
export function draftElection(id: string, input: DraftElectionInput): ElectionResult<Election> {
  const title = input.title.trim();
  const titleProblem = nameTextProblem(title, TITLE_MAX);
  if (titleProblem !== null) {
    return err(
      'ELECTION_TITLE_INVALID',
      `an election title has 1 to ${TITLE_MAX} printable characters; this one ${titleProblem}`,
      {
        path: ['title'],
      },
    );
  }
  if (!Number.isSafeInteger(input.seats) || input.seats < 1 || input.seats > SEATS_MAX) {
    return err(
      'ELECTION_SEATS_INVALID',
      `seats must be an integer from 1 to ${SEATS_MAX}, got ${input.seats}`,
      {
        path: ['seats'],
      },
    );
  }
  const method = input.method ?? 'majority-approval';
  if (!getCountingMethod(method).ok) {
    return err('ELECTION_METHOD_UNKNOWN', `no counting method is registered as "${method}"`, {
      path: ['method'],
    });
  }
  return ok({
    id,
    organizationId: input.organizationId,
    title,
    body: input.body,
    seats: input.seats,
    method,
    contested: input.contested,
    status: 'DRAFT',
    firstRoundId: id,
    round: 1,
    roundKind: 'FIRST',
    parentElectionId: input.parentElectionId ?? null,
    termId: input.termId ?? null,
    unitId: input.unitId ?? null,
    committeeId: input.committeeId ?? null,
    ...NOTHING_YET,
  });
}

/** DRAFT → NOMINATIONS. */
export function openNominations(election: Election): ElectionResult<Election> {
  const step = checkElectionStep(election, 'open nominations');
  return step.ok ? ok({ ...election, status: 'NOMINATIONS' }) : step;
}

/** Input of `nominate`. */
export interface NominationInput {
  readonly memberId: string | null;
  readonly name: string;
  readonly attributes: CandidateAttributes;
  /** In a DELEGATES election: front-line, manager, union worker, model worker (what composition checks). */
  readonly delegate?: DelegateAttributes | null;
}

/**
 * Whether a round's result takes seats on certification (a chained election): a DELEGATES election
 * naming its term, or an election naming the committee it fills or whose chair it elects. Only
 * registered members take seats (a delegate, a position): such a round nominates members only.
 */
export function seatsMembers(election: Election): boolean {
  return (election.body === 'DELEGATES' && election.termId !== null) || election.committeeId !== null;
}

/**
 * A new candidacy while nominations are open: the candidate must be eligible (the first reason
 * `checkCandidateEligibility` gives is the error), not nominated already, a registered member when
 * the result takes seats (`seatsMembers`: `CANDIDATE_NOT_MEMBER`), and the round must be a first
 * round (later rounds take their candidates from the round before).
 */
export function nominate(
  election: Election,
  candidacies: readonly Candidacy[],
  id: string,
  input: NominationInput,
): ElectionResult<Candidacy> {
  const step = checkElectionStep(election, 'nominate');
  if (!step.ok) return step;
  if (election.roundKind !== 'FIRST') {
    return err(
      'ELECTION_CANDIDATES_FIXED',
      `round ${election.round} votes among the candidates of the round before`,
    );
  }
  if (candidacies.length >= CANDIDACIES_MAX) {
    return err(
      'ELECTION_CANDIDATES_TOO_MANY',
      `a round has at most ${CANDIDACIES_MAX} candidacies, withdrawn ones included; this one has them all`,
    );
  }
  return checkNominee(election, candidacies, id, input);
}

/**
 * What a nominee must be, whether nominated or an elected write-in identified on certification: a
 * name of 1–50 printable characters, a registered member when the result takes seats
 * (`CANDIDATE_NOT_MEMBER`), eligible (the first reason `checkCandidateEligibility` gives), and not
 * standing already in this round.
 */
function checkNominee(
  election: Election,
  candidacies: readonly Candidacy[],
  id: string,
  input: NominationInput,
): ElectionResult<Candidacy> {
  const name = input.name.trim();
  const nameProblem = nameTextProblem(name, 50);
  if (nameProblem !== null) {
    return err(
      'CANDIDATE_NAME_INVALID',
      `a candidate's name has 1 to 50 printable characters; this one ${nameProblem}`,
      {
        path: ['name'],
      },
    );
  }
  if (input.memberId === null && seatsMembers(election)) {
    return err(
      'CANDIDATE_NOT_MEMBER',
      `${name} is not in the registry: this election's result takes seats as delegates or positions, which only registered members hold`,
      { path: ['memberId'] },
    );
  }
  const reasons = checkCandidateEligibility(input.attributes);
  const first = reasons[0];
  if (first !== undefined) {
    return err(first.code as IneligibilityCode, first.message, {
      path: ['memberId'],
      details: { reasons: reasons.map((r) => r.code) },
    });
  }
  if (
    input.memberId !== null &&
    candidacies.some((c) => c.memberId === input.memberId && c.status !== 'WITHDRAWN')
  ) {
    return err('CANDIDATE_ALREADY_NOMINATED', `member ${input.memberId} is already a candidate`, {
      path: ['memberId'],
    });
  }
  return ok({
    id,
    electionId: election.id,
    memberId: input.memberId,
    name,
    status: 'NOMINATED',
    attributes: input.attributes,
    delegate: input.delegate ?? null,
  });
}

/** The names a counted round elected that are no candidacy of it: write-ins. */
export function electedWriteIns(election: Election, candidacies: readonly Candidacy[]): string[] {
  const ids = new Set(candidacies.filter((c) => c.status !== 'WRITTEN_IN').map((c) => c.id));
  return (election.result?.elected ?? []).filter((id) => !ids.has(id));
}

/**
 * On certification of a round whose result takes seats (`seatsMembers`), says who a write-in the
 * voters elected is (voters may write in anyone; only registered members take seats): `identity`,
 * the member with the facts a nomination gives, checked exactly as a nomination (`checkNominee`:
 * eligibility, not standing already) and whose registered name must be the name written in
 * (`ELECTION_WRITE_IN_MISMATCH`); or null, someone who takes no seat (no registered member, or not
 * eligible): the seat stays unfilled and goes to a further round (另行选举, `nextRoundOf`). The name
 * must be a write-in this round elected, identified once (`ELECTION_WRITE_IN_UNKNOWN`). Returns the
 * WRITTEN_IN candidacy that `seatElected` seats (or skips).
 */
export function identifyWriteIn(
  election: Election,
  candidacies: readonly Candidacy[],
  id: string,
  writtenIn: string,
  identity: NominationInput | null,
): ElectionResult<Candidacy> {
  const step = checkElectionStep(election, 'certify');
  if (!step.ok) return step;
  if (!seatsMembers(election)) {
    return err(
      'ELECTION_STEP_NOT_ALLOWED',
      'an election chained to nothing seats nobody: its elected write-ins need no identifying',
      { path: ['name'] },
    );
  }
  const name = writtenIn.trim();
  const pending = electedWriteIns(election, candidacies);
  if (!pending.includes(name)) {
    return err(
      'ELECTION_WRITE_IN_UNKNOWN',
      `${name} is no write-in this round elected${pending.length === 0 ? '' : ` (written in and elected: ${pending.join(', ')})`}`,
      { path: ['name'] },
    );
  }
  if (candidacies.some((c) => c.status === 'WRITTEN_IN' && c.name === name)) {
    return err('ELECTION_WRITE_IN_UNKNOWN', `${name} is identified already`, { path: ['name'] });
  }
  if (identity === null) {
    return ok({
      id,
      electionId: election.id,
      memberId: null,
      name,
      status: 'WRITTEN_IN',
      attributes: { membershipStatus: 'NONE', foreignStaff: false, employerRole: null },
      delegate: null,
    });
  }
  if (identity.name.trim() !== name) {
    return err(
      'ELECTION_WRITE_IN_MISMATCH',
      `the ballots wrote in ${name}; member ${identity.memberId ?? ''} is registered as ${identity.name.trim()}`,
      { path: ['memberId'] },
    );
  }
  const checked = checkNominee(election, candidacies, id, identity);
  return checked.ok ? ok({ ...checked.value, status: 'WRITTEN_IN' }) : checked;
}

/** A candidate withdraws before voting opens. */
export function withdrawCandidacy(election: Election, candidacy: Candidacy): ElectionResult<Candidacy> {
  const step = checkElectionStep(election, 'withdraw');
  if (!step.ok) return step;
  if (candidacy.electionId !== election.id || candidacy.status !== 'NOMINATED') {
    return err('CANDIDATE_NOT_FOUND', `candidate ${candidacy.id} is not standing in this election`, {
      path: ['candidateId'],
    });
  }
  return ok({ ...candidacy, status: 'WITHDRAWN' });
}

/**
 * The fewest candidates the list needs: a first round of a contested (差额) election needs
 * `minimumCandidates` for its body; an uncontested one as many as the seats; a later round at
 * least as many as its seats.
 */
export function requiredCandidates(election: Election, rules: RuleSet = acftu2016): number {
  if (election.roundKind === 'FIRST' && election.contested) {
    return minimumCandidates(election.seats, election.body, rules);
  }
  return election.seats;
}

/** Checks the candidate list against `requiredCandidates`. */
export function checkCandidateList(
  election: Election,
  candidacies: readonly Candidacy[],
  rules: RuleSet = acftu2016,
): ElectionResult<readonly Candidacy[]> {
  const standing = candidacies.filter((c) => c.status === 'NOMINATED');
  const needed = requiredCandidates(election, rules);
  if (standing.length < needed) {
    return err(
      'ELECTION_CANDIDATES_TOO_FEW',
      `${election.seats} seat(s) need at least ${needed} candidates, ${standing.length} standing`,
      { details: { seats: election.seats, needed, standing: standing.length } },
    );
  }
  if (!election.contested && election.roundKind === 'FIRST' && standing.length !== election.seats) {
    return err(
      'ELECTION_CANDIDATES_TOO_FEW',
      `an uncontested election has exactly as many candidates as seats (${election.seats}), ${standing.length} standing`,
      { details: { seats: election.seats, needed, standing: standing.length } },
    );
  }
  return ok(standing);
}

/** NOMINATIONS → ROLL_FROZEN: the candidate list complete, the roll (voter ids) non-empty, its hash kept. */
export function freezeRoll(
  election: Election,
  candidacies: readonly Candidacy[],
  voterIds: readonly string[],
  rollHash: string,
  rules: RuleSet = acftu2016,
): ElectionResult<Election> {
  const step = checkElectionStep(election, 'freeze the roll');
  if (!step.ok) return step;
  const list = checkCandidateList(election, candidacies, rules);
  if (!list.ok) return list;
  const entitled = new Set(voterIds).size;
  if (entitled === 0) return err('ELECTION_ROLL_EMPTY', 'the roll has no voters: nobody can vote');
  return ok({ ...election, status: 'ROLL_FROZEN', rollHash, entitled });
}

/** The voter's entry on this election's frozen roll, when `step` is allowed now. */
function rollEntryAt(
  election: Election,
  step: keyof typeof STEP_NEEDS,
  entry: RollEntry | null,
): ElectionResult<RollEntry> {
  const allowed = checkElectionStep(election, step);
  if (!allowed.ok) return allowed;
  if (entry === null || entry.electionId !== election.id) {
    return err('VOTER_NOT_ON_ROLL', 'this voter is not on the frozen roll', { path: ['voterId'] });
  }
  return ok(entry);
}

/** Registers a voter on the roll as present (实到): the entry and the election with `present` one more. */
export function registerAttendance(
  election: Election,
  entry: RollEntry | null,
): ElectionResult<{ election: Election; entry: RollEntry }> {
  const found = rollEntryAt(election, 'register attendance', entry);
  if (!found.ok) return found;
  if (found.value.present) return err('VOTER_ALREADY_PRESENT', 'this voter is already registered present');
  return ok({
    election: { ...election, present: election.present + 1 },
    entry: { ...found.value, present: true },
  });
}

/** Whether those present reach the rule set's quorum (at least 2/3 of the entitled). */
export function quorumMet(entitled: number, present: number, rules: RuleSet = acftu2016): boolean {
  return entitled > 0 && atLeastFraction(present, entitled, rules.election.quorum);
}

/** ROLL_FROZEN → OPEN: the candidate list still complete (withdrawals) and the quorum met before any ballot is issued. */
export function openVoting(
  election: Election,
  candidacies: readonly Candidacy[],
  rules: RuleSet = acftu2016,
): ElectionResult<Election> {
  const step = checkElectionStep(election, 'open');
  if (!step.ok) return step;
  const list = checkCandidateList(election, candidacies, rules);
  if (!list.ok) return list;
  if (!quorumMet(election.entitled, election.present, rules)) {
    return err(
      'ELECTION_QUORUM_NOT_MET',
      `cannot open: ${election.present} present of ${election.entitled} entitled, fewer than the quorum`,
      { details: { entitled: election.entitled, present: election.present } },
    );
  }
  return ok({ ...election, status: 'OPEN' });
}

/** Issues a ballot (a token or a paper) to a present voter who has none: the entry marked issued, `ballotsIssued` one more. */
export function issueBallot(
  election: Election,
  entry: RollEntry | null,
): ElectionResult<{ election: Election; entry: RollEntry }> {
  const found = rollEntryAt(election, 'issue a ballot', entry);
  if (!found.ok) return found;
  if (!found.value.present)
    return err('VOTER_NOT_PRESENT', 'register the voter present before issuing a ballot');
  if (found.value.ballotIssued) return err('BALLOT_ALREADY_ISSUED', 'this voter already has a ballot');
  return ok({
    election: { ...election, ballotsIssued: election.ballotsIssued + 1 },
    entry: { ...found.value, ballotIssued: true },
  });
}

/** The longest list on a ballot and the longest write-in, so a ballot stays a ballot. */
const BALLOT_LIST_MAX = 1000;
const WRITE_IN_MAX = 50;

/**
 * Checks the shape of a cast ballot (lists of strings, write-ins up to 50 characters) and returns it
 * with only the known fields. Its choices are judged against the round by `checkBallotChoices`.
 */
export function checkBallotShape(ballot: Ballot): ElectionResult<Ballot> {
  const out: { approve?: string[]; oppose?: string[]; writeIns?: string[]; ranking?: string[] } = {};
  for (const field of ['approve', 'oppose', 'writeIns', 'ranking'] as const) {
    const list = ballot[field];
    if (list === undefined || list === null) continue;
    if (!Array.isArray(list) || list.length > BALLOT_LIST_MAX || list.some((v) => typeof v !== 'string')) {
      return err('BALLOT_MALFORMED', `${field} must be a list of at most ${BALLOT_LIST_MAX} strings`, {
        path: ['ballot', field],
      });
    }
    if (field === 'writeIns' && list.some((v) => codePointLength(v) > WRITE_IN_MAX)) {
      return err('BALLOT_MALFORMED', `a write-in has at most ${WRITE_IN_MAX} characters`, {
        path: ['ballot', field],
      });
    }
    if (list.length > 0) out[field] = [...list];
  }
  return ok(out);
}

/** Accepts `count` ballots returned while voting is open (tokens checked by the store). */
export function acceptBallots(election: Election, count: number): ElectionResult<Election> {
  const step = checkElectionStep(election, 'cast a ballot');
  if (!step.ok) return step;
  return ok({ ...election, ballotsReturned: election.ballotsReturned + count });
}

/** OPEN → CLOSED: no more ballots. */
export function closeVoting(election: Election): ElectionResult<Election> {
  const step = checkElectionStep(election, 'close');
  return step.ok ? ok({ ...election, status: 'CLOSED' }) : step;
}

/** The next round a count calls for, if any. */
export interface NextRound {
  readonly kind: Exclude<RoundKind, 'FIRST'>;
  readonly seats: number;
  /** Candidacy ids standing in it. */
  readonly candidacyIds: readonly string[];
}

/**
 * CLOSED → COUNTED through `countElection` with the round's roll, attendance and ballots. A void
 * count (quorum, more returned than issued) is kept as counted and calls for the vote held again.
 */
export function countRound(
  election: Election,
  candidacies: readonly Candidacy[],
  ballots: readonly Ballot[],
  rules?: RuleSet,
): ElectionResult<{ election: Election; nextRound: NextRound | null }> {
  const step = checkElectionStep(election, 'count');
  if (!step.ok) return step;
  const standing = candidacies.filter((c) => c.status === 'NOMINATED');
  const counted = countElection(
    {
      method: election.method,
      seats: election.seats,
      candidates: standing.map((c) => ({ id: c.id, name: c.name })),
      entitled: election.entitled,
      present: election.present,
      ballotsIssued: election.ballotsIssued,
      ...(rules === undefined ? {} : { rules }),
    },
    ballots,
  );
  if (!counted.ok) throw new Error(`the count of a checked election failed: ${counted.error.message}`);
  const next = { ...election, status: 'COUNTED' as const, result: counted.value };
  return ok({ election: next, nextRound: nextRoundOf(next, standing) });
}

/**
 * What a counted round calls for: a void vote is held again; candidates tied across the last seat
 * vote again among themselves; seats still unfilled (an elected write-in certified as taking no seat
 * included) go to a further round (另行选举) among the candidates not elected (unless the seats were
 * reduced); otherwise nothing.
 */
export function nextRoundOf(election: Election, candidacies: readonly Candidacy[]): NextRound | null {
  const result = election.result;
  if (result === null || election.reducedSeats !== null) return null;
  const standing = candidacies.filter((c) => c.status === 'NOMINATED');
  if (result.status === 'VOID') {
    return { kind: 'REPEAT', seats: election.seats, candidacyIds: standing.map((c) => c.id) };
  }
  // An elected write-in certified as taking no seat leaves that seat unfilled too.
  const unseated = candidacies.filter(
    (c) => c.status === 'WRITTEN_IN' && c.memberId === null && result.elected.includes(c.name),
  ).length;
  if (result.unfilledSeats + unseated === 0) return null;
  if (result.tied.length > 0 && result.unfilledSeats > 0) {
    const tieSeats = result.unfilledSeats;
    return { kind: 'TIE_BREAK', seats: tieSeats, candidacyIds: [...result.tied] };
  }
  const elected = new Set(result.elected);
  const remaining = standing.filter((c) => !elected.has(c.id)).map((c) => c.id);
  if (remaining.length === 0) return null;
  return { kind: 'FURTHER', seats: result.unfilledSeats + unseated, candidacyIds: remaining };
}

/**
 * Instead of a further round, the seats of a counted committee election are reduced to those elected:
 * allowed when the number elected over this round and the rounds before (`electedSoFar`) is a size the
 * committee of an organization of `memberCount` members may have (`checkCommitteeSize`: within
 * `committeeSizeRange`, 25–200 members 3–7, and odd).
 */
export function reduceSeats(
  election: Election,
  electedSoFar: number,
  memberCount: number,
  rules: RuleSet = acftu2016,
): ElectionResult<Election> {
  const step = checkElectionStep(election, 'reduce the seats');
  if (!step.ok) return step;
  if (election.body !== 'COMMITTEE') {
    return err(
      'ELECTION_SEATS_NOT_REDUCIBLE',
      `only a committee election's seats can be reduced, not a ${election.body.toLowerCase().replace('_', ' ')} election's: hold a further round`,
    );
  }
  const result = election.result;
  if (result === null || result.status === 'VOID' || result.unfilledSeats === 0) {
    return err('ELECTION_SEATS_NOT_REDUCIBLE', 'only a count with unfilled seats can reduce them');
  }
  const [wrong] = checkCommitteeSize(memberCount, electedSoFar, rules);
  if (wrong !== undefined) {
    return err(
      'ELECTION_SEATS_NOT_REDUCIBLE',
      `${electedSoFar} elected: ${wrong.message}; hold a further round`,
      { details: { electedSoFar, ...wrong.details } },
    );
  }
  return ok({ ...election, reducedSeats: election.seats - result.unfilledSeats });
}

/** A further round linked to the first: its own roll, attendance and ballots; candidates fixed by the round before. */
export function startRound(previous: Election, id: string, plan: NextRound): ElectionResult<Election> {
  const step = checkElectionStep(previous, 'start a further round');
  if (!step.ok) return step;
  if (previous.round >= ROUNDS_MAX) {
    return err(
      'ELECTION_ROUNDS_EXHAUSTED',
      `an election has at most ${ROUNDS_MAX} rounds; round ${previous.round} was the last one`,
    );
  }
  return ok({
    ...previous,
    id,
    seats: plan.seats,
    status: 'NOMINATIONS',
    round: previous.round + 1,
    roundKind: plan.kind,
    ...NOTHING_YET,
  });
}

/** COUNTED → CERTIFIED by the organization's admin; a void vote cannot be certified. */
export function certifyElection(election: Election): ElectionResult<Election> {
  const step = checkElectionStep(election, 'certify');
  if (!step.ok) return step;
  if (election.result?.status === 'VOID') {
    return err('ELECTION_VOID', `the vote is void (${election.result.voidReason}): hold it again`, {
      details: { voidReason: election.result.voidReason },
    });
  }
  return ok({ ...election, status: 'CERTIFIED' });
}

/** CERTIFIED → APPROVED by the higher union. */
export function approveElection(election: Election): ElectionResult<Election> {
  const step = checkElectionStep(election, 'approve');
  return step.ok ? ok({ ...election, status: 'APPROVED' }) : step;
}

/** One teller's entry of a batch of paper ballots. */
export interface PaperEntry {
  readonly batch: string;
  readonly teller: string;
  readonly ballots: readonly Ballot[];
}

/**
 * Two tellers' entries of one batch: they must be different people and agree ballot by ballot
 * (same marks in the same order, as read from the same stack). Returns the agreed ballots, or
 * `PAPER_BATCH_MISMATCH` naming the first ballot at which they differ.
 */
export function reconcilePaperBatch(
  first: PaperEntry,
  second: PaperEntry,
): ElectionResult<readonly Ballot[]> {
  if (first.teller === second.teller) {
    return err('PAPER_TELLERS_SAME', `teller ${first.teller} entered batch ${first.batch} twice`, {
      path: ['teller'],
    });
  }
  const n = Math.max(first.ballots.length, second.ballots.length);
  for (let i = 0; i < n; i++) {
    const a = first.ballots[i];
    const b = second.ballots[i];
    if (a === undefined || b === undefined || marksKey(a) !== marksKey(b)) {
      return err(
        'PAPER_BATCH_MISMATCH',
        `batch ${first.batch}: the tellers differ at ballot ${i + 1} (${first.ballots.length} and ${second.ballots.length} ballots entered)`,
        { path: ['ballots', i], details: { batch: first.batch, index: i } },
      );
    }
  }
  return ok(first.ballots);
}

function marksKey(b: Ballot): string {
  const sorted = (l: readonly string[] | undefined) => [...(l ?? [])].sort();
  return JSON.stringify([sorted(b.approve), sorted(b.oppose), sorted(b.writeIns), b.ranking ?? []]);
}
