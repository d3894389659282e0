// The commands of a bargaining case: each step loads the case (locked), checks that it follows the
// step before, checks its dates and counts with the rule functions of bargaining.ts and contract.ts,
// and records the case as it is after the step.

import { err, ok, type Result } from '../kernel/result.js';
import { nameTextProblem } from '../kernel/text.js';
import { type Command, type Decision, loadActiveOrganization } from '../organization/commands.js';
import type { UnitOfWork } from '../ports/store.js';
import {
  checkBargainingFinished,
  checkDocumentsNotice,
  checkNegotiatingSides,
  checkReply,
  type NegotiatingSide,
} from './bargaining.js';
import {
  adoptingVote,
  type BargainingCase,
  type BargainingStage,
  caseRules,
  talksStartedOn,
} from './case.js';
import {
  type ContractVote,
  checkContractTerm,
  checkContractVote,
  checkFiling,
  decideInForce,
} from './contract.js';
import { invalidDates, reversedDates } from './dates.js';
import type { BargainingViolation } from './errors.js';
import type { BARGAINING_STEP_CHANGES } from './port.js';
import { BARGAINING_RULE_SETS, type BargainingRuleSetName } from './rules.js';
import { workingCalendar } from './working-days.js';

/** Most characters of an employer's name. */
export const MAX_EMPLOYER_NAME_LENGTH = 100;

/**
 * Most votes of the workers' congress a case holds (5): a bound of the store and the API (a case's
 * votes are read with it, and a page of cases is priced by it), not a rule of the regulations. After
 * the fifth rejected draft the talks can only end (`finishBargaining` with `agreed` false); the union
 * opens a new case to bargain again.
 */
export const MAX_CONTRACT_VOTES = 5;

/** The first of `violations` as a refusal, its path under `prefix` (the input object it belongs to); null when none. */
function refusal(
  violations: readonly BargainingViolation[],
  prefix: readonly string[] = [],
  renames: Readonly<Record<string, string>> = {},
): Result<never> | null {
  const [first] = violations;
  if (!first) return null;
  const path = (first.path ?? []).map((part) => (typeof part === 'string' ? (renames[part] ?? part) : part));
  return { ok: false, error: { ...first, path: [...prefix, ...path] } };
}

/** Input of `openBargaining`. */
export interface OpenBargainingInput {
  readonly organizationId: string;
  readonly employer: string;
  readonly firmWorkers: number;
  /** Day the employer received the written request. */
  readonly requestedOn: string;
  /** Rule set name; default `zhejiang2010`. */
  readonly rules?: string | null;
  /** Holidays for the working-day deadlines (default none). */
  readonly holidays?: readonly string[] | null;
  /** Weekend days moved into work (default none). */
  readonly workingWeekendDays?: readonly string[] | null;
}

/**
 * Opens a bargaining case: a union (active) asks an employer to bargain, the request received on
 * `requestedOn`. The employer's name has 1–100 printable characters, the firm's workers are a
 * non-negative integer, the rule set is a known one and the calendar a valid one (`workingCalendar`).
 */
export const openBargaining: Command<OpenBargainingInput, BargainingCase> = async (uow, env, input) => {
  const organization = await loadActiveOrganization(uow, input.organizationId);
  if (!organization.ok) return organization;
  const employer = input.employer.trim();
  const problem = nameTextProblem(employer, MAX_EMPLOYER_NAME_LENGTH);
  if (problem !== null) {
    return err(
      'BARGAINING_EMPLOYER_INVALID',
      `an employer's name has 1 to ${MAX_EMPLOYER_NAME_LENGTH} printable characters; this one ${problem}`,
      { path: ['employer'] },
    );
  }
  if (!Number.isSafeInteger(input.firmWorkers) || input.firmWorkers < 0) {
    return err(
      'BARGAINING_COUNTS_INVALID',
      `firmWorkers: a non-negative integer expected, got ${input.firmWorkers}`,
      {
        path: ['firmWorkers'],
      },
    );
  }
  const dates = refusal(invalidDates({ requestedOn: input.requestedOn }));
  if (dates) return dates;
  const rules = input.rules ?? 'zhejiang2010';
  if (!Object.hasOwn(BARGAINING_RULE_SETS, rules)) {
    return err('BARGAINING_RULES_UNKNOWN', `no bargaining rule set '${rules}'`, { path: ['rules'] });
  }
  const calendar = { holidays: input.holidays ?? [], workingWeekendDays: input.workingWeekendDays ?? [] };
  const checked = workingCalendar(calendar);
  if (!checked.ok) return checked;
  const opened: BargainingCase = {
    id: env.ids.next(),
    organizationId: organization.value.id,
    employer,
    firmWorkers: input.firmWorkers,
    rules: rules as BargainingRuleSetName,
    calendar: {
      holidays: [...checked.value.holidays].sort(),
      workingWeekendDays: [...checked.value.workingWeekendDays].sort(),
    },
    stage: 'REQUESTED',
    requestedOn: input.requestedOn,
    repliedOn: null,
    sides: null,
    meetingOn: null,
    documentsProvidedOn: null,
    finishedOn: null,
    votes: [],
    term: null,
    signedOn: null,
    filedOn: null,
    objectedOn: null,
  };
  return ok({ value: opened, changes: [{ type: 'bargaining.opened', case: opened }] });
};

/** The change type of a step after the request. */
type StepOf = (typeof BARGAINING_STEP_CHANGES)[number];

/**
 * The case `caseId` (locked) when it stands at one of `from`, else `BARGAINING_CASE_NOT_FOUND` or
 * `BARGAINING_OUT_OF_ORDER` (at path `caseId`).
 */
async function loadAt(
  uow: UnitOfWork,
  caseId: string,
  step: string,
  from: readonly BargainingStage[],
): Promise<Result<BargainingCase>> {
  const found = await uow.bargaining.findCase(caseId);
  if (!found)
    return err('BARGAINING_CASE_NOT_FOUND', `no bargaining case with id '${caseId}'`, { path: ['caseId'] });
  if (!from.includes(found.stage)) {
    return err(
      'BARGAINING_OUT_OF_ORDER',
      `${step} follows a case at ${from.join(' or ')}; this one is at ${found.stage}`,
      { path: ['caseId'], details: { stage: found.stage, expected: from } },
    );
  }
  return ok(found);
}

/** The decision of a step: the case after it, recorded as change `type`. */
function stepped(
  type: StepOf,
  before: BargainingCase,
  after: BargainingCase,
): Result<Decision<BargainingCase>> {
  return ok({ value: after, changes: [{ type, before, after }] });
}

/** Input of `recordBargainingReply`. */
export interface RecordBargainingReplyInput {
  readonly caseId: string;
  /** Day of the employer's written reply. */
  readonly repliedOn: string;
}

/**
 * Records the employer's written reply to a case at REQUESTED: within 10 working days after the
 * request was received (`checkReply`: the 10th working day passes, the 11th is `BARGAINING_REPLY_LATE`).
 */
export const recordBargainingReply: Command<RecordBargainingReplyInput, BargainingCase> = async (
  uow,
  _env,
  input,
) => {
  const loaded = await loadAt(uow, input.caseId, 'a reply', ['REQUESTED']);
  if (!loaded.ok) return loaded;
  const before = loaded.value;
  const { rules, calendar } = caseRules(before);
  const late = refusal(
    checkReply({ receivedOn: before.requestedOn, repliedOn: input.repliedOn }, calendar, rules),
  );
  if (late) return late;
  return stepped('bargaining.replied', before, { ...before, stage: 'REPLIED', repliedOn: input.repliedOn });
};

/** Input of `nameNegotiators`. */
export interface NameNegotiatorsInput {
  readonly caseId: string;
  /** The workers' side (职工一方). */
  readonly workers: NegotiatingSide;
  /** The employer's side (用人单位一方). */
  readonly employer: NegotiatingSide;
}

/**
 * Names both sides' negotiators of a case at REPLIED (or again at NEGOTIATORS_NAMED, replacing
 * them), checked by `checkNegotiatingSides` against the case's firm size and rule set: each side
 * within range, the employer's no larger than the workers', at most a third outside experts.
 */
export const nameNegotiators: Command<NameNegotiatorsInput, BargainingCase> = async (uow, _env, input) => {
  const loaded = await loadAt(uow, input.caseId, 'naming the negotiators', ['REPLIED', 'NEGOTIATORS_NAMED']);
  if (!loaded.ok) return loaded;
  const before = loaded.value;
  const sides = { workers: input.workers, employer: input.employer };
  const broken = refusal(
    checkNegotiatingSides({ firmWorkers: before.firmWorkers, ...sides }, caseRules(before).rules),
  );
  if (broken) return broken;
  return stepped('bargaining.negotiatorsNamed', before, { ...before, stage: 'NEGOTIATORS_NAMED', sides });
};

/** Input of `scheduleBargainingMeeting`. */
export interface ScheduleBargainingMeetingInput {
  readonly caseId: string;
  /** Day of the first bargaining meeting: the talks start. */
  readonly meetingOn: string;
  /** Day its documents reached the other side. */
  readonly documentsProvidedOn: string;
}

/**
 * Schedules the first meeting of a case at NEGOTIATORS_NAMED, not before the reply: its documents
 * reached the other side 7 days before it (`checkDocumentsNotice`: the 7th day before passes, the
 * 6th is `BARGAINING_DOCUMENTS_LATE`), not before the request.
 */
export const scheduleBargainingMeeting: Command<ScheduleBargainingMeetingInput, BargainingCase> = async (
  uow,
  _env,
  input,
) => {
  const loaded = await loadAt(uow, input.caseId, 'a meeting', ['NEGOTIATORS_NAMED']);
  if (!loaded.ok) return loaded;
  const before = loaded.value;
  const { meetingOn, documentsProvidedOn } = input;
  const broken = refusal(
    [
      ...invalidDates({ meetingOn, documentsProvidedOn }),
      ...reversedDates('repliedOn', before.repliedOn as string, 'meetingOn', meetingOn),
      ...reversedDates('requestedOn', before.requestedOn, 'documentsProvidedOn', documentsProvidedOn),
      ...checkDocumentsNotice({ providedOn: documentsProvidedOn, meetingOn }, caseRules(before).rules),
    ],
    [],
    { providedOn: 'documentsProvidedOn' },
  );
  if (broken) return broken;
  return stepped('bargaining.meetingScheduled', before, {
    ...before,
    stage: 'MEETING_SCHEDULED',
    meetingOn,
    documentsProvidedOn,
  });
};

/** Input of `finishBargaining`. */
export interface FinishBargainingInput {
  readonly caseId: string;
  /** Day the talks ended. */
  readonly finishedOn: string;
  /** True: a draft contract was agreed (it goes to the workers' congress); false: the talks failed. */
  readonly agreed: boolean;
}

/**
 * Ends the talks of a case at MEETING_SCHEDULED within 30 working days after they started
 * (`talksStartedOn`: the first meeting, or the last vote that rejected a draft; `checkBargainingFinished`:
 * the 30th passes, the 31st is `BARGAINING_OVERRUN`): DRAFT_AGREED when a draft was agreed, TALKS_FAILED
 * when not. A draft cannot be agreed after the congress rejected `MAX_CONTRACT_VOTES` of them
 * (`CONTRACT_VOTES_EXHAUSTED`): so a case never holds more votes.
 */
export const finishBargaining: Command<FinishBargainingInput, BargainingCase> = async (uow, _env, input) => {
  const loaded = await loadAt(uow, input.caseId, 'the end of the talks', ['MEETING_SCHEDULED']);
  if (!loaded.ok) return loaded;
  const before = loaded.value;
  const { rules, calendar } = caseRules(before);
  const overrun = refusal(
    checkBargainingFinished(
      { startedOn: talksStartedOn(before) as string, finishedOn: input.finishedOn },
      calendar,
      rules,
    ),
  );
  if (overrun) return overrun;
  if (input.agreed && before.votes.length >= MAX_CONTRACT_VOTES) {
    return err(
      'CONTRACT_VOTES_EXHAUSTED',
      `the workers' congress rejected ${before.votes.length} drafts of this case, the most a case holds (${MAX_CONTRACT_VOTES}): ` +
        'end the talks without a draft (agreed: false) and open a new case to bargain again',
      { path: ['agreed'], details: { votes: before.votes.length, maxVotes: MAX_CONTRACT_VOTES } },
    );
  }
  return stepped('bargaining.finished', before, {
    ...before,
    stage: input.agreed ? 'DRAFT_AGREED' : 'TALKS_FAILED',
    finishedOn: input.finishedOn,
  });
};

/** Input of `recordContractVote`. */
export interface RecordContractVoteInput {
  readonly caseId: string;
  /** Day of the workers' congress's vote. */
  readonly votedOn: string;
  /** All delegates, those present, those present approving (and, when recorded, against and abstaining). */
  readonly vote: ContractVote;
  /** The draft contract's term, both days included. */
  readonly term: { readonly startsOn: string; readonly endsOn: string };
}

/**
 * Records a vote of the workers' congress on the draft of a case at DRAFT_AGREED, on or after the end
 * of the talks, for a draft whose term runs 1 to 3 years (`checkContractTerm`). The counts must be
 * possible (`BARGAINING_COUNTS_INVALID` at the field) and two thirds of all delegates present
 * (`CONTRACT_QUORUM_NOT_MET`): without its quorum no valid vote was held, and nothing is recorded. A
 * vote held is recorded in the case's `votes` either way (`checkContractVote`): more than half of ALL
 * delegates approving adopts the contract (CONTRACT_ADOPTED, `bargaining.contractAdopted`); fewer
 * reject the draft (`bargaining.contractRejected`) and send the parties back to the table: the case
 * returns to MEETING_SCHEDULED, its talks unfinished, with 30 working days from the day of the vote
 * (`talksStartedOn`) to agree a draft again or end them.
 */
export const recordContractVote: Command<RecordContractVoteInput, BargainingCase> = async (
  uow,
  _env,
  input,
) => {
  const loaded = await loadAt(uow, input.caseId, 'a contract vote', ['DRAFT_AGREED']);
  if (!loaded.ok) return loaded;
  const before = loaded.value;
  const { rules } = caseRules(before);
  const outcome = checkContractVote(input.vote, rules);
  const broken =
    refusal([
      ...invalidDates({ votedOn: input.votedOn }),
      ...reversedDates('finishedOn', before.finishedOn as string, 'votedOn', input.votedOn),
      ...outcome.filter((v) => v.code !== 'CONTRACT_NOT_APPROVED'),
    ]) ?? refusal(checkContractTerm(input.term, rules), ['term']);
  if (broken) return broken;
  const { delegates, present, approving, against, abstaining } = input.vote;
  const adopted = outcome.length === 0;
  const vote = {
    votedOn: input.votedOn,
    delegates,
    present,
    approving,
    against: against ?? null,
    abstaining: abstaining ?? null,
    adopted,
  };
  const votes = [...before.votes, vote];
  if (!adopted) {
    return stepped('bargaining.contractRejected', before, {
      ...before,
      stage: 'MEETING_SCHEDULED',
      finishedOn: null,
      votes,
    });
  }
  return stepped('bargaining.contractAdopted', before, {
    ...before,
    stage: 'CONTRACT_ADOPTED',
    votes,
    term: { ...input.term },
  });
};

/** Input of `fileContract`. */
export interface FileContractInput {
  readonly caseId: string;
  /** Day the adopted contract was signed, on or after the vote. */
  readonly signedOn: string;
  /** Day it was filed with the labour administration. */
  readonly filedOn: string;
}

/**
 * Records the filing of a contract adopted at CONTRACT_ADOPTED: signed on or after the vote, filed
 * within 10 days after signing (`checkFiling`; a last day that is a rest day moves to the next working
 * day). It is in force from the day after the 15-day objection period unless objected to.
 */
export const fileContract: Command<FileContractInput, BargainingCase> = async (uow, _env, input) => {
  const loaded = await loadAt(uow, input.caseId, 'the filing', ['CONTRACT_ADOPTED']);
  if (!loaded.ok) return loaded;
  const before = loaded.value;
  const { rules, calendar } = caseRules(before);
  const broken = refusal([
    ...invalidDates({ signedOn: input.signedOn }),
    ...reversedDates('votedOn', adoptingVote(before)?.votedOn as string, 'signedOn', input.signedOn),
    ...checkFiling({ signedOn: input.signedOn, filedOn: input.filedOn }, calendar, rules),
  ]);
  if (broken) return broken;
  return stepped('bargaining.contractFiled', before, {
    ...before,
    stage: 'FILED',
    signedOn: input.signedOn,
    filedOn: input.filedOn,
  });
};

/** Input of `recordContractObjection`. */
export interface RecordContractObjectionInput {
  readonly caseId: string;
  /** Day the labour administration objected. */
  readonly objectedOn: string;
}

/**
 * Records the labour administration's objection to a filed contract (at FILED): within the 15 days
 * after filing it keeps the contract out of force (`decideInForce` says `CONTRACT_OBJECTED`: the case
 * goes to OBJECTED); later, the contract is already in force and the objection is refused
 * (`CONTRACT_OBJECTION_LATE`).
 */
export const recordContractObjection: Command<RecordContractObjectionInput, BargainingCase> = async (
  uow,
  _env,
  input,
) => {
  const loaded = await loadAt(uow, input.caseId, 'an objection', ['FILED']);
  if (!loaded.ok) return loaded;
  const before = loaded.value;
  const { rules, calendar } = caseRules(before);
  const decided = decideInForce(
    { filedOn: before.filedOn as string, objectedOn: input.objectedOn },
    calendar,
    rules,
  );
  if (decided.ok) {
    return err(
      'CONTRACT_OBJECTION_LATE',
      `the objection period ended on ${decided.value.objectionPeriodEnds}: the contract is in force from ${decided.value.inForceOn}`,
      { path: ['objectedOn'], details: { ...decided.value } },
    );
  }
  if (decided.error.code !== 'CONTRACT_OBJECTED') return decided;
  return stepped('bargaining.contractObjected', before, {
    ...before,
    stage: 'OBJECTED',
    objectedOn: input.objectedOn,
  });
};
