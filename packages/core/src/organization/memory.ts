import type { ChangeHandlers } from '../ports/store.js';
import type { FederationMembership, Organization } from './organization.js';
import type { OrganizationReader, OrganizationStoreChange } from './port.js';

/** The organization module's part of the in-memory store: organizations and federation memberships in Maps. */
export class OrganizationMemory {
  private readonly orgs = new Map<string, Organization>();
  private readonly memberships = new Map<string, FederationMembership>();

  /** The module's reader over the Maps. */
  readonly reader: OrganizationReader = {
    findById: async (id) => this.orgs.get(id) ?? null,
    findByCreditCode: async (code) => [...this.orgs.values()].find((o) => o.creditCode === code) ?? null,
    ancestorIds: async (id) => this.ancestors(id).map((o) => o.id),
    countActiveChildren: async (id) => this.children(id).filter((o) => o.status === 'ACTIVE').length,
    countChildren: async (id) => this.children(id).length,
    countMemberUnions: async (federationId) => this.memberUnions(federationId).length,
    findFederationMembership: async (federationId, memberId) =>
      [...this.memberships.values()].find(
        (m) => m.federationId === federationId && m.memberId === memberId,
      ) ?? null,
  };

  /** What each of the module's changes does to the Maps. */
  readonly handlers: ChangeHandlers<OrganizationStoreChange, undefined, void> = {
    'organization.created': (_, change) => void this.orgs.set(change.organization.id, change.organization),
    'organization.updated': (_, change) => void this.orgs.set(change.after.id, change.after),
    'organization.moved': (_, change) => void this.orgs.set(change.after.id, change.after),
    'federation.joined': (_, change) => void this.memberships.set(change.membership.id, change.membership),
    'federation.left': (_, change) => void this.memberships.delete(change.membership.id),
  };

  /** The organization with this id, or undefined. */
  organization(id: string): Organization | undefined {
    return this.orgs.get(id);
  }

  /** Every organization, in insertion order. */
  organizations(): Organization[] {
    return [...this.orgs.values()];
  }

  /** Direct children of an organization. */
  children(id: string): Organization[] {
    return this.organizations().filter((o) => o.parentId === id);
  }

  /** Ancestors of an organization, its parent first and the root last. */
  ancestors(id: string): Organization[] {
    const result: Organization[] = [];
    let current = this.orgs.get(id)?.parentId ?? null;
    while (current !== null) {
      const org = this.orgs.get(current);
      if (!org) break;
      result.push(org);
      current = org.parentId;
    }
    return result;
  }

  /** An organization and all its descendants, depth first. */
  subtree(id: string): Organization[] {
    const root = this.orgs.get(id);
    if (!root) return [];
    const result = [root];
    for (let i = 0; i < result.length; i++) result.push(...this.children((result[i] as Organization).id));
    return result;
  }

  /** Member unions of a federation, with their memberships. */
  memberUnions(federationId: string): FederationMembership[] {
    return [...this.memberships.values()].filter((m) => m.federationId === federationId);
  }
}
