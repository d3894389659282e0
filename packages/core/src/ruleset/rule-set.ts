import { type Fraction, fraction } from '../kernel/fraction.js';

/** A band of a size table: applies to member counts from `from` up to `to` inclusive (`to: null` = no upper end). */
export interface SizeBand {
  readonly from: number;
  readonly to: number | null;
  readonly min: number;
  readonly max: number;
}

/** Which count the election threshold is a share of. */
export type ThresholdBase = 'ENTITLED' | 'PRESENT' | 'VALID_BALLOTS';

/**
 * Every number the core's rules use, by name. `acftu2016` is the default; a union with other
 * local rules passes its own set or overrides single parameters with `withRules`.
 */
export interface RuleSet {
  /** Name of the rule set, e.g. `acftu2016`. */
  readonly name: string;
  readonly identity: {
    /** Minimum age in whole years on the joining date (16). */
    readonly minimumJoiningAge: number;
    /** Earliest birth year an ID number may give (1900; a 15-digit number always gives 19xx). */
    readonly earliestBirthYear: number;
    /**
     * How many times in any hour one viewer may be told "this ID number is already registered"
     * (10): each answer confirms that a number is registered, so more are refused before any lookup.
     */
    readonly idNumberTakenAnswersPerHour: number;
  };
  readonly membership: {
    /** Consecutive months without dues and activity, after being spoken to, before a membership lapses (6). */
    readonly duesGraceMonths: number;
    /** Monthly dues as a share of the monthly wage (0.5% = 1/200). */
    readonly duesRate: Fraction;
  };
  readonly organization: {
    /** A grassroots union with at least this many members must have a committee (25). */
    readonly committeeRequiredFrom: number;
    /** Committee size by member count; below the first band one organizer or chair. */
    readonly committeeSizes: readonly SizeBand[];
    /** At least this many women members: a women workers' committee (10); fewer: one officer. */
    readonly womenCommitteeFrom: number;
    /** Terms of office in years allowed for grassroots unions (3 or 5). */
    readonly grassrootsTermYears: readonly number[];
    /** Term of office in years of local federations and industry unions (5). */
    readonly federationTermYears: number;
    /** Longest delay of an election, with the higher union's approval, in months (6). */
    readonly maxElectionDelayMonths: number;
  };
  readonly congress: {
    /** Below this many members only a members' assembly, never a delegates' congress (100). */
    readonly delegatesCongressFrom: number;
    /** Delegate numbers by member count (2019 rules). */
    readonly delegateBands: readonly SizeBand[];
    /** Largest share of delegates who are middle managers or above (20%). */
    readonly managerMaxShare: Fraction;
    /** Share of delegates that front-line workers must strictly exceed ("mostly front-line": 1/2). */
    readonly frontLineThreshold: Fraction;
    /** Women's share of delegates may fall below their share of members by at most this much. */
    readonly womenShareTolerance: Fraction;
    /** Share of delegates needed to convene a congress (2/3). */
    readonly convenQuorum: Fraction;
    /** The congress meets at least once in this many months (12: once a year). */
    readonly sessionIntervalMonths: number;
  };
  readonly election: {
    /** Share of the entitled (应到会) who must be present (2/3, "at least"). */
    readonly quorum: Fraction;
    /** What the election threshold is a share of (the entitled). */
    readonly thresholdBase: ThresholdBase;
    /** Share of the base a candidate must strictly exceed to be elected (1/2). */
    readonly threshold: Fraction;
    /** Committee candidates exceed seats by at least this share, rounded up (5%). */
    readonly committeeMargin: Fraction;
    /** Standing committee candidates exceed seats by at least this share, rounded up (10%). */
    readonly standingCommitteeMargin: Fraction;
    /** Share of all members or delegates needed to remove a chair or vice-chair, strictly exceeded (1/2). */
    readonly removalThreshold: Fraction;
  };
}

/** The default rule set: 2016 ACFTU grassroots election rules, 2019 delegate-congress rules, Trade Union Law 2021. */
export const acftu2016: RuleSet = {
  name: 'acftu2016',
  identity: { minimumJoiningAge: 16, earliestBirthYear: 1900, idNumberTakenAnswersPerHour: 10 },
  membership: { duesGraceMonths: 6, duesRate: fraction(1, 200) },
  organization: {
    committeeRequiredFrom: 25,
    committeeSizes: [
      { from: 25, to: 200, min: 3, max: 7 },
      { from: 201, to: 1000, min: 7, max: 15 },
      { from: 1001, to: 5000, min: 15, max: 21 },
      { from: 5001, to: 10000, min: 21, max: 29 },
      { from: 10001, to: 50000, min: 29, max: 37 },
      { from: 50001, to: null, min: 37, max: 45 },
    ],
    womenCommitteeFrom: 10,
    grassrootsTermYears: [3, 5],
    federationTermYears: 5,
    maxElectionDelayMonths: 6,
  },
  congress: {
    delegatesCongressFrom: 100,
    delegateBands: [
      { from: 100, to: 200, min: 30, max: 40 },
      { from: 201, to: 1000, min: 40, max: 60 },
      { from: 1001, to: 5000, min: 60, max: 90 },
      { from: 5001, to: 10000, min: 90, max: 130 },
      { from: 10001, to: 50000, min: 130, max: 180 },
      { from: 50001, to: null, min: 180, max: 240 },
    ],
    managerMaxShare: fraction(1, 5),
    frontLineThreshold: fraction(1, 2),
    womenShareTolerance: fraction(1, 20),
    convenQuorum: fraction(2, 3),
    sessionIntervalMonths: 12,
  },
  election: {
    quorum: fraction(2, 3),
    thresholdBase: 'ENTITLED',
    threshold: fraction(1, 2),
    committeeMargin: fraction(1, 20),
    standingCommitteeMargin: fraction(1, 10),
    removalThreshold: fraction(1, 2),
  },
};

/** Overrides for a rule set: any section, any single parameter. */
export type RuleOverrides = {
  readonly [K in keyof RuleSet]?: RuleSet[K] extends object ? Partial<RuleSet[K]> : RuleSet[K];
};

/** Returns `base` with the given sections or single parameters replaced. */
export function withRules(base: RuleSet, overrides: RuleOverrides = {}): RuleSet {
  return {
    name: overrides.name ?? base.name,
    identity: { ...base.identity, ...overrides.identity },
    membership: { ...base.membership, ...overrides.membership },
    organization: { ...base.organization, ...overrides.organization },
    congress: { ...base.congress, ...overrides.congress },
    election: { ...base.election, ...overrides.election },
  };
}

/** Finds the band of a size table that holds `count`, or `undefined` when none does. */
export function bandFor(bands: readonly SizeBand[], count: number): SizeBand | undefined {
  return bands.find((b) => count >= b.from && (b.to === null || count <= b.to));
}
