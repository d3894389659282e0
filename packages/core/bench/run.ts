// Benchmark of the counting engines: `pnpm bench` (runs `tsx --conditions=@gonghui/source bench/run.ts` in packages/core).
//
// (a) majority-approval: 1,000,000 ballots × 50 candidates, 15 seats, generated with a seeded PRNG;
// (b) stv-scottish: the ballots of the largest Edinburgh 2017 ward (Almond, 14,207 papers)
//     repeated to 1,000,000 papers (each paper its own object and ranking array).
// Each count is timed against the work's floor, a bare loop over the same ballots that touches
// every mark and sums the marks' lengths, measured in the same run; best and median of a few runs.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { bltBallots, parseBlt } from '../src/election/blt.js';
import { countElection } from '../src/election/count.js';
import type { Ballot, ElectionSpec } from '../src/election/counting-method.js';
import { seededUniform } from '../src/kernel/random.js';

const N = 1_000_000;
const REPETITIONS = 5;

function approvalElection(): { spec: ElectionSpec; ballots: Ballot[] } {
  const rand = seededUniform(20240501);
  const ids = Array.from({ length: 50 }, (_, i) => `c${String(i + 1).padStart(2, '0')}`);
  // Ten popular candidates (approved by 45–65% of voters), forty others (2–22%).
  const appeal = ids.map((_, i) => (i < 10 ? 0.45 + 0.2 * rand() : 0.02 + 0.2 * rand()));
  const seats = 15;
  const ballots: Ballot[] = new Array(N);
  for (let b = 0; b < N; b++) {
    const approve: string[] = [];
    for (let c = 0; c < ids.length; c++) if (rand() < (appeal[c] as number)) approve.push(ids[c] as string);
    // A paper approving more than `seats` names is invalid, as the rules say: it is kept as marked.
    ballots[b] = { approve };
  }
  const spec: ElectionSpec = {
    method: 'majority-approval',
    seats,
    candidates: ids.map((id) => ({ id })),
    entitled: 1_050_000,
    present: 1_050_000,
    ballotsIssued: 1_050_000,
  };
  return { spec, ballots };
}

function stvElection(): { spec: ElectionSpec; ballots: Ballot[]; ward: string; names: Map<string, string> } {
  const file = join(
    import.meta.dirname,
    '..',
    'test',
    'fixtures',
    'stv',
    'edinburgh-2017',
    'ward-01-almond.blt',
  );
  const parsed = parseBlt(readFileSync(file, 'utf8'));
  if (!parsed.ok) throw new Error(parsed.error.message);
  const ward = bltBallots(parsed.value);
  const ballots: Ballot[] = new Array(N);
  for (let b = 0; b < N; b++)
    ballots[b] = { ranking: [...((ward[b % ward.length] as Ballot).ranking ?? [])] };
  const spec: ElectionSpec = {
    method: 'stv-scottish',
    seats: parsed.value.seats,
    candidates: parsed.value.candidates,
    entitled: N,
    present: N,
    ballotsIssued: N,
  };
  const names = new Map(parsed.value.candidates.map((c) => [c.id, c.name ?? c.id]));
  return { spec, ballots, ward: `${parsed.value.title} (${ward.length} papers)`, names };
}

/** The floor: a loop that touches every mark of every ballot and sums the marks' lengths. */
function floorLoop(ballots: readonly Ballot[], field: 'approve' | 'ranking'): number {
  let sum = 0;
  for (let b = 0; b < ballots.length; b++) {
    const marks = (ballots[b] as Ballot)[field];
    if (marks === undefined) continue;
    for (let i = 0; i < marks.length; i++) sum += (marks[i] as string).length;
  }
  return sum;
}

function time(f: () => unknown): { ms: number; value: unknown } {
  const start = performance.now();
  const value = f();
  return { ms: performance.now() - start, value };
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] as number;
}

interface Row {
  name: string;
  floorMs: number[];
  countMs: number[];
  outcome: string;
}

function measure(
  name: string,
  spec: ElectionSpec,
  ballots: Ballot[],
  field: 'approve' | 'ranking',
  names?: Map<string, string>,
): Row {
  const row: Row = { name, floorMs: [], countMs: [], outcome: '' };
  // One warm-up of each, then alternate so both see the same machine state.
  floorLoop(ballots, field);
  countElection(spec, ballots);
  for (let r = 0; r < REPETITIONS; r++) {
    const floor = time(() => floorLoop(ballots, field));
    const counted = time(() => countElection(spec, ballots));
    row.floorMs.push(floor.ms);
    row.countMs.push(counted.ms);
    const result = counted.value as ReturnType<typeof countElection>;
    if (!result.ok) throw new Error(result.error.message);
    row.outcome = `${result.value.status}, valid ${result.value.validBallots}, elected ${result.value.elected.map((id) => names?.get(id) ?? id).join(', ')}`;
  }
  return row;
}

const fmt = (n: number, digits = 0) =>
  n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });

console.log(
  `node ${process.version}, ${N.toLocaleString('en-US')} ballots per count, ${REPETITIONS} runs each\n`,
);
let t = time(approvalElection);
const approval = t.value as ReturnType<typeof approvalElection>;
console.log(`generated majority-approval ballots in ${fmt(t.ms)} ms`);
t = time(stvElection);
const stv = t.value as ReturnType<typeof stvElection>;
console.log(`built stv-scottish ballots from ${stv.ward} in ${fmt(t.ms)} ms\n`);

const rows = [
  measure('majority-approval, 50 candidates, 15 seats', approval.spec, approval.ballots, 'approve'),
  measure('stv-scottish, Almond 2017 ×70.4, 10 cand., 4 seats', stv.spec, stv.ballots, 'ranking', stv.names),
];

const header = [
  'count',
  'best ms',
  'median ms',
  'ballots/s (best)',
  'floor best ms',
  'floor ballots/s',
  'ratio',
];
const table = rows.map((r) => {
  const best = Math.min(...r.countMs);
  const floorBest = Math.min(...r.floorMs);
  return [
    r.name,
    fmt(best, 1),
    fmt(median(r.countMs), 1),
    fmt(N / (best / 1000)),
    fmt(floorBest, 1),
    fmt(N / (floorBest / 1000)),
    `${fmt(best / floorBest, 1)}×`,
  ];
});
const widths = header.map((h, i) => Math.max(h.length, ...table.map((row) => (row[i] as string).length)));
const line = (cells: string[]) =>
  cells
    .map((c, i) => (i === 0 ? c.padEnd(widths[i] as number) : c.padStart(widths[i] as number)))
    .join(' | ');
console.log(line(header));
console.log(widths.map((w) => '-'.repeat(w)).join('-|-'));
for (const row of table) console.log(line(row));
console.log(
  '\nratio = best count time / best floor time (floor: a loop touching every mark, summing their lengths)',
);
for (const r of rows) console.log(`${r.name}: ${r.outcome}`);
