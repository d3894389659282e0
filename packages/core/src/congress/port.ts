// The congress module's edge to a store: what its commands read, and the changes they decide.

import type { RemovalTally } from './committee.js';
import type {
  Committee,
  CommitteeKind,
  Congress,
  CongressSession,
  Delegate,
  DelegateEvent,
  ElectoralUnit,
  MemberCount,
  Position,
  SeatApportionment,
  Term,
} from './congress.js';

/** Reads congresses, committees and the member counts they need, inside a unit of work. */
export interface CongressReader {
  /** The congress with this id, or null; locked until the unit of work ends (its changes queue). */
  findCongress(id: string): Promise<Congress | null>;
  /** The congress of an organization, or null. */
  findCongressOf(organizationId: string): Promise<Congress | null>;
  /** The term with this id, or null. */
  findTerm(id: string): Promise<Term | null>;
  /** The current (latest) term of a congress, or null. */
  currentTerm(congressId: string): Promise<Term | null>;
  /** Number of sessions recorded for a term. */
  countSessions(termId: string): Promise<number>;
  /** The electoral unit with this id, or null. */
  findUnit(id: string): Promise<ElectoralUnit | null>;
  /** The electoral units of a congress, oldest first. */
  unitsOf(congressId: string): Promise<ElectoralUnit[]>;
  /** The apportionment of a term for a delegation (null: the congress's own seats), or null. */
  findApportionment(termId: string, delegationTo: string | null): Promise<SeatApportionment | null>;
  /** Every delegate of a term, whatever their status. */
  delegatesOf(termId: string): Promise<Delegate[]>;
  /** The delegate with this id, or null. */
  findDelegate(id: string): Promise<Delegate | null>;
  /** The committee with this id, or null; locked until the unit of work ends. */
  findCommittee(id: string): Promise<Committee | null>;
  /** The committee of this kind of an organization, or null. */
  committeeOf(organizationId: string, kind: CommitteeKind): Promise<Committee | null>;
  /** Every position of a committee, ended ones included. */
  positionsOf(committeeId: string): Promise<Position[]>;
  /** The position with this id, or null. */
  findPosition(id: string): Promise<Position | null>;
  /** Ids of a federation's member unions. */
  memberUnionIds(federationId: string): Promise<string[]>;
  /**
   * Members whose membership was live (active, retention excluded) on `date` in the subtree of any
   * of `organizationIds`, from the membership history: a later join, transfer or end does not count.
   */
  countMembers(organizationIds: readonly string[], date: string): Promise<MemberCount>;
}

/**
 * A change of a congress or committee a command decided on. `organizationId` names the congress's
 * organization where the entity does not (it scopes the audit entry).
 */
export type CongressStoreChange =
  | { readonly type: 'congress.created'; readonly congress: Congress }
  | { readonly type: 'congress.termOpened'; readonly term: Term; readonly closed: Term | null }
  | { readonly type: 'congress.termDelayed'; readonly before: Term; readonly after: Term }
  | {
      readonly type: 'congress.sessionRecorded';
      readonly session: CongressSession;
      readonly organizationId: string;
    }
  | { readonly type: 'congress.unitCreated'; readonly unit: ElectoralUnit; readonly organizationId: string }
  | {
      readonly type: 'congress.seatsApportioned';
      readonly apportionment: SeatApportionment;
      readonly organizationId: string;
    }
  | {
      readonly type: 'congress.delegateAdded';
      readonly delegate: Delegate;
      readonly event: DelegateEvent;
      readonly organizationId: string;
    }
  | {
      readonly type: 'congress.delegateStatusChanged';
      readonly before: Delegate;
      readonly after: Delegate;
      readonly event: DelegateEvent;
      readonly organizationId: string;
    }
  | { readonly type: 'committee.created'; readonly committee: Committee }
  /** The committee's seats reduced to those elected, instead of a further round (减少名额). */
  | { readonly type: 'committee.seatsReduced'; readonly before: Committee; readonly after: Committee }
  | { readonly type: 'committee.positionAppointed'; readonly position: Position }
  | { readonly type: 'committee.positionEnded'; readonly before: Position; readonly after: Position }
  /** A chair or vice-chair removed by a vote (罢免): the position ended on the day of the vote, and the vote. */
  | {
      readonly type: 'committee.officerRemoved';
      readonly before: Position;
      readonly after: Position;
      readonly vote: RemovalTally;
    }
  /** A position taken up the same day in another role (a committee member elected its chair that day). */
  | { readonly type: 'committee.positionRoleChanged'; readonly before: Position; readonly after: Position }
  /** A position taken up today, replaced the same day by a new seating of its committee: removed (the audit log keeps it). */
  | { readonly type: 'committee.positionRescinded'; readonly before: Position };
