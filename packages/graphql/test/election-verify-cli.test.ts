import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  buildElectionRecord,
  countElection,
  type ElectionRecord,
  recordResult,
  rollHash,
} from '@gonghui/core';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { main } from '../src/cli.js';

const candidates = [
  { id: 'c1', name: '王芳' },
  { id: 'c2', name: '李强' },
];

async function record(): Promise<ElectionRecord> {
  const ballots = [
    { receipt: 'r-1', marks: { approve: ['c1'] } },
    { receipt: 'r-2', marks: { approve: ['c1'] } },
    { receipt: 'r-3', marks: { approve: ['c2'] } },
  ];
  const counted = countElection(
    { seats: 1, candidates, entitled: 3, present: 3, ballotsIssued: 3 },
    ballots.map((b) => b.marks),
  );
  if (!counted.ok) throw new Error(counted.error.message);
  return buildElectionRecord(
    {
      electionId: 'e',
      organizationId: 'o',
      title: '主席',
      body: 'CHAIR',
      contested: true,
      certification: 'CERTIFIED',
    },
    [
      {
        round: 1,
        kind: 'FIRST',
        seats: 1,
        method: 'majority-approval',
        ruleSet: 'acftu2016',
        candidates,
        rollHash: await rollHash(['m1', 'm2', 'm3']),
        entitled: 3,
        present: 3,
        ballotsIssued: 3,
        ballotsReturned: 3,
        ballots,
        result: recordResult(counted.value),
        reducedSeats: null,
      },
    ],
  );
}

describe('gonghui election verify <file>', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'gonghui-election-'));
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));
  afterEach(() => {
    vi.restoreAllMocks();
    process.exitCode = undefined;
  });
  const run = async (...args: string[]) => {
    const out: string[] = [];
    vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
      out.push(String(chunk));
      return true;
    });
    process.exitCode = undefined;
    await main(args);
    vi.restoreAllMocks();
    return { text: out.join(''), exitCode: process.exitCode ?? 0 };
  };

  it('prints a valid record with its seal and a receipt found; a tampered one names the problem and exits 1', async () => {
    const r = await record();
    const file = join(dir, 'record.json');
    await writeFile(file, JSON.stringify(r));
    const good = await run('election', 'verify', file, '--receipt', 'r-3', '--seal', r.seal);
    expect(good).toEqual({
      text: `election record valid: 3 ballot(s) recounted, seal ${r.seal}\nreceipt r-3 found in round 1: {"approve":["c2"]}\n`,
      exitCode: 0,
    });
    const round = r.rounds[0];
    if (round === undefined) throw new Error('no round');
    await writeFile(file, JSON.stringify({ ...r, rounds: [{ ...round, ballots: round.ballots.slice(1) }] }));
    const bad = await run('election', 'verify', file);
    expect(bad.exitCode).toBe(1);
    expect(bad.text).toContain('BALLOTS_REMOVED: round 1: 2 ballots listed, 3 returned — 1 removed\n');
    expect(bad.text).toContain('election record INVALID: 4 problem(s)\n');
  });
});
