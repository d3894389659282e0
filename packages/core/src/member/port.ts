// The member module's edge to a store: what its commands read, and the changes they decide.

import type { EngagedMember, MemberEngagement } from './lifecycle.js';
import type { IdNumberClaim, Member, MembershipRecord } from './member.js';

/** Reads members inside a unit of work. */
export interface MemberReader {
  /** The member with this id, or null. */
  findById(id: string): Promise<Member | null>;
  /** The member registered under this normalised ID number, or null. */
  findByIdNumber(idNumber: string): Promise<Member | null>;
  /**
   * How many registrations of the unit of work's actor (the viewer of a request) were answered
   * "ID number already registered" at or after `since` (an ISO-8601 instant): the recorded
   * `member.idNumberClaimed` changes, so the count holds across processes and restarts. A store
   * that knows no actors counts them all.
   */
  countIdNumberClaims(since: string): Promise<number>;
  /** The dues, activity and talk dates on record for a member (all null when none). */
  engagementOf(memberId: string): Promise<MemberEngagement>;
  /**
   * Active members held in an organization's subtree who were spoken to and whose silence (latest of
   * dues, activity and the active period's start) began on or before `silentOnOrBefore`, locked,
   * at most `limit`, in id order.
   */
  findLapseCandidates(
    organizationId: string,
    silentOnOrBefore: string,
    limit: number,
  ): Promise<EngagedMember[]>;
  /** Active and retained members whose membership this organization itself holds, locked, at most `limit`, in id order. */
  findLiveHeldBy(organizationId: string, limit: number): Promise<Member[]>;
}

/** A change to the member registry that a command decided on. */
export type MemberStoreChange =
  | { readonly type: 'member.registered'; readonly member: Member; readonly event: MembershipRecord }
  | { readonly type: 'member.updated'; readonly before: Member; readonly after: Member }
  /** A lifecycle transition (transfer, retention, reactivation, termination, lapse, higher union): the member row and one history record. */
  | {
      readonly type: 'member.membershipChanged';
      readonly before: Member;
      readonly after: Member;
      readonly event: MembershipRecord;
    }
  /** New dues, activity or talk dates of a member (`organizationId`: the union holding the membership). */
  | {
      readonly type: 'member.engagementRecorded';
      readonly memberId: string;
      readonly organizationId: string;
      readonly before: MemberEngagement;
      readonly after: MemberEngagement;
    }
  /**
   * Registrations of one batch of a bulk import, applied like as many `member.registered` changes
   * and audited as one entry (`importId`: the import job; `organizationId`: the union imported into).
   */
  | {
      readonly type: 'member.imported';
      readonly importId: string;
      readonly organizationId: string;
      readonly registered: readonly { readonly member: Member; readonly event: MembershipRecord }[];
    }
  /** Not a change of data: a refused registration recorded for the audit log (see `IdNumberClaim`). */
  | { readonly type: 'member.idNumberClaimed'; readonly claim: IdNumberClaim };
