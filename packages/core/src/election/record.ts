// The published record of an election: a JSON document anyone can check with
// `verifyElectionRecord`. It holds every round's rules, roll hash, attendance numbers, every
// ballot anonymised (its marks and the receipt code its voter kept — nothing else), the count
// and the certification.
//
// Integrity. Each ballot's hash is SHA-256 of `gonghui ballot v1\n` and the canonical JSON of
// `{marks, receipt}`; ballots are listed in ascending order of that hash (receipts are random,
// so the order says nothing about who voted when); a round's `ballotsDigest` is SHA-256 of the
// concatenated hashes in that order; the record's `seal` is SHA-256 of `gonghui election record
// v1\n` and the canonical JSON of the whole record without `seal`. The seal is written to the
// audit log when the round is counted (and again on certification), so a ballot added, removed,
// altered or moved afterwards shows as a problem that says which and where — even when the
// tamperer recomputed every hash, because the seal then differs from the one published.
import { type DomainError, err, ok, type Result } from '../kernel/result.js';
import { acftu2016, type RuleSet } from '../ruleset/rule-set.js';
import type { ElectedBody } from './candidates.js';
import { countElection } from './count.js';
import type { Ballot, CandidateSpec, CountResult } from './counting-method.js';
import type { RoundKind } from './process.js';

// The Web Crypto global of Node 20+ and browsers; core declares only what it uses (no DOM or Node types).
declare const crypto: {
  subtle: { digest(algorithm: 'SHA-256', data: Uint8Array): Promise<ArrayBuffer> };
};
declare class TextEncoder {
  encode(text: string): Uint8Array;
}

/** The format name and version every record carries. */
export const ELECTION_RECORD_FORMAT = 'gonghui.election-record/1' as const;

/** One ballot as published: its marks, the receipt code its voter holds, and its hash. */
export interface RecordBallot {
  readonly receipt: string;
  readonly marks: Ballot;
  /** SHA-256 (hex) of the ballot, see `ballotHash`. */
  readonly hash: string;
}

/** The count of a round as published (a `CountResult` without method-specific extras). */
export type RecordResult = Pick<
  CountResult,
  'status' | 'validBallots' | 'invalidBallots' | 'threshold' | 'tally' | 'elected' | 'tied' | 'unfilledSeats'
> & { readonly voidReason: CountResult['voidReason'] | null };

/** One round of the record: its own roll, attendance, ballots and count. */
export interface RecordRound {
  readonly round: number;
  readonly kind: RoundKind;
  readonly seats: number;
  readonly method: string;
  /** The rule set the round was counted under, by name: `verifyElectionRecord` recounts `acftu2016`'s rounds, another's when given it. */
  readonly ruleSet: string;
  readonly candidates: readonly CandidateSpec[];
  readonly rollHash: string;
  readonly entitled: number;
  readonly present: number;
  readonly ballotsIssued: number;
  readonly ballotsReturned: number;
  /** Ballots in ascending order of `hash`. */
  readonly ballots: readonly RecordBallot[];
  /** SHA-256 (hex) of the ballots' hashes concatenated in order. */
  readonly ballotsDigest: string;
  readonly result: RecordResult;
  /** Seats reduced to those elected instead of a further round, or null. */
  readonly reducedSeats: number | null;
}

/** The published record of an election and all its rounds. */
export interface ElectionRecord {
  readonly format: typeof ELECTION_RECORD_FORMAT;
  readonly electionId: string;
  readonly organizationId: string;
  readonly title: string;
  readonly body: ElectedBody;
  readonly contested: boolean;
  readonly rounds: readonly RecordRound[];
  /** Everyone elected over all rounds (candidate ids), in the order elected. */
  readonly elected: readonly string[];
  /** COUNTED, then CERTIFIED by the organization, then APPROVED by the higher union. */
  readonly certification: 'COUNTED' | 'CERTIFIED' | 'APPROVED';
  /** SHA-256 (hex) of the record without this field; published in the audit log. */
  readonly seal: string;
}

/**
 * Canonical JSON (RFC 8785 for the values a record holds: strings, safe integers, booleans,
 * null, arrays, objects): object keys sorted by UTF-16 code units, no whitespace, `undefined`
 * members left out.
 */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value === 'boolean' || typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'number') {
    if (!Number.isSafeInteger(value)) throw new TypeError(`a record holds only safe integers, got ${value}`);
    return String(value);
  }
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  throw new TypeError(`a record cannot hold a ${typeof value}`);
}

const encoder = new TextEncoder();

function hex(buffer: ArrayBuffer): string {
  let out = '';
  for (const byte of new Uint8Array(buffer)) out += byte.toString(16).padStart(2, '0');
  return out;
}

/** SHA-256 (hex) of a text's UTF-8 bytes, by Web Crypto. */
export async function sha256Hex(text: string): Promise<string> {
  return hex(await crypto.subtle.digest('SHA-256', encoder.encode(text)));
}

/** The hash of a ballot: SHA-256 of `gonghui ballot v1\n` and the canonical JSON of `{marks, receipt}`. */
export function ballotHash(receipt: string, marks: Ballot): Promise<string> {
  return sha256Hex(`gonghui ballot v1\n${canonicalJson({ marks, receipt })}`);
}

/** SHA-256 of a frozen roll: the voter ids sorted, one per line. Publishes the roll's identity, not its names. */
export function rollHash(voterIds: readonly string[]): Promise<string> {
  return sha256Hex(`gonghui roll v1\n${[...new Set(voterIds)].sort().join('\n')}`);
}

/** The digest of a round's ballots: SHA-256 of their hashes concatenated in order. */
export function ballotsDigest(ballots: readonly { readonly hash: string }[]): Promise<string> {
  return sha256Hex(`gonghui ballots v1\n${ballots.map((b) => b.hash).join('')}`);
}

/** The seal of a record: SHA-256 of the canonical JSON of everything but `seal`. */
export function recordSeal(record: Omit<ElectionRecord, 'seal'> & { seal?: string }): Promise<string> {
  const { seal: _ignored, ...rest } = record;
  return sha256Hex(`gonghui election record v1\n${canonicalJson(rest)}`);
}

/** Hashes ballots and puts them in the record's order (ascending hash): arrival order is gone. */
export async function anonymiseBallots(
  ballots: readonly { readonly receipt: string; readonly marks: Ballot }[],
): Promise<RecordBallot[]> {
  const hashed = await Promise.all(
    ballots.map(async (b) => ({
      receipt: b.receipt,
      marks: b.marks,
      hash: await ballotHash(b.receipt, b.marks),
    })),
  );
  return hashed.sort((a, b) => (a.hash < b.hash ? -1 : a.hash > b.hash ? 1 : 0));
}

/** The published form of a count. */
export function recordResult(result: CountResult): RecordResult {
  return {
    status: result.status,
    voidReason: result.voidReason ?? null,
    validBallots: result.validBallots,
    invalidBallots: result.invalidBallots,
    threshold: result.threshold,
    tally: result.tally.map((e) => ({ id: e.id, votes: e.votes })),
    elected: [...result.elected],
    tied: [...result.tied],
    unfilledSeats: result.unfilledSeats,
  };
}

/** What a record is built from, per round: the round's facts and its ballots (in any order). */
export type RoundInput = Omit<RecordRound, 'ballots' | 'ballotsDigest'> & {
  readonly ballots: readonly { readonly receipt: string; readonly marks: Ballot }[];
};

/** What a record says besides its rounds, elected and seal. */
export type RecordHead = Omit<ElectionRecord, 'format' | 'rounds' | 'seal' | 'elected'>;

/** Seals a record from its head and its published rounds: `elected` over all rounds, then the seal. */
export async function sealElectionRecord(
  head: RecordHead,
  rounds: readonly RecordRound[],
): Promise<ElectionRecord> {
  const unsealed = {
    format: ELECTION_RECORD_FORMAT,
    ...head,
    rounds,
    elected: rounds.flatMap((r) => r.result.elected),
  };
  return { ...unsealed, seal: await recordSeal(unsealed) };
}

/** Builds and seals a record from its rounds, their ballots anonymised (hashed, sorted by hash). */
export async function buildElectionRecord(
  head: RecordHead,
  rounds: readonly RoundInput[],
): Promise<ElectionRecord> {
  const built: RecordRound[] = [];
  for (const round of rounds) {
    const ballots = await anonymiseBallots(round.ballots);
    built.push({ ...round, ballots, ballotsDigest: await ballotsDigest(ballots) });
  }
  return sealElectionRecord(head, built);
}

/** What can be wrong with a record, each named with its round and ballot where it has one. */
export type RecordProblemCode =
  | 'RECORD_FORMAT'
  | 'BALLOT_ALTERED'
  | 'BALLOTS_OUT_OF_ORDER'
  | 'BALLOT_DUPLICATE'
  | 'BALLOTS_ADDED'
  | 'BALLOTS_REMOVED'
  | 'BALLOTS_DIGEST_MISMATCH'
  | 'RECOUNT_MISMATCH'
  | 'ELECTED_MISMATCH'
  | 'SEAL_MISMATCH'
  | 'SEAL_NOT_PUBLISHED'
  | 'RECEIPT_NOT_FOUND';

/** One problem found in a record. */
export interface RecordProblem extends DomainError<RecordProblemCode> {
  /** The round (1-based), when the problem is in one. */
  readonly round?: number;
  /** The ballot's position in its round (1-based), when the problem is one ballot. */
  readonly ballot?: number;
}

/** The outcome of `verifyElectionRecord`. */
export interface RecordVerification {
  /** True when no problem was found. */
  readonly valid: boolean;
  readonly problems: readonly RecordProblem[];
  /** The seal recomputed from the record's content. */
  readonly seal: string;
  readonly ballots: number;
  /** The ballot a given receipt names, when a receipt was asked for and found. */
  readonly receipt: { readonly round: number; readonly marks: Ballot } | null;
}

/** What `verifyElectionRecord` checks besides the record itself. */
export interface VerifyOptions {
  /** A receipt code a voter kept: confirms that ballot is in the record. */
  readonly receipt?: string;
  /** The seal as published (the audit log, a notice): the record must carry exactly this one. */
  readonly publishedSeal?: string;
  /**
   * The rule set of a union whose local rules differ, by the name its rounds carry: they are recounted
   * under it. A round names its rule set; one counted under neither this nor `acftu2016` cannot be recounted.
   */
  readonly rules?: RuleSet;
}

function problem(
  code: RecordProblemCode,
  message: string,
  where: { round?: number; ballot?: number } = {},
): RecordProblem {
  return { code, message, ...where };
}

function shapeOf(record: unknown): Result<ElectionRecord, 'RECORD_FORMAT'> {
  const r = record as Partial<ElectionRecord> | null;
  if (r === null || typeof r !== 'object' || r.format !== ELECTION_RECORD_FORMAT) {
    return err('RECORD_FORMAT', `not an election record of format ${ELECTION_RECORD_FORMAT}`);
  }
  if (!Array.isArray(r.rounds) || typeof r.seal !== 'string' || !Array.isArray(r.elected)) {
    return err('RECORD_FORMAT', 'a record needs rounds, elected and a seal');
  }
  for (const [i, round] of r.rounds.entries()) {
    if (
      round === null ||
      typeof round !== 'object' ||
      !Array.isArray(round.ballots) ||
      !Array.isArray(round.candidates) ||
      typeof round.result !== 'object' ||
      round.result === null ||
      round.ballots.some(
        (b: RecordBallot | null) =>
          b === null || typeof b !== 'object' || typeof b.receipt !== 'string' || typeof b.hash !== 'string',
      )
    ) {
      return err('RECORD_FORMAT', `round ${i + 1} lacks its ballots, candidates or result`);
    }
  }
  return ok(r as ElectionRecord);
}

/** Compares a recount with the published count; describes the first difference, or null. */
function countDifference(published: RecordResult, recount: RecordResult): string | null {
  for (const field of [
    'status',
    'voidReason',
    'validBallots',
    'invalidBallots',
    'threshold',
    'unfilledSeats',
  ] as const) {
    if (published[field] !== recount[field]) {
      return `${field}: the record says ${String(published[field])}, the recount gives ${String(recount[field])}`;
    }
  }
  const votes = new Map(recount.tally.map((e) => [e.id, e.votes]));
  for (const entry of published.tally) {
    const again = votes.get(entry.id) ?? 0;
    if (again !== entry.votes)
      return `${entry.id}: the record says ${entry.votes} votes, the recount gives ${again}`;
    votes.delete(entry.id);
  }
  for (const [id, v] of votes) return `${id}: missing from the record's tally, the recount gives ${v} votes`;
  if (canonicalJson(published.elected) !== canonicalJson(recount.elected)) {
    return `elected: the record says [${published.elected.join(', ')}], the recount gives [${recount.elected.join(', ')}]`;
  }
  if (canonicalJson(published.tied) !== canonicalJson(recount.tied)) {
    return `tied: the record says [${published.tied.join(', ')}], the recount gives [${recount.tied.join(', ')}]`;
  }
  return null;
}

/**
 * Checks a published election record: every ballot's hash against its content (altered), the
 * order (ascending hash, no duplicates: reordered), the number of ballots against the returned
 * count (added, removed), each round's digest, a recount of every round with `countElection`
 * under the rule set it names (`acftu2016`, or `options.rules`) against its published count, the elected over all rounds, and the seal (against the published
 * seal when given). With a receipt, also confirms that ballot is in the record. Never throws on a
 * bad record: every problem is returned, each naming its round and ballot.
 */
export async function verifyElectionRecord(
  record: unknown,
  options: VerifyOptions = {},
): Promise<RecordVerification> {
  const shaped = shapeOf(record);
  if (!shaped.ok) {
    return {
      valid: false,
      problems: [problem('RECORD_FORMAT', shaped.error.message)],
      seal: '',
      ballots: 0,
      receipt: null,
    };
  }
  const r = shaped.value;
  const problems: RecordProblem[] = [];
  let receipt: RecordVerification['receipt'] = null;
  let ballotCount = 0;
  for (const round of r.rounds) {
    const at = { round: round.round };
    ballotCount += round.ballots.length;
    const hashes = await Promise.all(round.ballots.map((b) => ballotHash(b.receipt, b.marks)));
    round.ballots.forEach((b, i) => {
      if (hashes[i] !== b.hash) {
        problems.push(
          problem(
            'BALLOT_ALTERED',
            `round ${round.round}, ballot ${i + 1} (receipt ${b.receipt}): its marks or receipt do not match its hash`,
            {
              ...at,
              ballot: i + 1,
            },
          ),
        );
      }
      if (i > 0) {
        const previous = round.ballots[i - 1] as RecordBallot;
        if (previous.hash === b.hash) {
          problems.push(
            problem('BALLOT_DUPLICATE', `round ${round.round}, ballot ${i + 1} repeats ballot ${i}`, {
              ...at,
              ballot: i + 1,
            }),
          );
        } else if (previous.hash > b.hash) {
          problems.push(
            problem(
              'BALLOTS_OUT_OF_ORDER',
              `round ${round.round}, ballot ${i + 1} is out of order: ballots are listed by ascending hash`,
              {
                ...at,
                ballot: i + 1,
              },
            ),
          );
        }
      }
      if (options.receipt !== undefined && b.receipt === options.receipt)
        receipt = { round: round.round, marks: b.marks };
    });
    const n = round.ballots.length;
    if (n > round.ballotsReturned) {
      problems.push(
        problem(
          'BALLOTS_ADDED',
          `round ${round.round}: ${n} ballots listed, ${round.ballotsReturned} returned — ${n - round.ballotsReturned} added`,
          at,
        ),
      );
    } else if (n < round.ballotsReturned) {
      problems.push(
        problem(
          'BALLOTS_REMOVED',
          `round ${round.round}: ${n} ballots listed, ${round.ballotsReturned} returned — ${round.ballotsReturned - n} removed`,
          at,
        ),
      );
    }
    if ((await ballotsDigest(round.ballots)) !== round.ballotsDigest) {
      problems.push(
        problem(
          'BALLOTS_DIGEST_MISMATCH',
          `round ${round.round}: the ballots do not match the round's digest`,
          at,
        ),
      );
    }
    const rules = [acftu2016, options.rules].find((r) => r?.name === round.ruleSet);
    const recount =
      rules === undefined
        ? err(
            'ELECTION_SPEC_INVALID',
            `it was counted under the rule set ${round.ruleSet}: give that rule set to recount it`,
          )
        : countElection(
            {
              method: round.method,
              seats: round.seats,
              candidates: round.candidates,
              entitled: round.entitled,
              present: round.present,
              ballotsIssued: round.ballotsIssued,
              rules,
            },
            round.ballots.map((b) => b.marks),
          );
    if (!recount.ok) {
      problems.push(
        problem('RECOUNT_MISMATCH', `round ${round.round} cannot be recounted: ${recount.error.message}`, at),
      );
    } else {
      const difference = countDifference(round.result, recordResult(recount.value));
      if (difference !== null)
        problems.push(problem('RECOUNT_MISMATCH', `round ${round.round}: ${difference}`, at));
    }
  }
  const elected = r.rounds.flatMap((round) => round.result.elected);
  if (canonicalJson(elected) !== canonicalJson(r.elected)) {
    problems.push(
      problem(
        'ELECTED_MISMATCH',
        `elected: the record says [${r.elected.join(', ')}], its rounds elect [${elected.join(', ')}]`,
      ),
    );
  }
  const seal = await recordSeal(r);
  if (seal !== r.seal)
    problems.push(
      problem(
        'SEAL_MISMATCH',
        'the record was changed after it was sealed: its content does not match its seal',
      ),
    );
  if (options.publishedSeal !== undefined && options.publishedSeal !== r.seal) {
    problems.push(
      problem(
        'SEAL_NOT_PUBLISHED',
        `the record's seal ${r.seal} is not the published seal ${options.publishedSeal}`,
      ),
    );
  }
  if (options.receipt !== undefined && receipt === null) {
    problems.push(problem('RECEIPT_NOT_FOUND', `no ballot with receipt ${options.receipt} is in the record`));
  }
  return { valid: problems.length === 0, problems, seal, ballots: ballotCount, receipt };
}
