// The numbers of collective bargaining (集体协商) and collective contracts (集体合同) in Zhejiang and
// Ningbo, as RULES.md states them. They are this module's own rule set, apart from `acftu2016`:
// they come from provincial and city regulations, so which one applies depends on where the firm is.
import { type Fraction, fraction } from '../kernel/fraction.js';

/**
 * Every number of the collective-bargaining rules, by name. `zhejiang2010` is the default; `ningbo2014`
 * adds Ningbo's upper limit; a union under other local rules overrides single parameters with
 * `withBargainingRules`.
 */
export interface BargainingRules {
  /** Name of the rule set, e.g. `zhejiang2010`. */
  readonly name: string;
  readonly sides: {
    /** Fewest negotiators (协商代表) on each side (3). */
    readonly minPerSide: number;
    /**
     * A firm with at least this many workers (职工) is a larger firm (100). RULES.md does not say
     * where "larger" starts; 100 is the line from which a union holds a delegates' congress
     * (`acftu2016.congress.delegatesCongressFrom`), the body that adopts the contract. Not checked
     * against the text of 浙江省集体合同条例: a union whose regulation draws the line elsewhere overrides it.
     */
    readonly largerFirmFrom: number;
    /** Fewest negotiators on each side at a larger firm (5). */
    readonly largerFirmMinPerSide: number;
    /** Most negotiators on each side, or `null` for no upper limit (Zhejiang: none; Ningbo: 10). */
    readonly maxPerSide: number | null;
    /**
     * Largest share of a side's negotiators who are outside experts (本单位以外的专业人员) that the
     * side has engaged (1/3, "at most": 1 of 3, 3 of 9). The share is of that side's own negotiators,
     * the experts counted among them.
     */
    readonly outsideExpertsMaxShare: Fraction;
  };
  readonly deadlines: {
    /** Working days after a request is received by which the other side replies in writing (10). */
    readonly replyWorkingDays: number;
    /** Calendar days before a bargaining meeting by which its documents reach the other side (7). */
    readonly documentsNoticeDays: number;
    /** Working days after bargaining starts by which it is finished (30). */
    readonly bargainingWorkingDays: number;
  };
  readonly contract: {
    /** Share of all delegates (or all workers) who must be present to vote on a contract (2/3, "at least"). */
    readonly quorum: Fraction;
    /** Share of ALL delegates (not of those present) that the votes for a contract must strictly exceed (1/2). */
    readonly approvalThreshold: Fraction;
    /** Shortest term of a contract in years (1). */
    readonly minTermYears: number;
    /** Longest term of a contract in years (3). */
    readonly maxTermYears: number;
    /** Calendar days after signing by which the contract is filed with the labour administration (10). */
    readonly filingDays: number;
    /** Calendar days after filing within which the labour administration may object (15); then it is in force. */
    readonly objectionDays: number;
    /**
     * A period counted in calendar days whose last day is not a working day ends on the next working
     * day (true: 民法典 第二百零三条, 法定休假日 — weekends and public holidays, not an adjusted
     * working weekend day).
     */
    readonly periodsEndOnWorkingDay: boolean;
  };
}

/** The default collective-bargaining rules: 浙江省集体合同条例 (revised 2010), the numbers RULES.md gives. */
export const zhejiang2010: BargainingRules = {
  name: 'zhejiang2010',
  sides: {
    minPerSide: 3,
    largerFirmFrom: 100,
    largerFirmMinPerSide: 5,
    maxPerSide: null,
    outsideExpertsMaxShare: fraction(1, 3),
  },
  deadlines: { replyWorkingDays: 10, documentsNoticeDays: 7, bargainingWorkingDays: 30 },
  contract: {
    quorum: fraction(2, 3),
    approvalThreshold: fraction(1, 2),
    minTermYears: 1,
    maxTermYears: 3,
    filingDays: 10,
    objectionDays: 15,
    periodsEndOnWorkingDay: true,
  },
};

/**
 * Ningbo (宁波市企业工资集体协商条例, 2014): 3 to 10 negotiators on each side. The city rule adds the
 * upper limit; it does not lift the province's 5 at a larger firm, so a larger Ningbo firm has 5–10.
 */
export const ningbo2014: BargainingRules = {
  ...zhejiang2010,
  name: 'ningbo2014',
  sides: { ...zhejiang2010.sides, maxPerSide: 10 },
};

/** Overrides for a collective-bargaining rule set: any section, any single parameter. */
export type BargainingRuleOverrides = {
  readonly [K in keyof BargainingRules]?: BargainingRules[K] extends object
    ? Partial<BargainingRules[K]>
    : BargainingRules[K];
};

/** Returns `base` with the given sections or single parameters replaced. */
export function withBargainingRules(
  base: BargainingRules,
  overrides: BargainingRuleOverrides = {},
): BargainingRules {
  return {
    name: overrides.name ?? base.name,
    sides: { ...base.sides, ...overrides.sides },
    deadlines: { ...base.deadlines, ...overrides.deadlines },
    contract: { ...base.contract, ...overrides.contract },
  };
}

/** The named collective-bargaining rule sets a stored bargaining case may name. */
export const BARGAINING_RULE_SETS = { zhejiang2010, ningbo2014 } as const;

/** The name of a rule set in `BARGAINING_RULE_SETS`. */
export type BargainingRuleSetName = keyof typeof BARGAINING_RULE_SETS;
