import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { stvScottish } from '../src/election/methods/stv-scottish.js';
import {
  expectedWinners,
  loadWard,
  normalizeName,
  parseDroopReport,
  stvFixtures,
  wardFiles,
} from './stv-support.js';

function winnersByName(ward: ReturnType<typeof loadWard>, elected: readonly string[]): string[] {
  const names = new Map(ward.blt.candidates.map((c) => [c.id, normalizeName(c.name ?? c.id)]));
  return elected.map((id) => names.get(id) ?? id).sort();
}

describe.each(['edinburgh-2017', 'glasgow-2007'])('stv-scottish on %s', (election) => {
  const expected = expectedWinners(election);
  const files = wardFiles(election);

  it('has a declared result for every ward file', () => {
    expect(files.length).toBeGreaterThan(15);
    expect(Object.keys(expected).sort()).toEqual(files.map((f) => f.replace(/\.blt$/, '')));
  });

  it.each(files)('%s elects exactly the declared winners', (file) => {
    const ward = loadWard(election, file);
    const result = stvScottish.count(ward.context, ward.ballots);
    const declared = (expected[ward.name] ?? []).map(normalizeName).sort();
    expect(declared).toHaveLength(ward.blt.seats);
    expect(result.status).toBe('COMPLETE');
    expect(result.unfilledSeats).toBe(0);
    expect(winnersByName(ward, result.elected)).toEqual(declared);
    expect(result.validBallots).toBe(ward.ballots.length);
    expect(result.threshold).toBe(Math.floor(ward.ballots.length / (ward.blt.seats + 1)) + 1);
  });
});

describe('stv-scottish against the Droop reference reports (Glasgow 2007)', () => {
  const files = wardFiles('glasgow-2007');

  it.each(files)('%s: every stage, every candidate, to 5 decimals', (file) => {
    const ward = loadWard('glasgow-2007', file);
    const names = new Map(ward.blt.candidates.map((c) => [c.id, normalizeName(c.name ?? c.id)]));
    const report = parseDroopReport(
      readFileSync(join(stvFixtures, 'glasgow-2007', file.replace(/\.blt$/, '.droop-report.txt')), 'utf8'),
      [...names.values()],
    );
    const result = stvScottish.count(ward.context, ward.ballots);

    expect(`${result.quota}.00000`).toBe(report.quota);
    const ours = result.stages.map((s) => ({
      action: s.action,
      ...(s.candidate === undefined ? {} : { candidate: names.get(s.candidate) }),
      votes: Object.fromEntries(s.votes.map((v) => [names.get(v.id), v.votes])),
      nonTransferable: s.nonTransferable,
      residual: s.lossByTruncation,
    }));
    expect(report.stages.length).toBeGreaterThan(1);
    expect(ours).toEqual(report.stages);
    expect(winnersByName(ward, result.elected)).toEqual([...report.elected].sort());
  });
});
