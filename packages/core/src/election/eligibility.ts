import type { DomainError } from '../kernel/result.js';
import type { MembershipStatus } from '../member/membership.js';

/** A position at the employer that bars standing for its union committee. */
export type EmployerRole = 'MAIN_ADMIN_HEAD' | 'LEGAL_REPRESENTATIVE' | 'PARTNER' | 'HR_HEAD';

/** Reasons a candidate may not stand. */
export type IneligibilityCode =
  | 'CANDIDATE_NOT_MEMBER'
  | 'CANDIDATE_RETAINED'
  | 'CANDIDATE_FOREIGN_STAFF'
  | 'CANDIDATE_EMPLOYER_HEAD'
  | 'CANDIDATE_EMPLOYER_RELATIVE'
  | 'CANDIDATE_HR_HEAD';

/** What eligibility depends on, about one candidate. */
export interface CandidateAttributes {
  /** The candidate's membership status (`state.status` of the membership). */
  readonly membershipStatus: MembershipStatus;
  /** Foreign staff (外籍职工). */
  readonly foreignStaff: boolean;
  /** The candidate's own position at the employer, if any of the barred ones. */
  readonly employerRole: EmployerRole | null;
  /** The candidate is a close relative (近亲属) of someone in this position. */
  readonly closeRelativeOf?: EmployerRole | null;
}

/** Roles whose close relatives are barred too (the HR head's relatives are not). */
const HEAD_ROLES: readonly EmployerRole[] = ['MAIN_ADMIN_HEAD', 'LEGAL_REPRESENTATIVE', 'PARTNER'];

/**
 * Reasons a person may not stand for the union committee or funds audit committee of their own
 * union: not an active member, retained membership, foreign staff, the employer's main administrative
 * head, legal representative or partner, their close relative, or the head of human resources.
 * Empty list: eligible.
 */
export function checkCandidateEligibility(
  attrs: CandidateAttributes,
): readonly DomainError<IneligibilityCode>[] {
  const reasons: DomainError<IneligibilityCode>[] = [];
  if (attrs.membershipStatus === 'RETAINED') {
    reasons.push({
      code: 'CANDIDATE_RETAINED',
      message: 'a member whose membership is retained cannot stand',
      details: { membershipStatus: attrs.membershipStatus },
    });
  } else if (attrs.membershipStatus !== 'ACTIVE') {
    reasons.push({
      code: 'CANDIDATE_NOT_MEMBER',
      message: 'only an active member can stand',
      details: { membershipStatus: attrs.membershipStatus },
    });
  }
  if (attrs.foreignStaff) {
    reasons.push({ code: 'CANDIDATE_FOREIGN_STAFF', message: 'foreign staff cannot stand', details: {} });
  }
  const role = attrs.employerRole;
  if (role !== null && HEAD_ROLES.includes(role)) {
    reasons.push({
      code: 'CANDIDATE_EMPLOYER_HEAD',
      message: `the employer's ${roleName(role)} cannot stand`,
      details: { role },
    });
  }
  if (role === 'HR_HEAD') {
    reasons.push({
      code: 'CANDIDATE_HR_HEAD',
      message: 'the head of human resources cannot stand',
      details: { role },
    });
  }
  const relative = attrs.closeRelativeOf ?? null;
  if (relative !== null && HEAD_ROLES.includes(relative)) {
    reasons.push({
      code: 'CANDIDATE_EMPLOYER_RELATIVE',
      message: `a close relative of the employer's ${roleName(relative)} cannot stand`,
      details: { relativeOf: relative },
    });
  }
  return reasons;
}

function roleName(role: EmployerRole): string {
  switch (role) {
    case 'MAIN_ADMIN_HEAD':
      return 'main administrative head';
    case 'LEGAL_REPRESENTATIVE':
      return 'legal representative';
    case 'PARTNER':
      return 'partner';
    case 'HR_HEAD':
      return 'head of human resources';
  }
}
