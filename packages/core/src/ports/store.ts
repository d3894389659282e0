import type { IdNumberClaim, Member, MembershipRecord } from '../member/member.js';
import type { FederationMembership, Organization } from '../organization/organization.js';

/** Reads organizations inside a unit of work (a transaction in a database store). */
export interface OrganizationReader {
  /** The organization with this id, or null. */
  findById(id: string): Promise<Organization | null>;
  /** The organization registered under this credit code, or null. */
  findByCreditCode(creditCode: string): Promise<Organization | null>;
  /** Ids of every ancestor of an organization, its parent first and the root last. */
  ancestorIds(id: string): Promise<string[]>;
  /** Number of active children of an organization. */
  countActiveChildren(id: string): Promise<number>;
  /** Number of member unions of a federation. */
  countMemberUnions(federationId: string): Promise<number>;
  /** The membership of `memberId` in `federationId`, or null. */
  findFederationMembership(federationId: string, memberId: string): Promise<FederationMembership | null>;
}

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

/** A change a command decided on; a store applies a command's changes together or not at all. */
export type Change =
  | { readonly type: 'organization.created'; readonly organization: Organization }
  | { readonly type: 'organization.updated'; readonly before: Organization; readonly after: Organization }
  | { readonly type: 'organization.moved'; readonly before: Organization; readonly after: Organization }
  | { readonly type: 'federation.joined'; readonly membership: FederationMembership }
  | { readonly type: 'federation.left'; readonly membership: FederationMembership }
  | { readonly type: 'member.registered'; readonly member: Member; readonly event: MembershipRecord }
  | { readonly type: 'member.updated'; readonly before: Member; readonly after: Member }
  /** Not a change of data: a refused registration recorded for the audit log (see `IdNumberClaim`). */
  | { readonly type: 'member.idNumberClaimed'; readonly claim: IdNumberClaim };

/** What a command sees while it runs: readers and the place its changes go. */
export interface UnitOfWork {
  readonly organizations: OrganizationReader;
  readonly members: MemberReader;
  /** Writes the changes; called once, after the command succeeded, inside the same transaction. */
  apply(changes: readonly Change[]): Promise<void>;
}

/** A store runs units of work one at a time with respect to each other (serialisable writes). */
export interface Store {
  /** Runs `work` in a transaction: everything it applies is kept, or nothing if it throws. */
  transaction<T>(work: (uow: UnitOfWork) => Promise<T>): Promise<T>;
}

/** The current time, as a port so tests and imports can fix it. */
export interface Clock {
  /** The current instant. */
  now(): Date;
}

/** Makes new entity ids. */
export interface IdGenerator {
  /** A new, unique id. */
  next(): string;
}

/** The system clock. */
export const systemClock: Clock = { now: () => new Date() };

// The Web Crypto global of Node 20+ and browsers; core declares only what it uses (no DOM or Node types).
declare const crypto: { randomUUID(): string };

/** Random UUID ids (the platform's `crypto.randomUUID`). */
export const uuidIds: IdGenerator = { next: () => crypto.randomUUID() };
