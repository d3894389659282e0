import type { IdNumberClaim, Member, MembershipRecord } from '../../member/member.js';
import type { FederationMembership, Organization } from '../../organization/organization.js';
import type { Change, MemberReader, OrganizationReader, Store, UnitOfWork } from '../store.js';

/**
 * An in-memory store: the whole model in Maps, for programs and tests that need no database.
 * Units of work run one after another, like the serialised writes of the database store.
 */
export class MemoryStore implements Store {
  private readonly orgs = new Map<string, Organization>();
  private readonly memberships = new Map<string, FederationMembership>();
  private readonly people = new Map<string, Member>();
  private readonly history: MembershipRecord[] = [];
  private readonly claims: IdNumberClaim[] = [];
  private queue: Promise<unknown> = Promise.resolve();

  private readonly reader: OrganizationReader = {
    findById: async (id) => this.orgs.get(id) ?? null,
    findByCreditCode: async (code) => [...this.orgs.values()].find((o) => o.creditCode === code) ?? null,
    ancestorIds: async (id) => this.ancestors(id).map((o) => o.id),
    countActiveChildren: async (id) => this.children(id).filter((o) => o.status === 'ACTIVE').length,
    countMemberUnions: async (federationId) => this.memberUnions(federationId).length,
    findFederationMembership: async (federationId, memberId) =>
      [...this.memberships.values()].find(
        (m) => m.federationId === federationId && m.memberId === memberId,
      ) ?? null,
  };

  private readonly memberReader: MemberReader = {
    findById: async (id) => this.people.get(id) ?? null,
    findByIdNumber: async (idNumber) =>
      [...this.people.values()].find((m) => m.idNumber === idNumber) ?? null,
    // One process, no viewers: every recorded claim counts.
    countIdNumberClaims: async (since) => this.claims.filter((c) => c.at >= since).length,
  };

  /** Runs `work` after every earlier unit of work; its changes are applied as one step. */
  transaction<T>(work: (uow: UnitOfWork) => Promise<T>): Promise<T> {
    const uow: UnitOfWork = {
      organizations: this.reader,
      members: this.memberReader,
      apply: async (changes) => this.applyAll(changes),
    };
    const run = this.queue.then(() => work(uow));
    this.queue = run.catch(() => undefined);
    return run;
  }

  private applyAll(changes: readonly Change[]): void {
    for (const change of changes) {
      switch (change.type) {
        case 'organization.created':
          this.orgs.set(change.organization.id, change.organization);
          break;
        case 'organization.updated':
        case 'organization.moved':
          this.orgs.set(change.after.id, change.after);
          break;
        case 'federation.joined':
          this.memberships.set(change.membership.id, change.membership);
          break;
        case 'federation.left':
          this.memberships.delete(change.membership.id);
          break;
        case 'member.registered':
          this.people.set(change.member.id, change.member);
          this.history.push(change.event);
          break;
        case 'member.updated':
          this.people.set(change.after.id, change.after);
          break;
        case 'member.idNumberClaimed':
          this.claims.push(change.claim);
          break;
      }
    }
  }

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

  /** The member with this id, or undefined. */
  member(id: string): Member | undefined {
    return this.people.get(id);
  }

  /** Every member, in registration order. */
  members(): Member[] {
    return [...this.people.values()];
  }

  /** The membership history of a member, oldest first. */
  membershipHistory(memberId: string): MembershipRecord[] {
    return this.history.filter((e) => e.memberId === memberId);
  }

  /** The registrations refused as "ID number already registered", oldest first. */
  idNumberClaims(): IdNumberClaim[] {
    return [...this.claims];
  }

  /** Member unions of a federation, with their memberships. */
  memberUnions(federationId: string): FederationMembership[] {
    return [...this.memberships.values()].filter((m) => m.federationId === federationId);
  }
}
