// The public API of @gonghui/core: explicit named exports only.

// Activities with limited places, special funds and benefit programs, money in fen
export type {
  Activity,
  ActivityDraft,
  ActivityEligibility,
  ActivityErrorCode,
  EnrolleeFacts,
  Enrollment,
  EnrollmentStatus,
} from './activity/activity.js';
export {
  ACTIVITY_ELIGIBILITIES,
  ACTIVITY_ERROR_CODES,
  ACTIVITY_MESSAGES_ZH,
  checkActivityDraft,
  checkActivityEligibility,
  checkEnrollmentWindow,
  checkPlacesRequested,
  MAX_ACTIVITY_PLACES,
  promoteFromWaitingList,
  waitingPosition,
} from './activity/activity.js';
export type {
  CancelEnrollmentInput,
  CreateActivityInput,
  EnrollInput,
  EnrollmentDecision,
  EnrollmentFacts,
  EnrollmentOutcome,
} from './activity/commands.js';
export {
  cancelEnrollment,
  createActivity,
  decideEnrollmentOn,
  enroll,
  settleEnrollment,
} from './activity/commands.js';
export { ActivityMemory } from './activity/memory.js';
export type {
  ActivityReader,
  ActivityState,
  ActivityStoreChange,
  EnrollmentRequest,
  PlaceClaim,
} from './activity/port.js';
// Collective bargaining and collective contracts (Zhejiang, Ningbo), working-day calendars
export type { NegotiatingSide, NegotiatingSides, NegotiatorRange } from './bargaining/bargaining.js';
export {
  bargainingDueBy,
  checkBargainingFinished,
  checkDocumentsNotice,
  checkNegotiatingSides,
  checkReply,
  documentsDueBy,
  negotiatorRange,
  replyDueBy,
} from './bargaining/bargaining.js';
export type {
  BargainingCase,
  BargainingDeadlines,
  BargainingStage,
  RecordedContractVote,
  StoredCalendar,
} from './bargaining/case.js';
export {
  adoptingVote,
  BARGAINING_STAGES,
  bargainingDeadlines,
  caseRules,
  talksStartedOn,
} from './bargaining/case.js';
export type {
  FileContractInput,
  FinishBargainingInput,
  NameNegotiatorsInput,
  OpenBargainingInput,
  RecordBargainingReplyInput,
  RecordContractObjectionInput,
  RecordContractVoteInput,
  ScheduleBargainingMeetingInput,
} from './bargaining/commands.js';
export {
  fileContract,
  finishBargaining,
  MAX_CONTRACT_VOTES,
  MAX_EMPLOYER_NAME_LENGTH,
  nameNegotiators,
  openBargaining,
  recordBargainingReply,
  recordContractObjection,
  recordContractVote,
  scheduleBargainingMeeting,
} from './bargaining/commands.js';
export type { ContractInForce, ContractTerm, ContractVote } from './bargaining/contract.js';
export {
  checkContractTerm,
  checkContractVote,
  checkFiling,
  contractTermLastDay,
  decideInForce,
  filingDueBy,
} from './bargaining/contract.js';
export type { BargainingErrorCode, BargainingViolation } from './bargaining/errors.js';
export { BARGAINING_ERROR_CODES, BARGAINING_MESSAGES_ZH } from './bargaining/errors.js';
export { BargainingMemory } from './bargaining/memory.js';
export type { BargainingReader, BargainingStepChange, BargainingStoreChange } from './bargaining/port.js';
export { BARGAINING_STEP_CHANGES } from './bargaining/port.js';
export type { BargainingRuleOverrides, BargainingRuleSetName, BargainingRules } from './bargaining/rules.js';
export { BARGAINING_RULE_SETS, ningbo2014, withBargainingRules, zhejiang2010 } from './bargaining/rules.js';
export type { WorkingCalendar, WorkingCalendarInput } from './bargaining/working-days.js';
export {
  addWorkingDays,
  calendarPeriodEnd,
  isWorkingDay,
  MAX_CALENDAR_DAYS,
  WEEKDAYS,
  workingCalendar,
} from './bargaining/working-days.js';
export type {
  CreateBenefitProgramInput,
  CreateFundInput,
  DisburseInput,
  DisbursementOutcome,
  ReverseLedgerEntryInput,
} from './benefit/commands.js';
export { createBenefitProgram, createFund, disburse, reverseLedgerEntry } from './benefit/commands.js';
export type {
  DisbursementLine,
  DisbursementRun,
  DisbursementTotals,
  LedgerEntry,
  YearSpending,
} from './benefit/disbursement.js';
export { checkBudget, computeDisbursement } from './benefit/disbursement.js';
export type {
  BenefitErrorCode,
  BenefitProgram,
  Fund,
  FundDraft,
  ProgramDraft,
  YearBudget,
} from './benefit/fund.js';
export {
  BENEFIT_ERROR_CODES,
  BENEFIT_MESSAGES_ZH,
  checkBenefitName,
  checkFundDraft,
  checkProgramDraft,
  FUND_YEARS_MAX,
} from './benefit/fund.js';
export { BenefitMemory } from './benefit/memory.js';
export type { AmountSpec, BeneficiaryFacts, EligibilityName, EligibilityPolicy } from './benefit/policy.js';
export { amountFor, beneficiaryFacts, ELIGIBILITY_POLICIES, isRealNameVerified } from './benefit/policy.js';
export type { BenefitReader, BenefitStoreChange } from './benefit/port.js';
export type {
  AddDelegateInput,
  AppointPositionInput,
  ApportionSeatsInput,
  ApportionUnitOptions,
  ChangeDelegateStatusInput,
  CreateCommitteeInput,
  CreateCongressInput,
  CreateElectoralUnitInput,
  DelayTermElectionInput,
  EndPositionInput,
  OpenTermInput,
  RecordSessionInput,
  RemoveOfficerInput,
  RescindPositionInput,
} from './congress/commands.js';
export {
  addDelegate,
  appointPosition,
  apportionDelegateSeats,
  changeDelegateStatus,
  committeeMembers,
  createCommittee,
  createCongress,
  createElectoralUnit,
  delayTermElection,
  endPosition,
  MAX_CONGRESS_NAME_LENGTH,
  MAX_ELECTORAL_UNITS,
  MAX_UNIT_ORGANIZATIONS,
  openTerm,
  planApportionment,
  reapportion,
  recordSession,
  removeOfficer,
  rescindPosition,
} from './congress/commands.js';
export type {
  CommitteeSizeViolation,
  RemovalTally,
  RemovalVote,
  WomenWorkersBody,
} from './congress/committee.js';
export {
  checkCommitteeSize,
  committeeSizeRange,
  decideRemoval,
  removalPasses,
  requiresCommittee,
  womenWorkersBody,
} from './congress/committee.js';
export type { CompositionViolation, DelegateComposition } from './congress/composition.js';
export { COMPOSITION_VIOLATIONS, checkDelegateComposition } from './congress/composition.js';
export type {
  ApportionedUnit,
  Committee,
  CommitteeKind,
  Congress,
  CongressForm,
  CongressSession,
  Delegate,
  DelegateAttributes,
  DelegateEvent,
  DelegateStatus,
  ElectoralUnit,
  MemberCount,
  MemberCountSource,
  Position,
  PositionRole,
  SeatApportionment,
  Term,
} from './congress/congress.js';
export {
  COMMITTEE_KINDS,
  CONGRESS_FORMS,
  DELEGATE_HISTORY_MAX,
  DELEGATE_STATUSES,
  POSITION_ROLES,
} from './congress/congress.js';
export type { CongressBodyKind, CountRange } from './congress/delegates.js';
export { congressKindFor, congressKindsAllowed, convenes, delegateRange } from './congress/delegates.js';
export type { CongressErrorCode } from './congress/errors.js';
export { CONGRESS_ERROR_CODES, CONGRESS_MESSAGES_ZH } from './congress/errors.js';
export { CongressMemory } from './congress/memory.js';
export type { CongressReader, CongressStoreChange } from './congress/port.js';
export type { CongressResult, TermWatchStatus } from './congress/process.js';
export {
  checkCongressForm,
  checkConvening,
  checkDelegateSeats,
  checkPositionFits,
  compareTermWatch,
  delegateComposition,
  memberSubtreesOf,
  sessionDueBy,
  termDeadline,
  termEnd,
  termWatchStatus,
} from './congress/process.js';
export type { ElectionDelayViolation, TermKind, TermViolation } from './congress/term.js';
export { checkElectionDelay, checkTermYears } from './congress/term.js';
export type { BltBallotLine, BltElection, BltErrorCode } from './election/blt.js';
export { bltBallots, parseBlt } from './election/blt.js';
export type { CandidateAttributes, EmployerRole, IneligibilityCode } from './election/eligibility.js';
export { checkCandidateEligibility } from './election/eligibility.js';
// Scottish STV (SSI 2007/42) and BLT ballot files
export type {
  StvCandidateStatus,
  StvScottishOptions,
  StvScottishResult,
  StvStage,
  StvStageAction,
  StvStageVote,
  StvTieBreak,
} from './election/methods/stv-scottish.js';
export {
  createStvScottish,
  formatStvVotes,
  STV_SCALE,
  stvScottish,
} from './election/methods/stv-scottish.js';
export type { Fraction } from './kernel/fraction.js';
export { fraction } from './kernel/fraction.js';
export type { Money, MoneyErrorCode } from './kernel/money.js';
export {
  addMoney,
  fen,
  formatYuan,
  MAX_FEN,
  multiplyMoney,
  parseYuan,
  subtractMoney,
  yuan,
  ZERO,
} from './kernel/money.js';
export { mulberry32, seededUniform } from './kernel/random.js';
export { isRegionCode, PROVINCE_CODES } from './kernel/region.js';
export type { DomainError, Result } from './kernel/result.js';
export { err, ok } from './kernel/result.js';
// Identity, membership, congress and committee rules, candidate eligibility
export type { DateParts } from './member/calendar-date.js';
export {
  addDays,
  addMonths,
  ageOn,
  anniversary,
  dayBefore,
  isCalendarDate,
  isLeapYear,
} from './member/calendar-date.js';
export type { RegisterMemberInput, UpdateMemberContactInput } from './member/commands.js';
export { chinaToday, registerMember, updateMemberContact } from './member/commands.js';
export type { Gender, IdNumber, IdNumberError, ParseIdNumberOptions } from './member/id-number.js';
export {
  idCheckCharacter,
  maskIdNumber,
  maskPhone,
  parseIdNumber,
} from './member/id-number.js';
export type {
  DissolvedEmployerInput,
  EngagedMember,
  LapseMembershipsInput,
  MemberEngagement,
  MembershipRun,
  ReactivateMemberInput,
  RecordEngagementInput,
  RetainMemberInput,
  TerminateMemberInput,
  TransferMemberInput,
} from './member/lifecycle.js';
export {
  holdMembersOfDissolvedEmployer,
  lapseBound,
  lapseMemberships,
  MEMBERSHIP_BATCH_LIMIT,
  NO_ENGAGEMENT,
  reactivateMember,
  recordMemberEngagement,
  retainMember,
  TOWNSHIP_UNION_KINDS,
  TOWNSHIP_UNION_LEVELS,
  terminateMember,
  transferMember,
} from './member/lifecycle.js';
export type {
  HeldMembershipState,
  IdNumberClaim,
  Member,
  MemberErrorCode,
  MemberRuleCode,
  MembershipRecord,
} from './member/member.js';
export {
  checkMemberName,
  checkPhone,
  MAX_MEMBER_NAME_LENGTH,
  MEMBER_ERROR_CODES,
  MEMBER_MESSAGES_ZH,
  MEMBER_RULE_CODES,
  maskBirthDate,
} from './member/member.js';
export type {
  Custody,
  DissolvedInput,
  EndReason,
  JoinInput,
  LapseInput,
  MembershipError,
  MembershipEvent,
  MembershipEventReason,
  MembershipEventType,
  MembershipResult,
  MembershipState,
  MembershipStatus,
  MembershipTransition,
  MoveInput,
  Placement,
  RetainInput,
  RetentionReason,
  TerminateInput,
} from './member/membership.js';
export {
  canStand,
  canVote,
  decideEmployerDissolved,
  decideJoin,
  decideLapse,
  decideReactivate,
  decideRetain,
  decideTerminate,
  decideTransfer,
  hasLiveMembership,
  monthlyDues,
  NO_MEMBERSHIP,
  owesDues,
} from './member/membership.js';
export { MemberMemory } from './member/memory.js';
export type { MemberReader, MemberStoreChange } from './member/port.js';
export type { MemberSearchError } from './member/search.js';
export {
  AGE_BANDS,
  birthYearRange,
  nameGrams,
  normalizePinyin,
  prefixEnd,
  queryGrams,
} from './member/search.js';
export type {
  Command,
  CommandEnv,
  CreateOrganizationInput,
  Decision,
  DissolveOrganizationInput,
  JoinFederationInput,
  LeaveFederationInput,
  MoveOrganizationInput,
  RecordedRefusal,
  UpdateOrganizationInput,
} from './organization/commands.js';
export {
  createOrganization,
  dissolveOrganization,
  execute,
  joinFederation,
  leaveFederation,
  moveOrganization,
  updateOrganization,
} from './organization/commands.js';
export type { CreditCode, CreditCodeError } from './organization/credit-code.js';
export { creditCodeCheckCharacter, parseCreditCode } from './organization/credit-code.js';
// Organizations, ports and the in-memory store
export type { ChainSegment, OrganizationKind, OrganizationLevel } from './organization/kind.js';
export {
  CHAIN_SEGMENTS,
  FEDERATION_KINDS,
  FEDERATION_MEMBER_KINDS,
  GRASSROOTS_KINDS,
  LEVELS_OF_KIND,
  levelRank,
  MAX_TREE_DEPTH,
  ORGANIZATION_KINDS,
  ORGANIZATION_LEVELS,
  PARENT_KINDS_OF_KIND,
} from './organization/kind.js';
export { OrganizationMemory } from './organization/memory.js';
export type {
  FederationMembership,
  JoinFederationTerms,
  Organization,
  OrganizationErrorCode,
  OrganizationResult,
  OrganizationStatus,
  TreePlace,
} from './organization/organization.js';
export {
  checkChainName,
  checkCreditCode,
  checkDissolve,
  checkJoinFederation,
  checkKindLevel,
  checkNoCycle,
  checkOrganizationName,
  checkParent,
  checkRegionCode,
  MAX_CHAIN_NAME_LENGTH,
  MAX_ORGANIZATION_NAME_LENGTH,
  ORGANIZATION_ERROR_CODES,
  ORGANIZATION_MESSAGES_ZH,
} from './organization/organization.js';
export type { OrganizationReader, OrganizationStoreChange } from './organization/port.js';
export { MemoryStore } from './ports/memory/memory-store.js';
export type {
  Change,
  ChangeHandlers,
  Clock,
  IdGenerator,
  Readers,
  Store,
  UnitOfWork,
} from './ports/store.js';
export { handleChange, systemClock, uuidIds } from './ports/store.js';
export type { RuleOverrides, RuleSet, SizeBand, ThresholdBase } from './ruleset/rule-set.js';
export { acftu2016, bandFor, withRules } from './ruleset/rule-set.js';

// Counting elections (countElection, method registry, approval-style methods, 差额率) and apportionment

export type { RevocationErrorCode, RevocationRequest } from './access/revocation.js';
export {
  checkRevocation,
  cutoffSecond,
  earliestMatteringCutoff,
  isRevoked,
  MAX_REVOCATION_TEXT,
  outlivesMaxLifetime,
  REVOCATION_ERROR_CODES,
  REVOCATION_MESSAGES_ZH,
  revocationMatters,
} from './access/revocation.js';
export type {
  ChangeAuthority,
  Grant,
  GrantErrorCode,
  MemberAccess,
  OrganizationAccess,
  OrganizationChange,
  Role,
  Viewer,
} from './access/viewer.js';
export {
  ANONYMOUS,
  isSystemAdmin,
  memberAccess,
  organizationChangeAuthority,
  organizationScopes,
  ownMemberIds,
  parseGrants,
  permitsOrganization,
  ROLES,
} from './access/viewer.js';
export type {
  ApportionErrorCode,
  ApportionInput,
  ApportionMethod,
  Apportionment,
  ApportionUnit,
} from './congress/apportion.js';
export { apportion } from './congress/apportion.js';
export type { BallotEntry } from './election/ballot.js';
export { checkBallotChoices } from './election/ballot.js';
export type { ElectedBody } from './election/candidates.js';
export { minimumCandidates } from './election/candidates.js';
export type { DelegateNomineeInput, RollSource, SeatElectedInput, Seated } from './election/chain.js';
export { checkDelegateNominee, checkElectionChain, rollSource, seatElected } from './election/chain.js';
export type { ReduceCommitteeSeatsInput } from './election/commands.js';
export { reduceCommitteeSeats } from './election/commands.js';
export type { CountErrorCode } from './election/count.js';
export { countElection, DEFAULT_COUNTING_METHOD, validateElectionSpec } from './election/count.js';
export type {
  Ballot,
  BallotForm,
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
export type {
  Candidacy,
  DraftElectionInput,
  Election,
  ElectionError,
  ElectionErrorCode,
  ElectionResult,
  ElectionStatus,
  ElectionStep,
  NextRound,
  NominationInput,
  PaperEntry,
  RollEntry,
  RoundKind,
} from './election/process.js';
export {
  acceptBallots,
  approveElection,
  CANDIDACIES_MAX,
  certifyElection,
  checkBallotShape,
  checkCandidateList,
  checkElectionStep,
  closeVoting,
  countRound,
  draftElection,
  ELECTION_ERROR_CODES,
  ELECTION_MESSAGES_ZH,
  ELECTION_STATUSES,
  electedWriteIns,
  freezeRoll,
  identifyWriteIn,
  issueBallot,
  nextRoundOf,
  nominate,
  openNominations,
  openVoting,
  quorumMet,
  ROUNDS_MAX,
  reconcilePaperBatch,
  reduceSeats,
  registerAttendance,
  requiredCandidates,
  seatsMembers,
  startRound,
  statusesAllowing,
  withdrawCandidacy,
} from './election/process.js';
export type {
  ElectionRecord,
  RecordBallot,
  RecordHead,
  RecordProblem,
  RecordProblemCode,
  RecordResult,
  RecordRound,
  RecordVerification,
  RoundInput,
  VerifyOptions,
} from './election/record.js';
export {
  anonymiseBallots,
  ballotHash,
  ballotsDigest,
  buildElectionRecord,
  canonicalJson,
  ELECTION_RECORD_FORMAT,
  recordResult,
  recordSeal,
  rollHash,
  sealElectionRecord,
  sha256Hex,
  verifyElectionRecord,
} from './election/record.js';
export type { CountingMethodErrorCode } from './election/registry.js';
export { countingMethodNames, getCountingMethod, registerCountingMethod } from './election/registry.js';
export type { ApprovalCountResult, ApprovalTally, InvalidBallotReason, Selection } from './election/tally.js';
export { compareTallyEntries, selectByVotes, tallyApprovals } from './election/tally.js';
export { compareCodePoints } from './kernel/order.js';
export type { TextErrorCode } from './kernel/text.js';
export {
  codePointLength,
  malformedText,
  nameTextProblem,
  TEXT_ERROR_CODES,
  TEXT_MESSAGES_ZH,
} from './kernel/text.js';
