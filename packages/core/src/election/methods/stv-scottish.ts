import { grownInt32 } from '../../kernel/arrays.js';
import { mulberry32 } from '../../kernel/random.js';
import type { Ballot, CountContext, CountingMethod, CountResult, TallyEntry } from '../counting-method.js';

/**
 * Single transferable vote under the Scottish Local Government Elections Order 2007 (SSI 2007/42),
 * rules 45–52 of schedule 1:
 *
 * - quota (rule 46): `floor(valid ballots / (seats + 1)) + 1`; a candidate with at least the quota
 *   is elected (rule 47);
 * - surpluses (rules 48–49) are transferred one at a time, largest first, by the weighted inclusive
 *   Gregory method: every paper the elected candidate holds moves on to its next continuing
 *   preference at the value `value × surplus / total`, truncated to 5 decimal places; the elected
 *   candidate keeps exactly the quota;
 * - when no surplus is left, the continuing candidate with the fewest votes is excluded (rule 50)
 *   and every paper they hold moves on at the value it had when received;
 * - ties (rules 49(2)–(3), 51): the candidate with the most (surplus) or fewest (exclusion) votes
 *   at the most recent earlier stage at which the tied candidates had unequal votes; when some of
 *   them are still level at that stage, the look-back continues among those; level at every stage:
 *   by lot (see {@link StvScottishOptions.lotSeed});
 * - when the continuing candidates are no more than the vacancies left, they are all deemed
 *   elected and no further transfer is made (rule 52).
 *
 * Arithmetic is exact: every vote is an integer number of 1/100000 units ({@link STV_SCALE}), no
 * floating point ever rounds. Identical rankings are grouped into one parcel with a ballot count,
 * so the cost of a count is one pass over the ballots plus work proportional to distinct rankings.
 *
 * Ballot validity: a paper is valid when its `ranking` names at least one candidate. An id that is
 * not a candidate, or a candidate named a second time, is skipped (the later preferences still
 * count); a paper with no candidate at all is invalid.
 */

/** Votes are integers in units of 1/100000 of a vote: 5 decimal places, exactly. */
export const STV_SCALE = 100_000;

/** What happened at a stage of an STV count. */
export type StvStageAction = 'FIRST_PREFERENCES' | 'TRANSFER_SURPLUS' | 'EXCLUDE';

/** Where a candidate stands at the end of a stage. */
export type StvCandidateStatus = 'CONTINUING' | 'ELECTED' | 'EXCLUDED';

/** One candidate's votes at the end of a stage. */
export interface StvStageVote {
  readonly id: string;
  /** Votes with exactly 5 decimals, e.g. `"1381.00000"`. */
  readonly votes: string;
  /** The same votes as an integer number of 1/100000 units. */
  readonly units: number;
  readonly status: StvCandidateStatus;
}

/** How a tie for the largest surplus or the fewest votes was broken. */
export interface StvTieBreak {
  /** The candidates level at the current stage, in candidate order. */
  readonly among: readonly string[];
  /** `EARLIER_STAGE`: by the votes at an earlier stage (rules 49(2), 51(2)(a)); `LOT`: by lot. */
  readonly by: 'EARLIER_STAGE' | 'LOT';
  /** The earliest stage consulted when `by` is `EARLIER_STAGE` (stage numbers start at 1). */
  readonly stage?: number;
  /** The seed of the lot, when `by` is `LOT`. */
  readonly seed?: number;
  readonly chosen: string;
}

/** One stage of the count: the first-preference count, a surplus transfer or an exclusion. */
export interface StvStage {
  /** Stage number, from 1 (the first preferences). */
  readonly stage: number;
  readonly action: StvStageAction;
  /** The candidate whose surplus is transferred or who is excluded (absent at stage 1). */
  readonly candidate?: string;
  /** The surplus, or the excluded candidate's votes, that this stage moved (5 decimals). */
  readonly transferred?: string;
  readonly tieBreak?: StvTieBreak;
  /** Every candidate's votes at the end of the stage, in candidate order. */
  readonly votes: readonly StvStageVote[];
  /** Votes of papers with no further continuing preference, cumulative (5 decimals). */
  readonly nonTransferable: string;
  /** Value lost by truncating transfer values to 5 decimals, cumulative (5 decimals). */
  readonly lossByTruncation: string;
  /** Candidates who reached the quota at this stage, most votes first (rule 47). */
  readonly elected: readonly string[];
  /** Candidates deemed elected after this stage because they fill the last vacancies (rule 52). */
  readonly deemedElected: readonly string[];
}

/** The result of an `stv-scottish` count: the common result plus the quota and the stage log. */
export interface StvScottishResult extends CountResult {
  /** The Droop quota (rule 46); also reported as `threshold`. */
  readonly quota: number;
  readonly stages: readonly StvStage[];
}

/** Options of the `stv-scottish` method. */
export interface StvScottishOptions {
  /**
   * Seed of the lot used when tied candidates were level at every stage (rules 49(3), 51(2)(b)).
   * The lot is a deterministic pseudo-random draw (mulberry32 seeded with this value, advanced
   * once per lot in a count) among the tied candidates in candidate order; the seed is reported
   * with the tie. Default 2007.
   */
  readonly lotSeed?: number;
}

/** Formats an integer number of 1/100000 units with exactly 5 decimals, e.g. `138100000` → `"1381.00000"`. */
export function formatStvVotes(units: number): string {
  const negative = units < 0;
  const abs = Math.abs(units);
  const whole = Math.floor(abs / STV_SCALE);
  const frac = abs - whole * STV_SCALE;
  return `${negative ? '-' : ''}${whole}.${String(frac).padStart(5, '0')}`;
}

/** A stage while it is being built. */
type MutableStage = StvStage & { votes: StvStageVote[]; elected: string[]; deemedElected: string[] };

const CONTINUING = 0;
const PENDING = 1; // elected, surplus not yet transferred
const ELECTED = 2;
const EXCLUDED = 3;

/** Ballots grouped by identical ranking (candidate indices). */
interface Parcels {
  readonly groups: number;
  /** Start of each group's ranking in `prefs`; group g spans `start[g]..start[g+1]`. */
  readonly start: Int32Array;
  readonly prefs: Int32Array;
  /** Number of ballots in each group. */
  readonly count: Float64Array;
  readonly valid: number;
  readonly invalid: number;
}

/** Groups the ballots by ranking in one pass, with an open-addressing hash of index sequences. */
function groupBallots(ballots: readonly Ballot[], index: ReadonlyMap<string, number>, n: number): Parcels {
  const scratch = new Int32Array(n);
  const seen = new Int32Array(n).fill(-1);
  let tableSize = 1024;
  let table = new Int32Array(tableSize).fill(-1);
  let hashes = new Int32Array(256);
  let start = new Int32Array(257);
  let prefs = new Int32Array(1024);
  let count = new Float64Array(256);
  let groups = 0;
  let used = 0;
  let valid = 0;
  let invalid = 0;

  for (let b = 0; b < ballots.length; b++) {
    const ranking = (ballots[b] as Ballot).ranking;
    let len = 0;
    let h = 0x811c9dc5;
    if (ranking !== undefined) {
      for (let i = 0; i < ranking.length; i++) {
        const c = index.get(ranking[i] as string);
        if (c === undefined || seen[c] === b) continue;
        seen[c] = b;
        scratch[len++] = c;
        h = Math.imul(h ^ (c + 1), 0x01000193);
      }
    }
    if (len === 0) {
      invalid++;
      continue;
    }
    valid++;
    h = (h ^ len) | 0;
    const mask = tableSize - 1;
    let slot = h & mask;
    let found = -1;
    for (;;) {
      const g = table[slot] as number;
      if (g < 0) break;
      if (hashes[g] === h) {
        const s = start[g] as number;
        if ((start[g + 1] as number) - s === len) {
          let same = true;
          for (let i = 0; i < len; i++) {
            if (prefs[s + i] !== scratch[i]) {
              same = false;
              break;
            }
          }
          if (same) {
            found = g;
            break;
          }
        }
      }
      slot = (slot + 1) & mask;
    }
    if (found >= 0) {
      count[found] = (count[found] as number) + 1;
      continue;
    }
    // A new group.
    if (groups + 1 >= hashes.length) {
      const size = hashes.length * 2;
      hashes = grownInt32(hashes, size);
      start = grownInt32(start, size + 1);
      const c2 = new Float64Array(size);
      c2.set(count);
      count = c2;
    }
    if (used + len > prefs.length) prefs = grownInt32(prefs, Math.max(prefs.length * 2, used + len));
    prefs.set(scratch.subarray(0, len), used);
    hashes[groups] = h;
    start[groups] = used;
    used += len;
    start[groups + 1] = used;
    count[groups] = 1;
    table[slot] = groups;
    groups++;
    if (groups * 2 > tableSize) {
      tableSize *= 2;
      table = new Int32Array(tableSize).fill(-1);
      const m = tableSize - 1;
      for (let g = 0; g < groups; g++) {
        let s = (hashes[g] as number) & m;
        while ((table[s] as number) >= 0) s = (s + 1) & m;
        table[s] = g;
      }
    }
  }
  return { groups, start, prefs, count, valid, invalid };
}

/** `floor(a * b / c)` exactly, for non-negative safe integers. */
function mulDivFloor(a: number, b: number, c: number): number {
  const p = a * b;
  if (p <= Number.MAX_SAFE_INTEGER) {
    // The product is exact, so is the remainder, and (p - r) / c divides an exact multiple.
    return (p - (p % c)) / c;
  }
  return Number((BigInt(a) * BigInt(b)) / BigInt(c));
}

/** Creates the `stv-scottish` counting method with the given options (a seed for the lot). */
export function createStvScottish(options: StvScottishOptions = {}): CountingMethod<StvScottishResult> {
  const lotSeed = options.lotSeed ?? 2007;
  return {
    name: 'stv-scottish',
    ballot: { marks: 'RANKING', maxMarks: () => Number.POSITIVE_INFINITY },
    count: (context, ballots) => countStvScottish(context, ballots, lotSeed),
  };
}

/** The `stv-scottish` counting method (Scottish STV, SSI 2007/42) with the default lot seed. */
export const stvScottish: CountingMethod<StvScottishResult> = createStvScottish();

function countStvScottish(
  context: CountContext,
  ballots: readonly Ballot[],
  lotSeed: number,
): StvScottishResult {
  const { seats, candidates } = context.spec;
  if (!Number.isInteger(seats) || seats < 1)
    throw new RangeError(`stv-scottish: seats must be a positive integer, got ${seats}`);
  const n = candidates.length;
  const ids = candidates.map((c) => c.id);
  const index = new Map<string, number>();
  ids.forEach((id, i) => {
    if (index.has(id)) throw new RangeError(`stv-scottish: candidate id ${id} appears twice`);
    index.set(id, i);
  });

  const p = groupBallots(ballots, index, n);
  const { groups, start, prefs, count } = p;
  const quota = Math.floor(p.valid / (seats + 1)) + 1;
  const quotaUnits = quota * STV_SCALE;

  // Parcels: each candidate holds a linked list of groups.
  const head = new Int32Array(n).fill(-1);
  const next = new Int32Array(groups);
  const pos = new Int32Array(groups); // index into prefs of the group's current holder
  const weight = new Float64Array(groups).fill(STV_SCALE); // value of each paper, in units
  const votes = new Float64Array(n);
  const firstPreferences = new Float64Array(n);
  const status = new Uint8Array(n);
  for (let g = 0; g < groups; g++) {
    const s = start[g] as number;
    const c = prefs[s] as number;
    pos[g] = s;
    next[g] = head[c] as number;
    head[c] = g;
    firstPreferences[c] = (firstPreferences[c] as number) + (count[g] as number);
  }
  for (let c = 0; c < n; c++) votes[c] = (firstPreferences[c] as number) * STV_SCALE;

  let nonTransferable = 0;
  let loss = 0;
  const snapshots: Float64Array[] = [];
  const stages: MutableStage[] = [];
  const elected: number[] = [];
  let continuing = n;
  const rand = mulberry32(lotSeed);

  const statusName = (c: number): StvCandidateStatus =>
    status[c] === CONTINUING ? 'CONTINUING' : status[c] === EXCLUDED ? 'EXCLUDED' : 'ELECTED';
  const byVotesDesc = (a: number, b: number) => (votes[b] as number) - (votes[a] as number) || a - b;

  const record = (
    action: StvStageAction,
    candidate?: number,
    transferred?: number,
    tieBreak?: StvTieBreak,
  ): MutableStage => {
    snapshots.push(votes.slice());
    const stage: MutableStage = {
      stage: stages.length + 1,
      action,
      ...(candidate === undefined ? {} : { candidate: ids[candidate] as string }),
      ...(transferred === undefined ? {} : { transferred: formatStvVotes(transferred) }),
      ...(tieBreak === undefined ? {} : { tieBreak }),
      votes: [],
      nonTransferable: formatStvVotes(nonTransferable),
      lossByTruncation: formatStvVotes(loss),
      elected: [],
      deemedElected: [],
    };
    stages.push(stage);
    return stage;
  };
  /** Fills in the votes and statuses of the last stage once its elections are known. */
  const finishStage = () => {
    const stage = stages[stages.length - 1] as MutableStage;
    for (let c = 0; c < n; c++) {
      const units = votes[c] as number;
      stage.votes.push({ id: ids[c] as string, votes: formatStvVotes(units), units, status: statusName(c) });
    }
  };

  /** Breaks a tie among `tied` (candidate indices, ascending) by earlier stages, then by lot. */
  const breakTie = (tied: number[], highest: boolean): { chosen: number; tie?: StvTieBreak } => {
    if (tied.length === 1) return { chosen: tied[0] as number };
    const among = tied.map((c) => ids[c] as string);
    let set = tied;
    let consulted: number | undefined;
    for (let s = snapshots.length - 1; s >= 0 && set.length > 1; s--) {
      const snap = snapshots[s] as Float64Array;
      let best = snap[set[0] as number] as number;
      for (const c of set) {
        const v = snap[c] as number;
        if (highest ? v > best : v < best) best = v;
      }
      const subset = set.filter((c) => snap[c] === best);
      if (subset.length < set.length) {
        set = subset;
        consulted = s + 1;
      }
    }
    if (set.length === 1) {
      const chosen = set[0] as number;
      return {
        chosen,
        tie: { among, by: 'EARLIER_STAGE', stage: consulted as number, chosen: ids[chosen] as string },
      };
    }
    const chosen = set[rand() % set.length] as number;
    return { chosen, tie: { among, by: 'LOT', seed: lotSeed, chosen: ids[chosen] as string } };
  };

  /** Moves every paper `from` holds to its next continuing preference; surplus transfers reduce values. */
  const transfer = (from: number, surplus: number | undefined): void => {
    const total = votes[from] as number;
    let moved = 0;
    let exhausted = 0;
    let lastWeight = -1;
    let lastValue = 0;
    let g = head[from] as number;
    head[from] = -1;
    while (g >= 0) {
      const following = next[g] as number;
      const w = weight[g] as number;
      let value = w;
      if (surplus !== undefined) {
        if (w !== lastWeight) {
          lastWeight = w;
          lastValue = mulDivFloor(w, surplus, total);
        }
        value = lastValue;
        weight[g] = value;
      }
      const end = start[g + 1] as number;
      let i = (pos[g] as number) + 1;
      while (i < end && status[prefs[i] as number] !== CONTINUING) i++;
      const parcel = value * (count[g] as number);
      if (i < end) {
        const to = prefs[i] as number;
        pos[g] = i;
        next[g] = head[to] as number;
        head[to] = g;
        votes[to] = (votes[to] as number) + parcel;
        moved += parcel;
      } else {
        pos[g] = end;
        exhausted += parcel;
      }
      g = following;
    }
    nonTransferable += exhausted;
    if (surplus !== undefined) {
      loss += surplus - moved - exhausted;
      votes[from] = quotaUnits;
    } else {
      votes[from] = 0;
    }
  };

  /** Rule 47: every continuing candidate with at least the quota is elected, most votes first. */
  const electWithQuota = (stage: MutableStage): void => {
    const reached: number[] = [];
    for (let c = 0; c < n; c++)
      if (status[c] === CONTINUING && (votes[c] as number) >= quotaUnits) reached.push(c);
    reached.sort(byVotesDesc);
    for (const c of reached) {
      status[c] = (votes[c] as number) > quotaUnits ? PENDING : ELECTED;
      continuing--;
      elected.push(c);
      stage.elected.push(ids[c] as string);
    }
  };

  let stage = record('FIRST_PREFERENCES');
  if (p.valid > 0) {
    for (;;) {
      electWithQuota(stage);
      const seatsLeft = seats - elected.length;
      if (seatsLeft <= 0 || continuing <= seatsLeft) break;
      const pending: number[] = [];
      for (let c = 0; c < n; c++) if (status[c] === PENDING) pending.push(c);
      finishStage();
      if (pending.length > 0) {
        // Rule 49: the largest surplus first.
        let high = -1;
        for (const c of pending) high = Math.max(high, votes[c] as number);
        const { chosen, tie } = breakTie(
          pending.filter((c) => votes[c] === high),
          true,
        );
        const surplus = (votes[chosen] as number) - quotaUnits;
        status[chosen] = ELECTED;
        transfer(chosen, surplus);
        stage = record('TRANSFER_SURPLUS', chosen, surplus, tie);
        continue;
      }
      // Rule 50: exclude the continuing candidate with the fewest votes.
      let low = Number.POSITIVE_INFINITY;
      for (let c = 0; c < n; c++) if (status[c] === CONTINUING) low = Math.min(low, votes[c] as number);
      const lowest: number[] = [];
      for (let c = 0; c < n; c++) if (status[c] === CONTINUING && votes[c] === low) lowest.push(c);
      const { chosen, tie } = breakTie(lowest, false);
      const excludedVotes = votes[chosen] as number;
      status[chosen] = EXCLUDED;
      continuing--;
      transfer(chosen, undefined);
      stage = record('EXCLUDE', chosen, excludedVotes, tie);
    }
    // Rule 52: the continuing candidates fill the last vacancies.
    const seatsLeft = seats - elected.length;
    if (seatsLeft > 0 && continuing <= seatsLeft) {
      const rest: number[] = [];
      for (let c = 0; c < n; c++) if (status[c] === CONTINUING) rest.push(c);
      rest.sort(byVotesDesc);
      for (const c of rest) {
        status[c] = ELECTED;
        elected.push(c);
        stage.deemedElected.push(ids[c] as string);
      }
      continuing = 0;
    }
  }
  finishStage();

  const tally: TallyEntry[] = ids.map((id, c) => ({ id, votes: firstPreferences[c] as number }));
  tally.sort((a, b) => b.votes - a.votes || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const unfilledSeats = seats - elected.length;
  return {
    status: unfilledSeats === 0 ? 'COMPLETE' : 'INCOMPLETE',
    ballotsReturned: ballots.length,
    validBallots: p.valid,
    invalidBallots: p.invalid,
    threshold: quota,
    quota,
    tally,
    elected: elected.map((c) => ids[c] as string),
    tied: [],
    unfilledSeats,
    stages,
  };
}
