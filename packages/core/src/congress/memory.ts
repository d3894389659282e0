import type { MemberMemory } from '../member/memory.js';
import type { OrganizationMemory } from '../organization/memory.js';
import type { ChangeHandlers } from '../ports/store.js';
import type {
  Committee,
  Congress,
  CongressSession,
  Delegate,
  DelegateEvent,
  ElectoralUnit,
  Position,
  SeatApportionment,
  Term,
} from './congress.js';
import type { CongressReader, CongressStoreChange } from './port.js';

/** Membership events after which a membership is live and active. */
const ACTIVE_AFTER = ['JOINED', 'TRANSFERRED', 'REACTIVATED', 'HELD_BY_HIGHER_UNION'];

/** The congress module's part of the in-memory store: congresses, terms, delegates, committees and positions. */
export class CongressMemory {
  private readonly congresses = new Map<string, Congress>();
  private readonly terms = new Map<string, Term>();
  private readonly sessionList: CongressSession[] = [];
  private readonly units = new Map<string, ElectoralUnit>();
  private readonly apportionments: SeatApportionment[] = [];
  private readonly delegates = new Map<string, Delegate>();
  private readonly delegateEvents: DelegateEvent[] = [];
  private readonly committees = new Map<string, Committee>();
  private readonly positions = new Map<string, Position>();

  /** Binds the module to the organizations and members it counts. */
  constructor(
    private readonly organizations: OrganizationMemory,
    private readonly members: MemberMemory,
  ) {}

  /** The module's reader over the Maps. */
  readonly reader: CongressReader = {
    findCongress: async (id) => this.congresses.get(id) ?? null,
    findCongressOf: async (organizationId) =>
      [...this.congresses.values()].find((c) => c.organizationId === organizationId) ?? null,
    findTerm: async (id) => this.terms.get(id) ?? null,
    currentTerm: async (congressId) =>
      [...this.terms.values()].find((t) => t.congressId === congressId && t.current) ?? null,
    countSessions: async (termId) => this.sessionList.filter((s) => s.termId === termId).length,
    findUnit: async (id) => this.units.get(id) ?? null,
    unitsOf: async (congressId) => [...this.units.values()].filter((u) => u.congressId === congressId),
    findApportionment: async (termId, delegationTo) =>
      this.apportionments.find((a) => a.termId === termId && a.delegationTo === delegationTo) ?? null,
    delegatesOf: async (termId) => [...this.delegates.values()].filter((d) => d.termId === termId),
    findDelegate: async (id) => this.delegates.get(id) ?? null,
    findCommittee: async (id) => this.committees.get(id) ?? null,
    committeeOf: async (organizationId, kind) =>
      [...this.committees.values()].find((c) => c.organizationId === organizationId && c.kind === kind) ??
      null,
    positionsOf: async (committeeId) =>
      [...this.positions.values()].filter((p) => p.committeeId === committeeId),
    findPosition: async (id) => this.positions.get(id) ?? null,
    memberUnionIds: async (federationId) =>
      this.organizations.memberUnions(federationId).map((m) => m.memberId),
    countMembers: async (organizationIds, date) => {
      let total = 0;
      let women = 0;
      for (const member of this.members.members()) {
        const last = this.members
          .membershipHistory(member.id)
          .filter((e) => e.date <= date)
          .at(-1);
        if (!last || !ACTIVE_AFTER.includes(last.type) || last.toOrganizationId === null) continue;
        const holder = last.toOrganizationId;
        const path = [holder, ...this.organizations.ancestors(holder).map((o) => o.id)];
        if (!path.some((id) => organizationIds.includes(id))) continue;
        total++;
        if (member.gender === 'FEMALE') women++;
      }
      return { total, women };
    },
  };

  /** What each of the module's changes does to the Maps. */
  readonly handlers: ChangeHandlers<CongressStoreChange, undefined, void> = {
    'congress.created': (_, change) => void this.congresses.set(change.congress.id, change.congress),
    'congress.termOpened': (_, change) => {
      if (change.closed) this.terms.set(change.closed.id, change.closed);
      this.terms.set(change.term.id, change.term);
    },
    'congress.termDelayed': (_, change) => void this.terms.set(change.after.id, change.after),
    'congress.sessionRecorded': (_, change) => void this.sessionList.push(change.session),
    'congress.unitCreated': (_, change) => void this.units.set(change.unit.id, change.unit),
    'congress.seatsApportioned': (_, change) => void this.apportionments.push(change.apportionment),
    'congress.delegateAdded': (_, change) => {
      this.delegates.set(change.delegate.id, change.delegate);
      this.delegateEvents.push(change.event);
    },
    'congress.delegateStatusChanged': (_, change) => {
      this.delegates.set(change.after.id, change.after);
      this.delegateEvents.push(change.event);
    },
    'committee.created': (_, change) => void this.committees.set(change.committee.id, change.committee),
    'committee.seatsReduced': (_, change) => void this.committees.set(change.after.id, change.after),
    'committee.positionAppointed': (_, change) =>
      void this.positions.set(change.position.id, change.position),
    'committee.positionEnded': (_, change) => void this.positions.set(change.after.id, change.after),
    'committee.officerRemoved': (_, change) => void this.positions.set(change.after.id, change.after),
    'committee.positionRoleChanged': (_, change) => void this.positions.set(change.after.id, change.after),
    'committee.positionRescinded': (_, change) => void this.positions.delete(change.before.id),
  };

  /** Every stored apportionment, oldest first. */
  storedApportionments(): SeatApportionment[] {
    return [...this.apportionments];
  }

  /** The sessions of a term, oldest first. */
  sessions(termId: string): CongressSession[] {
    return this.sessionList.filter((s) => s.termId === termId);
  }

  /** A delegate's history, oldest first. */
  delegateHistory(delegateId: string): DelegateEvent[] {
    return this.delegateEvents.filter((e) => e.delegateId === delegateId);
  }
}
