// The public API of @gonghui/core: explicit named exports only.
export type { DomainError, Result } from './kernel/result.js';
export { ok, err } from './kernel/result.js';
export type { Fraction } from './kernel/fraction.js';
export { fraction } from './kernel/fraction.js';
export type { RuleSet, RuleOverrides, SizeBand, ThresholdBase } from './ruleset/rule-set.js';
export { acftu2016, withRules, bandFor } from './ruleset/rule-set.js';
// Organizations, ports and the in-memory store
export type { OrganizationKind, OrganizationLevel, ChainSegment } from './organization/kind.js';
export {
  ORGANIZATION_KINDS,
  ORGANIZATION_LEVELS,
  CHAIN_SEGMENTS,
  FEDERATION_KINDS,
  FEDERATION_MEMBER_KINDS,
  GRASSROOTS_KINDS,
  LEVELS_OF_KIND,
  PARENT_KINDS_OF_KIND,
  levelRank,
} from './organization/kind.js';
export type { CreditCode, CreditCodeError } from './organization/credit-code.js';
export { parseCreditCode, creditCodeCheckCharacter } from './organization/credit-code.js';
export type {
  Organization,
  OrganizationStatus,
  FederationMembership,
  OrganizationErrorCode,
  OrganizationResult,
  TreePlace,
  JoinFederationTerms,
} from './organization/organization.js';
export {
  ORGANIZATION_ERROR_CODES,
  MAX_ORGANIZATION_NAME_LENGTH,
  checkOrganizationName,
  checkRegionCode,
  checkCreditCode,
  checkKindLevel,
  checkParent,
  checkNoCycle,
  checkDissolve,
  checkJoinFederation,
} from './organization/organization.js';
export type {
  CommandEnv,
  Decision,
  Command,
  CreateOrganizationInput,
  UpdateOrganizationInput,
  MoveOrganizationInput,
  DissolveOrganizationInput,
  JoinFederationInput,
  LeaveFederationInput,
} from './organization/commands.js';
export {
  execute,
  createOrganization,
  updateOrganization,
  moveOrganization,
  dissolveOrganization,
  joinFederation,
  leaveFederation,
} from './organization/commands.js';
export type { OrganizationReader, Change, UnitOfWork, Store, Clock, IdGenerator } from './ports/store.js';
export { systemClock, uuidIds } from './ports/store.js';
export { MemoryStore } from './ports/memory/memory-store.js';
// Identity, membership, congress and committee rules, candidate eligibility
export type { DateParts } from './member/calendar-date.js';
export { ageOn, addMonths, isCalendarDate, isLeapYear } from './member/calendar-date.js';
export type { Gender, IdNumber, IdNumberError, ParseIdNumberOptions } from './member/id-number.js';
export {
  PROVINCE_CODES,
  idCheckCharacter,
  parseIdNumber,
  maskIdNumber,
  maskPhone,
} from './member/id-number.js';
export type {
  MembershipStatus,
  RetentionReason,
  EndReason,
  Custody,
  MembershipState,
  MembershipEventType,
  MembershipEventReason,
  MembershipEvent,
  MembershipTransition,
  MembershipError,
  MembershipResult,
  Placement,
  JoinInput,
  MoveInput,
  RetainInput,
  TerminateInput,
  LapseInput,
  DissolvedInput,
} from './member/membership.js';
export {
  NO_MEMBERSHIP,
  decideJoin,
  decideTransfer,
  decideRetain,
  decideReactivate,
  decideTerminate,
  decideLapse,
  decideEmployerDissolved,
  hasLiveMembership,
  canVote,
  canStand,
  owesDues,
  monthlyDues,
} from './member/membership.js';
export type { CongressBodyKind, CountRange } from './congress/delegates.js';
export { congressKindFor, congressKindsAllowed, delegateRange, convenes } from './congress/delegates.js';
export type { CommitteeSizeViolation, WomenWorkersBody } from './congress/committee.js';
export {
  requiresCommittee,
  committeeSizeRange,
  checkCommitteeSize,
  womenWorkersBody,
  removalPasses,
} from './congress/committee.js';
export type { CompositionViolation, DelegateComposition } from './congress/composition.js';
export { checkDelegateComposition } from './congress/composition.js';
export type { TermKind, TermViolation, ElectionDelayViolation } from './congress/term.js';
export { checkTermYears, checkElectionDelay } from './congress/term.js';
export type { EmployerRole, IneligibilityCode, CandidateAttributes } from './election/eligibility.js';
export { checkCandidateEligibility } from './election/eligibility.js';
// Scottish STV (SSI 2007/42) and BLT ballot files
export type {
  StvScottishResult,
  StvScottishOptions,
  StvStage,
  StvStageAction,
  StvStageVote,
  StvCandidateStatus,
  StvTieBreak,
} from './election/methods/stv-scottish.js';
export {
  stvScottish,
  createStvScottish,
  formatStvVotes,
  STV_SCALE,
} from './election/methods/stv-scottish.js';
export type { BltElection, BltBallotLine, BltErrorCode } from './election/blt.js';
export { parseBlt, bltBallots } from './election/blt.js';
// Counting elections (countElection, method registry, approval-style methods, 差额率) and apportionment

export type {
  ApportionErrorCode,
  ApportionInput,
  ApportionMethod,
  Apportionment,
  ApportionUnit,
} from './congress/apportion.js';
export { apportion } from './congress/apportion.js';
export type { ElectedBody } from './election/candidates.js';
export { minimumCandidates } from './election/candidates.js';
export type { CountErrorCode } from './election/count.js';
export { countElection, DEFAULT_COUNTING_METHOD, validateElectionSpec } from './election/count.js';
export type {
  Ballot,
  CandidateSpec,
  CountContext,
  CountingMethod,
  CountResult,
  ElectionSpec,
  TallyEntry,
  VoidReason,
} from './election/counting-method.js';
export { approval } from './election/methods/approval.js';
export { block } from './election/methods/block.js';
export { majorityApproval } from './election/methods/majority-approval.js';
export type { CountingMethodErrorCode } from './election/registry.js';
export { countingMethodNames, getCountingMethod, registerCountingMethod } from './election/registry.js';
export type { ApprovalCountResult, ApprovalTally, InvalidBallotReason, Selection } from './election/tally.js';
export { compareTallyEntries, selectByVotes, tallyApprovals } from './election/tally.js';
export { compareCodePoints } from './kernel/order.js';
