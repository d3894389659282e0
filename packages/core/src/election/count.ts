import { atLeastFraction } from '../kernel/fraction.js';
import { type DomainError, err, ok, type Result } from '../kernel/result.js';
import { acftu2016, withRules } from '../ruleset/rule-set.js';
import type { Ballot, CountingMethod, CountResult, ElectionSpec, VoidReason } from './counting-method.js';
import { getCountingMethod } from './registry.js';

/** Error codes of `countElection`: a malformed spec, or a method name nobody registered. */
export type CountErrorCode = 'ELECTION_SPEC_INVALID' | 'COUNTING_METHOD_UNKNOWN';

/** The default counting method when the spec names none. */
export const DEFAULT_COUNTING_METHOD = 'majority-approval';

function invalid(
  field: string,
  message: string,
  value: unknown,
): { ok: false; error: DomainError<'ELECTION_SPEC_INVALID'> } {
  return err('ELECTION_SPEC_INVALID', message, { path: ['spec', field], details: { [field]: value } });
}

function isCount(n: number): boolean {
  return Number.isSafeInteger(n) && n >= 0;
}

/**
 * Checks a spec: `seats` a positive integer; candidate ids non-empty and unique; `entitled` a
 * positive integer; `present` an integer from 0 to `entitled`; `ballotsIssued` an integer
 * from 0 to `present` (one ballot per voter present). Returns the first problem found.
 */
export function validateElectionSpec(spec: ElectionSpec): Result<ElectionSpec, 'ELECTION_SPEC_INVALID'> {
  if (!isCount(spec.seats) || spec.seats < 1) {
    return invalid('seats', `seats must be a positive integer, got ${spec.seats}`, spec.seats);
  }
  const ids = new Set<string>();
  for (const c of spec.candidates) {
    if (typeof c.id !== 'string' || c.id === '') {
      return invalid('candidates', 'every candidate needs a non-empty id', c.id);
    }
    if (ids.has(c.id)) return invalid('candidates', `candidate id "${c.id}" appears twice`, c.id);
    ids.add(c.id);
  }
  if (!isCount(spec.entitled) || spec.entitled < 1) {
    return invalid('entitled', `entitled must be a positive integer, got ${spec.entitled}`, spec.entitled);
  }
  if (!isCount(spec.present) || spec.present > spec.entitled) {
    return invalid(
      'present',
      `present must be an integer from 0 to entitled (${spec.entitled}), got ${spec.present}`,
      spec.present,
    );
  }
  if (!isCount(spec.ballotsIssued) || spec.ballotsIssued > spec.present) {
    return invalid(
      'ballotsIssued',
      `ballotsIssued must be an integer from 0 to present (${spec.present}), got ${spec.ballotsIssued}`,
      spec.ballotsIssued,
    );
  }
  return ok(spec);
}

function voided(spec: ElectionSpec, ballots: readonly Ballot[], voidReason: VoidReason): CountResult {
  return {
    status: 'VOID',
    voidReason,
    ballotsReturned: ballots.length,
    validBallots: 0,
    invalidBallots: 0,
    threshold: 0,
    tally: [],
    elected: [],
    tied: [],
    unfilledSeats: spec.seats,
  };
}

/**
 * Counts an election. A malformed spec or an unknown method is an error as data (never a
 * throw). Checks common to every method come first and make the whole vote `VOID`: fewer
 * present than the rule set's quorum share of the entitled (`QUORUM_NOT_MET`), then more
 * ballots returned than issued (`BALLOTS_EXCEED_ISSUED`). Otherwise the method counts.
 */
export function countElection(
  spec: ElectionSpec,
  ballots: readonly Ballot[],
): Result<CountResult, CountErrorCode> {
  const valid = validateElectionSpec(spec);
  if (!valid.ok) return valid;
  let method: CountingMethod;
  if (typeof spec.method === 'object') {
    method = spec.method;
  } else {
    const found = getCountingMethod(spec.method ?? DEFAULT_COUNTING_METHOD);
    if (!found.ok)
      return err(found.error.code, found.error.message, { ...found.error, path: ['spec', 'method'] });
    method = found.value;
  }
  const rules = withRules(acftu2016, spec.rules);
  if (!atLeastFraction(spec.present, spec.entitled, rules.election.quorum)) {
    return ok(voided(spec, ballots, 'QUORUM_NOT_MET'));
  }
  if (ballots.length > spec.ballotsIssued) {
    return ok(voided(spec, ballots, 'BALLOTS_EXCEED_ISSUED'));
  }
  return ok(method.count({ spec, rules }, ballots));
}
