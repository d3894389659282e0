// The public API of @gonghui/core: explicit named exports only.
export type { DomainError, Result } from './kernel/result.js';
export { ok, err } from './kernel/result.js';
export type { Fraction } from './kernel/fraction.js';
export { fraction } from './kernel/fraction.js';
export type { RuleSet, RuleOverrides, SizeBand, ThresholdBase } from './ruleset/rule-set.js';
export { acftu2016, withRules, bandFor } from './ruleset/rule-set.js';
