import type { ChangeHandlers } from '../ports/store.js';
import { type MemberEngagement, NO_ENGAGEMENT } from './lifecycle.js';
import type { IdNumberClaim, Member, MembershipRecord } from './member.js';
import type { MemberReader, MemberStoreChange } from './port.js';

/** The member module's part of the in-memory store: members, their membership history and refused registrations. */
export class MemberMemory {
  private readonly people = new Map<string, Member>();
  private readonly history: MembershipRecord[] = [];
  private readonly claims: IdNumberClaim[] = [];
  private readonly engagements = new Map<string, MemberEngagement>();

  /** `subtreeIds(id)`: the ids of an organization and everything below it (the organization module knows). */
  constructor(private readonly subtreeIds: (organizationId: string) => readonly string[]) {}

  /** The module's reader over the Maps. */
  readonly reader: MemberReader = {
    findById: async (id) => this.people.get(id) ?? null,
    findByIdNumber: async (idNumber) =>
      [...this.people.values()].find((m) => m.idNumber === idNumber) ?? null,
    // One process, no viewers: every recorded claim counts.
    countIdNumberClaims: async (since) => this.claims.filter((c) => c.at >= since).length,
    engagementOf: async (memberId) => this.engagements.get(memberId) ?? NO_ENGAGEMENT,
    findLapseCandidates: async (organizationId, silentOnOrBefore, limit) => {
      const inSubtree = new Set(this.subtreeIds(organizationId));
      return this.byId()
        .filter((m) => m.membership.status === 'ACTIVE' && inSubtree.has(m.membership.organizationId))
        .map((member) => ({ member, engagement: this.engagements.get(member.id) ?? NO_ENGAGEMENT }))
        .filter(({ member, engagement: e }) => {
          const silence = [e.lastDuesPaidOn, e.lastActivityOn, member.membership.since];
          return e.spokenToOn !== null && silence.every((d) => d === null || d <= silentOnOrBefore);
        })
        .slice(0, limit);
    },
    findLiveHeldBy: async (organizationId, limit) =>
      this.byId()
        .filter(
          (m) =>
            m.membership.organizationId === organizationId &&
            (m.membership.status === 'ACTIVE' || m.membership.status === 'RETAINED'),
        )
        .slice(0, limit),
  };

  private byId(): Member[] {
    return [...this.people.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  }

  /** What each of the module's changes does to the Maps. */
  readonly handlers: ChangeHandlers<MemberStoreChange, undefined, void> = {
    'member.registered': (_, change) => {
      this.people.set(change.member.id, change.member);
      this.history.push(change.event);
    },
    'member.imported': (_, change) => {
      for (const { member, event } of change.registered) {
        this.people.set(member.id, member);
        this.history.push(event);
      }
    },
    'member.updated': (_, change) => void this.people.set(change.after.id, change.after),
    'member.membershipChanged': (_, change) => {
      this.people.set(change.after.id, change.after);
      this.history.push(change.event);
    },
    'member.engagementRecorded': (_, change) => void this.engagements.set(change.memberId, change.after),
    'member.idNumberClaimed': (_, change) => void this.claims.push(change.claim),
  };

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
}
