import { describe, expect, it } from 'vitest';
import { type CandidateAttributes, checkCandidateEligibility } from '../src/election/eligibility.js';

const member: CandidateAttributes = { membershipStatus: 'ACTIVE', foreignStaff: false, employerRole: null };
const codes = (a: CandidateAttributes) => checkCandidateEligibility(a).map((r) => r.code);

describe('checkCandidateEligibility', () => {
  it('finds an ordinary active member eligible', () => {
    expect(checkCandidateEligibility(member)).toEqual([]);
    expect(codes({ ...member, closeRelativeOf: null })).toEqual([]);
  });

  it('excludes retained members and non-members', () => {
    expect(codes({ ...member, membershipStatus: 'RETAINED' })).toEqual(['CANDIDATE_RETAINED']);
    expect(codes({ ...member, membershipStatus: 'ENDED' })).toEqual(['CANDIDATE_NOT_MEMBER']);
    expect(codes({ ...member, membershipStatus: 'NONE' })).toEqual(['CANDIDATE_NOT_MEMBER']);
  });

  it('excludes foreign staff', () => {
    expect(codes({ ...member, foreignStaff: true })).toEqual(['CANDIDATE_FOREIGN_STAFF']);
  });

  it('excludes the main administrative head, the legal representative and partners', () => {
    for (const role of ['MAIN_ADMIN_HEAD', 'LEGAL_REPRESENTATIVE', 'PARTNER'] as const) {
      const reasons = checkCandidateEligibility({ ...member, employerRole: role });
      expect(reasons.map((r) => r.code)).toEqual(['CANDIDATE_EMPLOYER_HEAD']);
      expect(reasons[0]?.details).toEqual({ role });
    }
  });

  it('excludes the head of human resources', () => {
    expect(codes({ ...member, employerRole: 'HR_HEAD' })).toEqual(['CANDIDATE_HR_HEAD']);
  });

  it('excludes close relatives of the head, the legal representative and partners, not of the HR head', () => {
    for (const role of ['MAIN_ADMIN_HEAD', 'LEGAL_REPRESENTATIVE', 'PARTNER'] as const) {
      expect(codes({ ...member, closeRelativeOf: role })).toEqual(['CANDIDATE_EMPLOYER_RELATIVE']);
    }
    expect(codes({ ...member, closeRelativeOf: 'HR_HEAD' })).toEqual([]);
  });

  it('lists every reason at once', () => {
    expect(
      codes({
        membershipStatus: 'RETAINED',
        foreignStaff: true,
        employerRole: 'PARTNER',
        closeRelativeOf: 'PARTNER',
      }),
    ).toEqual([
      'CANDIDATE_RETAINED',
      'CANDIDATE_FOREIGN_STAFF',
      'CANDIDATE_EMPLOYER_HEAD',
      'CANDIDATE_EMPLOYER_RELATIVE',
    ]);
  });
});
