import { err, ok, type Result } from '../kernel/result.js';
import type { Ballot, CandidateSpec } from './counting-method.js';

/** `weight` identical ballot papers with one ranking (candidate ids, withdrawn candidates removed). */
export interface BltBallotLine {
  readonly weight: number;
  readonly ranking: readonly string[];
}

/** An election read from a BLT file: candidates are numbered `"1"`, `"2"`, … in file order. */
export interface BltElection {
  readonly seats: number;
  /** The candidates standing (withdrawn ones left out), with their names. */
  readonly candidates: readonly CandidateSpec[];
  /** Candidates the file marks as withdrawn (negative numbers on the line after the header). */
  readonly withdrawn: readonly CandidateSpec[];
  readonly lines: readonly BltBallotLine[];
  /** The quoted title after the names ('' when absent). */
  readonly title: string;
}

/** The error code of {@link parseBlt}. */
export type BltErrorCode = 'BLT_SYNTAX';

/**
 * Parses a ballot file in BLT format (Hill, Wichmann & Woodall; used by OpenSTV, Droop, the
 * Scottish council data): a header `<candidates> <seats>`, an optional line of withdrawn
 * candidates as negative numbers, one line per ballot group `<weight> <pref1> <pref2> … 0`
 * (an optional leading `(id)` token is ignored), a line `0`, then one quoted name per candidate
 * and a quoted title. Equal rankings (`=`) are not supported. A withdrawn candidate is removed
 * from every ranking.
 */
export function parseBlt(text: string): Result<BltElection, BltErrorCode> {
  const rows = text.split(/\r?\n/);
  let r = 0;
  const nextRow = (): string[] | undefined => {
    while (r < rows.length) {
      const row = (rows[r++] as string).trim();
      if (row !== '') return row.split(/\s+/);
    }
    return undefined;
  };
  const fail = (message: string) => err('BLT_SYNTAX', `BLT line ${r}: ${message}`, { details: { line: r } });
  const isInt = (t: string) => /^-?\d+$/.test(t);

  const header = nextRow();
  if (header === undefined || header.length !== 2 || !header.every(isInt)) {
    return fail('expected "<candidates> <seats>"');
  }
  const nCandidates = Number(header[0]);
  const seats = Number(header[1]);
  if (nCandidates < 1 || seats < 1) return fail('candidates and seats must be positive');

  const withdrawnNumbers = new Set<number>();
  const lines: { weight: number; ranking: number[] }[] = [];
  let ended = false;
  let first = true;
  for (let tokens = nextRow(); tokens !== undefined; tokens = nextRow()) {
    if (first && tokens.every((t) => isInt(t) && Number(t) < 0)) {
      first = false;
      for (const t of tokens) {
        const c = -Number(t);
        if (c > nCandidates) return fail(`withdrawn candidate ${c} out of range`);
        withdrawnNumbers.add(c);
      }
      continue;
    }
    first = false;
    if (tokens.length > 0 && /^\(.*\)$/.test(tokens[0] as string)) tokens.shift();
    if (tokens.length === 1 && tokens[0] === '0') {
      ended = true;
      break;
    }
    if (tokens.some((t) => t.includes('='))) return fail('equal rankings ("=") are not supported');
    if (!tokens.every(isInt)) return fail('a ballot line holds integers only');
    const numbers = tokens.map(Number);
    if (numbers[numbers.length - 1] !== 0) return fail('a ballot line must end with 0');
    const weight = numbers[0] as number;
    if (weight < 0) return fail('negative ballot weight');
    const ranking = numbers.slice(1, -1);
    for (const c of ranking) if (c < 1 || c > nCandidates) return fail(`candidate ${c} out of range`);
    lines.push({ weight, ranking });
  }
  if (!ended) return fail('missing the "0" line that ends the ballots');

  const rest = rows.slice(r).join('\n');
  const strings = [...rest.matchAll(/"([^"]*)"/g)].map((m) => m[1] as string);
  if (strings.length < nCandidates)
    return fail(`expected ${nCandidates} quoted candidate names, found ${strings.length}`);
  const all = strings.slice(0, nCandidates).map((name, i) => ({ id: String(i + 1), name }));
  const candidates = all.filter((_, i) => !withdrawnNumbers.has(i + 1));
  const withdrawn = all.filter((_, i) => withdrawnNumbers.has(i + 1));
  const title = strings[nCandidates] ?? '';
  const ballotLines = lines.map((l) => ({
    weight: l.weight,
    ranking: l.ranking.filter((c) => !withdrawnNumbers.has(c)).map(String),
  }));
  return ok({ seats, candidates, withdrawn, lines: ballotLines, title });
}

/** Expands BLT ballot lines into one `Ballot` per paper (papers of one line share one object). */
export function bltBallots(election: BltElection): Ballot[] {
  const ballots: Ballot[] = [];
  for (const line of election.lines) {
    const ballot: Ballot = { ranking: line.ranking };
    for (let i = 0; i < line.weight; i++) ballots.push(ballot);
  }
  return ballots;
}
