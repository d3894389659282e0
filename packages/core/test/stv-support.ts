// Test support for the STV fixtures: loading a BLT ward and parsing a Droop report.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type BltElection, bltBallots, parseBlt } from '../src/election/blt.js';
import type { Ballot, CountContext } from '../src/election/counting-method.js';
import { acftu2016 } from '../src/ruleset/rule-set.js';

/** The folder of the STV fixtures. */
export const stvFixtures = join(import.meta.dirname, 'fixtures', 'stv');

/** Collapses runs of white space and trims, as the Droop report does with names. */
export function normalizeName(name: string): string {
  return name.replace(/\s+/g, ' ').trim();
}

/** One ward: its parsed BLT file, its ballots and a count context built on `acftu2016`. */
export interface Ward {
  readonly name: string;
  readonly blt: BltElection;
  readonly ballots: Ballot[];
  readonly context: CountContext;
}

/** Loads a BLT ward file of an election folder. */
export function loadWard(election: string, file: string): Ward {
  const parsed = parseBlt(readFileSync(join(stvFixtures, election, file), 'utf8'));
  if (!parsed.ok) throw new Error(`${file}: ${parsed.error.message}`);
  const blt = parsed.value;
  const ballots = bltBallots(blt);
  const context: CountContext = {
    spec: {
      method: 'stv-scottish',
      seats: blt.seats,
      candidates: blt.candidates,
      entitled: ballots.length,
      present: ballots.length,
      ballotsIssued: ballots.length,
    },
    rules: acftu2016,
  };
  return { name: file.replace(/\.blt$/, ''), blt, ballots, context };
}

/** The BLT files of an election folder, sorted. */
export function wardFiles(election: string): string[] {
  return readdirSync(join(stvFixtures, election))
    .filter((f) => f.endsWith('.blt'))
    .sort();
}

/** The declared winners of every ward of an election folder, by ward name. */
export function expectedWinners(election: string): Record<string, string[]> {
  return JSON.parse(readFileSync(join(stvFixtures, election, 'expected.json'), 'utf8'));
}

/** A stage of a Droop report: its action, candidate, every candidate's votes, and the totals. */
export interface DroopStage {
  readonly action: 'FIRST_PREFERENCES' | 'TRANSFER_SURPLUS' | 'EXCLUDE';
  readonly candidate?: string;
  /** Votes by normalised candidate name, as printed (5 decimals). */
  readonly votes: Record<string, string>;
  readonly nonTransferable: string;
  readonly residual: string;
}

/** A parsed Droop report: quota, the stages that move votes, and the final elected names. */
export interface DroopReport {
  readonly quota: string;
  readonly stages: DroopStage[];
  readonly elected: string[];
}

/**
 * Parses a Droop (v0.11) text report. The blocks `Begin Count`, `Surplus transferred: X` and
 * `Transfer defeated: X` are the stages whose votes change; the last block gives the elected.
 */
export function parseDroopReport(text: string, names: readonly string[]): DroopReport {
  const known = new Set(names.map(normalizeName));
  const quota = /Quota: (\d+\.\d{5})/.exec(text)?.[1];
  if (quota === undefined) throw new Error('no quota in report');
  const blocks = text.split(/^Action: /m).slice(1);
  const stages: DroopStage[] = [];
  let elected: string[] = [];
  for (const block of blocks) {
    const [title = '', ...body] = block.split('\n');
    const votes: Record<string, string> = {};
    const electedHere: string[] = [];
    for (const line of body) {
      const m = /^\t(Elected|Hopeful|Pending|Defeated|Withdrawn):\s+(.*) \((-?\d+\.\d{5})\)$/.exec(line);
      if (!m) continue;
      const [, state, list = '', value = ''] = m;
      const whole = normalizeName(list);
      const group = known.has(whole) ? [whole] : list.split(', ').map(normalizeName);
      for (const name of group) {
        if (!known.has(name)) throw new Error(`unknown name in report: ${name}`);
        votes[name] = value;
        if (state === 'Elected') electedHere.push(name);
      }
    }
    const total = (label: string) =>
      new RegExp(`^\\t${label}: (-?\\d+\\.\\d{5})$`, 'm').exec(block)?.[1] ?? '0.00000';
    const nonTransferable = total('Nontransferable votes');
    const residual = total('Residual');
    let action: DroopStage['action'] | undefined;
    let candidate: string | undefined;
    if (title.startsWith('Begin Count')) action = 'FIRST_PREFERENCES';
    const surplus = /^Surplus transferred: (.*) \(\d+\.\d{5}\)$/.exec(title);
    if (surplus) {
      action = 'TRANSFER_SURPLUS';
      candidate = normalizeName(surplus[1] as string);
    }
    const defeated = /^Transfer defeated: (.*)$/.exec(title);
    if (defeated) {
      action = 'EXCLUDE';
      candidate = normalizeName(defeated[1] as string);
    }
    if (action !== undefined) {
      stages.push({
        action,
        ...(candidate === undefined ? {} : { candidate }),
        votes,
        nonTransferable,
        residual,
      });
    }
    if (title.startsWith('Count Complete')) elected = electedHere;
  }
  return { quota, stages, elected };
}
