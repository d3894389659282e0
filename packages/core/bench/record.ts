// Benchmark of the published record: `pnpm bench` (runs `tsx --conditions=@gonghui/source bench/record.ts` in packages/core).
//
// A 100,000-ballot record (majority-approval, 15 candidates, 7 seats, seeded PRNG) is verified with
// `verifyElectionRecord` — every ballot hashed (Web Crypto SHA-256), order, digest, recount, seal —
// and timed against the core count of the same ballots (`countElection`), measured in the same run:
// the ratio is what checking the record costs over counting it. Best of a few runs.
import { performance } from 'node:perf_hooks';
import { countElection } from '../src/election/count.js';
import type { Ballot, ElectionSpec } from '../src/election/counting-method.js';
import { buildElectionRecord, recordResult, verifyElectionRecord } from '../src/election/record.js';
import { seededUniform } from '../src/kernel/random.js';

const N = 100_000;
const REPETITIONS = 3;

const rand = seededUniform(20261130);
const ids = Array.from({ length: 15 }, (_, i) => `c${String(i + 1).padStart(2, '0')}`);
const ballots = Array.from({ length: N }, (_, i) => {
  const approve = ids.filter(() => rand() < 0.4).slice(0, 7);
  return {
    receipt: `r${i.toString(36)}-${Math.floor(rand() * 2 ** 32).toString(16)}`,
    marks: { approve } as Ballot,
  };
});
const spec: ElectionSpec = {
  method: 'majority-approval',
  seats: 7,
  candidates: ids.map((id) => ({ id })),
  entitled: N,
  present: N,
  ballotsIssued: N,
};
const counted = countElection(
  spec,
  ballots.map((b) => b.marks),
);
if (!counted.ok) throw new Error(counted.error.message);
const record = await buildElectionRecord(
  {
    electionId: 'bench',
    organizationId: 'bench',
    title: 'bench',
    body: 'COMMITTEE',
    contested: true,
    certification: 'COUNTED',
  },
  [
    {
      round: 1,
      kind: 'FIRST',
      seats: 7,
      method: 'majority-approval',
      ruleSet: 'acftu2016',
      candidates: spec.candidates,
      rollHash: '0'.repeat(64),
      entitled: N,
      present: N,
      ballotsIssued: N,
      ballotsReturned: N,
      ballots,
      result: recordResult(counted.value),
      reducedSeats: null,
    },
  ],
);
const marks = record.rounds[0]?.ballots.map((b) => b.marks) ?? [];

let count = Number.POSITIVE_INFINITY;
let verify = Number.POSITIVE_INFINITY;
for (let r = 0; r < REPETITIONS; r++) {
  let t = performance.now();
  const again = countElection(spec, marks);
  count = Math.min(count, performance.now() - t);
  if (!again.ok) throw new Error('count failed');
  t = performance.now();
  const checked = await verifyElectionRecord(record);
  verify = Math.min(verify, performance.now() - t);
  if (!checked.valid) throw new Error(JSON.stringify(checked.problems.slice(0, 3)));
}
console.log(
  `published record of ${N.toLocaleString('en')} ballots (majority-approval, 15 candidates, 7 seats)`,
);
console.table({
  'countElection (core count)': { ms: count.toFixed(1) },
  'verifyElectionRecord (hashes, order, digest, recount, seal)': { ms: verify.toFixed(1) },
});
console.log(`ratio verify / count: ${(verify / count).toFixed(1)}`);
