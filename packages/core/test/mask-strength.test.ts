// Masking that masks: what a viewer without a reveal reads of a member (masked ID number, masked birth
// date, gender, joining date) leaves at least 10,000 ID numbers it could be. The candidates are
// enumerated: every valid GB 11643 number consistent with the view.
import { describe, expect, it } from 'vitest';
import { idCheckCharacter, maskBirthDate, maskIdNumber, parseIdNumber } from '../src/index.js';
import { countCandidates, type MemberView } from './support/id-candidates.js';

const TODAY = '2026-11-29';
const BOUND = 10_000;

/** Sample members: ordinary ones and the edges (leap day, X check, earliest year, joined the day they turned 16). */
const SAMPLES: readonly { first17: string; memberSince: string }[] = [
  { first17: '33020319720918031', memberSince: '2005-03-01' },
  { first17: '11010519491231002', memberSince: '1970-01-01' }, // check character X
  { first17: '33011019920229002', memberSince: '2015-06-01' }, // born on a leap day
  { first17: '81000019000101001', memberSince: '1950-05-05' }, // the earliest year acftu2016 allows
  { first17: '33011019991231004', memberSince: '2016-06-30' }, // born on the last day of a year
  { first17: '44030020100101001', memberSince: '2026-01-01' }, // joined on their 16th birthday, Jan 1
];

/** A sample as a non-revealing viewer reads it, with `maskId`/`maskBirth` as the masks. */
function viewOf(
  sample: { first17: string; memberSince: string },
  maskId: (v: string) => string,
  maskBirth: (v: string) => string,
): { id: string; view: MemberView } {
  const parsed = parseIdNumber(sample.first17 + idCheckCharacter(sample.first17), { today: TODAY });
  if (!parsed.ok) throw new Error(parsed.error.message);
  const { value, birthDate, gender } = parsed.value;
  return {
    id: value,
    view: {
      idNumber: maskId(value),
      birthDate: maskBirth(birthDate),
      gender,
      memberSince: sample.memberSince,
    },
  };
}

describe('masked personal data', () => {
  it.each(SAMPLES)('leaves at least 10,000 candidate ID numbers for $first17', (sample) => {
    const { id, view } = viewOf(sample, maskIdNumber, maskBirthDate);
    expect(countCandidates(view, { today: TODAY, cap: BOUND })).toBe(BOUND);
    // The real number is among them (the enumeration is of the right set).
    expect(countCandidates({ ...view, idNumber: id }, { today: TODAY, cap: BOUND })).toBe(1);
  });

  it.each(SAMPLES.slice(0, 5))(
    'leaves at least 10,000 even to someone who knows the exact address code of $first17',
    (sample) => {
      const { id, view } = viewOf(sample, maskIdNumber, maskBirthDate);
      expect(countCandidates(view, { today: TODAY, cap: BOUND, regions: [id.slice(0, 6)] })).toBe(BOUND);
    },
  );

  it('the old masks (first 6 and last 4 of the number, the birth year) left a few dozen: the test can fail', () => {
    const oldId = (v: string) => `${v.slice(0, 6)}********${v.slice(-4)}`;
    const oldBirth = (v: string) => `${v.slice(0, 4)}-**-**`;
    for (const sample of SAMPLES) {
      const { view } = viewOf(sample, oldId, oldBirth);
      const count = countCandidates(view, { today: TODAY, cap: BOUND });
      expect(count, sample.first17).toBeGreaterThanOrEqual(1);
      expect(count, sample.first17).toBeLessThan(50);
    }
  });
});
