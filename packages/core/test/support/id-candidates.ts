// Counts the ID numbers an attacker cannot tell apart: every valid GB 11643 number consistent with
// what a viewer who does not reveal can read of a member. Used by the masking tests of core and API.
import {
  acftu2016,
  ageOn,
  type Gender,
  idCheckCharacter,
  isRegionCode,
  type RuleSet,
} from '../../src/index.js';

/** What a non-revealing viewer reads of a member (API fields `idNumber`, `birthDate`, `gender`, `memberSince`). */
export interface MemberView {
  /** The masked ID number, `*` for a hidden character. */
  readonly idNumber: string;
  /** The masked birth date `YYYY-MM-DD`, `*` for a hidden character. */
  readonly birthDate: string;
  readonly gender: Gender;
  /** The joining date: the member was at least `minimumJoiningAge` on it. */
  readonly memberSince: string;
}

/** Where the search is bounded. */
export interface CandidateOptions {
  /** No birth date after this `YYYY-MM-DD`. */
  readonly today: string;
  /** Stop counting here (the tests only need to know a bound is reached). */
  readonly cap: number;
  /** Address codes the attacker considers; default every code core accepts (a province code + any 4 digits). */
  readonly regions?: readonly string[];
  readonly rules?: RuleSet;
}

/** True when `value` shows `pattern`'s characters wherever the pattern has no star. */
function fits(pattern: string, value: string): boolean {
  if (pattern.length !== value.length) return false;
  for (let i = 0; i < value.length; i++) if (pattern[i] !== '*' && pattern[i] !== value[i]) return false;
  return true;
}

/** Every string of digits that fits `pattern` (a star stands for any digit). */
function digitsFitting(pattern: string): string[] {
  let out = [''];
  for (const c of pattern)
    out = out.flatMap((prefix) => (c === '*' ? [...'0123456789'] : [c]).map((d) => prefix + d));
  return out;
}

/** Every real date `YYYY-MM-DD` from `from` to `to` inclusive. */
function dates(from: string, to: string): string[] {
  const out: string[] = [];
  for (let t = Date.parse(`${from}T00:00:00Z`); t <= Date.parse(`${to}T00:00:00Z`); t += 86_400_000)
    out.push(new Date(t).toISOString().slice(0, 10));
  return out;
}

/**
 * Counts (up to `cap`) the valid 18-character numbers consistent with `view`: an address code core
 * accepts, a real birth date in the rule set's years, not after today, fitting both masks and old
 * enough on the joining date, a sequence of the member's gender, and the check character.
 */
export function countCandidates(view: MemberView, options: CandidateOptions): number {
  const rules = options.rules ?? acftu2016;
  const mask = view.idNumber;
  if (mask.length !== 18) throw new Error(`an 18-character mask expected, got '${mask}'`);
  const regions = (options.regions ?? digitsFitting(mask.slice(0, 6))).filter(
    (r) => isRegionCode(r) && fits(mask.slice(0, 6), r),
  );
  const births = dates(`${rules.identity.earliestBirthYear}-01-01`, options.today)
    .filter((d) => fits(view.birthDate, d) && fits(mask.slice(6, 14), d.replaceAll('-', '')))
    .filter((d) => ageOn(d, view.memberSince) >= rules.identity.minimumJoiningAge)
    .map((d) => d.replaceAll('-', ''));
  const parity = view.gender === 'MALE' ? 1 : 0;
  const sequences = digitsFitting(mask.slice(14, 17)).filter((s) => Number(s) % 2 === parity);
  let count = 0;
  for (const region of regions)
    for (const birth of births)
      for (const sequence of sequences) {
        const first17 = region + birth + sequence;
        if (fits(mask.slice(17), idCheckCharacter(first17)) && ++count >= options.cap) return count;
      }
  return count;
}
