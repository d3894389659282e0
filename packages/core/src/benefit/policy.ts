// Pluggable policies of benefit programs: who is eligible at a cutoff date, and how much each gets.
import type { Money } from '../kernel/money.js';
import type { Member } from '../member/member.js';
import type { MembershipStatus } from '../member/membership.js';

/** What the policies look at for one member (read by the store for a subtree). */
export interface BeneficiaryFacts {
  readonly memberId: string;
  /** The union holding the membership. */
  readonly organizationId: string;
  readonly status: MembershipStatus;
  /** Date `YYYY-MM-DD` the member joined, and the date their current status began. */
  readonly memberSince: string;
  readonly since: string;
  /** Real-name verified (实名认证): ID number checked and a contact phone on record. */
  readonly realName: boolean;
}

/**
 * Whether a registered member is real-name verified (实名认证): the ID number was verified at
 * registration, and a contact phone on record completes the verification.
 */
export function isRealNameVerified(member: Member): boolean {
  return member.phone !== null;
}

/** A member as the policies see them. */
export function beneficiaryFacts(member: Member): BeneficiaryFacts {
  return {
    memberId: member.id,
    organizationId: member.membership.organizationId,
    status: member.membership.status,
    memberSince: member.membership.memberSince,
    since: member.membership.since,
    realName: isRealNameVerified(member),
  };
}

/** An eligibility policy: whether a member qualifies at a cutoff date `YYYY-MM-DD`. */
export interface EligibilityPolicy {
  /** What it means, for people. */
  readonly description: string;
  /** True when the member qualifies at `cutoff`. */
  eligible(member: BeneficiaryFacts, cutoff: string): boolean;
}

/** A member at the cutoff: joined by then, and not ended by then (an ended membership counts if it ended after). */
function memberAt(member: BeneficiaryFacts, cutoff: string): boolean {
  return member.memberSince <= cutoff && (member.status !== 'ENDED' || member.since > cutoff);
}

/** The eligibility policies a program can name. */
export const ELIGIBILITY_POLICIES = {
  LIVE_MEMBERS: {
    description: 'every member at the cutoff date, retained (retired or unemployed) members included',
    eligible: memberAt,
  },
  WORKING_MEMBERS: {
    description: 'members in work at the cutoff date (an active, not retained, membership)',
    eligible: (m, cutoff) => m.status === 'ACTIVE' && memberAt(m, cutoff),
  },
  REAL_NAME_MEMBERS: {
    description: 'real-name verified members (ID number and phone on record) at the cutoff date',
    eligible: (m, cutoff) => m.realName && memberAt(m, cutoff),
  },
} as const satisfies Record<string, EligibilityPolicy>;

/** The name of an eligibility policy. */
export type EligibilityName = keyof typeof ELIGIBILITY_POLICIES;

/** An amount policy with its amounts: per member with a real-name bonus (mutual aid), or a fixed amount. */
export type AmountSpec =
  | { readonly kind: 'PER_MEMBER'; readonly base: Money; readonly realNameBonus: Money }
  | { readonly kind: 'FIXED'; readonly amount: Money };

/** What one eligible member gets under an amount policy, e.g. 11 yuan + 5 yuan for a real-name member. */
export function amountFor(spec: AmountSpec, member: BeneficiaryFacts): Money {
  if (spec.kind === 'FIXED') return spec.amount;
  return { fen: spec.base.fen + (member.realName ? spec.realNameBonus.fen : 0) };
}
