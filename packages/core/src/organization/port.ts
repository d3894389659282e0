// The organization module's edge to a store: what its commands read, and the changes they decide.

import type { FederationMembership, Organization } from './organization.js';

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
  /** Number of children of an organization, dissolved ones included. */
  countChildren(id: string): Promise<number>;
  /** Number of member unions of a federation. */
  countMemberUnions(federationId: string): Promise<number>;
  /** The membership of `memberId` in `federationId`, or null. */
  findFederationMembership(federationId: string, memberId: string): Promise<FederationMembership | null>;
}

/** A change to organizations or federation memberships that a command decided on. */
export type OrganizationStoreChange =
  | { readonly type: 'organization.created'; readonly organization: Organization }
  | { readonly type: 'organization.updated'; readonly before: Organization; readonly after: Organization }
  | { readonly type: 'organization.moved'; readonly before: Organization; readonly after: Organization }
  | { readonly type: 'federation.joined'; readonly membership: FederationMembership }
  | { readonly type: 'federation.left'; readonly membership: FederationMembership };
