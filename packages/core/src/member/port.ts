// The member module's edge to a store: what its commands read, and the changes they decide.

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
}

/** A change to the member registry that a command decided on. */
export type MemberStoreChange =
  | { readonly type: 'member.registered'; readonly member: Member; readonly event: MembershipRecord }
  | { readonly type: 'member.updated'; readonly before: Member; readonly after: Member }
  /** Not a change of data: a refused registration recorded for the audit log (see `IdNumberClaim`). */
  | { readonly type: 'member.idNumberClaimed'; readonly claim: IdNumberClaim };
