import type { ApportionMethod } from './apportion.js';

/**
 * The form of an organization's congress: a members' assembly (会员大会), a delegates' congress
 * (会员代表大会), or a standing council of delegates (工会代表会议, e.g. 绍兴市工会代表会议).
 */
export const CONGRESS_FORMS = ['MEMBERS_ASSEMBLY', 'DELEGATES_CONGRESS', 'DELEGATES_CONFERENCE'] as const;

/** The form of a congress. */
export type CongressForm = (typeof CONGRESS_FORMS)[number];

/** The congress (or assembly, or council) of one organization. */
export interface Congress {
  readonly id: string;
  /** The organization whose congress it is; one congress per organization. */
  readonly organizationId: string;
  readonly name: string;
  readonly form: CongressForm;
  /** Delegate seats of a delegates' congress or conference; null for a members' assembly. */
  readonly seats: number | null;
  /**
   * Members as reported by a federation whose members are not all in the registry (统计报表); null:
   * the live registry count is used. Grassroots unions always use the registry.
   */
  readonly reportedMembers: number | null;
}

/** A term of office (届) of a congress, numbered from 1. */
export interface Term {
  readonly id: string;
  readonly congressId: string;
  /** The congress's organization (copied, so the term-expiry watch is one indexed query). */
  readonly organizationId: string;
  /** 第N届. */
  readonly number: number;
  /** First day `YYYY-MM-DD`. */
  readonly startsOn: string;
  /** The day `YYYY-MM-DD` the term ends: `startsOn` plus its years; the next term is elected by then. */
  readonly endsOn: string;
  readonly years: number;
  /** The latest term of its congress; an earlier one is closed by opening the next. */
  readonly current: boolean;
  /** An approved delay of the next election (at most 6 months): the new deadline, or null. */
  readonly delayedUntil: string | null;
  /** The higher union's approval of the delay (document number or remark), or null. */
  readonly delayApproval: string | null;
}

/** A session (次) of a term: the meeting, and how many of those entitled were present. */
export interface CongressSession {
  readonly id: string;
  readonly termId: string;
  /** 第N次会议 of the term, from 1. */
  readonly number: number;
  readonly heldOn: string;
  /** Those entitled to attend (应到会): the serving delegates, or the members of an assembly. */
  readonly entitled: number;
  /** Those registered present (实到会). */
  readonly present: number;
}

/**
 * An electoral unit (选举单位) of a congress: sub-organizations of the congress's organization, or
 * member unions of a federation; several small unions may form one unit.
 */
export interface ElectoralUnit {
  readonly id: string;
  readonly congressId: string;
  readonly name: string;
  /** The organizations the unit is made of; their subtrees' members are its members. */
  readonly organizationIds: readonly string[];
  /** Members as reported by a unit of federations (统计报表); null: counted in the registry. */
  readonly reportedMembers: number | null;
}

/** Where an apportioned unit's member count came from. */
export type MemberCountSource = 'REGISTRY' | 'REPORTED';

/** One unit as an apportionment counted it: the inputs and the seats it got. */
export interface ApportionedUnit {
  readonly unitId: string;
  /** Members counted at the cutoff date: the apportionment's weight. */
  readonly members: number;
  readonly source: MemberCountSource;
  /** Fewest proportional seats for the unit (default 0). */
  readonly min: number;
  /** Most proportional seats for the unit, or null for no limit. */
  readonly max: number | null;
  /** Seats reserved for the unit outside the proportional share (e.g. a professional union worker). */
  readonly reserved: number;
  /** What the reserved seats are for, or null. */
  readonly reservedFor: string | null;
  /** Seats from the method, `min` included. */
  readonly apportioned: number;
  /** True when the unit won its last proportional seat only by the tie rule. */
  readonly tie: boolean;
}

/**
 * A stored apportionment of delegate seats: method, inputs and result. Running core's `apportion`
 * on `seats − Σ reserved` and the units' `members`, `min` and `max` by `method` gives `apportioned` again.
 */
export interface SeatApportionment {
  readonly id: string;
  readonly congressId: string;
  readonly termId: string;
  /** The higher congress these seats are sent to (e.g. 浙江省工会第十五次代表大会), or null for the congress's own seats. */
  readonly delegationTo: string | null;
  /** All seats, reserved ones included. */
  readonly seats: number;
  readonly method: ApportionMethod;
  /** The date `YYYY-MM-DD` the member counts were taken on. */
  readonly cutoffDate: string;
  /** Every unit, in input order. */
  readonly units: readonly ApportionedUnit[];
  /** When it was stored, ISO-8601. */
  readonly decidedAt: string;
}

/** Where a delegate stands: serving, replaced (by another delegate) or removed (罢免). */
export const DELEGATE_STATUSES = ['SERVING', 'REPLACED', 'REMOVED'] as const;

/**
 * Most entries a delegate's history has: added (SERVING) and the one end of service
 * (`changeDelegateStatus` ends a SERVING delegate only, to REPLACED or REMOVED, conditional on that status).
 */
export const DELEGATE_HISTORY_MAX = 2;

/** Where a delegate stands. */
export type DelegateStatus = (typeof DELEGATE_STATUSES)[number];

/** What delegate composition is checked on (`checkDelegateComposition`), besides gender. */
export interface DelegateAttributes {
  /** Front-line worker (一线职工). */
  readonly frontLine: boolean;
  /** Middle management (中层正职) and above. */
  readonly manager: boolean;
  /** Professional union worker (职业化工会工作者). */
  readonly unionWorker: boolean;
  /** Model worker (劳动模范). */
  readonly modelWorker: boolean;
}

/** A delegate of a term: a real-name member, serving for the term (常任制). */
export interface Delegate extends DelegateAttributes {
  readonly id: string;
  readonly congressId: string;
  readonly termId: string;
  /** The electoral unit that sent the delegate, or null when the congress has no units. */
  readonly unitId: string | null;
  readonly memberId: string;
  /** The union holding the member's membership when the delegate was added. */
  readonly organizationId: string;
  /** From the member's ID number. */
  readonly gender: 'MALE' | 'FEMALE';
  readonly status: DelegateStatus;
  /** The date `YYYY-MM-DD` the current status began. */
  readonly since: string;
}

/** One entry of a delegate's history. */
export interface DelegateEvent {
  readonly id: string;
  readonly delegateId: string;
  readonly status: DelegateStatus;
  readonly date: string;
  readonly note: string | null;
}

/** Kinds of committee: union committee, standing committee, funds audit, women workers'. */
export const COMMITTEE_KINDS = ['UNION_COMMITTEE', 'STANDING', 'FUNDS_AUDIT', 'WOMEN_WORKERS'] as const;

/** A kind of committee (委员会 / 常务委员会 / 经费审查委员会 / 女职工委员会). */
export type CommitteeKind = (typeof COMMITTEE_KINDS)[number];

/** A committee of an organization with its number of seats; one of each kind per organization. */
export interface Committee {
  readonly id: string;
  readonly organizationId: string;
  readonly kind: CommitteeKind;
  readonly seats: number;
}

/** Roles in a committee: chair (主席 / 主任), vice-chair, member (委员). */
export const POSITION_ROLES = ['CHAIR', 'VICE_CHAIR', 'MEMBER'] as const;

/** A role in a committee. */
export type PositionRole = (typeof POSITION_ROLES)[number];

/** A member holding a role in a committee from `startsOn` to `endsOn` (inclusive; null: still held). */
export interface Position {
  readonly id: string;
  readonly committeeId: string;
  /** The committee's organization (copied for the position history of an organization). */
  readonly organizationId: string;
  readonly memberId: string;
  readonly role: PositionRole;
  readonly startsOn: string;
  readonly endsOn: string | null;
}

/** Members with a live membership in some subtrees on a date, and how many are women. */
export interface MemberCount {
  readonly total: number;
  readonly women: number;
}
