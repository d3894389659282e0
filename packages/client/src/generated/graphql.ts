/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** Who may enrol: live members of the organizing union’s subtree, or only its real-name verified ones. */
export type ActivityEligibility =
  /** Members with a live (active or retained) membership held in the organizing union or below it. */
  | 'SUBTREE_MEMBERS'
  /** Those of them who are real-name verified (实名认证: ID number and contact phone on record). */
  | 'SUBTREE_REAL_NAME_MEMBERS';

/** A member on the current term's roll of delegates. */
export type AddDelegateInput = {
  /** 一线职工: front-line worker. */
  readonly frontLine: boolean;
  /** 中层正职以上: middle management and above (not with frontLine). */
  readonly manager: boolean;
  /** An active member of the unit (or the organization, or a member union). */
  readonly memberId: string | number;
  /** 劳动模范 (default false). */
  readonly modelWorker?: boolean | null | undefined;
  /** The day `YYYY-MM-DD` service begins; default today. */
  readonly since?: string | null | undefined;
  /** The current term. */
  readonly termId: string | number;
  /** 职业化工会工作者 (default false). */
  readonly unionWorker?: boolean | null | undefined;
  /** The electoral unit; required when the congress has units. */
  readonly unitId?: string | number | null | undefined;
};

/** How a benefit program computes what each eligible member gets. */
export type AmountPolicy =
  /** The same `amount` for every eligible member (a travel subsidy, a health check). */
  | 'FIXED'
  /** `amount` per member plus `realNameBonus` for a real-name verified one (the mutual-aid subsidy: 11 + 5 yuan). */
  | 'PER_MEMBER';

/** A member in a committee role for a range of days. */
export type AppointPositionInput = {
  /** The committee. */
  readonly committeeId: string | number;
  /** Last day `YYYY-MM-DD` (inclusive); omitted: open. */
  readonly endsOn?: string | null | undefined;
  /** An active member of the organization (or of a federation's member union). */
  readonly memberId: string | number;
  /** Chair, vice-chair or member. */
  readonly role: PositionRole;
  /** First day `YYYY-MM-DD`. */
  readonly startsOn: string;
};

/** How seats are shared out among electoral units (core's `apportion`). */
export type ApportionMethod =
  /** D'Hondt: divisors 1, 2, 3, … */
  | 'DHONDT'
  /** Huntington–Hill: divisors √(n(n+1)). */
  | 'HUNTINGTON_HILL'
  /** Largest remainder (Hamilton / Hare–Niemeyer), the default. */
  | 'LARGEST_REMAINDER'
  /** Sainte-Laguë: divisors 1, 3, 5, … */
  | 'SAINTE_LAGUE';

/** Seats of the congress's current term (or of a delegation to a higher congress) to share among all its units by their members at the cutoff date. */
export type ApportionSeatsInput = {
  /** The congress. */
  readonly congressId: string | number;
  /** The day `YYYY-MM-DD` member counts are taken. */
  readonly cutoffDate: string;
  /** The higher congress the seats are sent to (e.g. 浙江省工会第十五次代表大会); omitted: the congress's own seats. */
  readonly delegationTo?: string | null | undefined;
  /** Default LARGEST_REMAINDER. */
  readonly method?: ApportionMethod | null | undefined;
  /** All seats: a delegation's allotment; default the congress's seats. */
  readonly seats?: number | null | undefined;
  /** Bounds and reserved seats; other units none. */
  readonly units?: ReadonlyArray<ApportionUnitInput> | null | undefined;
};

/** Bounds and reserved seats of one electoral unit in an apportionment. */
export type ApportionUnitInput = {
  /** Most proportional seats (default: no limit). */
  readonly max?: number | null | undefined;
  /** Fewest proportional seats (default 0). */
  readonly min?: number | null | undefined;
  /** Seats reserved for the unit on top of its share (default 0). */
  readonly reserved?: number | null | undefined;
  /** What the reserved seats are for, e.g. 职业化工会工作者. */
  readonly reservedFor?: string | null | undefined;
  /** The unit. */
  readonly unitId: string | number;
};

/** The marks of one ballot: candidate ids approved or opposed, names written in, or a ranking. */
export type BallotInput = {
  /** Candidate ids marked in favour (at most the seats). */
  readonly approve?: ReadonlyArray<string> | null | undefined;
  /** Candidate ids marked against. */
  readonly oppose?: ReadonlyArray<string> | null | undefined;
  /** Candidate ids in order of preference (ranked methods). */
  readonly ranking?: ReadonlyArray<string> | null | undefined;
  /** Names written in (另选他人). */
  readonly writeIns?: ReadonlyArray<string> | null | undefined;
};

/** The collective-bargaining rules a case is checked under. */
export type BargainingRuleSet =
  /** 宁波市企业工资集体协商条例: as Zhejiang, and at most 10 negotiators a side. */
  | 'NINGBO_2014'
  /** 浙江省集体合同条例: at least 3 negotiators a side (5 from 100 workers), no upper limit. */
  | 'ZHEJIANG_2010';

/** Where a collective bargaining case stands; each step follows the one before. */
export type BargainingStage =
  /** 职代会已通过: the workers’ congress adopted the contract; it is signed and filed next. */
  | 'CONTRACT_ADOPTED'
  /** 已形成合同草案: the talks agreed a draft; the workers’ congress votes on it next. */
  | 'DRAFT_AGREED'
  /** 已报送备案: filed with the labour administration; in force after the objection period. */
  | 'FILED'
  /** 协商中: the talks started at the first meeting (or resumed after the workers’ congress rejected a draft); they end within 30 working days of that day. */
  | 'MEETING_SCHEDULED'
  /** 已确定协商代表: both sides named; the first meeting is scheduled next. */
  | 'NEGOTIATORS_NAMED'
  /** 行政部门提出异议: objected to within the period; not in force. */
  | 'OBJECTED'
  /** 已书面回应: the employer replied; the negotiators are named next. */
  | 'REPLIED'
  /** 已提出协商要求: the union asked the employer to bargain; the written reply is due. */
  | 'REQUESTED'
  /** 协商未达成一致: the talks ended without a draft. */
  | 'TALKS_FAILED';

/** Who a benefit program pays, judged at the run’s cutoff date (core’s eligibility policies). */
export type BenefitEligibility =
  /** every member at the cutoff date, retained (retired or unemployed) members included */
  | 'LIVE_MEMBERS'
  /** real-name verified members (ID number and phone on record) at the cutoff date */
  | 'REAL_NAME_MEMBERS'
  /** members in work at the cutoff date (an active, not retained, membership) */
  | 'WORKING_MEMBERS';

/** A member's enrollment (or place on the waiting list) to cancel. */
export type CancelEnrollmentInput = {
  /** The activity. */
  readonly activityId: string | number;
  /** The member. */
  readonly memberId: string | number;
};

/** A ballot cast with a one-time token. */
export type CastBallotInput = {
  /** The marks. */
  readonly ballot: BallotInput;
  /** The round. */
  readonly electionId: string | number;
  /** The ballot token handed out at check-in. */
  readonly token: string;
};

/** Segment of an industry chain (上游/中游/下游). */
export type ChainSegment =
  /** 下游: sales, services and tourism. */
  | 'DOWNSTREAM'
  /** 中游: processing and manufacturing. */
  | 'MIDSTREAM'
  /** 上游: raw materials and growers. */
  | 'UPSTREAM';

/** The end of a serving delegate's service. */
export type ChangeDelegateStatusInput = {
  /** The day `YYYY-MM-DD`, not before the delegate began serving. */
  readonly date: string;
  /** A serving delegate. */
  readonly delegateId: string | number;
  /** A remark. */
  readonly note?: string | null | undefined;
  /** Replaced or removed. */
  readonly status: EndedDelegateStatus;
};

/** A kind of committee. */
export type CommitteeKind =
  /** 经费审查委员会: the funds audit committee. */
  | 'FUNDS_AUDIT'
  /** 常务委员会: the standing committee, smaller than the union committee. */
  | 'STANDING'
  /** 工会委员会: the union committee, sized by membership. */
  | 'UNION_COMMITTEE'
  /** 女职工委员会: the women workers' committee (from 10 women members). */
  | 'WOMEN_WORKERS';

/** The form of a congress: 会员大会, 会员代表大会 or 工会代表会议. */
export type CongressForm =
  /** 工会代表会议: a standing council of delegates of a federation (e.g. 绍兴市工会代表会议). */
  | 'DELEGATES_CONFERENCE'
  /** 会员代表大会: a delegates' congress, delegates elected by electoral units for the term. */
  | 'DELEGATES_CONGRESS'
  /** 会员大会: a members' assembly; every member attends (fewer than 100 members: the only form). */
  | 'MEMBERS_ASSEMBLY';

/** A contract’s term, both days included: 1 to 3 years. */
export type ContractTermInput = {
  /** Last day `YYYY-MM-DD`. */
  readonly endsOn: string;
  /** First day `YYYY-MM-DD`. */
  readonly startsOn: string;
};

/** The counts of the workers’ congress’s vote. */
export type ContractVoteInput = {
  /** Delegates abstaining, if recorded. */
  readonly abstaining?: number | null | undefined;
  /** Delegates voting against, if recorded: approving + against + abstaining ≤ present. */
  readonly against?: number | null | undefined;
  /** Delegates approving: more than half of ALL delegates adopt the contract, fewer reject the draft. */
  readonly approving: number;
  /** All delegates, present or not. */
  readonly delegates: number;
  /** Delegates present: at least two thirds of all. */
  readonly present: number;
};

/** An activity with limited places. Instants are ISO-8601 with an offset, e.g. 2018-07-10T09:00:00+08:00. */
export type CreateActivityInput = {
  /** What it is about, at most 2,000 characters. */
  readonly description?: string | null | undefined;
  /** Who may enrol (default SUBTREE_MEMBERS). */
  readonly eligibility?: ActivityEligibility | null | undefined;
  /** When it ends (after the start). */
  readonly endsAt: string;
  /** When enrollment closes (exclusive; after it opens, not after the end). */
  readonly enrollmentClosesAt: string;
  /** When enrollment opens (inclusive). */
  readonly enrollmentOpensAt: string;
  /** The organizing union; its subtree is invited. */
  readonly organizationId: string | number;
  /** Where, 1–200 characters. */
  readonly place: string;
  /** Number of places, 1–100,000. */
  readonly places: number;
  /** Places one member may take, default 1. */
  readonly placesPerMember?: number | null | undefined;
  /** When it starts. */
  readonly startsAt: string;
  /** Title, 1–100 characters. */
  readonly title: string;
  /** Keep a waiting list when full (default true). */
  readonly waitingList?: boolean | null | undefined;
};

/** A benefit program drawing on one budget year of a fund. */
export type CreateBenefitProgramInput = {
  /** Yuan each (for PER_MEMBER: the base), e.g. "11". */
  readonly amount: string;
  /** How each amount is computed. */
  readonly amountPolicy: AmountPolicy;
  /** Who it pays. */
  readonly eligibility: BenefitEligibility;
  /** The fund. */
  readonly fundId: string | number;
  /** Name, 1–100 characters. */
  readonly name: string;
  /** At most this many beneficiaries (the longest-standing first). */
  readonly places?: number | null | undefined;
  /** PER_MEMBER: extra yuan for a real-name verified member, e.g. "5". */
  readonly realNameBonus?: string | null | undefined;
  /** A year the fund has a budget for. */
  readonly year: number;
};

/** A committee of an organization. */
export type CreateCommitteeInput = {
  /** Which committee. */
  readonly kind: CommitteeKind;
  /** The organization. */
  readonly organizationId: string | number;
  /** Seats, an odd number (a union committee within `committeeSizeRange`). */
  readonly seats: number;
};

/** An organization's congress: its form checked against the live member count, its seats against the range. */
export type CreateCongressInput = {
  /** Assembly (fewer than 100 members: the only form), congress or conference. */
  readonly form: CongressForm;
  /** Name, 1–100 characters, e.g. 绍兴市工会代表会议. */
  readonly name: string;
  /** The organization. */
  readonly organizationId: string | number;
  /** A federation's reported member count (统计报表), used instead of the registry count. */
  readonly reportedMembers?: number | null | undefined;
  /** Delegate seats, within `delegateRange` of the membership; none for an assembly. */
  readonly seats?: number | null | undefined;
};

/** A new election of an organization, in DRAFT. */
export type CreateElectionInput = {
  /** What is elected. */
  readonly body: ElectedBody;
  /** A committee of the organization: a committee election fills it (on certification the elected hold its MEMBER positions from that day, the previous positions end the day before); a chair or vice-chair election is voted by its members and gives the elected that role. */
  readonly committeeId?: string | number | null | undefined;
  /** 差额选举 (true) or 等额选举 (false). */
  readonly contested: boolean;
  /** Counting method (default `majority-approval`). */
  readonly method?: string | null | undefined;
  /** The organization holding it. */
  readonly organizationId: string | number;
  /** A chained election: those the parent elected form this one’s roll (a committee electing its chair). */
  readonly parentElectionId?: string | number | null | undefined;
  /** Seats, 1–999. */
  readonly seats: number;
  /** A current term of the organization’s delegates’ congress: a DELEGATES election elects its delegates; a committee election is voted by its serving delegates. */
  readonly termId?: string | number | null | undefined;
  /** Title, 1–100 characters. */
  readonly title: string;
  /** The electoral unit a DELEGATES election is held in: its members vote (required when the congress has units). */
  readonly unitId?: string | number | null | undefined;
};

/** An electoral unit of a delegates congress. */
export type CreateElectoralUnitInput = {
  /** The congress. */
  readonly congressId: string | number;
  /** Name, 1–100 characters. */
  readonly name: string;
  /** Sub-organizations of the congress's organization, or member unions of a federation; each in one unit. */
  readonly organizationIds: ReadonlyArray<string | number>;
  /** For a federation's congress: the unit's reported member count. */
  readonly reportedMembers?: number | null | undefined;
};

/** A special fund of an organization. Amounts are yuan strings with at most two decimals. */
export type CreateFundInput = {
  /** Yearly budgets inside the period, adding up to at most the total. */
  readonly budgets: ReadonlyArray<YearBudgetInput>;
  /** First year of the period. */
  readonly fromYear: number;
  /** Name, 1–100 characters. */
  readonly name: string;
  /** The organization the fund belongs to. */
  readonly organizationId: string | number;
  /** Last year (a period of 1 to 10 years). */
  readonly toYear: number;
  /** The total in yuan, e.g. "5000000". */
  readonly total: string;
};

/** A new organization. */
export type CreateOrganizationInput = {
  /** 统一社会信用代码 of the unit. */
  readonly creditCode?: string | null | undefined;
  /** What it is. */
  readonly kind: OrganizationKind;
  /** Its administrative level. */
  readonly level: OrganizationLevel;
  /** Full name, 1–100 characters. */
  readonly name: string;
  /** The organization above; omit for a root. */
  readonly parentId?: string | number | null | undefined;
  /** 6-digit administrative division code. */
  readonly regionCode?: string | null | undefined;
};

/** Who holds a live membership. */
export type Custody =
  /** The employer's own union. */
  | 'EMPLOYER_UNION'
  /** The next higher union, after the employer was dissolved. */
  | 'HIGHER_UNION'
  /** The township/street union, for an employer without a union (or a retained membership moved there). */
  | 'TOWNSHIP_UNION';

/** An approved delay of the next election (延期换届). */
export type DelayTermElectionInput = {
  /** The higher union's approval (document number). */
  readonly approval?: string | null | undefined;
  /** Months past the end of term, at most 6; 0 withdraws the delay. */
  readonly months: number;
  /** The current term. */
  readonly termId: string | number;
};

/** Where a delegate stands. */
export type DelegateStatus =
  /** 已罢免: removed. */
  | 'REMOVED'
  /** 已替换: replaced by another delegate. */
  | 'REPLACED'
  /** 在任: serving for the term. */
  | 'SERVING';

/** A run of a program over an organization subtree at a cutoff date. */
export type DisbursementInput = {
  /** Who is a member on this date `YYYY-MM-DD` (in the program’s year). */
  readonly cutoff: string;
  /** The subtree to pay: the fund’s organization or one below it. */
  readonly organizationId: string | number;
  /** The program. */
  readonly programId: string | number;
};

/** Dissolves (撤销) an organization with no active children and no member unions. */
export type DissolveOrganizationInput = {
  /** The organization to dissolve. */
  readonly id: string | number;
};

/** The employer of a union went bankrupt or was dissolved. */
export type DissolvedEmployerInput = {
  /** The date `YYYY-MM-DD` it takes effect, not in the future; default today (China Standard Time). */
  readonly date?: string | null | undefined;
  /** The dissolved employer's union. */
  readonly organizationId: string | number;
};

/** What an election fills; decides the competitive margin (差额率). */
export type ElectedBody =
  /** 主席: may be uncontested. */
  | 'CHAIR'
  /** 委员会: candidates exceed seats by at least 5% when contested. */
  | 'COMMITTEE'
  /** 代表: a congress term's delegates, elected in an electoral unit (`termId`, `unitId`); certified, they join the term's roll. */
  | 'DELEGATES'
  /** 常委会: at least 10% more candidates when contested. */
  | 'STANDING_COMMITTEE'
  /** 副主席: may be uncontested. */
  | 'VICE_CHAIR';

/** Why a round exists. */
export type ElectionRoundKind =
  /** The first vote. */
  | 'FIRST'
  /** 另行选举: a further round among the remaining candidates for unfilled seats. */
  | 'FURTHER'
  /** The vote held again after a void one (more ballots returned than issued). */
  | 'REPEAT'
  /** A new vote among candidates tied across the last seat. */
  | 'TIE_BREAK';

/** Where an election is: draft → nominations → roll frozen → open → closed → counted → certified → approved. */
export type ElectionStatus =
  /** 批准: the higher union approved the result. */
  | 'APPROVED'
  /** 确认: the result is certified by the organization. */
  | 'CERTIFIED'
  /** 投票结束: no more ballots. */
  | 'CLOSED'
  /** 计票完毕: counted; the record is published. */
  | 'COUNTED'
  /** 草案: being set up. */
  | 'DRAFT'
  /** 提名: candidates are being nominated. */
  | 'NOMINATIONS'
  /** 投票: ballots are issued and cast. */
  | 'OPEN'
  /** 名册确定: the roll is frozen (hash published); attendance is registered. */
  | 'ROLL_FROZEN';

/** A position at the employer that bars standing for its union committee. */
export type EmployerRole =
  /** 人力资源部门负责人: the head of human resources. */
  | 'HR_HEAD'
  /** 法定代表人: the legal representative. */
  | 'LEGAL_REPRESENTATIVE'
  /** 单位主要负责人: the main administrative head. */
  | 'MAIN_ADMIN_HEAD'
  /** 合伙人: a partner. */
  | 'PARTNER';

/** The end of an open position. */
export type EndPositionInput = {
  /** Last day `YYYY-MM-DD` held, not before its start. */
  readonly endsOn: string;
  /** The position. */
  readonly positionId: string | number;
};

/** How a delegate stops serving. */
export type EndedDelegateStatus =
  /** 罢免: removed. */
  | 'REMOVED'
  /** 替换: replaced by another delegate. */
  | 'REPLACED';

/** A member enrolling in an activity. */
export type EnrollInput = {
  /** The activity. */
  readonly activityId: string | number;
  /** The member (the viewer themselves, for a MEMBER token). */
  readonly memberId: string | number;
  /** Places wanted, default 1 (at most the activity’s places per member). */
  readonly places?: number | null | undefined;
};

/** Where an enrollment stands. */
export type EnrollmentStatus =
  /** 已取消: cancelled; its places went to the waiting list. */
  | 'CANCELLED'
  /** 已报名: holds its places. */
  | 'ENROLLED'
  /** 候补: on the waiting list, in arrival order. */
  | 'WAITING';

/** One teller’s entry of a batch of paper ballots, in the order of the stack. */
export type EnterPaperBallotsInput = {
  /** The ballots of the batch. */
  readonly ballots: ReadonlyArray<BallotInput>;
  /** Batch label, e.g. the ballot box and stack number. */
  readonly batch: string;
  /** The round. */
  readonly electionId: string | number;
};

/** Stable code of a broken rule or bad input; the message may change, the code does not. */
export type ErrorCode =
  /** 您已报名该活动（或已在候补名单中） */
  | 'ACTIVITY_ALREADY_ENROLLED'
  /** 活动报名已截止 */
  | 'ACTIVITY_CLOSED'
  /** 活动名额已满 */
  | 'ACTIVITY_FULL'
  /** 您不符合该活动的报名条件 */
  | 'ACTIVITY_NOT_ELIGIBLE'
  /** 找不到该活动 */
  | 'ACTIVITY_NOT_FOUND'
  /** 活动报名尚未开始 */
  | 'ACTIVITY_NOT_OPEN'
  /** 名额应为1至100000之间的整数，每人可报名额不超过总名额 */
  | 'ACTIVITY_PLACES_INVALID'
  /** 活动地点应为1至200个字符，简介不超过2000个字符 */
  | 'ACTIVITY_TEXT_INVALID'
  /** 活动时间不正确：开始时间须早于结束时间 */
  | 'ACTIVITY_TIME_INVALID'
  /** 活动名称应为1至100个可打印字符 */
  | 'ACTIVITY_TITLE_INVALID'
  /** 报名时间不正确：报名开始须早于报名截止，且报名须在活动结束前截止 */
  | 'ACTIVITY_WINDOW_INVALID'
  /** 各单位的最低名额之和超过可分配名额，无法分配 */
  | 'APPORTION_INFEASIBLE'
  /** 名额分配的输入不正确 */
  | 'APPORTION_INVALID'
  /** 该选民已领取选票 */
  | 'BALLOT_ALREADY_ISSUED'
  /** 选票上标记的人不是本轮的候选人 */
  | 'BALLOT_CANDIDATE_UNKNOWN'
  /** 选票上同一人被标记了两次（或既赞成又反对） */
  | 'BALLOT_CHOICE_REPEATED'
  /** 选票内容格式不正确 */
  | 'BALLOT_MALFORMED'
  /** 选票凭证无效 */
  | 'BALLOT_TOKEN_INVALID'
  /** 该选票凭证已经使用过 */
  | 'BALLOT_TOKEN_USED'
  /** 选票标记的人数多于应选名额 */
  | 'BALLOT_TOO_MANY_MARKS'
  /** 集体协商不存在 */
  | 'BARGAINING_CASE_NOT_FOUND'
  /** 人数不正确：应为非负整数，且不能多于其所属的总人数 */
  | 'BARGAINING_COUNTS_INVALID'
  /** 日期先后顺序不正确 */
  | 'BARGAINING_DATES_REVERSED'
  /** 日期不正确，应为YYYY-MM-DD格式的真实日期 */
  | 'BARGAINING_DATE_INVALID'
  /** 协商资料应当在协商会议7日前提供给对方 */
  | 'BARGAINING_DOCUMENTS_LATE'
  /** 用人单位名称应为1至100个可见字符 */
  | 'BARGAINING_EMPLOYER_INVALID'
  /** 用人单位一方的协商代表人数不得多于职工一方 */
  | 'BARGAINING_EMPLOYER_SIDE_LARGER'
  /** 集体协商的步骤顺序不正确：须依次为协商要求、书面回应、确定协商代表、协商会议、结束协商、职工代表大会表决、报送备案 */
  | 'BARGAINING_OUT_OF_ORDER'
  /** 集体协商应当在开始之日起30个工作日内完成 */
  | 'BARGAINING_OVERRUN'
  /** 应当在收到协商要求之日起10个工作日内书面回应 */
  | 'BARGAINING_REPLY_LATE'
  /** 没有这一集体协商规则 */
  | 'BARGAINING_RULES_UNKNOWN'
  /** 每方协商代表人数超过上限（宁波市每方3至10人） */
  | 'BARGAINING_SIDE_TOO_LARGE'
  /** 每方协商代表至少3人，职工人数较多的企业每方至少5人 */
  | 'BARGAINING_SIDE_TOO_SMALL'
  /** 委托的本单位以外专业人员不得超过本方协商代表的三分之一 */
  | 'BARGAINING_TOO_MANY_OUTSIDE_EXPERTS'
  /** 发放总额超过该年度剩余预算 */
  | 'BENEFIT_OVER_BUDGET'
  /** 工作日历中的日期不正确，应为YYYY-MM-DD格式的真实日期 */
  | 'CALENDAR_DATE_INVALID'
  /** 同一天不能既是节假日又是调休上班日 */
  | 'CALENDAR_DAY_CONFLICT'
  /** 工作日历的日期过多 */
  | 'CALENDAR_TOO_LARGE'
  /** 调休上班日应为星期六或星期日 */
  | 'CALENDAR_WORKDAY_NOT_WEEKEND'
  /** 该会员已被提名为候选人 */
  | 'CANDIDATE_ALREADY_NOMINATED'
  /** 单位主要负责人、法定代表人、合伙人不能作为本单位工会委员会候选人 */
  | 'CANDIDATE_EMPLOYER_HEAD'
  /** 单位主要负责人、法定代表人、合伙人的近亲属不能作为本单位工会委员会候选人 */
  | 'CANDIDATE_EMPLOYER_RELATIVE'
  /** 外籍职工不能作为候选人 */
  | 'CANDIDATE_FOREIGN_STAFF'
  /** 单位人力资源部门负责人不能作为本单位工会委员会候选人 */
  | 'CANDIDATE_HR_HEAD'
  /** 候选人姓名应为1至50个可打印字符 */
  | 'CANDIDATE_NAME_INVALID'
  /** 找不到该候选人 */
  | 'CANDIDATE_NOT_FOUND'
  /** 只有在册会员才能作为候选人 */
  | 'CANDIDATE_NOT_MEMBER'
  /** 保留会籍的会员不能作为候选人 */
  | 'CANDIDATE_RETAINED'
  /** 该组织已设立此类委员会 */
  | 'COMMITTEE_EXISTS'
  /** 找不到该委员会 */
  | 'COMMITTEE_NOT_FOUND'
  /** 该期间委员会成员已满 */
  | 'COMMITTEE_SEATS_FULL'
  /** 委员会人数应为奇数 */
  | 'COMMITTEE_SEATS_INVALID'
  /** 委员会人数应为奇数 */
  | 'COMMITTEE_SIZE_EVEN'
  /** 委员会人数不在该会员人数对应的范围内 */
  | 'COMMITTEE_SIZE_OUT_OF_RANGE'
  /** 须先设立工会委员会，常务委员会人数应少于委员会人数 */
  | 'COMMITTEE_UNION_COMMITTEE_FIRST'
  /** 女会员不足10人的，设女职工委员一人，不设女职工委员会 */
  | 'COMMITTEE_WOMEN_OFFICER_ONLY'
  /** 本届该项代表名额已经分配，已保存的分配结果不能改动 */
  | 'CONGRESS_APPORTIONMENT_EXISTS'
  /** 分配的名额与代表名额不符，或预留名额多于总名额 */
  | 'CONGRESS_APPORTIONMENT_SEATS'
  /** 名额分配中的选举单位不属于该代表大会 */
  | 'CONGRESS_APPORTIONMENT_UNIT'
  /** 结束日期不能早于开始日期 */
  | 'CONGRESS_DATES_REVERSED'
  /** 日期不正确，应为YYYY-MM-DD格式的真实日期 */
  | 'CONGRESS_DATE_INVALID'
  /** 该会员已是本届代表 */
  | 'CONGRESS_DELEGATE_ALREADY'
  /** 代表不能既是一线职工又是中层及以上管理人员 */
  | 'CONGRESS_DELEGATE_ATTRIBUTES'
  /** 保留会籍或会籍已终止的会员不能当选代表 */
  | 'CONGRESS_DELEGATE_NOT_ACTIVE'
  /** 找不到该代表 */
  | 'CONGRESS_DELEGATE_NOT_FOUND'
  /** 代表须是该选举单位（或成员工会）的会员 */
  | 'CONGRESS_DELEGATE_NOT_IN_UNIT'
  /** 该代表已不在任 */
  | 'CONGRESS_DELEGATE_NOT_SERVING'
  /** 该组织已设立代表大会（会员大会） */
  | 'CONGRESS_EXISTS'
  /** 会员不足100人的工会只能召开会员大会；联合会召开代表大会或代表会议 */
  | 'CONGRESS_FORM_NOT_ALLOWED'
  /** 名称应为1至100个可打印字符 */
  | 'CONGRESS_NAME_INVALID'
  /** 没有应到会的代表或会员 */
  | 'CONGRESS_NOBODY_ENTITLED'
  /** 会员大会没有代表和选举单位 */
  | 'CONGRESS_NOT_DELEGATES'
  /** 找不到该代表大会（会员大会） */
  | 'CONGRESS_NOT_FOUND'
  /** 该代表大会尚无届次 */
  | 'CONGRESS_NO_TERM'
  /** 该代表大会尚未划分选举单位 */
  | 'CONGRESS_NO_UNITS'
  /** 分会和工会小组不单独召开代表大会 */
  | 'CONGRESS_ORGANIZATION_KIND'
  /** 实到会人数不能多于应到会人数 */
  | 'CONGRESS_PRESENT_EXCEEDS_ENTITLED'
  /** 到会人数不足应到会人数的三分之二，不能开会 */
  | 'CONGRESS_QUORUM_NOT_MET'
  /** 只有联合会可以填报会员人数，基层工会以实名会员人数为准 */
  | 'CONGRESS_REPORTED_MEMBERS_NOT_ALLOWED'
  /** 本届代表名额已满 */
  | 'CONGRESS_SEATS_FULL'
  /** 会员大会不设代表名额 */
  | 'CONGRESS_SEATS_NOT_ALLOWED'
  /** 代表名额不在该会员人数对应的范围内 */
  | 'CONGRESS_SEATS_OUT_OF_RANGE'
  /** 代表大会和代表会议须确定代表名额 */
  | 'CONGRESS_SEATS_REQUIRED'
  /** 该届次已结束，只能在本届内办理 */
  | 'CONGRESS_TERM_NOT_CURRENT'
  /** 找不到该届次 */
  | 'CONGRESS_TERM_NOT_FOUND'
  /** 一届代表大会至多划分100个选举单位 */
  | 'CONGRESS_UNITS_TOO_MANY'
  /** 选举单位至少包括一个组织 */
  | 'CONGRESS_UNIT_EMPTY'
  /** 找不到该选举单位 */
  | 'CONGRESS_UNIT_NOT_FOUND'
  /** 选举单位须由本组织的下级组织或联合会的成员工会组成 */
  | 'CONGRESS_UNIT_ORGANIZATION'
  /** 该组织已属于本代表大会的另一个选举单位 */
  | 'CONGRESS_UNIT_OVERLAP'
  /** 该选举单位分得的代表名额已满 */
  | 'CONGRESS_UNIT_SEATS_FULL'
  /** 一个选举单位至多包括100个组织 */
  | 'CONGRESS_UNIT_TOO_LARGE'
  /** 集体合同应当自签订之日起10日内报送劳动保障行政部门 */
  | 'CONTRACT_FILING_LATE'
  /** 同意的人数未超过全体职工代表的半数，集体合同草案未获通过 */
  | 'CONTRACT_NOT_APPROVED'
  /** 劳动保障行政部门在15日内提出异议，集体合同未生效 */
  | 'CONTRACT_OBJECTED'
  /** 异议期已过，集体合同已经生效 */
  | 'CONTRACT_OBJECTION_LATE'
  /** 到会职工代表不足全体代表的三分之二，不能表决集体合同草案 */
  | 'CONTRACT_QUORUM_NOT_MET'
  /** 集体合同期限不得超过3年 */
  | 'CONTRACT_TERM_TOO_LONG'
  /** 集体合同期限不得少于1年 */
  | 'CONTRACT_TERM_TOO_SHORT'
  /** 职工代表大会已多次否决本次协商的合同草案，请结束本次协商并重新提出协商要求 */
  | 'CONTRACT_VOTES_EXHAUSTED'
  /** 统一社会信用代码校验码不正确 */
  | 'CREDIT_CODE_CHECKSUM'
  /** 统一社会信用代码格式不正确 */
  | 'CREDIT_CODE_FORMAT'
  /** 截止日期应为项目年度内YYYY-MM-DD格式的真实日期 */
  | 'DISBURSEMENT_CUTOFF_INVALID'
  /** 发放范围须在资金所属工会及其下级组织之内 */
  | 'DISBURSEMENT_OUTSIDE_FUND'
  /** 本轮候选人已由上一轮确定，不能另行提名 */
  | 'ELECTION_CANDIDATES_FIXED'
  /** 候选人人数不足（差额选举须达到规定的差额比例） */
  | 'ELECTION_CANDIDATES_TOO_FEW'
  /** 一轮选举至多提名2000名候选人（含已退出的） */
  | 'ELECTION_CANDIDATES_TOO_MANY'
  /** 选举产生的代表、委员或职务与所指定的届次、选举单位或委员会不相符 */
  | 'ELECTION_CHAIN_INVALID'
  /** 延期换届须经上一级工会批准 */
  | 'ELECTION_DELAY_NOT_APPROVED'
  /** 延期换届最长不超过6个月 */
  | 'ELECTION_DELAY_TOO_LONG'
  /** 当选人是另选的人，须在确认时认定为符合条件的在册会员，或认定其不能就任（该名额另行选举），才能确认选举结果 */
  | 'ELECTION_ELECTED_NOT_MEMBER'
  /** 没有这种计票办法 */
  | 'ELECTION_METHOD_UNKNOWN'
  /** 找不到该选举 */
  | 'ELECTION_NOT_FOUND'
  /** 实到人数不足应到人数的三分之二，不能发票 */
  | 'ELECTION_QUORUM_NOT_MET'
  /** 选民名册为空 */
  | 'ELECTION_ROLL_EMPTY'
  /** 一次选举至多进行10轮投票 */
  | 'ELECTION_ROUNDS_EXHAUSTED'
  /** 应选名额应为1至999的整数 */
  | 'ELECTION_SEATS_INVALID'
  /** 当选人数不在委员会人数范围内，不能减少名额，应另行选举 */
  | 'ELECTION_SEATS_NOT_REDUCIBLE'
  /** 选举当前所处阶段不允许此操作 */
  | 'ELECTION_STEP_NOT_ALLOWED'
  /** 选举名称应为1至100个可打印字符 */
  | 'ELECTION_TITLE_INVALID'
  /** 收回选票多于发出选票，选举无效，应重新选举 */
  | 'ELECTION_VOID'
  /** 所认定会员的登记姓名与选票上另选的姓名不一致 */
  | 'ELECTION_WRITE_IN_MISMATCH'
  /** 该姓名不是本轮以另选他人当选、尚待认定的人 */
  | 'ELECTION_WRITE_IN_UNKNOWN'
  /** 找不到该报名记录 */
  | 'ENROLLMENT_NOT_FOUND'
  /** 该工会已是此联合会的成员 */
  | 'FEDERATION_ALREADY_MEMBER'
  /** 产业链名称应为1至50个可打印字符 */
  | 'FEDERATION_CHAIN_INVALID'
  /** 只有基层工会或联合基层工会可以加入联合会 */
  | 'FEDERATION_MEMBER_KIND'
  /** 所选组织不是工会联合会 */
  | 'FEDERATION_NOT_A_FEDERATION'
  /** 该工会不是此联合会的成员 */
  | 'FEDERATION_NOT_MEMBER'
  /** 只有产业链工会联合会记录产业链及环节 */
  | 'FEDERATION_SEGMENT_NOT_ALLOWED'
  /** 加入产业链工会联合会须注明所在产业链环节 */
  | 'FEDERATION_SEGMENT_REQUIRED'
  /** 联合会不能加入自身 */
  | 'FEDERATION_SELF'
  /** 一线职工代表未超过代表总数的一半 */
  | 'FRONT_LINE_NOT_MAJORITY'
  /** 年度预算不正确：年份须在资金期限内且不重复 */
  | 'FUND_BUDGET_INVALID'
  /** 各年度预算之和超过资金总额 */
  | 'FUND_BUDGET_OVER_TOTAL'
  /** 名称应为1至100个可打印字符 */
  | 'FUND_NAME_INVALID'
  /** 找不到该专项资金 */
  | 'FUND_NOT_FOUND'
  /** 资金期限不正确：起始年份不得晚于截止年份，期限不超过10年 */
  | 'FUND_PERIOD_INVALID'
  /** 身份证号码中的出生日期不正确 */
  | 'ID_BIRTH_DATE'
  /** 身份证号码校验码不正确 */
  | 'ID_CHECKSUM'
  /** 身份证号码应为18位（末位可为X）或15位数字 */
  | 'ID_FORMAT'
  /** 身份证号码中的地址码不正确 */
  | 'ID_REGION'
  /** 找不到该发放记录 */
  | 'LEDGER_ENTRY_NOT_FOUND'
  /** 该发放记录已冲正，或本身是冲正记录 */
  | 'LEDGER_ENTRY_REVERSED'
  /** 中层正职以上管理人员代表超过代表总数的20% */
  | 'MANAGERS_OVER_LIMIT'
  /** 该会员的会籍已是正常状态 */
  | 'MEMBERSHIP_ALREADY_ACTIVE'
  /** 该会员的会籍已保留 */
  | 'MEMBERSHIP_ALREADY_RETAINED'
  /** 日期早于当前会籍状态的开始日期 */
  | 'MEMBERSHIP_DATE_ORDER'
  /** 连续不缴会费、不参加工会活动尚未满规定月数 */
  | 'MEMBERSHIP_GRACE_NOT_OVER'
  /** 新单位未建工会的，须指定代管会籍的乡镇（街道）工会 */
  | 'MEMBERSHIP_HOLDER_REQUIRED'
  /** 日期不正确，应为YYYY-MM-DD格式的真实日期 */
  | 'MEMBERSHIP_INVALID_DATE'
  /** 只有正常状态的会籍可以办理此项 */
  | 'MEMBERSHIP_NOT_ACTIVE'
  /** 该人员没有正常或保留的会籍 */
  | 'MEMBERSHIP_NOT_MEMBER'
  /** 只有保留的会籍可以恢复 */
  | 'MEMBERSHIP_NOT_RETAINED'
  /** 须先对会员进行教育（谈话），且在最后一次缴费和参加活动之后 */
  | 'MEMBERSHIP_NOT_SPOKEN_TO'
  /** 开除会籍须写明理由 */
  | 'MEMBERSHIP_REASON_REQUIRED'
  /** 会籍已在该工会 */
  | 'MEMBERSHIP_SAME_ORGANIZATION'
  /** 入会时须年满16周岁 */
  | 'MEMBERSHIP_UNDER_AGE'
  /** 日期不能晚于今天 */
  | 'MEMBER_DATE_FUTURE'
  /** 会籍所在工会已变更，请重新读取会员信息后再办理 */
  | 'MEMBER_HOLDER_CHANGED'
  /** 所在单位未建工会的，会籍只能由乡镇（街道）或村（社区）工会代管 */
  | 'MEMBER_HOLDER_KIND'
  /** 一小时内因身份证号码已登记而被拒绝的登记次数已达上限，本次未予核查，请稍后再试 */
  | 'MEMBER_ID_NUMBER_CHECK_LIMIT'
  /** 该身份证号码已登记为会员，一人只能有一条会员记录；会籍所在工会已收到此次登记的记录，可办理会籍转接 */
  | 'MEMBER_ID_NUMBER_TAKEN'
  /** 入会日期不能晚于今天 */
  | 'MEMBER_JOIN_DATE_FUTURE'
  /** 会员姓名应为1至50个可打印字符 */
  | 'MEMBER_NAME_INVALID'
  /** 找不到该会员 */
  | 'MEMBER_NOT_FOUND'
  /** 该工会没有上级工会，无法由上级工会代管会籍 */
  | 'MEMBER_NO_HIGHER_UNION'
  /** 只有基层工会、联合基层工会及其分会、工会小组可以发展会员 */
  | 'MEMBER_ORGANIZATION_KIND'
  /** 电话号码应为11位手机号码或带区号的固定电话（如0571-87654321） */
  | 'MEMBER_PHONE_INVALID'
  /** 金额应为不小于0的元数，最多两位小数（精确到分） */
  | 'MONEY_INVALID'
  /** 该统一社会信用代码已被其他组织使用 */
  | 'ORG_CREDIT_CODE_TAKEN'
  /** 不能把组织移到它自身或其下级组织之下 */
  | 'ORG_CYCLE'
  /** 该组织已撤销 */
  | 'ORG_DISSOLVED'
  /** 该组织仍有未撤销的下级组织 */
  | 'ORG_HAS_CHILDREN'
  /** 该联合会仍有成员工会 */
  | 'ORG_HAS_MEMBER_UNIONS'
  /** 该类型的组织不能设在此层级 */
  | 'ORG_LEVEL_NOT_ALLOWED'
  /** 下级组织的层级必须低于上级组织 */
  | 'ORG_LEVEL_ORDER'
  /** 组织名称应为1至100个可打印字符 */
  | 'ORG_NAME_INVALID'
  /** 找不到该组织 */
  | 'ORG_NOT_FOUND'
  /** 该类型的组织不能隶属于所选上级组织 */
  | 'ORG_PARENT_NOT_ALLOWED'
  /** 行政区划代码应为6位数字 */
  | 'ORG_REGION_INVALID'
  /** 该类型的组织必须有上级组织 */
  | 'ORG_ROOT_NOT_ALLOWED'
  /** 该计票人已录入过这一批选票 */
  | 'PAPER_BATCH_ENTERED'
  /** 两名计票人录入的同一批选票不一致，请核对后重新录入 */
  | 'PAPER_BATCH_MISMATCH'
  /** 同一批纸质选票须由两名不同的计票人分别录入 */
  | 'PAPER_TELLERS_SAME'
  /** 同一期间只能有一位主席（主任） */
  | 'POSITION_CHAIR_OVERLAP'
  /** 该职务已经结束 */
  | 'POSITION_ENDED'
  /** 任职者须是本组织（或成员工会）会籍正常的会员 */
  | 'POSITION_HOLDER_NOT_MEMBER'
  /** 该会员在同一期间已在本委员会任职 */
  | 'POSITION_MEMBER_OVERLAP'
  /** 找不到该职务 */
  | 'POSITION_NOT_FOUND'
  /** 罢免表决只适用于主席、副主席；委员的职务请直接结束 */
  | 'POSITION_NOT_OFFICER'
  /** 只有当天就任、尚未结束的职务才能由当天新选出的委员会替换 */
  | 'POSITION_NOT_RESCINDABLE'
  /** 罢免主席、副主席须经全体会员或会员代表过半数通过 */
  | 'POSITION_REMOVAL_NOT_PASSED'
  /** 票数不正确：应为非负整数，且不能多于全体会员或代表人数 */
  | 'POSITION_REMOVAL_VOTES_INVALID'
  /** 找不到该普惠项目 */
  | 'PROGRAM_NOT_FOUND'
  /** 项目的受益条件或金额标准不正确 */
  | 'PROGRAM_POLICY_INVALID'
  /** 项目年度须在资金期限内且有年度预算 */
  | 'PROGRAM_YEAR_INVALID'
  /** 吊销原因应为1至200个可打印字符 */
  | 'REVOCATION_REASON_INVALID'
  /** 令牌主体应为1至200个可打印字符 */
  | 'REVOCATION_SUBJECT_INVALID'
  /** 任期年限不符合规定（基层工会3年或5年，联合会5年） */
  | 'TERM_YEARS_NOT_ALLOWED'
  /** 输入含有空字符（NUL）或不成对的代理项，不是有效文本 */
  | 'TEXT_MALFORMED'
  /** 输入过长，超出任何字段允许的字符数 */
  | 'TEXT_TOO_LONG'
  /** 该选民已登记到会 */
  | 'VOTER_ALREADY_PRESENT'
  /** 该会员不在选民名册上 */
  | 'VOTER_NOT_ON_ROLL'
  /** 该选民尚未登记到会，不能领取选票 */
  | 'VOTER_NOT_PRESENT'
  /** 女职工代表比例低于女会员比例 */
  | 'WOMEN_UNDER_SHARE';

/** The signing and filing of the adopted contract. */
export type FileContractInput = {
  /** The bargaining case. */
  readonly caseId: string | number;
  /** Day it was filed with the labour administration: within 10 days of signing. */
  readonly filedOn: string;
  /** Day it was signed `YYYY-MM-DD`, not before the vote. */
  readonly signedOn: string;
};

/** The end of the talks. */
export type FinishBargainingInput = {
  /** True: a draft contract was agreed; false: the talks failed. */
  readonly agreed: boolean;
  /** The bargaining case. */
  readonly caseId: string | number;
  /** Day the talks ended `YYYY-MM-DD`: within 30 working days of the meeting. */
  readonly finishedOn: string;
};

/** Gender, from the sequence code of the ID number (odd male, even female). */
export type Gender =
  /** 女: female. */
  | 'FEMALE'
  /** 男: male. */
  | 'MALE';

/** A roster to import and the organization its people join. */
export type ImportMembersInput = {
  /** The roster: .xlsx (first worksheet) or .csv (UTF-8 or GBK), headed 姓名, 身份证号, 手机号, 入会日期… (see README "Import and export"). */
  readonly file: { readonly size: number; readonly type: string; arrayBuffer(): Promise<ArrayBuffer> };
  /** The grassroots union, joint grassroots union, branch or group every row joins. */
  readonly organizationId: string | number;
};

/** A union joins a federation. */
export type JoinFederationInput = {
  /** The industry chain (industry-chain federations only). */
  readonly chain?: string | null | undefined;
  /** The federation. */
  readonly federationId: string | number;
  /** The union joining it. */
  readonly memberId: string | number;
  /** Segment of the chain (required for an industry-chain federation). */
  readonly segment?: ChainSegment | null | undefined;
};

/** A lapse run over a subtree. */
export type LapseMembershipsInput = {
  /** The root of the subtree. */
  readonly organizationId: string | number;
  /** True (the default): list who would lapse today and change nothing. False: end them. */
  readonly preview?: boolean | null | undefined;
};

/** A union leaves a federation. */
export type LeaveFederationInput = {
  /** The federation. */
  readonly federationId: string | number;
  /** The union leaving it. */
  readonly memberId: string | number;
};

/** Where an apportioned unit's member count came from. */
export type MemberCountSource =
  /** Counted in the real-name registry at the cutoff date. */
  | 'REGISTRY'
  /** Reported by a federation's unit (统计报表): its members are not all in the registry. */
  | 'REPORTED';

/** Narrows a member search; every given field must hold. */
export type MemberFilter = {
  /** Youngest age, as reached this year (this year less the birth year, like the age bands). */
  readonly ageFrom?: number | null | undefined;
  /** Oldest age, as reached this year. */
  readonly ageTo?: number | null | undefined;
  /** Only this gender. */
  readonly gender?: Gender | null | undefined;
  /** The exact ID number (18 characters or a 15-digit first-generation one), found by its blind index. */
  readonly idNumber?: string | null | undefined;
  /** Joined on or after this date `YYYY-MM-DD`. */
  readonly joinedFrom?: string | null | undefined;
  /** Joined on or before this date `YYYY-MM-DD`. */
  readonly joinedTo?: string | null | undefined;
  /** Part of the name, 1–50 characters (红军 finds 胡红军; letters ignore case). */
  readonly nameContains?: string | null | undefined;
  /** The exact phone, found by its blind index. */
  readonly phone?: string | null | undefined;
  /** Start of the full pinyin or of the initials, no tones (huhongjun, huhong, hhj, hh find 胡红军). */
  readonly pinyin?: string | null | undefined;
  /** Only these statuses (default: all). */
  readonly status?: ReadonlyArray<MembershipStatus> | null | undefined;
};

/** Where an import stands. */
export type MemberImportStatus =
  /** Every row of the file has its outcome. */
  | 'DONE'
  /** The file cannot be imported; `error` says why. */
  | 'FAILED'
  /** Rows are being registered (or the run stopped: upload the file again). */
  | 'RUNNING';

/** What happened to a membership (会籍变动). */
export type MembershipEventType =
  /** 上级工会代管: held by the next higher union after the employer was dissolved. */
  | 'HELD_BY_HIGHER_UNION'
  /** 入会: joined. */
  | 'JOINED'
  /** 自动退会: lapsed after the grace period without dues or activity. */
  | 'LAPSED'
  /** 恢复会籍: reactivated on re-employment. */
  | 'REACTIVATED'
  /** 保留会籍: retained on retirement or unemployment. */
  | 'RETAINED'
  /** 退会/除名: left or expelled. */
  | 'TERMINATED'
  /** 会籍转接: transferred to the union of a new employer. */
  | 'TRANSFERRED';

/** Where a membership stands (会籍状态). */
export type MembershipStatus =
  /** 正常: active; pays dues, votes, may stand. */
  | 'ACTIVE'
  /** 会籍终止: ended (left, expelled or lapsed); kept for history. */
  | 'ENDED'
  /** 保留会籍: retained on retirement or unemployment; no dues, no vote. */
  | 'RETAINED';

/** Re-parents an organization together with its subtree. */
export type MoveOrganizationInput = {
  /** The organization to move. */
  readonly id: string | number;
  /** The organization to move it under. */
  readonly newParentId: string | number;
};

/** Both sides’ negotiators (named again before the meeting: replaced). */
export type NameNegotiatorsInput = {
  /** The bargaining case. */
  readonly caseId: string | number;
  /** The employer’s side: no larger than the workers’. */
  readonly employer: NegotiatingSideInput;
  /** The workers’ side, led by the union. */
  readonly workers: NegotiatingSideInput;
};

/** One side’s negotiators. */
export type NegotiatingSideInput = {
  /** All negotiators of the side, outside experts included. */
  readonly negotiators: number;
  /** Of them, experts from outside the firm: at most a third. */
  readonly outsideExperts: number;
};

/** A nomination, with the facts eligibility is checked against. */
export type NominateCandidateInput = {
  /** A close relative holds this barred position, if any. */
  readonly closeRelativeOf?: EmployerRole | null | undefined;
  /** The round (a first round in NOMINATIONS). */
  readonly electionId: string | number;
  /** The candidate’s barred position at the employer, if any. */
  readonly employerRole?: EmployerRole | null | undefined;
  /** 外籍职工: foreign staff cannot stand. */
  readonly foreignStaff?: boolean | null | undefined;
  /** In a DELEGATES election: a front-line worker (一线职工), kept for the delegate’s composition. */
  readonly frontLine?: boolean | null | undefined;
  /** In a DELEGATES election: middle management and above (中层正职以上). */
  readonly manager?: boolean | null | undefined;
  /** The member nominated (global ID); eligibility reads their membership. */
  readonly memberId?: string | number | null | undefined;
  /** In a DELEGATES election: a model worker (劳动模范). */
  readonly modelWorker?: boolean | null | undefined;
  /** The candidate’s name, when not a registered member. */
  readonly name?: string | null | undefined;
  /** In a DELEGATES election: a professional union worker (职业化工会工作者). */
  readonly unionWorker?: boolean | null | undefined;
};

/** A union’s written request to an employer to bargain (集体协商要约). */
export type OpenBargainingInput = {
  /** The employer’s name, 1–100 characters. */
  readonly employer: string;
  /** Workers (职工) of the firm: 100 or more need 5 negotiators a side. */
  readonly firmWorkers: number;
  /** Public holidays and days moved off (`YYYY-MM-DD`) that working days skip; default none. */
  readonly holidays?: ReadonlyArray<string> | null | undefined;
  /** The union requesting the bargaining. */
  readonly organizationId: string | number;
  /** Day the employer received the request `YYYY-MM-DD`; the reply is due 10 working days later. */
  readonly requestedOn: string;
  /** The rule set (default ZHEJIANG_2010). */
  readonly rules?: BargainingRuleSet | null | undefined;
  /** Saturdays and Sundays moved into work (调休上班) that count as working days; default none. */
  readonly workingWeekendDays?: ReadonlyArray<string> | null | undefined;
};

/** The next term of a congress. */
export type OpenTermInput = {
  /** The congress. */
  readonly congressId: string | number;
  /** First day `YYYY-MM-DD`, after the current term started. */
  readonly startsOn: string;
  /** Years of office: grassroots 3 or 5, federations 5. */
  readonly years: number;
};

/** What happened to an organization. */
export type OrganizationChangeKind =
  /** It was dissolved. */
  | 'DISSOLVED'
  /** It moved, with its subtree, under another parent. */
  | 'MOVED'
  /** Its name, level, region code or credit code changed. */
  | 'UPDATED';

/** Narrows a list of organizations; all given conditions must hold. */
export type OrganizationFilter = {
  /** Any of these kinds. */
  readonly kind?: ReadonlyArray<OrganizationKind> | null | undefined;
  /** Any of these levels. */
  readonly level?: ReadonlyArray<OrganizationLevel> | null | undefined;
  /** Part of the name, case-insensitive. */
  readonly nameContains?: string | null | undefined;
  /** Region code prefix: `3302` for all of 宁波, `330203` for 海曙区. */
  readonly regionCode?: string | null | undefined;
  /** Only this status. */
  readonly status?: OrganizationStatus | null | undefined;
};

/** What an organization is: 总工会, 基层工会, 联合基层工会, 区域性/行业性/产业链工会联合会, 分会, 工会小组. */
export type OrganizationKind =
  /** 分会: a branch of a grassroots union. */
  | 'BRANCH'
  /** 总工会: a local federation of trade unions (national down to township/street). */
  | 'FEDERATION_OF_TRADE_UNIONS'
  /** 基层工会: the union of one employer; its members are people. */
  | 'GRASSROOTS_UNION'
  /** 工会小组: a union group of a grassroots union or branch. */
  | 'GROUP'
  /** 产业链工会联合会: unions along one industry chain (upstream, midstream, downstream). */
  | 'INDUSTRY_CHAIN_FEDERATION'
  /** 行业性工会联合会: unions of an industry; its members are unions. */
  | 'INDUSTRY_FEDERATION'
  /** 联合基层工会: one grassroots union shared by several small employers. */
  | 'JOINT_GRASSROOTS_UNION'
  /** 区域性工会联合会: unions of an area; its members are unions. */
  | 'REGIONAL_FEDERATION';

/** Administrative level, from NATIONAL down to GRASSROOTS. */
export type OrganizationLevel =
  /** 县级: county, county-level city or city district. */
  | 'COUNTY'
  /** 基层: an employer and the units inside it. */
  | 'GRASSROOTS'
  /** 市级: prefecture-level city. */
  | 'MUNICIPAL'
  /** 全国: national. */
  | 'NATIONAL'
  /** 省级: province, autonomous region or municipality directly under the central government. */
  | 'PROVINCIAL'
  /** 乡镇/街道: township, town or street (subdistrict). */
  | 'TOWNSHIP'
  /** 村/社区: village or community. */
  | 'VILLAGE';

/** Whether the organization is active or dissolved (撤销). */
export type OrganizationStatus =
  /** Active. */
  | 'ACTIVE'
  /** 已撤销: dissolved; kept for history. */
  | 'DISSOLVED';

/** A role in a committee. */
export type PositionRole =
  /** 主席 / 主任: chair; one at a time. */
  | 'CHAIR'
  /** 委员: member. */
  | 'MEMBER'
  /** 副主席 / 副主任: vice-chair. */
  | 'VICE_CHAIR';

/** Reactivates a retained membership on re-employment. */
export type ReactivateMemberInput = {
  /** The date `YYYY-MM-DD` it takes effect, not in the future; default today (China Standard Time). */
  readonly date?: string | null | undefined;
  /** The new employer's union (a grassroots union, branch or group); omit when the employer has none. */
  readonly employerUnionId?: string | number | null | undefined;
  /** The member. */
  readonly memberId: string | number;
  /** When the new employer has no union: the township/street union that holds the membership. */
  readonly townshipUnionId?: string | number | null | undefined;
};

/** The employer’s written reply to the request. */
export type RecordBargainingReplyInput = {
  /** The bargaining case. */
  readonly caseId: string | number;
  /** Day of the reply `YYYY-MM-DD`: within 10 working days of the request. */
  readonly repliedOn: string;
};

/** The labour administration’s objection to a filed contract. */
export type RecordContractObjectionInput = {
  /** The bargaining case. */
  readonly caseId: string | number;
  /** Day of the objection `YYYY-MM-DD`: within 15 days of filing. */
  readonly objectedOn: string;
};

/** A vote of the workers’ congress on the agreed draft. */
export type RecordContractVoteInput = {
  /** The bargaining case. */
  readonly caseId: string | number;
  /** The draft contract’s term. */
  readonly term: ContractTermInput;
  /** The vote. */
  readonly vote: ContractVoteInput;
  /** Day of the vote `YYYY-MM-DD`, not before the end of the talks. */
  readonly votedOn: string;
};

/** Dates the lapse rule reads; each given one replaces the one on record, an omitted one stays. */
export type RecordMemberEngagementInput = {
  /** A union activity attended, `YYYY-MM-DD`. */
  readonly activityOn?: string | null | undefined;
  /** A dues payment, `YYYY-MM-DD`, not in the future. */
  readonly duesPaidOn?: string | null | undefined;
  /** The member. */
  readonly memberId: string | number;
  /** When the union spoke to the member about dues and activity (经教育), `YYYY-MM-DD`. */
  readonly spokenToOn?: string | null | undefined;
};

/** A session of the current term, with those registered present. */
export type RecordSessionInput = {
  /** The day `YYYY-MM-DD`, not before the term starts. */
  readonly heldOn: string;
  /** Registered present (实到会); at least two thirds of those entitled. */
  readonly present: number;
  /** The current term. */
  readonly termId: string | number;
};

/** A person joining a grassroots union (or its branch or group) as a real-name member. */
export type RegisterMemberInput = {
  /** Citizen ID number: 18 characters (a lowercase x is accepted) or a 15-digit first-generation one. */
  readonly idNumber: string;
  /** Joining date `YYYY-MM-DD`, not in the future; default today (China Standard Time). */
  readonly joinedOn?: string | null | undefined;
  /** Full name as on the identity card, 1–50 characters. */
  readonly name: string;
  /** The grassroots union, joint grassroots union, branch or group the person joins. */
  readonly organizationId: string | number;
  /** Contact phone: an 11-digit mobile number (13–19…) or a landline like 0571-87654321. */
  readonly phone?: string | null | undefined;
};

/** The vote removing a chair or vice-chair (罢免). */
export type RemoveOfficerInput = {
  /** The chair's or vice-chair's position. */
  readonly positionId: string | number;
  /** Day of the vote `YYYY-MM-DD`: the last day the position is held. */
  readonly removedOn: string;
  /** Votes for the removal: more than half of ALL members or delegates. */
  readonly votesFor: number;
};

/** Retains (保留会籍) an active membership on retirement or unemployment. */
export type RetainMemberInput = {
  /** The date `YYYY-MM-DD` it takes effect, not in the future; default today (China Standard Time). */
  readonly date?: string | null | undefined;
  /** The township/street union that holds the retained membership, if it moves there. */
  readonly holderUnionId?: string | number | null | undefined;
  /** The member. */
  readonly memberId: string | number;
  /** Retired or unemployed. */
  readonly reason: RetentionReason;
};

/** Why a membership is retained (保留会籍). */
export type RetentionReason =
  /** 退休: retired. */
  | 'RETIRED'
  /** 失业: unemployed. */
  | 'UNEMPLOYED';

/** A payment to reverse. */
export type ReverseLedgerEntryInput = {
  /** The payment. */
  readonly entryId: string | number;
  /** Why, 1–100 characters. */
  readonly reason: string;
};

/** Why the viewer signs out everywhere. */
export type RevokeMyTokensInput = {
  /** Why, 1–200 characters; default "signed out everywhere". */
  readonly reason?: string | null | undefined;
};

/** Whose tokens to revoke, and why (the audit log keeps both). */
export type RevokeTokensInput = {
  /** Why, 1–200 characters (e.g. "removed from office", "lost phone"). */
  readonly reason: string;
  /** The token subject (`sub`) whose tokens to refuse, 1–200 characters. */
  readonly subject: string;
};

/** The first bargaining meeting, where the talks start. */
export type ScheduleBargainingMeetingInput = {
  /** The bargaining case. */
  readonly caseId: string | number;
  /** Day its documents reached the other side `YYYY-MM-DD`: 7 days before the meeting. */
  readonly documentsProvidedOn: string;
  /** Day of the meeting `YYYY-MM-DD`, not before the reply. */
  readonly meetingOn: string;
};

/** Where a term stands for the term-expiry watch (换届提醒). */
export type TermWatchStatus =
  /** 延期换届: past its end within an approved delay (at most 6 months). */
  | 'DELAYED'
  /** 即将到期: ends within the days asked for. */
  | 'DUE'
  /** 逾期未换届: past its end with no approved delay, or past the delay. */
  | 'OVERDUE';

/** Ends an active or retained membership. */
export type TerminateMemberInput = {
  /** The date `YYYY-MM-DD` it takes effect, not in the future; default today (China Standard Time). */
  readonly date?: string | null | undefined;
  /** The member. */
  readonly memberId: string | number;
  /** The grounds; required for an expulsion. */
  readonly note?: string | null | undefined;
  /** Left or expelled. */
  readonly reason: TerminationReason;
};

/** Why a membership is ended by the union (a lapse has its own mutation). */
export type TerminationReason =
  /** 除名: the member was expelled; the grounds go in the note. */
  | 'EXPELLED'
  /** 退会: the member left. */
  | 'LEFT';

/** A transfer (会籍转接): the membership leaves its union for the union of the new employer. */
export type TransferMemberInput = {
  /** The date `YYYY-MM-DD` it takes effect, not in the future; default today (China Standard Time). */
  readonly date?: string | null | undefined;
  /** The new employer's union (a grassroots union, branch or group); omit when the employer has none. */
  readonly employerUnionId?: string | number | null | undefined;
  /** The union holding the membership as the caller read it; if another transfer moved it meanwhile, this one is refused (MEMBER_HOLDER_CHANGED). */
  readonly fromOrganizationId: string | number;
  /** The member. */
  readonly memberId: string | number;
  /** When the new employer has no union: the township/street union that holds the membership. */
  readonly townshipUnionId?: string | number | null | undefined;
};

/** A member's new contact phone. */
export type UpdateMemberContactInput = {
  /** The member. */
  readonly memberId: string | number;
  /** The new phone (an 11-digit mobile or a landline like 0571-87654321); null or blank clears it. */
  readonly phone?: string | null | undefined;
};

/** Changes to an organization; omitted fields stay, null clears a code. */
export type UpdateOrganizationInput = {
  /** New credit code; null clears it. */
  readonly creditCode?: string | null | undefined;
  /** The organization to change. */
  readonly id: string | number;
  /** New level. */
  readonly level?: OrganizationLevel | null | undefined;
  /** New name. */
  readonly name?: string | null | undefined;
  /** New region code; null clears it. */
  readonly regionCode?: string | null | undefined;
};

/** Who an elected write-in (另选他人) of a chained round is, said on certification: only registered members take seats. */
export type WriteInInput = {
  /** A close relative holds this barred position, if any. */
  readonly closeRelativeOf?: EmployerRole | null | undefined;
  /** The candidate’s barred position at the employer, if any. */
  readonly employerRole?: EmployerRole | null | undefined;
  /** 外籍职工: foreign staff cannot stand. */
  readonly foreignStaff?: boolean | null | undefined;
  /** In a DELEGATES election: a front-line worker (一线职工), kept for the delegate’s composition. */
  readonly frontLine?: boolean | null | undefined;
  /** In a DELEGATES election: middle management and above (中层正职以上). */
  readonly manager?: boolean | null | undefined;
  /** The member written in (global ID): their registered name must be the name written in, and they are checked exactly as a nomination (membership, eligibility, not standing already); they take the seat. Null: someone who takes no seat (no registered member, or not eligible); the seat goes to a further round (`startNextRound`). */
  readonly memberId?: string | number | null | undefined;
  /** In a DELEGATES election: a model worker (劳动模范). */
  readonly modelWorker?: boolean | null | undefined;
  /** The name as written in on the ballots (as `count.elected` lists it). */
  readonly name: string;
  /** In a DELEGATES election: a professional union worker (职业化工会工作者). */
  readonly unionWorker?: boolean | null | undefined;
};

/** One year’s budget of a fund. */
export type YearBudgetInput = {
  /** Yuan, at most two decimals, e.g. "1500000" or "1500000.00". */
  readonly amount: string;
  /** A year of the fund’s period. */
  readonly year: number;
};

export type CreateActivityMutationVariables = Exact<{
  input: CreateActivityInput;
}>;


export type CreateActivityMutation = { readonly createActivity: { readonly activity: { readonly id: string, readonly title: string, readonly places: number, readonly remainingPlaces: number } | null, readonly errors: ReadonlyArray<{ readonly code: ErrorCode, readonly message: string, readonly messageZh: string, readonly path: ReadonlyArray<string> }> } };

export type OrganizationActivitiesQueryVariables = Exact<{
  id: string | number;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type OrganizationActivitiesQuery = { readonly node:
    | { readonly id: string, readonly name: string, readonly activities: { readonly totalCount: number, readonly pageInfo: { readonly hasNextPage: boolean, readonly hasPreviousPage: boolean, readonly startCursor: string | null, readonly endCursor: string | null }, readonly nodes: ReadonlyArray<{ readonly id: string, readonly title: string, readonly place: string, readonly startsAt: string, readonly endsAt: string, readonly enrollmentOpensAt: string, readonly enrollmentClosesAt: string, readonly places: number, readonly placesPerMember: number, readonly remainingPlaces: number, readonly waitingList: boolean, readonly eligibility: ActivityEligibility }> } }
    | Record<PropertyKey, never>
   | null };

export type EnrollMutationVariables = Exact<{
  input: EnrollInput;
}>;


export type EnrollMutation = { readonly enroll: { readonly remainingPlaces: number | null, readonly enrollment: { readonly status: EnrollmentStatus, readonly places: number, readonly arrival: number, readonly waitingPosition: number | null } | null, readonly errors: ReadonlyArray<{ readonly code: ErrorCode, readonly message: string, readonly messageZh: string, readonly path: ReadonlyArray<string> }> } };

export type CancelEnrollmentMutationVariables = Exact<{
  input: CancelEnrollmentInput;
}>;


export type CancelEnrollmentMutation = { readonly cancelEnrollment: { readonly remainingPlaces: number | null, readonly enrollment: { readonly status: EnrollmentStatus } | null, readonly errors: ReadonlyArray<{ readonly code: ErrorCode, readonly message: string, readonly messageZh: string, readonly path: ReadonlyArray<string> }> } };

export type MyEnrollmentsQueryVariables = Exact<{ [key: string]: never; }>;


export type MyEnrollmentsQuery = { readonly myEnrollments: ReadonlyArray<{ readonly status: EnrollmentStatus, readonly places: number, readonly waitingPosition: number | null, readonly enrolledAt: string, readonly activity: { readonly id: string, readonly title: string, readonly startsAt: string } }> };

export type RemainingPlacesSubscriptionVariables = Exact<{
  activityId: string | number;
}>;


export type RemainingPlacesSubscription = { readonly remainingPlaces: { readonly activityId: string, readonly places: number, readonly taken: number, readonly remaining: number, readonly revision: number } };

export type BargainingCaseFieldsFragment = { readonly id: string, readonly employer: string, readonly firmWorkers: number, readonly rules: BargainingRuleSet, readonly stage: BargainingStage, readonly holidays: ReadonlyArray<string>, readonly workingWeekendDays: ReadonlyArray<string>, readonly requestedOn: string, readonly repliedOn: string | null, readonly meetingOn: string | null, readonly documentsProvidedOn: string | null, readonly finishedOn: string | null, readonly termStartsOn: string | null, readonly termEndsOn: string | null, readonly signedOn: string | null, readonly filedOn: string | null, readonly objectedOn: string | null, readonly workers: { readonly negotiators: number, readonly outsideExperts: number } | null, readonly employerSide: { readonly negotiators: number, readonly outsideExperts: number } | null, readonly votes: ReadonlyArray<{ readonly votedOn: string, readonly delegates: number, readonly present: number, readonly approving: number, readonly against: number | null, readonly abstaining: number | null, readonly adopted: boolean }>, readonly deadlines: { readonly replyDueBy: string, readonly documentsDueBy: string | null, readonly bargainingDueBy: string | null, readonly filingDueBy: string | null, readonly objectionPeriodEnds: string | null, readonly inForceOn: string | null } };

export type OrganizationBargainingCasesQueryVariables = Exact<{
  id: string | number;
  stage?: BargainingStage | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type OrganizationBargainingCasesQuery = { readonly node:
    | { readonly id: string, readonly name: string, readonly bargainingCases: { readonly totalCount: number, readonly pageInfo: { readonly hasNextPage: boolean, readonly hasPreviousPage: boolean, readonly startCursor: string | null, readonly endCursor: string | null }, readonly nodes: ReadonlyArray<{ readonly id: string, readonly employer: string, readonly firmWorkers: number, readonly rules: BargainingRuleSet, readonly stage: BargainingStage, readonly holidays: ReadonlyArray<string>, readonly workingWeekendDays: ReadonlyArray<string>, readonly requestedOn: string, readonly repliedOn: string | null, readonly meetingOn: string | null, readonly documentsProvidedOn: string | null, readonly finishedOn: string | null, readonly termStartsOn: string | null, readonly termEndsOn: string | null, readonly signedOn: string | null, readonly filedOn: string | null, readonly objectedOn: string | null, readonly workers: { readonly negotiators: number, readonly outsideExperts: number } | null, readonly employerSide: { readonly negotiators: number, readonly outsideExperts: number } | null, readonly votes: ReadonlyArray<{ readonly votedOn: string, readonly delegates: number, readonly present: number, readonly approving: number, readonly against: number | null, readonly abstaining: number | null, readonly adopted: boolean }>, readonly deadlines: { readonly replyDueBy: string, readonly documentsDueBy: string | null, readonly bargainingDueBy: string | null, readonly filingDueBy: string | null, readonly objectionPeriodEnds: string | null, readonly inForceOn: string | null } }> } | null }
    | Record<PropertyKey, never>
   | null };

export type OpenBargainingMutationVariables = Exact<{
  input: OpenBargainingInput;
}>;


export type OpenBargainingMutation = { readonly openBargaining: { readonly bargainingCase: { readonly id: string, readonly employer: string, readonly firmWorkers: number, readonly rules: BargainingRuleSet, readonly stage: BargainingStage, readonly holidays: ReadonlyArray<string>, readonly workingWeekendDays: ReadonlyArray<string>, readonly requestedOn: string, readonly repliedOn: string | null, readonly meetingOn: string | null, readonly documentsProvidedOn: string | null, readonly finishedOn: string | null, readonly termStartsOn: string | null, readonly termEndsOn: string | null, readonly signedOn: string | null, readonly filedOn: string | null, readonly objectedOn: string | null, readonly workers: { readonly negotiators: number, readonly outsideExperts: number } | null, readonly employerSide: { readonly negotiators: number, readonly outsideExperts: number } | null, readonly votes: ReadonlyArray<{ readonly votedOn: string, readonly delegates: number, readonly present: number, readonly approving: number, readonly against: number | null, readonly abstaining: number | null, readonly adopted: boolean }>, readonly deadlines: { readonly replyDueBy: string, readonly documentsDueBy: string | null, readonly bargainingDueBy: string | null, readonly filingDueBy: string | null, readonly objectionPeriodEnds: string | null, readonly inForceOn: string | null } } | null, readonly errors: ReadonlyArray<{ readonly code: ErrorCode, readonly message: string, readonly messageZh: string, readonly path: ReadonlyArray<string> }> } };

export type RecordBargainingReplyMutationVariables = Exact<{
  input: RecordBargainingReplyInput;
}>;


export type RecordBargainingReplyMutation = { readonly recordBargainingReply: { readonly bargainingCase: { readonly id: string, readonly employer: string, readonly firmWorkers: number, readonly rules: BargainingRuleSet, readonly stage: BargainingStage, readonly holidays: ReadonlyArray<string>, readonly workingWeekendDays: ReadonlyArray<string>, readonly requestedOn: string, readonly repliedOn: string | null, readonly meetingOn: string | null, readonly documentsProvidedOn: string | null, readonly finishedOn: string | null, readonly termStartsOn: string | null, readonly termEndsOn: string | null, readonly signedOn: string | null, readonly filedOn: string | null, readonly objectedOn: string | null, readonly workers: { readonly negotiators: number, readonly outsideExperts: number } | null, readonly employerSide: { readonly negotiators: number, readonly outsideExperts: number } | null, readonly votes: ReadonlyArray<{ readonly votedOn: string, readonly delegates: number, readonly present: number, readonly approving: number, readonly against: number | null, readonly abstaining: number | null, readonly adopted: boolean }>, readonly deadlines: { readonly replyDueBy: string, readonly documentsDueBy: string | null, readonly bargainingDueBy: string | null, readonly filingDueBy: string | null, readonly objectionPeriodEnds: string | null, readonly inForceOn: string | null } } | null, readonly errors: ReadonlyArray<{ readonly code: ErrorCode, readonly message: string, readonly messageZh: string, readonly path: ReadonlyArray<string> }> } };

export type NameNegotiatorsMutationVariables = Exact<{
  input: NameNegotiatorsInput;
}>;


export type NameNegotiatorsMutation = { readonly nameNegotiators: { readonly bargainingCase: { readonly id: string, readonly employer: string, readonly firmWorkers: number, readonly rules: BargainingRuleSet, readonly stage: BargainingStage, readonly holidays: ReadonlyArray<string>, readonly workingWeekendDays: ReadonlyArray<string>, readonly requestedOn: string, readonly repliedOn: string | null, readonly meetingOn: string | null, readonly documentsProvidedOn: string | null, readonly finishedOn: string | null, readonly termStartsOn: string | null, readonly termEndsOn: string | null, readonly signedOn: string | null, readonly filedOn: string | null, readonly objectedOn: string | null, readonly workers: { readonly negotiators: number, readonly outsideExperts: number } | null, readonly employerSide: { readonly negotiators: number, readonly outsideExperts: number } | null, readonly votes: ReadonlyArray<{ readonly votedOn: string, readonly delegates: number, readonly present: number, readonly approving: number, readonly against: number | null, readonly abstaining: number | null, readonly adopted: boolean }>, readonly deadlines: { readonly replyDueBy: string, readonly documentsDueBy: string | null, readonly bargainingDueBy: string | null, readonly filingDueBy: string | null, readonly objectionPeriodEnds: string | null, readonly inForceOn: string | null } } | null, readonly errors: ReadonlyArray<{ readonly code: ErrorCode, readonly message: string, readonly messageZh: string, readonly path: ReadonlyArray<string> }> } };

export type ScheduleBargainingMeetingMutationVariables = Exact<{
  input: ScheduleBargainingMeetingInput;
}>;


export type ScheduleBargainingMeetingMutation = { readonly scheduleBargainingMeeting: { readonly bargainingCase: { readonly id: string, readonly employer: string, readonly firmWorkers: number, readonly rules: BargainingRuleSet, readonly stage: BargainingStage, readonly holidays: ReadonlyArray<string>, readonly workingWeekendDays: ReadonlyArray<string>, readonly requestedOn: string, readonly repliedOn: string | null, readonly meetingOn: string | null, readonly documentsProvidedOn: string | null, readonly finishedOn: string | null, readonly termStartsOn: string | null, readonly termEndsOn: string | null, readonly signedOn: string | null, readonly filedOn: string | null, readonly objectedOn: string | null, readonly workers: { readonly negotiators: number, readonly outsideExperts: number } | null, readonly employerSide: { readonly negotiators: number, readonly outsideExperts: number } | null, readonly votes: ReadonlyArray<{ readonly votedOn: string, readonly delegates: number, readonly present: number, readonly approving: number, readonly against: number | null, readonly abstaining: number | null, readonly adopted: boolean }>, readonly deadlines: { readonly replyDueBy: string, readonly documentsDueBy: string | null, readonly bargainingDueBy: string | null, readonly filingDueBy: string | null, readonly objectionPeriodEnds: string | null, readonly inForceOn: string | null } } | null, readonly errors: ReadonlyArray<{ readonly code: ErrorCode, readonly message: string, readonly messageZh: string, readonly path: ReadonlyArray<string> }> } };

export type FinishBargainingMutationVariables = Exact<{
  input: FinishBargainingInput;
}>;


export type FinishBargainingMutation = { readonly finishBargaining: { readonly bargainingCase: { readonly id: string, readonly employer: string, readonly firmWorkers: number, readonly rules: BargainingRuleSet, readonly stage: BargainingStage, readonly holidays: ReadonlyArray<string>, readonly workingWeekendDays: ReadonlyArray<string>, readonly requestedOn: string, readonly repliedOn: string | null, readonly meetingOn: string | null, readonly documentsProvidedOn: string | null, readonly finishedOn: string | null, readonly termStartsOn: string | null, readonly termEndsOn: string | null, readonly signedOn: string | null, readonly filedOn: string | null, readonly objectedOn: string | null, readonly workers: { readonly negotiators: number, readonly outsideExperts: number } | null, readonly employerSide: { readonly negotiators: number, readonly outsideExperts: number } | null, readonly votes: ReadonlyArray<{ readonly votedOn: string, readonly delegates: number, readonly present: number, readonly approving: number, readonly against: number | null, readonly abstaining: number | null, readonly adopted: boolean }>, readonly deadlines: { readonly replyDueBy: string, readonly documentsDueBy: string | null, readonly bargainingDueBy: string | null, readonly filingDueBy: string | null, readonly objectionPeriodEnds: string | null, readonly inForceOn: string | null } } | null, readonly errors: ReadonlyArray<{ readonly code: ErrorCode, readonly message: string, readonly messageZh: string, readonly path: ReadonlyArray<string> }> } };

export type RecordContractVoteMutationVariables = Exact<{
  input: RecordContractVoteInput;
}>;


export type RecordContractVoteMutation = { readonly recordContractVote: { readonly bargainingCase: { readonly id: string, readonly employer: string, readonly firmWorkers: number, readonly rules: BargainingRuleSet, readonly stage: BargainingStage, readonly holidays: ReadonlyArray<string>, readonly workingWeekendDays: ReadonlyArray<string>, readonly requestedOn: string, readonly repliedOn: string | null, readonly meetingOn: string | null, readonly documentsProvidedOn: string | null, readonly finishedOn: string | null, readonly termStartsOn: string | null, readonly termEndsOn: string | null, readonly signedOn: string | null, readonly filedOn: string | null, readonly objectedOn: string | null, readonly workers: { readonly negotiators: number, readonly outsideExperts: number } | null, readonly employerSide: { readonly negotiators: number, readonly outsideExperts: number } | null, readonly votes: ReadonlyArray<{ readonly votedOn: string, readonly delegates: number, readonly present: number, readonly approving: number, readonly against: number | null, readonly abstaining: number | null, readonly adopted: boolean }>, readonly deadlines: { readonly replyDueBy: string, readonly documentsDueBy: string | null, readonly bargainingDueBy: string | null, readonly filingDueBy: string | null, readonly objectionPeriodEnds: string | null, readonly inForceOn: string | null } } | null, readonly errors: ReadonlyArray<{ readonly code: ErrorCode, readonly message: string, readonly messageZh: string, readonly path: ReadonlyArray<string> }> } };

export type FileContractMutationVariables = Exact<{
  input: FileContractInput;
}>;


export type FileContractMutation = { readonly fileContract: { readonly bargainingCase: { readonly id: string, readonly employer: string, readonly firmWorkers: number, readonly rules: BargainingRuleSet, readonly stage: BargainingStage, readonly holidays: ReadonlyArray<string>, readonly workingWeekendDays: ReadonlyArray<string>, readonly requestedOn: string, readonly repliedOn: string | null, readonly meetingOn: string | null, readonly documentsProvidedOn: string | null, readonly finishedOn: string | null, readonly termStartsOn: string | null, readonly termEndsOn: string | null, readonly signedOn: string | null, readonly filedOn: string | null, readonly objectedOn: string | null, readonly workers: { readonly negotiators: number, readonly outsideExperts: number } | null, readonly employerSide: { readonly negotiators: number, readonly outsideExperts: number } | null, readonly votes: ReadonlyArray<{ readonly votedOn: string, readonly delegates: number, readonly present: number, readonly approving: number, readonly against: number | null, readonly abstaining: number | null, readonly adopted: boolean }>, readonly deadlines: { readonly replyDueBy: string, readonly documentsDueBy: string | null, readonly bargainingDueBy: string | null, readonly filingDueBy: string | null, readonly objectionPeriodEnds: string | null, readonly inForceOn: string | null } } | null, readonly errors: ReadonlyArray<{ readonly code: ErrorCode, readonly message: string, readonly messageZh: string, readonly path: ReadonlyArray<string> }> } };

export type RecordContractObjectionMutationVariables = Exact<{
  input: RecordContractObjectionInput;
}>;


export type RecordContractObjectionMutation = { readonly recordContractObjection: { readonly bargainingCase: { readonly id: string, readonly employer: string, readonly firmWorkers: number, readonly rules: BargainingRuleSet, readonly stage: BargainingStage, readonly holidays: ReadonlyArray<string>, readonly workingWeekendDays: ReadonlyArray<string>, readonly requestedOn: string, readonly repliedOn: string | null, readonly meetingOn: string | null, readonly documentsProvidedOn: string | null, readonly finishedOn: string | null, readonly termStartsOn: string | null, readonly termEndsOn: string | null, readonly signedOn: string | null, readonly filedOn: string | null, readonly objectedOn: string | null, readonly workers: { readonly negotiators: number, readonly outsideExperts: number } | null, readonly employerSide: { readonly negotiators: number, readonly outsideExperts: number } | null, readonly votes: ReadonlyArray<{ readonly votedOn: string, readonly delegates: number, readonly present: number, readonly approving: number, readonly against: number | null, readonly abstaining: number | null, readonly adopted: boolean }>, readonly deadlines: { readonly replyDueBy: string, readonly documentsDueBy: string | null, readonly bargainingDueBy: string | null, readonly filingDueBy: string | null, readonly objectionPeriodEnds: string | null, readonly inForceOn: string | null } } | null, readonly errors: ReadonlyArray<{ readonly code: ErrorCode, readonly message: string, readonly messageZh: string, readonly path: ReadonlyArray<string> }> } };

export type SeatApportionmentFieldsFragment = { readonly id: string, readonly delegationTo: string | null, readonly seats: number, readonly method: ApportionMethod, readonly cutoffDate: string, readonly decidedAt: string, readonly reproducible: boolean, readonly allocations: ReadonlyArray<{ readonly members: number, readonly source: MemberCountSource, readonly min: number, readonly max: number | null, readonly reserved: number, readonly reservedFor: string | null, readonly apportioned: number, readonly seats: number, readonly tie: boolean, readonly unit: { readonly id: string, readonly name: string } }> };

export type DelegateFieldsFragment = { readonly id: string, readonly status: DelegateStatus, readonly since: string, readonly gender: Gender, readonly frontLine: boolean, readonly manager: boolean, readonly unionWorker: boolean, readonly modelWorker: boolean, readonly unit: { readonly id: string, readonly name: string } | null, readonly member: { readonly id: string, readonly name: string, readonly idNumber: string | null } | null };

export type PositionFieldsFragment = { readonly id: string, readonly role: PositionRole, readonly startsOn: string, readonly endsOn: string | null, readonly member: { readonly id: string, readonly name: string } | null, readonly committee: { readonly id: string, readonly kind: CommitteeKind } };

export type OrganizationCongressQueryVariables = Exact<{
  id: string | number;
}>;


export type OrganizationCongressQuery = { readonly node:
    | { readonly id: string, readonly name: string, readonly congress: { readonly id: string, readonly name: string, readonly form: CongressForm, readonly seats: number | null, readonly reportedMembers: number | null, readonly currentTerm: { readonly id: string, readonly number: number, readonly startsOn: string, readonly endsOn: string, readonly delayedUntil: string | null, readonly composition: { readonly delegates: number, readonly managers: number, readonly women: number, readonly frontLine: number, readonly members: number, readonly womenMembers: number, readonly violations: ReadonlyArray<{ readonly code: ErrorCode, readonly message: string, readonly messageZh: string, readonly path: ReadonlyArray<string> }> } | null } | null, readonly units: { readonly totalCount: number, readonly nodes: ReadonlyArray<{ readonly id: string, readonly name: string, readonly reportedMembers: number | null, readonly organizations: ReadonlyArray<{ readonly id: string, readonly name: string }> }> }, readonly apportionments: { readonly totalCount: number, readonly nodes: ReadonlyArray<{ readonly id: string, readonly delegationTo: string | null, readonly seats: number, readonly method: ApportionMethod, readonly cutoffDate: string, readonly decidedAt: string, readonly reproducible: boolean, readonly allocations: ReadonlyArray<{ readonly members: number, readonly source: MemberCountSource, readonly min: number, readonly max: number | null, readonly reserved: number, readonly reservedFor: string | null, readonly apportioned: number, readonly seats: number, readonly tie: boolean, readonly unit: { readonly id: string, readonly name: string } }> }> } } | null }
    | Record<PropertyKey, never>
   | null };

export type TermDelegatesQueryVariables = Exact<{
  id: string | number;
  status?: DelegateStatus | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type TermDelegatesQuery = { readonly node:
    | { readonly id: string, readonly number: number, readonly delegates: { readonly totalCount: number, readonly pageInfo: { readonly hasNextPage: boolean, readonly hasPreviousPage: boolean, readonly startCursor: string | null, readonly endCursor: string | null }, readonly nodes: ReadonlyArray<{ readonly id: string, readonly status: DelegateStatus, readonly since: string, readonly gender: Gender, readonly frontLine: boolean, readonly manager: boolean, readonly unionWorker: boolean, readonly modelWorker: boolean, readonly unit: { readonly id: string, readonly name: string } | null, readonly member: { readonly id: string, readonly name: string, readonly idNumber: string | null } | null }> }, readonly sessions: { readonly totalCount: number, readonly nodes: ReadonlyArray<{ readonly id: string, readonly number: number, readonly heldOn: string, readonly entitled: number, readonly present: number }> } }
    | Record<PropertyKey, never>
   | null };

export type OrganizationCommitteesQueryVariables = Exact<{
  id: string | number;
  role?: PositionRole | null | undefined;
  heldOn?: string | null | undefined;
  first?: number | null | undefined;
}>;


export type OrganizationCommitteesQuery = { readonly node:
    | { readonly id: string, readonly name: string, readonly committees: ReadonlyArray<{ readonly id: string, readonly kind: CommitteeKind, readonly seats: number }> | null, readonly positions: { readonly totalCount: number, readonly nodes: ReadonlyArray<{ readonly id: string, readonly role: PositionRole, readonly startsOn: string, readonly endsOn: string | null, readonly member: { readonly id: string, readonly name: string } | null, readonly committee: { readonly id: string, readonly kind: CommitteeKind } }> } | null }
    | Record<PropertyKey, never>
   | null };

export type TermExpiryWatchQueryVariables = Exact<{
  organizationId: string | number;
  withinDays?: number | null | undefined;
  first?: number | null | undefined;
}>;


export type TermExpiryWatchQuery = { readonly termExpiryWatch: ReadonlyArray<{ readonly status: TermWatchStatus, readonly deadline: string, readonly daysLeft: number, readonly term: { readonly id: string, readonly number: number, readonly endsOn: string, readonly delayedUntil: string | null, readonly organization: { readonly id: string, readonly name: string } } }> };

export type PreviewApportionmentQueryVariables = Exact<{
  input: ApportionSeatsInput;
}>;


export type PreviewApportionmentQuery = { readonly previewApportionment: { readonly seats: number | null, readonly method: ApportionMethod | null, readonly cutoffDate: string | null, readonly allocations: ReadonlyArray<{ readonly members: number, readonly source: MemberCountSource, readonly reserved: number, readonly apportioned: number, readonly seats: number, readonly tie: boolean, readonly unit: { readonly id: string, readonly name: string } }>, readonly errors: ReadonlyArray<{ readonly code: ErrorCode, readonly message: string, readonly messageZh: string, readonly path: ReadonlyArray<string> }> } };

export type CreateCongressMutationVariables = Exact<{
  input: CreateCongressInput;
}>;


export type CreateCongressMutation = { readonly createCongress: { readonly congress: { readonly id: string, readonly name: string, readonly form: CongressForm, readonly seats: number | null } | null, readonly errors: ReadonlyArray<{ readonly code: ErrorCode, readonly message: string, readonly messageZh: string, readonly path: ReadonlyArray<string> }> } };

export type OpenTermMutationVariables = Exact<{
  input: OpenTermInput;
}>;


export type OpenTermMutation = { readonly openTerm: { readonly term: { readonly id: string, readonly number: number, readonly startsOn: string, readonly endsOn: string } | null, readonly errors: ReadonlyArray<{ readonly code: ErrorCode, readonly message: string, readonly messageZh: string, readonly path: ReadonlyArray<string> }> } };

export type DelayTermElectionMutationVariables = Exact<{
  input: DelayTermElectionInput;
}>;


export type DelayTermElectionMutation = { readonly delayTermElection: { readonly term: { readonly id: string, readonly endsOn: string, readonly delayedUntil: string | null, readonly delayApproval: string | null } | null, readonly errors: ReadonlyArray<{ readonly code: ErrorCode, readonly message: string, readonly messageZh: string, readonly path: ReadonlyArray<string> }> } };

export type CreateElectoralUnitMutationVariables = Exact<{
  input: CreateElectoralUnitInput;
}>;


export type CreateElectoralUnitMutation = { readonly createElectoralUnit: { readonly unit: { readonly id: string, readonly name: string, readonly organizations: ReadonlyArray<{ readonly id: string, readonly name: string }> } | null, readonly errors: ReadonlyArray<{ readonly code: ErrorCode, readonly message: string, readonly messageZh: string, readonly path: ReadonlyArray<string> }> } };

export type ApportionDelegateSeatsMutationVariables = Exact<{
  input: ApportionSeatsInput;
}>;


export type ApportionDelegateSeatsMutation = { readonly apportionDelegateSeats: { readonly apportionment: { readonly id: string, readonly delegationTo: string | null, readonly seats: number, readonly method: ApportionMethod, readonly cutoffDate: string, readonly decidedAt: string, readonly reproducible: boolean, readonly allocations: ReadonlyArray<{ readonly members: number, readonly source: MemberCountSource, readonly min: number, readonly max: number | null, readonly reserved: number, readonly reservedFor: string | null, readonly apportioned: number, readonly seats: number, readonly tie: boolean, readonly unit: { readonly id: string, readonly name: string } }> } | null, readonly errors: ReadonlyArray<{ readonly code: ErrorCode, readonly message: string, readonly messageZh: string, readonly path: ReadonlyArray<string> }> } };

export type AddDelegateMutationVariables = Exact<{
  input: AddDelegateInput;
}>;


export type AddDelegateMutation = { readonly addDelegate: { readonly delegate: { readonly id: string, readonly status: DelegateStatus, readonly since: string, readonly gender: Gender, readonly frontLine: boolean, readonly manager: boolean, readonly unionWorker: boolean, readonly modelWorker: boolean, readonly unit: { readonly id: string, readonly name: string } | null, readonly member: { readonly id: string, readonly name: string, readonly idNumber: string | null } | null } | null, readonly errors: ReadonlyArray<{ readonly code: ErrorCode, readonly message: string, readonly messageZh: string, readonly path: ReadonlyArray<string> }> } };

export type RecordSessionMutationVariables = Exact<{
  input: RecordSessionInput;
}>;


export type RecordSessionMutation = { readonly recordSession: { readonly session: { readonly id: string, readonly number: number, readonly heldOn: string, readonly entitled: number, readonly present: number } | null, readonly errors: ReadonlyArray<{ readonly code: ErrorCode, readonly message: string, readonly messageZh: string, readonly path: ReadonlyArray<string> }> } };

export type ChangeDelegateStatusMutationVariables = Exact<{
  input: ChangeDelegateStatusInput;
}>;


export type ChangeDelegateStatusMutation = { readonly changeDelegateStatus: { readonly delegate: { readonly id: string, readonly status: DelegateStatus, readonly since: string, readonly gender: Gender, readonly frontLine: boolean, readonly manager: boolean, readonly unionWorker: boolean, readonly modelWorker: boolean, readonly history: ReadonlyArray<{ readonly status: DelegateStatus, readonly date: string, readonly note: string | null }>, readonly unit: { readonly id: string, readonly name: string } | null, readonly member: { readonly id: string, readonly name: string, readonly idNumber: string | null } | null } | null, readonly errors: ReadonlyArray<{ readonly code: ErrorCode, readonly message: string, readonly messageZh: string, readonly path: ReadonlyArray<string> }> } };

export type CreateCommitteeMutationVariables = Exact<{
  input: CreateCommitteeInput;
}>;


export type CreateCommitteeMutation = { readonly createCommittee: { readonly committee: { readonly id: string, readonly kind: CommitteeKind, readonly seats: number } | null, readonly errors: ReadonlyArray<{ readonly code: ErrorCode, readonly message: string, readonly messageZh: string, readonly path: ReadonlyArray<string> }> } };

export type AppointPositionMutationVariables = Exact<{
  input: AppointPositionInput;
}>;


export type AppointPositionMutation = { readonly appointPosition: { readonly position: { readonly id: string, readonly role: PositionRole, readonly startsOn: string, readonly endsOn: string | null, readonly member: { readonly id: string, readonly name: string } | null, readonly committee: { readonly id: string, readonly kind: CommitteeKind } } | null, readonly errors: ReadonlyArray<{ readonly code: ErrorCode, readonly message: string, readonly messageZh: string, readonly path: ReadonlyArray<string> }> } };

export type EndPositionMutationVariables = Exact<{
  input: EndPositionInput;
}>;


export type EndPositionMutation = { readonly endPosition: { readonly position: { readonly id: string, readonly role: PositionRole, readonly startsOn: string, readonly endsOn: string | null, readonly member: { readonly id: string, readonly name: string } | null, readonly committee: { readonly id: string, readonly kind: CommitteeKind } } | null, readonly errors: ReadonlyArray<{ readonly code: ErrorCode, readonly message: string, readonly messageZh: string, readonly path: ReadonlyArray<string> }> } };

export type RemoveOfficerMutationVariables = Exact<{
  input: RemoveOfficerInput;
}>;


export type RemoveOfficerMutation = { readonly removeOfficer: { readonly position: { readonly id: string, readonly role: PositionRole, readonly startsOn: string, readonly endsOn: string | null, readonly member: { readonly id: string, readonly name: string } | null, readonly committee: { readonly id: string, readonly kind: CommitteeKind } } | null, readonly errors: ReadonlyArray<{ readonly code: ErrorCode, readonly message: string, readonly messageZh: string, readonly path: ReadonlyArray<string> }> } };

export type ElectionFieldsFragment = { readonly id: string, readonly title: string, readonly body: ElectedBody, readonly seats: number, readonly method: string, readonly contested: boolean, readonly status: ElectionStatus, readonly round: number, readonly roundKind: ElectionRoundKind, readonly rollHash: string | null, readonly entitled: number, readonly present: number, readonly ballotsIssued: number, readonly ballotsReturned: number, readonly reducedSeats: number | null, readonly seal: string | null, readonly candidates: ReadonlyArray<{ readonly id: string, readonly name: string, readonly withdrawn: boolean }> };

export type ElectionPayloadFieldsFragment = { readonly election: { readonly id: string, readonly title: string, readonly body: ElectedBody, readonly seats: number, readonly method: string, readonly contested: boolean, readonly status: ElectionStatus, readonly round: number, readonly roundKind: ElectionRoundKind, readonly rollHash: string | null, readonly entitled: number, readonly present: number, readonly ballotsIssued: number, readonly ballotsReturned: number, readonly reducedSeats: number | null, readonly seal: string | null, readonly candidates: ReadonlyArray<{ readonly id: string, readonly name: string, readonly withdrawn: boolean }> } | null, readonly errors: ReadonlyArray<{ readonly code: ErrorCode, readonly message: string, readonly messageZh: string, readonly path: ReadonlyArray<string> }> };

export type CreateElectionMutationVariables = Exact<{
  input: CreateElectionInput;
}>;


export type CreateElectionMutation = { readonly createElection: { readonly election: { readonly id: string, readonly title: string, readonly body: ElectedBody, readonly seats: number, readonly method: string, readonly contested: boolean, readonly status: ElectionStatus, readonly round: number, readonly roundKind: ElectionRoundKind, readonly rollHash: string | null, readonly entitled: number, readonly present: number, readonly ballotsIssued: number, readonly ballotsReturned: number, readonly reducedSeats: number | null, readonly seal: string | null, readonly candidates: ReadonlyArray<{ readonly id: string, readonly name: string, readonly withdrawn: boolean }> } | null, readonly errors: ReadonlyArray<{ readonly code: ErrorCode, readonly message: string, readonly messageZh: string, readonly path: ReadonlyArray<string> }> } };

export type OpenNominationsMutationVariables = Exact<{
  electionId: string | number;
}>;


export type OpenNominationsMutation = { readonly openNominations: { readonly election: { readonly id: string, readonly title: string, readonly body: ElectedBody, readonly seats: number, readonly method: string, readonly contested: boolean, readonly status: ElectionStatus, readonly round: number, readonly roundKind: ElectionRoundKind, readonly rollHash: string | null, readonly entitled: number, readonly present: number, readonly ballotsIssued: number, readonly ballotsReturned: number, readonly reducedSeats: number | null, readonly seal: string | null, readonly candidates: ReadonlyArray<{ readonly id: string, readonly name: string, readonly withdrawn: boolean }> } | null, readonly errors: ReadonlyArray<{ readonly code: ErrorCode, readonly message: string, readonly messageZh: string, readonly path: ReadonlyArray<string> }> } };

export type NominateCandidateMutationVariables = Exact<{
  input: NominateCandidateInput;
}>;


export type NominateCandidateMutation = { readonly nominateCandidate: { readonly candidacy: { readonly id: string, readonly name: string, readonly withdrawn: boolean } | null, readonly errors: ReadonlyArray<{ readonly code: ErrorCode, readonly message: string, readonly messageZh: string, readonly path: ReadonlyArray<string> }> } };

export type FreezeRollMutationVariables = Exact<{
  electionId: string | number;
}>;


export type FreezeRollMutation = { readonly freezeRoll: { readonly election: { readonly id: string, readonly title: string, readonly body: ElectedBody, readonly seats: number, readonly method: string, readonly contested: boolean, readonly status: ElectionStatus, readonly round: number, readonly roundKind: ElectionRoundKind, readonly rollHash: string | null, readonly entitled: number, readonly present: number, readonly ballotsIssued: number, readonly ballotsReturned: number, readonly reducedSeats: number | null, readonly seal: string | null, readonly candidates: ReadonlyArray<{ readonly id: string, readonly name: string, readonly withdrawn: boolean }> } | null, readonly errors: ReadonlyArray<{ readonly code: ErrorCode, readonly message: string, readonly messageZh: string, readonly path: ReadonlyArray<string> }> } };

export type RegisterAttendanceMutationVariables = Exact<{
  electionId: string | number;
  voterId: string | number;
}>;


export type RegisterAttendanceMutation = { readonly registerAttendance: { readonly election: { readonly id: string, readonly title: string, readonly body: ElectedBody, readonly seats: number, readonly method: string, readonly contested: boolean, readonly status: ElectionStatus, readonly round: number, readonly roundKind: ElectionRoundKind, readonly rollHash: string | null, readonly entitled: number, readonly present: number, readonly ballotsIssued: number, readonly ballotsReturned: number, readonly reducedSeats: number | null, readonly seal: string | null, readonly candidates: ReadonlyArray<{ readonly id: string, readonly name: string, readonly withdrawn: boolean }> } | null, readonly errors: ReadonlyArray<{ readonly code: ErrorCode, readonly message: string, readonly messageZh: string, readonly path: ReadonlyArray<string> }> } };

export type OpenVotingMutationVariables = Exact<{
  electionId: string | number;
}>;


export type OpenVotingMutation = { readonly openVoting: { readonly election: { readonly id: string, readonly title: string, readonly body: ElectedBody, readonly seats: number, readonly method: string, readonly contested: boolean, readonly status: ElectionStatus, readonly round: number, readonly roundKind: ElectionRoundKind, readonly rollHash: string | null, readonly entitled: number, readonly present: number, readonly ballotsIssued: number, readonly ballotsReturned: number, readonly reducedSeats: number | null, readonly seal: string | null, readonly candidates: ReadonlyArray<{ readonly id: string, readonly name: string, readonly withdrawn: boolean }> } | null, readonly errors: ReadonlyArray<{ readonly code: ErrorCode, readonly message: string, readonly messageZh: string, readonly path: ReadonlyArray<string> }> } };

export type IssueBallotTokenMutationVariables = Exact<{
  electionId: string | number;
  voterId: string | number;
}>;


export type IssueBallotTokenMutation = { readonly issueBallotToken: { readonly token: string | null, readonly errors: ReadonlyArray<{ readonly code: ErrorCode, readonly message: string, readonly messageZh: string, readonly path: ReadonlyArray<string> }> } };

export type CheckInToVoteMutationVariables = Exact<{
  electionId: string | number;
}>;


export type CheckInToVoteMutation = { readonly checkInToVote: { readonly token: string | null, readonly errors: ReadonlyArray<{ readonly code: ErrorCode, readonly message: string, readonly messageZh: string, readonly path: ReadonlyArray<string> }> } };

export type BallotPaperQueryVariables = Exact<{
  electionId: string | number;
  token: string;
}>;


export type BallotPaperQuery = { readonly ballotPaper: { readonly title: string, readonly seats: number, readonly method: string, readonly candidates: ReadonlyArray<{ readonly id: string, readonly name: string }> } | null };

export type CastBallotMutationVariables = Exact<{
  input: CastBallotInput;
}>;


export type CastBallotMutation = { readonly castBallot: { readonly receipt: string | null, readonly errors: ReadonlyArray<{ readonly code: ErrorCode, readonly message: string, readonly messageZh: string, readonly path: ReadonlyArray<string> }> } };

export type EnterPaperBallotsMutationVariables = Exact<{
  input: EnterPaperBallotsInput;
}>;


export type EnterPaperBallotsMutation = { readonly enterPaperBallots: { readonly accepted: number | null, readonly errors: ReadonlyArray<{ readonly code: ErrorCode, readonly message: string, readonly messageZh: string, readonly path: ReadonlyArray<string> }> } };

export type CloseElectionMutationVariables = Exact<{
  electionId: string | number;
}>;


export type CloseElectionMutation = { readonly closeElection: { readonly election: { readonly id: string, readonly title: string, readonly body: ElectedBody, readonly seats: number, readonly method: string, readonly contested: boolean, readonly status: ElectionStatus, readonly round: number, readonly roundKind: ElectionRoundKind, readonly rollHash: string | null, readonly entitled: number, readonly present: number, readonly ballotsIssued: number, readonly ballotsReturned: number, readonly reducedSeats: number | null, readonly seal: string | null, readonly candidates: ReadonlyArray<{ readonly id: string, readonly name: string, readonly withdrawn: boolean }> } | null, readonly errors: ReadonlyArray<{ readonly code: ErrorCode, readonly message: string, readonly messageZh: string, readonly path: ReadonlyArray<string> }> } };

export type CertifyElectionMutationVariables = Exact<{
  electionId: string | number;
  writeIns?: ReadonlyArray<WriteInInput> | WriteInInput | null | undefined;
}>;


export type CertifyElectionMutation = { readonly certifyElection: { readonly election: { readonly id: string, readonly title: string, readonly body: ElectedBody, readonly seats: number, readonly method: string, readonly contested: boolean, readonly status: ElectionStatus, readonly round: number, readonly roundKind: ElectionRoundKind, readonly rollHash: string | null, readonly entitled: number, readonly present: number, readonly ballotsIssued: number, readonly ballotsReturned: number, readonly reducedSeats: number | null, readonly seal: string | null, readonly candidates: ReadonlyArray<{ readonly id: string, readonly name: string, readonly withdrawn: boolean }> } | null, readonly errors: ReadonlyArray<{ readonly code: ErrorCode, readonly message: string, readonly messageZh: string, readonly path: ReadonlyArray<string> }> } };

export type ApproveElectionMutationVariables = Exact<{
  electionId: string | number;
}>;


export type ApproveElectionMutation = { readonly approveElection: { readonly election: { readonly id: string, readonly title: string, readonly body: ElectedBody, readonly seats: number, readonly method: string, readonly contested: boolean, readonly status: ElectionStatus, readonly round: number, readonly roundKind: ElectionRoundKind, readonly rollHash: string | null, readonly entitled: number, readonly present: number, readonly ballotsIssued: number, readonly ballotsReturned: number, readonly reducedSeats: number | null, readonly seal: string | null, readonly candidates: ReadonlyArray<{ readonly id: string, readonly name: string, readonly withdrawn: boolean }> } | null, readonly errors: ReadonlyArray<{ readonly code: ErrorCode, readonly message: string, readonly messageZh: string, readonly path: ReadonlyArray<string> }> } };

export type ReduceSeatsMutationVariables = Exact<{
  electionId: string | number;
}>;


export type ReduceSeatsMutation = { readonly reduceSeats: { readonly election: { readonly id: string, readonly title: string, readonly body: ElectedBody, readonly seats: number, readonly method: string, readonly contested: boolean, readonly status: ElectionStatus, readonly round: number, readonly roundKind: ElectionRoundKind, readonly rollHash: string | null, readonly entitled: number, readonly present: number, readonly ballotsIssued: number, readonly ballotsReturned: number, readonly reducedSeats: number | null, readonly seal: string | null, readonly candidates: ReadonlyArray<{ readonly id: string, readonly name: string, readonly withdrawn: boolean }> } | null, readonly errors: ReadonlyArray<{ readonly code: ErrorCode, readonly message: string, readonly messageZh: string, readonly path: ReadonlyArray<string> }> } };

export type StartNextRoundMutationVariables = Exact<{
  electionId: string | number;
}>;


export type StartNextRoundMutation = { readonly startNextRound: { readonly election: { readonly id: string, readonly title: string, readonly body: ElectedBody, readonly seats: number, readonly method: string, readonly contested: boolean, readonly status: ElectionStatus, readonly round: number, readonly roundKind: ElectionRoundKind, readonly rollHash: string | null, readonly entitled: number, readonly present: number, readonly ballotsIssued: number, readonly ballotsReturned: number, readonly reducedSeats: number | null, readonly seal: string | null, readonly candidates: ReadonlyArray<{ readonly id: string, readonly name: string, readonly withdrawn: boolean }> } | null, readonly errors: ReadonlyArray<{ readonly code: ErrorCode, readonly message: string, readonly messageZh: string, readonly path: ReadonlyArray<string> }> } };

export type ElectionQueryVariables = Exact<{
  id: string | number;
}>;


export type ElectionQuery = { readonly node:
    | { readonly record: string | null, readonly id: string, readonly title: string, readonly body: ElectedBody, readonly seats: number, readonly method: string, readonly contested: boolean, readonly status: ElectionStatus, readonly round: number, readonly roundKind: ElectionRoundKind, readonly rollHash: string | null, readonly entitled: number, readonly present: number, readonly ballotsIssued: number, readonly ballotsReturned: number, readonly reducedSeats: number | null, readonly seal: string | null, readonly organization: { readonly id: string, readonly name: string }, readonly count: { readonly status: string, readonly voidReason: string | null, readonly validBallots: number, readonly invalidBallots: number, readonly threshold: number, readonly elected: ReadonlyArray<string>, readonly tied: ReadonlyArray<string>, readonly unfilledSeats: number, readonly tally: { readonly totalCount: number, readonly nodes: ReadonlyArray<{ readonly candidateId: string, readonly name: string, readonly votes: number }> } } | null, readonly turnout: { readonly entitled: number, readonly present: number, readonly ballotsIssued: number, readonly ballotsCast: number }, readonly rounds: ReadonlyArray<{ readonly id: string, readonly round: number, readonly roundKind: ElectionRoundKind, readonly status: ElectionStatus }>, readonly candidates: ReadonlyArray<{ readonly id: string, readonly name: string, readonly withdrawn: boolean }> }
    | Record<PropertyKey, never>
   | null };

export type ElectionTurnoutSubscriptionVariables = Exact<{
  electionId: string | number;
}>;


export type ElectionTurnoutSubscription = { readonly electionTurnout: { readonly status: ElectionStatus, readonly entitled: number, readonly present: number, readonly ballotsIssued: number, readonly ballotsCast: number } };

export type OrganizationFieldsFragment = { readonly id: string, readonly name: string, readonly kind: OrganizationKind, readonly level: OrganizationLevel, readonly status: OrganizationStatus, readonly regionCode: string | null, readonly creditCode: string | null, readonly depth: number, readonly createdAt: string, readonly updatedAt: string, readonly dissolvedAt: string | null, readonly parent: { readonly id: string, readonly name: string } | null };

export type PageInfoFieldsFragment = { readonly hasNextPage: boolean, readonly hasPreviousPage: boolean, readonly startCursor: string | null, readonly endCursor: string | null };

export type RuleViolationFieldsFragment = { readonly code: ErrorCode, readonly message: string, readonly messageZh: string, readonly path: ReadonlyArray<string> };

export type MemberFieldsFragment = { readonly id: string, readonly name: string, readonly gender: Gender, readonly status: MembershipStatus, readonly memberSince: string, readonly idNumber: string | null, readonly phone: string | null, readonly birthDate: string | null, readonly organization: { readonly id: string, readonly name: string } };

export type CreateFundMutationVariables = Exact<{
  input: CreateFundInput;
}>;


export type CreateFundMutation = { readonly createFund: { readonly fund: { readonly id: string, readonly name: string, readonly total: { readonly yuan: string }, readonly years: ReadonlyArray<{ readonly year: number, readonly budget: { readonly yuan: string }, readonly spent: { readonly yuan: string }, readonly remaining: { readonly yuan: string } }> } | null, readonly errors: ReadonlyArray<{ readonly code: ErrorCode, readonly message: string, readonly messageZh: string, readonly path: ReadonlyArray<string> }> } };

export type FundFieldsFragment = { readonly id: string, readonly name: string, readonly total: { readonly yuan: string }, readonly years: ReadonlyArray<{ readonly year: number, readonly budget: { readonly yuan: string }, readonly spent: { readonly yuan: string }, readonly remaining: { readonly yuan: string } }> };

export type CreateBenefitProgramMutationVariables = Exact<{
  input: CreateBenefitProgramInput;
}>;


export type CreateBenefitProgramMutation = { readonly createBenefitProgram: { readonly program: { readonly id: string, readonly name: string, readonly year: number, readonly eligibility: BenefitEligibility, readonly amountPolicy: AmountPolicy, readonly places: number | null, readonly amount: { readonly yuan: string }, readonly realNameBonus: { readonly yuan: string } } | null, readonly errors: ReadonlyArray<{ readonly code: ErrorCode, readonly message: string, readonly messageZh: string, readonly path: ReadonlyArray<string> }> } };

export type BenefitProgramFieldsFragment = { readonly id: string, readonly name: string, readonly year: number, readonly eligibility: BenefitEligibility, readonly amountPolicy: AmountPolicy, readonly places: number | null, readonly amount: { readonly yuan: string }, readonly realNameBonus: { readonly yuan: string } };

export type PreviewDisbursementMutationVariables = Exact<{
  input: DisbursementInput;
}>;


export type PreviewDisbursementMutation = { readonly previewDisbursement: { readonly payments: number | null, readonly alreadyPaid: number | null, readonly runId: string | null, readonly total: { readonly yuan: string } | null, readonly remainingAfter: { readonly yuan: string } | null, readonly errors: ReadonlyArray<{ readonly code: ErrorCode, readonly message: string, readonly messageZh: string, readonly path: ReadonlyArray<string> }> } };

export type RunDisbursementMutationVariables = Exact<{
  input: DisbursementInput;
}>;


export type RunDisbursementMutation = { readonly runDisbursement: { readonly payments: number | null, readonly alreadyPaid: number | null, readonly runId: string | null, readonly total: { readonly yuan: string } | null, readonly remainingAfter: { readonly yuan: string } | null, readonly errors: ReadonlyArray<{ readonly code: ErrorCode, readonly message: string, readonly messageZh: string, readonly path: ReadonlyArray<string> }> } };

export type DisbursementFieldsFragment = { readonly payments: number | null, readonly alreadyPaid: number | null, readonly runId: string | null, readonly total: { readonly yuan: string } | null, readonly remainingAfter: { readonly yuan: string } | null, readonly errors: ReadonlyArray<{ readonly code: ErrorCode, readonly message: string, readonly messageZh: string, readonly path: ReadonlyArray<string> }> };

export type BenefitReportQueryVariables = Exact<{
  organizationId: string | number;
  year: number;
}>;


export type BenefitReportQuery = { readonly benefitReport: { readonly year: number, readonly membersReached: number, readonly budgeted: { readonly yuan: string }, readonly spent: { readonly yuan: string }, readonly remaining: { readonly yuan: string }, readonly months: ReadonlyArray<{ readonly month: number, readonly payments: number, readonly spent: { readonly yuan: string } }> } };

export type OrganizationFundsQueryVariables = Exact<{
  id: string | number;
  first?: number | null | undefined;
}>;


export type OrganizationFundsQuery = { readonly node:
    | { readonly id: string, readonly funds: { readonly nodes: ReadonlyArray<{ readonly id: string, readonly name: string, readonly total: { readonly yuan: string }, readonly years: ReadonlyArray<{ readonly year: number, readonly budget: { readonly yuan: string }, readonly spent: { readonly yuan: string }, readonly remaining: { readonly yuan: string } }> }> } | null }
    | Record<PropertyKey, never>
   | null };

export type FundProgramsQueryVariables = Exact<{
  id: string | number;
  first?: number | null | undefined;
}>;


export type FundProgramsQuery = { readonly node:
    | { readonly id: string, readonly programs: { readonly nodes: ReadonlyArray<{ readonly id: string, readonly name: string, readonly year: number, readonly eligibility: BenefitEligibility, readonly amountPolicy: AmountPolicy, readonly places: number | null, readonly amount: { readonly yuan: string }, readonly realNameBonus: { readonly yuan: string } }> } }
    | Record<PropertyKey, never>
   | null };

export type ProgramLedgerQueryVariables = Exact<{
  id: string | number;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type ProgramLedgerQuery = { readonly node:
    | { readonly id: string, readonly ledger: { readonly totalCount: number, readonly pageInfo: { readonly hasNextPage: boolean, readonly hasPreviousPage: boolean, readonly startCursor: string | null, readonly endCursor: string | null }, readonly nodes: ReadonlyArray<{ readonly id: string, readonly kind: string, readonly amount: { readonly yuan: string, readonly fen: string } }> } }
    | Record<PropertyKey, never>
   | null };

export type ReverseLedgerEntryMutationVariables = Exact<{
  input: ReverseLedgerEntryInput;
}>;


export type ReverseLedgerEntryMutation = { readonly reverseLedgerEntry: { readonly entry: { readonly id: string, readonly kind: string, readonly amount: { readonly yuan: string, readonly fen: string } } | null, readonly errors: ReadonlyArray<{ readonly code: ErrorCode, readonly message: string, readonly messageZh: string, readonly path: ReadonlyArray<string> }> } };

export type ImportMembersMutationVariables = Exact<{
  input: ImportMembersInput;
}>;


export type ImportMembersMutation = { readonly importMembers: { readonly job: { readonly id: string, readonly status: MemberImportStatus, readonly fileName: string, readonly committedRow: number, readonly imported: number, readonly skipped: number, readonly rejected: number, readonly error: string | null } | null, readonly errors: ReadonlyArray<{ readonly code: ErrorCode, readonly message: string, readonly messageZh: string, readonly path: ReadonlyArray<string> }> } };

export type ImportJobQueryVariables = Exact<{
  id: string | number;
  problems?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type ImportJobQuery = { readonly importJob: { readonly id: string, readonly status: MemberImportStatus, readonly fileName: string, readonly encoding: string | null, readonly committedRow: number, readonly imported: number, readonly skipped: number, readonly rejected: number, readonly bytesRead: number, readonly bytesTotal: number, readonly error: string | null, readonly startedAt: string, readonly finishedAt: string | null, readonly problemsUrl: string, readonly problems: { readonly totalCount: number, readonly pageInfo: { readonly hasNextPage: boolean, readonly endCursor: string | null }, readonly nodes: ReadonlyArray<{ readonly row: number, readonly column: string, readonly code: string, readonly message: string }> } } | null };

export type MemberImportProgressSubscriptionVariables = Exact<{
  id: string | number;
}>;


export type MemberImportProgressSubscription = { readonly memberImportProgress: { readonly status: MemberImportStatus, readonly committedRow: number, readonly imported: number, readonly skipped: number, readonly rejected: number, readonly bytesRead: number, readonly bytesTotal: number, readonly error: string | null } };

export type RegisterMemberMutationVariables = Exact<{
  input: RegisterMemberInput;
}>;


export type RegisterMemberMutation = { readonly registerMember: { readonly member: { readonly id: string, readonly name: string, readonly gender: Gender, readonly status: MembershipStatus, readonly memberSince: string, readonly idNumber: string | null, readonly phone: string | null, readonly birthDate: string | null, readonly organization: { readonly id: string, readonly name: string } } | null, readonly errors: ReadonlyArray<{ readonly code: ErrorCode, readonly message: string, readonly messageZh: string, readonly path: ReadonlyArray<string> }> } };

export type OrganizationMembersQueryVariables = Exact<{
  id: string | number;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type OrganizationMembersQuery = { readonly node:
    | { readonly id: string, readonly name: string, readonly members: { readonly totalCount: number, readonly pageInfo: { readonly hasNextPage: boolean, readonly hasPreviousPage: boolean, readonly startCursor: string | null, readonly endCursor: string | null }, readonly nodes: ReadonlyArray<{ readonly id: string, readonly name: string, readonly gender: Gender, readonly status: MembershipStatus, readonly memberSince: string, readonly idNumber: string | null, readonly phone: string | null, readonly birthDate: string | null, readonly organization: { readonly id: string, readonly name: string } }> } | null }
    | Record<PropertyKey, never>
   | null };

export type RevealMemberQueryVariables = Exact<{
  id: string | number;
}>;


export type RevealMemberQuery = { readonly node:
    | { readonly id: string, readonly name: string, readonly idNumber: string | null, readonly phone: string | null, readonly birthDate: string | null }
    | Record<PropertyKey, never>
   | null };

export type UpdateMemberContactMutationVariables = Exact<{
  input: UpdateMemberContactInput;
}>;


export type UpdateMemberContactMutation = { readonly updateMemberContact: { readonly member: { readonly id: string, readonly phone: string | null } | null, readonly errors: ReadonlyArray<{ readonly code: ErrorCode, readonly message: string, readonly messageZh: string, readonly path: ReadonlyArray<string> }> } };

export type SearchMembersQueryVariables = Exact<{
  organizationId: string | number;
  includeSubtree?: boolean | null | undefined;
  filter?: MemberFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type SearchMembersQuery = { readonly members: { readonly totalCount: number, readonly pageInfo: { readonly hasNextPage: boolean, readonly hasPreviousPage: boolean, readonly startCursor: string | null, readonly endCursor: string | null }, readonly nodes: ReadonlyArray<{ readonly id: string, readonly name: string, readonly gender: Gender, readonly status: MembershipStatus, readonly memberSince: string, readonly idNumber: string | null, readonly phone: string | null, readonly birthDate: string | null, readonly organization: { readonly id: string, readonly name: string } }> } | null };

export type MemberHistoryQueryVariables = Exact<{
  id: string | number;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type MemberHistoryQuery = { readonly node:
    | { readonly id: string, readonly name: string, readonly status: MembershipStatus, readonly custody: Custody | null, readonly since: string, readonly statusReason: string | null, readonly history: { readonly totalCount: number, readonly pageInfo: { readonly hasNextPage: boolean, readonly endCursor: string | null }, readonly nodes: ReadonlyArray<{ readonly sequence: number, readonly type: MembershipEventType, readonly date: string, readonly reason: string | null, readonly note: string | null, readonly fromOrganization: { readonly id: string, readonly name: string } | null, readonly toOrganization: { readonly id: string, readonly name: string } | null }> } }
    | Record<PropertyKey, never>
   | null };

export type MemberCoverageQueryVariables = Exact<{
  id: string | number;
}>;


export type MemberCoverageQuery = { readonly node:
    | { readonly id: string, readonly name: string, readonly memberCoverage: { readonly active: number, readonly retained: number, readonly ended: number, readonly live: number, readonly male: number, readonly female: number, readonly withPhone: number, readonly realNameShare: number, readonly joinedThisYear: number, readonly employerUnion: number, readonly townshipUnion: number, readonly higherUnion: number, readonly ageBands: ReadonlyArray<{ readonly from: number, readonly to: number | null, readonly count: number }> } | null }
    | Record<PropertyKey, never>
   | null };

export type MembershipFieldsFragment = { readonly custody: Custody | null, readonly since: string, readonly statusReason: string | null, readonly id: string, readonly name: string, readonly gender: Gender, readonly status: MembershipStatus, readonly memberSince: string, readonly idNumber: string | null, readonly phone: string | null, readonly birthDate: string | null, readonly organization: { readonly id: string, readonly name: string } };

export type TransferMemberMutationVariables = Exact<{
  input: TransferMemberInput;
}>;


export type TransferMemberMutation = { readonly transferMember: { readonly member: { readonly custody: Custody | null, readonly since: string, readonly statusReason: string | null, readonly id: string, readonly name: string, readonly gender: Gender, readonly status: MembershipStatus, readonly memberSince: string, readonly idNumber: string | null, readonly phone: string | null, readonly birthDate: string | null, readonly organization: { readonly id: string, readonly name: string } } | null, readonly errors: ReadonlyArray<{ readonly code: ErrorCode, readonly message: string, readonly messageZh: string, readonly path: ReadonlyArray<string> }> } };

export type RetainMemberMutationVariables = Exact<{
  input: RetainMemberInput;
}>;


export type RetainMemberMutation = { readonly retainMember: { readonly member: { readonly custody: Custody | null, readonly since: string, readonly statusReason: string | null, readonly id: string, readonly name: string, readonly gender: Gender, readonly status: MembershipStatus, readonly memberSince: string, readonly idNumber: string | null, readonly phone: string | null, readonly birthDate: string | null, readonly organization: { readonly id: string, readonly name: string } } | null, readonly errors: ReadonlyArray<{ readonly code: ErrorCode, readonly message: string, readonly messageZh: string, readonly path: ReadonlyArray<string> }> } };

export type ReactivateMemberMutationVariables = Exact<{
  input: ReactivateMemberInput;
}>;


export type ReactivateMemberMutation = { readonly reactivateMember: { readonly member: { readonly custody: Custody | null, readonly since: string, readonly statusReason: string | null, readonly id: string, readonly name: string, readonly gender: Gender, readonly status: MembershipStatus, readonly memberSince: string, readonly idNumber: string | null, readonly phone: string | null, readonly birthDate: string | null, readonly organization: { readonly id: string, readonly name: string } } | null, readonly errors: ReadonlyArray<{ readonly code: ErrorCode, readonly message: string, readonly messageZh: string, readonly path: ReadonlyArray<string> }> } };

export type TerminateMemberMutationVariables = Exact<{
  input: TerminateMemberInput;
}>;


export type TerminateMemberMutation = { readonly terminateMember: { readonly member: { readonly custody: Custody | null, readonly since: string, readonly statusReason: string | null, readonly id: string, readonly name: string, readonly gender: Gender, readonly status: MembershipStatus, readonly memberSince: string, readonly idNumber: string | null, readonly phone: string | null, readonly birthDate: string | null, readonly organization: { readonly id: string, readonly name: string } } | null, readonly errors: ReadonlyArray<{ readonly code: ErrorCode, readonly message: string, readonly messageZh: string, readonly path: ReadonlyArray<string> }> } };

export type RecordMemberEngagementMutationVariables = Exact<{
  input: RecordMemberEngagementInput;
}>;


export type RecordMemberEngagementMutation = { readonly recordMemberEngagement: { readonly member: { readonly id: string, readonly lastDuesPaidOn: string | null, readonly lastActivityOn: string | null, readonly spokenToOn: string | null } | null, readonly errors: ReadonlyArray<{ readonly code: ErrorCode, readonly message: string, readonly messageZh: string, readonly path: ReadonlyArray<string> }> } };

export type LapseMembershipsMutationVariables = Exact<{
  input: LapseMembershipsInput;
}>;


export type LapseMembershipsMutation = { readonly lapseMemberships: { readonly more: boolean, readonly members: ReadonlyArray<{ readonly custody: Custody | null, readonly since: string, readonly statusReason: string | null, readonly id: string, readonly name: string, readonly gender: Gender, readonly status: MembershipStatus, readonly memberSince: string, readonly idNumber: string | null, readonly phone: string | null, readonly birthDate: string | null, readonly organization: { readonly id: string, readonly name: string } }>, readonly errors: ReadonlyArray<{ readonly code: ErrorCode, readonly message: string, readonly messageZh: string, readonly path: ReadonlyArray<string> }> } };

export type HoldMembersOfDissolvedEmployerMutationVariables = Exact<{
  input: DissolvedEmployerInput;
}>;


export type HoldMembersOfDissolvedEmployerMutation = { readonly holdMembersOfDissolvedEmployer: { readonly more: boolean, readonly members: ReadonlyArray<{ readonly custody: Custody | null, readonly since: string, readonly statusReason: string | null, readonly id: string, readonly name: string, readonly gender: Gender, readonly status: MembershipStatus, readonly memberSince: string, readonly idNumber: string | null, readonly phone: string | null, readonly birthDate: string | null, readonly organization: { readonly id: string, readonly name: string } }>, readonly errors: ReadonlyArray<{ readonly code: ErrorCode, readonly message: string, readonly messageZh: string, readonly path: ReadonlyArray<string> }> } };

export type OrganizationChangedSubscriptionVariables = Exact<{
  id: string | number;
}>;


export type OrganizationChangedSubscription = { readonly organizationChanged: { readonly change: OrganizationChangeKind, readonly at: string, readonly organization: { readonly id: string, readonly name: string, readonly kind: OrganizationKind, readonly level: OrganizationLevel, readonly status: OrganizationStatus, readonly regionCode: string | null, readonly creditCode: string | null, readonly depth: number, readonly createdAt: string, readonly updatedAt: string, readonly dissolvedAt: string | null, readonly parent: { readonly id: string, readonly name: string } | null } } };

export type CreateOrganizationMutationVariables = Exact<{
  input: CreateOrganizationInput;
}>;


export type CreateOrganizationMutation = { readonly createOrganization: { readonly organization: { readonly id: string, readonly name: string, readonly kind: OrganizationKind, readonly level: OrganizationLevel, readonly status: OrganizationStatus, readonly regionCode: string | null, readonly creditCode: string | null, readonly depth: number, readonly createdAt: string, readonly updatedAt: string, readonly dissolvedAt: string | null, readonly parent: { readonly id: string, readonly name: string } | null } | null, readonly errors: ReadonlyArray<{ readonly code: ErrorCode, readonly message: string, readonly messageZh: string, readonly path: ReadonlyArray<string> }> } };

export type UpdateOrganizationMutationVariables = Exact<{
  input: UpdateOrganizationInput;
}>;


export type UpdateOrganizationMutation = { readonly updateOrganization: { readonly organization: { readonly id: string, readonly name: string, readonly kind: OrganizationKind, readonly level: OrganizationLevel, readonly status: OrganizationStatus, readonly regionCode: string | null, readonly creditCode: string | null, readonly depth: number, readonly createdAt: string, readonly updatedAt: string, readonly dissolvedAt: string | null, readonly parent: { readonly id: string, readonly name: string } | null } | null, readonly errors: ReadonlyArray<{ readonly code: ErrorCode, readonly message: string, readonly messageZh: string, readonly path: ReadonlyArray<string> }> } };

export type MoveOrganizationMutationVariables = Exact<{
  input: MoveOrganizationInput;
}>;


export type MoveOrganizationMutation = { readonly moveOrganization: { readonly organization: { readonly id: string, readonly name: string, readonly kind: OrganizationKind, readonly level: OrganizationLevel, readonly status: OrganizationStatus, readonly regionCode: string | null, readonly creditCode: string | null, readonly depth: number, readonly createdAt: string, readonly updatedAt: string, readonly dissolvedAt: string | null, readonly parent: { readonly id: string, readonly name: string } | null } | null, readonly errors: ReadonlyArray<{ readonly code: ErrorCode, readonly message: string, readonly messageZh: string, readonly path: ReadonlyArray<string> }> } };

export type DissolveOrganizationMutationVariables = Exact<{
  input: DissolveOrganizationInput;
}>;


export type DissolveOrganizationMutation = { readonly dissolveOrganization: { readonly organization: { readonly id: string, readonly name: string, readonly kind: OrganizationKind, readonly level: OrganizationLevel, readonly status: OrganizationStatus, readonly regionCode: string | null, readonly creditCode: string | null, readonly depth: number, readonly createdAt: string, readonly updatedAt: string, readonly dissolvedAt: string | null, readonly parent: { readonly id: string, readonly name: string } | null } | null, readonly errors: ReadonlyArray<{ readonly code: ErrorCode, readonly message: string, readonly messageZh: string, readonly path: ReadonlyArray<string> }> } };

export type JoinFederationMutationVariables = Exact<{
  input: JoinFederationInput;
}>;


export type JoinFederationMutation = { readonly joinFederation: { readonly membership: { readonly id: string, readonly chain: string | null, readonly segment: ChainSegment | null, readonly joinedAt: string, readonly federation: { readonly id: string, readonly name: string }, readonly member: { readonly id: string, readonly name: string } } | null, readonly errors: ReadonlyArray<{ readonly code: ErrorCode, readonly message: string, readonly messageZh: string, readonly path: ReadonlyArray<string> }> } };

export type LeaveFederationMutationVariables = Exact<{
  input: LeaveFederationInput;
}>;


export type LeaveFederationMutation = { readonly leaveFederation: { readonly federation: { readonly id: string, readonly name: string } | null, readonly errors: ReadonlyArray<{ readonly code: ErrorCode, readonly message: string, readonly messageZh: string, readonly path: ReadonlyArray<string> }> } };

export type OrganizationByIdQueryVariables = Exact<{
  id: string | number;
}>;


export type OrganizationByIdQuery = { readonly organization: { readonly id: string, readonly name: string, readonly kind: OrganizationKind, readonly level: OrganizationLevel, readonly status: OrganizationStatus, readonly regionCode: string | null, readonly creditCode: string | null, readonly depth: number, readonly createdAt: string, readonly updatedAt: string, readonly dissolvedAt: string | null, readonly parent: { readonly id: string, readonly name: string } | null } | null };

export type OrganizationsQueryVariables = Exact<{
  filter?: OrganizationFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
  last?: number | null | undefined;
  before?: string | null | undefined;
}>;


export type OrganizationsQuery = { readonly organizations: { readonly totalCount: number, readonly pageInfo: { readonly hasNextPage: boolean, readonly hasPreviousPage: boolean, readonly startCursor: string | null, readonly endCursor: string | null }, readonly nodes: ReadonlyArray<{ readonly id: string, readonly name: string, readonly kind: OrganizationKind, readonly level: OrganizationLevel, readonly status: OrganizationStatus, readonly regionCode: string | null, readonly creditCode: string | null, readonly depth: number, readonly createdAt: string, readonly updatedAt: string, readonly dissolvedAt: string | null, readonly parent: { readonly id: string, readonly name: string } | null }> } };

export type OrganizationSubtreeQueryVariables = Exact<{
  id: string | number;
  filter?: OrganizationFilter | null | undefined;
  includeSelf?: boolean | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
  last?: number | null | undefined;
  before?: string | null | undefined;
}>;


export type OrganizationSubtreeQuery = { readonly organization: { readonly id: string, readonly name: string, readonly subtree: { readonly totalCount: number, readonly pageInfo: { readonly hasNextPage: boolean, readonly hasPreviousPage: boolean, readonly startCursor: string | null, readonly endCursor: string | null }, readonly nodes: ReadonlyArray<{ readonly id: string, readonly name: string, readonly kind: OrganizationKind, readonly level: OrganizationLevel, readonly status: OrganizationStatus, readonly regionCode: string | null, readonly creditCode: string | null, readonly depth: number, readonly createdAt: string, readonly updatedAt: string, readonly dissolvedAt: string | null, readonly parent: { readonly id: string, readonly name: string } | null }> } } | null };

export type OrganizationChildrenQueryVariables = Exact<{
  id: string | number;
  first?: number | null | undefined;
  after?: string | null | undefined;
  last?: number | null | undefined;
  before?: string | null | undefined;
}>;


export type OrganizationChildrenQuery = { readonly organization: { readonly id: string, readonly name: string, readonly children: { readonly totalCount: number, readonly pageInfo: { readonly hasNextPage: boolean, readonly hasPreviousPage: boolean, readonly startCursor: string | null, readonly endCursor: string | null }, readonly nodes: ReadonlyArray<{ readonly id: string, readonly name: string, readonly kind: OrganizationKind, readonly level: OrganizationLevel, readonly status: OrganizationStatus, readonly regionCode: string | null, readonly creditCode: string | null, readonly depth: number, readonly createdAt: string, readonly updatedAt: string, readonly dissolvedAt: string | null, readonly parent: { readonly id: string, readonly name: string } | null }> } } | null };

export type OrganizationAncestorsQueryVariables = Exact<{
  id: string | number;
}>;


export type OrganizationAncestorsQuery = { readonly organization: { readonly id: string, readonly name: string, readonly ancestors: ReadonlyArray<{ readonly id: string, readonly name: string, readonly kind: OrganizationKind, readonly level: OrganizationLevel, readonly depth: number }> } | null };

export type FederationMemberUnionsQueryVariables = Exact<{
  federationId: string | number;
  first?: number | null | undefined;
  after?: string | null | undefined;
  last?: number | null | undefined;
  before?: string | null | undefined;
}>;


export type FederationMemberUnionsQuery = { readonly organization: { readonly id: string, readonly name: string, readonly kind: OrganizationKind, readonly memberUnions: { readonly totalCount: number, readonly pageInfo: { readonly hasNextPage: boolean, readonly hasPreviousPage: boolean, readonly startCursor: string | null, readonly endCursor: string | null }, readonly nodes: ReadonlyArray<{ readonly id: string, readonly chain: string | null, readonly segment: ChainSegment | null, readonly joinedAt: string, readonly member: { readonly id: string, readonly name: string, readonly kind: OrganizationKind, readonly level: OrganizationLevel, readonly status: OrganizationStatus, readonly regionCode: string | null, readonly creditCode: string | null, readonly depth: number, readonly createdAt: string, readonly updatedAt: string, readonly dissolvedAt: string | null, readonly parent: { readonly id: string, readonly name: string } | null } }> } } | null };

export type RevokeTokensMutationVariables = Exact<{
  input: RevokeTokensInput;
}>;


export type RevokeTokensMutation = { readonly revokeTokens: { readonly revocation: { readonly subject: string, readonly revokedBefore: string, readonly revokedBy: string, readonly reason: string } | null, readonly errors: ReadonlyArray<{ readonly code: ErrorCode, readonly message: string, readonly messageZh: string, readonly path: ReadonlyArray<string> }> } };

export type RevokeMyTokensMutationVariables = Exact<{
  input?: RevokeMyTokensInput | null | undefined;
}>;


export type RevokeMyTokensMutation = { readonly revokeMyTokens: { readonly revocation: { readonly subject: string, readonly revokedBefore: string, readonly reason: string } | null, readonly errors: ReadonlyArray<{ readonly code: ErrorCode, readonly message: string, readonly messageZh: string, readonly path: ReadonlyArray<string> }> } };

export const BargainingCaseFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BargainingCaseFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BargainingCase"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"employer"}},{"kind":"Field","name":{"kind":"Name","value":"firmWorkers"}},{"kind":"Field","name":{"kind":"Name","value":"rules"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"holidays"}},{"kind":"Field","name":{"kind":"Name","value":"workingWeekendDays"}},{"kind":"Field","name":{"kind":"Name","value":"requestedOn"}},{"kind":"Field","name":{"kind":"Name","value":"repliedOn"}},{"kind":"Field","name":{"kind":"Name","value":"workers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"negotiators"}},{"kind":"Field","name":{"kind":"Name","value":"outsideExperts"}}]}},{"kind":"Field","name":{"kind":"Name","value":"employerSide"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"negotiators"}},{"kind":"Field","name":{"kind":"Name","value":"outsideExperts"}}]}},{"kind":"Field","name":{"kind":"Name","value":"meetingOn"}},{"kind":"Field","name":{"kind":"Name","value":"documentsProvidedOn"}},{"kind":"Field","name":{"kind":"Name","value":"finishedOn"}},{"kind":"Field","name":{"kind":"Name","value":"votes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"votedOn"}},{"kind":"Field","name":{"kind":"Name","value":"delegates"}},{"kind":"Field","name":{"kind":"Name","value":"present"}},{"kind":"Field","name":{"kind":"Name","value":"approving"}},{"kind":"Field","name":{"kind":"Name","value":"against"}},{"kind":"Field","name":{"kind":"Name","value":"abstaining"}},{"kind":"Field","name":{"kind":"Name","value":"adopted"}}]}},{"kind":"Field","name":{"kind":"Name","value":"termStartsOn"}},{"kind":"Field","name":{"kind":"Name","value":"termEndsOn"}},{"kind":"Field","name":{"kind":"Name","value":"signedOn"}},{"kind":"Field","name":{"kind":"Name","value":"filedOn"}},{"kind":"Field","name":{"kind":"Name","value":"objectedOn"}},{"kind":"Field","name":{"kind":"Name","value":"deadlines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"replyDueBy"}},{"kind":"Field","name":{"kind":"Name","value":"documentsDueBy"}},{"kind":"Field","name":{"kind":"Name","value":"bargainingDueBy"}},{"kind":"Field","name":{"kind":"Name","value":"filingDueBy"}},{"kind":"Field","name":{"kind":"Name","value":"objectionPeriodEnds"}},{"kind":"Field","name":{"kind":"Name","value":"inForceOn"}}]}}]}}]} as unknown as DocumentNode<BargainingCaseFieldsFragment, unknown>;
export const SeatApportionmentFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SeatApportionmentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SeatApportionment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"delegationTo"}},{"kind":"Field","name":{"kind":"Name","value":"seats"}},{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"cutoffDate"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"reproducible"}},{"kind":"Field","name":{"kind":"Name","value":"allocations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"members"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"min"}},{"kind":"Field","name":{"kind":"Name","value":"max"}},{"kind":"Field","name":{"kind":"Name","value":"reserved"}},{"kind":"Field","name":{"kind":"Name","value":"reservedFor"}},{"kind":"Field","name":{"kind":"Name","value":"apportioned"}},{"kind":"Field","name":{"kind":"Name","value":"seats"}},{"kind":"Field","name":{"kind":"Name","value":"tie"}}]}}]}}]} as unknown as DocumentNode<SeatApportionmentFieldsFragment, unknown>;
export const DelegateFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DelegateFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Delegate"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"since"}},{"kind":"Field","name":{"kind":"Name","value":"gender"}},{"kind":"Field","name":{"kind":"Name","value":"frontLine"}},{"kind":"Field","name":{"kind":"Name","value":"manager"}},{"kind":"Field","name":{"kind":"Name","value":"unionWorker"}},{"kind":"Field","name":{"kind":"Name","value":"modelWorker"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"member"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"idNumber"}}]}}]}}]} as unknown as DocumentNode<DelegateFieldsFragment, unknown>;
export const PositionFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PositionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Position"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"member"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"committee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]} as unknown as DocumentNode<PositionFieldsFragment, unknown>;
export const ElectionFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ElectionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Election"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"seats"}},{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"contested"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"round"}},{"kind":"Field","name":{"kind":"Name","value":"roundKind"}},{"kind":"Field","name":{"kind":"Name","value":"rollHash"}},{"kind":"Field","name":{"kind":"Name","value":"entitled"}},{"kind":"Field","name":{"kind":"Name","value":"present"}},{"kind":"Field","name":{"kind":"Name","value":"ballotsIssued"}},{"kind":"Field","name":{"kind":"Name","value":"ballotsReturned"}},{"kind":"Field","name":{"kind":"Name","value":"reducedSeats"}},{"kind":"Field","name":{"kind":"Name","value":"seal"}},{"kind":"Field","name":{"kind":"Name","value":"candidates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawn"}}]}}]}}]} as unknown as DocumentNode<ElectionFieldsFragment, unknown>;
export const RuleViolationFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RuleViolationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RuleViolation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"messageZh"}},{"kind":"Field","name":{"kind":"Name","value":"path"}}]}}]} as unknown as DocumentNode<RuleViolationFieldsFragment, unknown>;
export const ElectionPayloadFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ElectionPayloadFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ElectionPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"election"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ElectionFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RuleViolationFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ElectionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Election"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"seats"}},{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"contested"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"round"}},{"kind":"Field","name":{"kind":"Name","value":"roundKind"}},{"kind":"Field","name":{"kind":"Name","value":"rollHash"}},{"kind":"Field","name":{"kind":"Name","value":"entitled"}},{"kind":"Field","name":{"kind":"Name","value":"present"}},{"kind":"Field","name":{"kind":"Name","value":"ballotsIssued"}},{"kind":"Field","name":{"kind":"Name","value":"ballotsReturned"}},{"kind":"Field","name":{"kind":"Name","value":"reducedSeats"}},{"kind":"Field","name":{"kind":"Name","value":"seal"}},{"kind":"Field","name":{"kind":"Name","value":"candidates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawn"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RuleViolationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RuleViolation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"messageZh"}},{"kind":"Field","name":{"kind":"Name","value":"path"}}]}}]} as unknown as DocumentNode<ElectionPayloadFieldsFragment, unknown>;
export const OrganizationFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrganizationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organization"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"regionCode"}},{"kind":"Field","name":{"kind":"Name","value":"creditCode"}},{"kind":"Field","name":{"kind":"Name","value":"depth"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"dissolvedAt"}}]}}]} as unknown as DocumentNode<OrganizationFieldsFragment, unknown>;
export const PageInfoFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PageInfoFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PageInfo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]} as unknown as DocumentNode<PageInfoFieldsFragment, unknown>;
export const FundFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FundFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Fund"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"yuan"}}]}},{"kind":"Field","name":{"kind":"Name","value":"years"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"budget"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"yuan"}}]}},{"kind":"Field","name":{"kind":"Name","value":"spent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"yuan"}}]}},{"kind":"Field","name":{"kind":"Name","value":"remaining"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"yuan"}}]}}]}}]}}]} as unknown as DocumentNode<FundFieldsFragment, unknown>;
export const BenefitProgramFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BenefitProgramFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BenefitProgram"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"eligibility"}},{"kind":"Field","name":{"kind":"Name","value":"amountPolicy"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"yuan"}}]}},{"kind":"Field","name":{"kind":"Name","value":"realNameBonus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"yuan"}}]}},{"kind":"Field","name":{"kind":"Name","value":"places"}}]}}]} as unknown as DocumentNode<BenefitProgramFieldsFragment, unknown>;
export const DisbursementFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DisbursementFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DisbursementPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"yuan"}}]}},{"kind":"Field","name":{"kind":"Name","value":"payments"}},{"kind":"Field","name":{"kind":"Name","value":"alreadyPaid"}},{"kind":"Field","name":{"kind":"Name","value":"remainingAfter"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"yuan"}}]}},{"kind":"Field","name":{"kind":"Name","value":"runId"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RuleViolationFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RuleViolationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RuleViolation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"messageZh"}},{"kind":"Field","name":{"kind":"Name","value":"path"}}]}}]} as unknown as DocumentNode<DisbursementFieldsFragment, unknown>;
export const MemberFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MemberFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Member"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"gender"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"memberSince"}},{"kind":"Field","name":{"kind":"Name","value":"idNumber"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"birthDate"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<MemberFieldsFragment, unknown>;
export const MembershipFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MembershipFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Member"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MemberFields"}},{"kind":"Field","name":{"kind":"Name","value":"custody"}},{"kind":"Field","name":{"kind":"Name","value":"since"}},{"kind":"Field","name":{"kind":"Name","value":"statusReason"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MemberFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Member"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"gender"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"memberSince"}},{"kind":"Field","name":{"kind":"Name","value":"idNumber"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"birthDate"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<MembershipFieldsFragment, unknown>;
export const CreateActivityDocument = {"__meta__":{"hash":"sha256:f76be8229c9137168db0571c3ec4d21fb3f40c3e45921bc08fead15daf5f8d23"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateActivity"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateActivityInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createActivity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"activity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"places"}},{"kind":"Field","name":{"kind":"Name","value":"remainingPlaces"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RuleViolationFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RuleViolationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RuleViolation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"messageZh"}},{"kind":"Field","name":{"kind":"Name","value":"path"}}]}}]} as unknown as DocumentNode<CreateActivityMutation, CreateActivityMutationVariables>;
export const OrganizationActivitiesDocument = {"__meta__":{"hash":"sha256:17ab2f5fde782631e462976c03747c6786ec73407dae2aa1655afe9b0901bccf"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OrganizationActivities"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organization"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"activities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PageInfoFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"place"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"enrollmentOpensAt"}},{"kind":"Field","name":{"kind":"Name","value":"enrollmentClosesAt"}},{"kind":"Field","name":{"kind":"Name","value":"places"}},{"kind":"Field","name":{"kind":"Name","value":"placesPerMember"}},{"kind":"Field","name":{"kind":"Name","value":"remainingPlaces"}},{"kind":"Field","name":{"kind":"Name","value":"waitingList"}},{"kind":"Field","name":{"kind":"Name","value":"eligibility"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PageInfoFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PageInfo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]} as unknown as DocumentNode<OrganizationActivitiesQuery, OrganizationActivitiesQueryVariables>;
export const EnrollDocument = {"__meta__":{"hash":"sha256:5959f5ec852176e79f4b4fb9ec87e5e5cb9135de13bfe707d0d712f4e55c09d6"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Enroll"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EnrollInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enroll"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enrollment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"places"}},{"kind":"Field","name":{"kind":"Name","value":"arrival"}},{"kind":"Field","name":{"kind":"Name","value":"waitingPosition"}}]}},{"kind":"Field","name":{"kind":"Name","value":"remainingPlaces"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RuleViolationFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RuleViolationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RuleViolation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"messageZh"}},{"kind":"Field","name":{"kind":"Name","value":"path"}}]}}]} as unknown as DocumentNode<EnrollMutation, EnrollMutationVariables>;
export const CancelEnrollmentDocument = {"__meta__":{"hash":"sha256:8f13e6f5361bc1f30a9bb65211d8f72aab3362327a815d8eef21a31b3ad0faaa"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CancelEnrollment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CancelEnrollmentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cancelEnrollment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enrollment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"remainingPlaces"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RuleViolationFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RuleViolationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RuleViolation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"messageZh"}},{"kind":"Field","name":{"kind":"Name","value":"path"}}]}}]} as unknown as DocumentNode<CancelEnrollmentMutation, CancelEnrollmentMutationVariables>;
export const MyEnrollmentsDocument = {"__meta__":{"hash":"sha256:8f61dae11c30af415365a76177a24a9421cd9a17bdbb1570acf252956d8860d5"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyEnrollments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myEnrollments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"places"}},{"kind":"Field","name":{"kind":"Name","value":"waitingPosition"}},{"kind":"Field","name":{"kind":"Name","value":"enrolledAt"}},{"kind":"Field","name":{"kind":"Name","value":"activity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}}]}}]}}]}}]} as unknown as DocumentNode<MyEnrollmentsQuery, MyEnrollmentsQueryVariables>;
export const RemainingPlacesDocument = {"__meta__":{"hash":"sha256:fb980cfbab29af27b941cd9dad58dce434fc583cacb75682d820d0743be6ff9f"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"RemainingPlaces"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"activityId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"remainingPlaces"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"activityId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"activityId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"activityId"}},{"kind":"Field","name":{"kind":"Name","value":"places"}},{"kind":"Field","name":{"kind":"Name","value":"taken"}},{"kind":"Field","name":{"kind":"Name","value":"remaining"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}}]}}]}}]} as unknown as DocumentNode<RemainingPlacesSubscription, RemainingPlacesSubscriptionVariables>;
export const OrganizationBargainingCasesDocument = {"__meta__":{"hash":"sha256:656c785f4e705288472d195c075351752750ba30b4132dd6955c3074f0f2b498"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OrganizationBargainingCases"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"stage"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"BargainingStage"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organization"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"bargainingCases"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"stage"},"value":{"kind":"Variable","name":{"kind":"Name","value":"stage"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PageInfoFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BargainingCaseFields"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PageInfoFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PageInfo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BargainingCaseFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BargainingCase"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"employer"}},{"kind":"Field","name":{"kind":"Name","value":"firmWorkers"}},{"kind":"Field","name":{"kind":"Name","value":"rules"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"holidays"}},{"kind":"Field","name":{"kind":"Name","value":"workingWeekendDays"}},{"kind":"Field","name":{"kind":"Name","value":"requestedOn"}},{"kind":"Field","name":{"kind":"Name","value":"repliedOn"}},{"kind":"Field","name":{"kind":"Name","value":"workers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"negotiators"}},{"kind":"Field","name":{"kind":"Name","value":"outsideExperts"}}]}},{"kind":"Field","name":{"kind":"Name","value":"employerSide"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"negotiators"}},{"kind":"Field","name":{"kind":"Name","value":"outsideExperts"}}]}},{"kind":"Field","name":{"kind":"Name","value":"meetingOn"}},{"kind":"Field","name":{"kind":"Name","value":"documentsProvidedOn"}},{"kind":"Field","name":{"kind":"Name","value":"finishedOn"}},{"kind":"Field","name":{"kind":"Name","value":"votes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"votedOn"}},{"kind":"Field","name":{"kind":"Name","value":"delegates"}},{"kind":"Field","name":{"kind":"Name","value":"present"}},{"kind":"Field","name":{"kind":"Name","value":"approving"}},{"kind":"Field","name":{"kind":"Name","value":"against"}},{"kind":"Field","name":{"kind":"Name","value":"abstaining"}},{"kind":"Field","name":{"kind":"Name","value":"adopted"}}]}},{"kind":"Field","name":{"kind":"Name","value":"termStartsOn"}},{"kind":"Field","name":{"kind":"Name","value":"termEndsOn"}},{"kind":"Field","name":{"kind":"Name","value":"signedOn"}},{"kind":"Field","name":{"kind":"Name","value":"filedOn"}},{"kind":"Field","name":{"kind":"Name","value":"objectedOn"}},{"kind":"Field","name":{"kind":"Name","value":"deadlines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"replyDueBy"}},{"kind":"Field","name":{"kind":"Name","value":"documentsDueBy"}},{"kind":"Field","name":{"kind":"Name","value":"bargainingDueBy"}},{"kind":"Field","name":{"kind":"Name","value":"filingDueBy"}},{"kind":"Field","name":{"kind":"Name","value":"objectionPeriodEnds"}},{"kind":"Field","name":{"kind":"Name","value":"inForceOn"}}]}}]}}]} as unknown as DocumentNode<OrganizationBargainingCasesQuery, OrganizationBargainingCasesQueryVariables>;
export const OpenBargainingDocument = {"__meta__":{"hash":"sha256:efc23229de4fe2a09a1fff0e2addc947d3721eaa16334daca2aef997a07452ac"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OpenBargaining"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"OpenBargainingInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"openBargaining"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bargainingCase"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BargainingCaseFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RuleViolationFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BargainingCaseFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BargainingCase"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"employer"}},{"kind":"Field","name":{"kind":"Name","value":"firmWorkers"}},{"kind":"Field","name":{"kind":"Name","value":"rules"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"holidays"}},{"kind":"Field","name":{"kind":"Name","value":"workingWeekendDays"}},{"kind":"Field","name":{"kind":"Name","value":"requestedOn"}},{"kind":"Field","name":{"kind":"Name","value":"repliedOn"}},{"kind":"Field","name":{"kind":"Name","value":"workers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"negotiators"}},{"kind":"Field","name":{"kind":"Name","value":"outsideExperts"}}]}},{"kind":"Field","name":{"kind":"Name","value":"employerSide"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"negotiators"}},{"kind":"Field","name":{"kind":"Name","value":"outsideExperts"}}]}},{"kind":"Field","name":{"kind":"Name","value":"meetingOn"}},{"kind":"Field","name":{"kind":"Name","value":"documentsProvidedOn"}},{"kind":"Field","name":{"kind":"Name","value":"finishedOn"}},{"kind":"Field","name":{"kind":"Name","value":"votes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"votedOn"}},{"kind":"Field","name":{"kind":"Name","value":"delegates"}},{"kind":"Field","name":{"kind":"Name","value":"present"}},{"kind":"Field","name":{"kind":"Name","value":"approving"}},{"kind":"Field","name":{"kind":"Name","value":"against"}},{"kind":"Field","name":{"kind":"Name","value":"abstaining"}},{"kind":"Field","name":{"kind":"Name","value":"adopted"}}]}},{"kind":"Field","name":{"kind":"Name","value":"termStartsOn"}},{"kind":"Field","name":{"kind":"Name","value":"termEndsOn"}},{"kind":"Field","name":{"kind":"Name","value":"signedOn"}},{"kind":"Field","name":{"kind":"Name","value":"filedOn"}},{"kind":"Field","name":{"kind":"Name","value":"objectedOn"}},{"kind":"Field","name":{"kind":"Name","value":"deadlines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"replyDueBy"}},{"kind":"Field","name":{"kind":"Name","value":"documentsDueBy"}},{"kind":"Field","name":{"kind":"Name","value":"bargainingDueBy"}},{"kind":"Field","name":{"kind":"Name","value":"filingDueBy"}},{"kind":"Field","name":{"kind":"Name","value":"objectionPeriodEnds"}},{"kind":"Field","name":{"kind":"Name","value":"inForceOn"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RuleViolationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RuleViolation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"messageZh"}},{"kind":"Field","name":{"kind":"Name","value":"path"}}]}}]} as unknown as DocumentNode<OpenBargainingMutation, OpenBargainingMutationVariables>;
export const RecordBargainingReplyDocument = {"__meta__":{"hash":"sha256:c4676e45a242ae8afd90e85e2c32a4553f18598a48cd713bc599994c61567c9e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordBargainingReply"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordBargainingReplyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordBargainingReply"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bargainingCase"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BargainingCaseFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RuleViolationFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BargainingCaseFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BargainingCase"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"employer"}},{"kind":"Field","name":{"kind":"Name","value":"firmWorkers"}},{"kind":"Field","name":{"kind":"Name","value":"rules"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"holidays"}},{"kind":"Field","name":{"kind":"Name","value":"workingWeekendDays"}},{"kind":"Field","name":{"kind":"Name","value":"requestedOn"}},{"kind":"Field","name":{"kind":"Name","value":"repliedOn"}},{"kind":"Field","name":{"kind":"Name","value":"workers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"negotiators"}},{"kind":"Field","name":{"kind":"Name","value":"outsideExperts"}}]}},{"kind":"Field","name":{"kind":"Name","value":"employerSide"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"negotiators"}},{"kind":"Field","name":{"kind":"Name","value":"outsideExperts"}}]}},{"kind":"Field","name":{"kind":"Name","value":"meetingOn"}},{"kind":"Field","name":{"kind":"Name","value":"documentsProvidedOn"}},{"kind":"Field","name":{"kind":"Name","value":"finishedOn"}},{"kind":"Field","name":{"kind":"Name","value":"votes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"votedOn"}},{"kind":"Field","name":{"kind":"Name","value":"delegates"}},{"kind":"Field","name":{"kind":"Name","value":"present"}},{"kind":"Field","name":{"kind":"Name","value":"approving"}},{"kind":"Field","name":{"kind":"Name","value":"against"}},{"kind":"Field","name":{"kind":"Name","value":"abstaining"}},{"kind":"Field","name":{"kind":"Name","value":"adopted"}}]}},{"kind":"Field","name":{"kind":"Name","value":"termStartsOn"}},{"kind":"Field","name":{"kind":"Name","value":"termEndsOn"}},{"kind":"Field","name":{"kind":"Name","value":"signedOn"}},{"kind":"Field","name":{"kind":"Name","value":"filedOn"}},{"kind":"Field","name":{"kind":"Name","value":"objectedOn"}},{"kind":"Field","name":{"kind":"Name","value":"deadlines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"replyDueBy"}},{"kind":"Field","name":{"kind":"Name","value":"documentsDueBy"}},{"kind":"Field","name":{"kind":"Name","value":"bargainingDueBy"}},{"kind":"Field","name":{"kind":"Name","value":"filingDueBy"}},{"kind":"Field","name":{"kind":"Name","value":"objectionPeriodEnds"}},{"kind":"Field","name":{"kind":"Name","value":"inForceOn"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RuleViolationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RuleViolation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"messageZh"}},{"kind":"Field","name":{"kind":"Name","value":"path"}}]}}]} as unknown as DocumentNode<RecordBargainingReplyMutation, RecordBargainingReplyMutationVariables>;
export const NameNegotiatorsDocument = {"__meta__":{"hash":"sha256:af278769ac8b02b65d8d4ee4793ef7213b98e5c6d5dfe4b775511de33e07aa52"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"NameNegotiators"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"NameNegotiatorsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nameNegotiators"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bargainingCase"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BargainingCaseFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RuleViolationFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BargainingCaseFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BargainingCase"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"employer"}},{"kind":"Field","name":{"kind":"Name","value":"firmWorkers"}},{"kind":"Field","name":{"kind":"Name","value":"rules"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"holidays"}},{"kind":"Field","name":{"kind":"Name","value":"workingWeekendDays"}},{"kind":"Field","name":{"kind":"Name","value":"requestedOn"}},{"kind":"Field","name":{"kind":"Name","value":"repliedOn"}},{"kind":"Field","name":{"kind":"Name","value":"workers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"negotiators"}},{"kind":"Field","name":{"kind":"Name","value":"outsideExperts"}}]}},{"kind":"Field","name":{"kind":"Name","value":"employerSide"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"negotiators"}},{"kind":"Field","name":{"kind":"Name","value":"outsideExperts"}}]}},{"kind":"Field","name":{"kind":"Name","value":"meetingOn"}},{"kind":"Field","name":{"kind":"Name","value":"documentsProvidedOn"}},{"kind":"Field","name":{"kind":"Name","value":"finishedOn"}},{"kind":"Field","name":{"kind":"Name","value":"votes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"votedOn"}},{"kind":"Field","name":{"kind":"Name","value":"delegates"}},{"kind":"Field","name":{"kind":"Name","value":"present"}},{"kind":"Field","name":{"kind":"Name","value":"approving"}},{"kind":"Field","name":{"kind":"Name","value":"against"}},{"kind":"Field","name":{"kind":"Name","value":"abstaining"}},{"kind":"Field","name":{"kind":"Name","value":"adopted"}}]}},{"kind":"Field","name":{"kind":"Name","value":"termStartsOn"}},{"kind":"Field","name":{"kind":"Name","value":"termEndsOn"}},{"kind":"Field","name":{"kind":"Name","value":"signedOn"}},{"kind":"Field","name":{"kind":"Name","value":"filedOn"}},{"kind":"Field","name":{"kind":"Name","value":"objectedOn"}},{"kind":"Field","name":{"kind":"Name","value":"deadlines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"replyDueBy"}},{"kind":"Field","name":{"kind":"Name","value":"documentsDueBy"}},{"kind":"Field","name":{"kind":"Name","value":"bargainingDueBy"}},{"kind":"Field","name":{"kind":"Name","value":"filingDueBy"}},{"kind":"Field","name":{"kind":"Name","value":"objectionPeriodEnds"}},{"kind":"Field","name":{"kind":"Name","value":"inForceOn"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RuleViolationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RuleViolation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"messageZh"}},{"kind":"Field","name":{"kind":"Name","value":"path"}}]}}]} as unknown as DocumentNode<NameNegotiatorsMutation, NameNegotiatorsMutationVariables>;
export const ScheduleBargainingMeetingDocument = {"__meta__":{"hash":"sha256:f07de6ffcf86c321233800ddcf3c44dbf1631bb23aac6172dbf363eed75476b4"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ScheduleBargainingMeeting"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ScheduleBargainingMeetingInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scheduleBargainingMeeting"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bargainingCase"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BargainingCaseFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RuleViolationFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BargainingCaseFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BargainingCase"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"employer"}},{"kind":"Field","name":{"kind":"Name","value":"firmWorkers"}},{"kind":"Field","name":{"kind":"Name","value":"rules"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"holidays"}},{"kind":"Field","name":{"kind":"Name","value":"workingWeekendDays"}},{"kind":"Field","name":{"kind":"Name","value":"requestedOn"}},{"kind":"Field","name":{"kind":"Name","value":"repliedOn"}},{"kind":"Field","name":{"kind":"Name","value":"workers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"negotiators"}},{"kind":"Field","name":{"kind":"Name","value":"outsideExperts"}}]}},{"kind":"Field","name":{"kind":"Name","value":"employerSide"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"negotiators"}},{"kind":"Field","name":{"kind":"Name","value":"outsideExperts"}}]}},{"kind":"Field","name":{"kind":"Name","value":"meetingOn"}},{"kind":"Field","name":{"kind":"Name","value":"documentsProvidedOn"}},{"kind":"Field","name":{"kind":"Name","value":"finishedOn"}},{"kind":"Field","name":{"kind":"Name","value":"votes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"votedOn"}},{"kind":"Field","name":{"kind":"Name","value":"delegates"}},{"kind":"Field","name":{"kind":"Name","value":"present"}},{"kind":"Field","name":{"kind":"Name","value":"approving"}},{"kind":"Field","name":{"kind":"Name","value":"against"}},{"kind":"Field","name":{"kind":"Name","value":"abstaining"}},{"kind":"Field","name":{"kind":"Name","value":"adopted"}}]}},{"kind":"Field","name":{"kind":"Name","value":"termStartsOn"}},{"kind":"Field","name":{"kind":"Name","value":"termEndsOn"}},{"kind":"Field","name":{"kind":"Name","value":"signedOn"}},{"kind":"Field","name":{"kind":"Name","value":"filedOn"}},{"kind":"Field","name":{"kind":"Name","value":"objectedOn"}},{"kind":"Field","name":{"kind":"Name","value":"deadlines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"replyDueBy"}},{"kind":"Field","name":{"kind":"Name","value":"documentsDueBy"}},{"kind":"Field","name":{"kind":"Name","value":"bargainingDueBy"}},{"kind":"Field","name":{"kind":"Name","value":"filingDueBy"}},{"kind":"Field","name":{"kind":"Name","value":"objectionPeriodEnds"}},{"kind":"Field","name":{"kind":"Name","value":"inForceOn"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RuleViolationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RuleViolation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"messageZh"}},{"kind":"Field","name":{"kind":"Name","value":"path"}}]}}]} as unknown as DocumentNode<ScheduleBargainingMeetingMutation, ScheduleBargainingMeetingMutationVariables>;
export const FinishBargainingDocument = {"__meta__":{"hash":"sha256:e3ee05002ab92b49117eb3ee535ab01dd436dcc39a5107e5d7e09fc5bb7ae035"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"FinishBargaining"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"FinishBargainingInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"finishBargaining"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bargainingCase"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BargainingCaseFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RuleViolationFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BargainingCaseFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BargainingCase"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"employer"}},{"kind":"Field","name":{"kind":"Name","value":"firmWorkers"}},{"kind":"Field","name":{"kind":"Name","value":"rules"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"holidays"}},{"kind":"Field","name":{"kind":"Name","value":"workingWeekendDays"}},{"kind":"Field","name":{"kind":"Name","value":"requestedOn"}},{"kind":"Field","name":{"kind":"Name","value":"repliedOn"}},{"kind":"Field","name":{"kind":"Name","value":"workers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"negotiators"}},{"kind":"Field","name":{"kind":"Name","value":"outsideExperts"}}]}},{"kind":"Field","name":{"kind":"Name","value":"employerSide"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"negotiators"}},{"kind":"Field","name":{"kind":"Name","value":"outsideExperts"}}]}},{"kind":"Field","name":{"kind":"Name","value":"meetingOn"}},{"kind":"Field","name":{"kind":"Name","value":"documentsProvidedOn"}},{"kind":"Field","name":{"kind":"Name","value":"finishedOn"}},{"kind":"Field","name":{"kind":"Name","value":"votes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"votedOn"}},{"kind":"Field","name":{"kind":"Name","value":"delegates"}},{"kind":"Field","name":{"kind":"Name","value":"present"}},{"kind":"Field","name":{"kind":"Name","value":"approving"}},{"kind":"Field","name":{"kind":"Name","value":"against"}},{"kind":"Field","name":{"kind":"Name","value":"abstaining"}},{"kind":"Field","name":{"kind":"Name","value":"adopted"}}]}},{"kind":"Field","name":{"kind":"Name","value":"termStartsOn"}},{"kind":"Field","name":{"kind":"Name","value":"termEndsOn"}},{"kind":"Field","name":{"kind":"Name","value":"signedOn"}},{"kind":"Field","name":{"kind":"Name","value":"filedOn"}},{"kind":"Field","name":{"kind":"Name","value":"objectedOn"}},{"kind":"Field","name":{"kind":"Name","value":"deadlines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"replyDueBy"}},{"kind":"Field","name":{"kind":"Name","value":"documentsDueBy"}},{"kind":"Field","name":{"kind":"Name","value":"bargainingDueBy"}},{"kind":"Field","name":{"kind":"Name","value":"filingDueBy"}},{"kind":"Field","name":{"kind":"Name","value":"objectionPeriodEnds"}},{"kind":"Field","name":{"kind":"Name","value":"inForceOn"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RuleViolationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RuleViolation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"messageZh"}},{"kind":"Field","name":{"kind":"Name","value":"path"}}]}}]} as unknown as DocumentNode<FinishBargainingMutation, FinishBargainingMutationVariables>;
export const RecordContractVoteDocument = {"__meta__":{"hash":"sha256:3ea51a1fdc4bb910b698c60b640d2943a618b4ac62ac49020da3157936ab759b"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordContractVote"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordContractVoteInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordContractVote"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bargainingCase"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BargainingCaseFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RuleViolationFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BargainingCaseFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BargainingCase"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"employer"}},{"kind":"Field","name":{"kind":"Name","value":"firmWorkers"}},{"kind":"Field","name":{"kind":"Name","value":"rules"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"holidays"}},{"kind":"Field","name":{"kind":"Name","value":"workingWeekendDays"}},{"kind":"Field","name":{"kind":"Name","value":"requestedOn"}},{"kind":"Field","name":{"kind":"Name","value":"repliedOn"}},{"kind":"Field","name":{"kind":"Name","value":"workers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"negotiators"}},{"kind":"Field","name":{"kind":"Name","value":"outsideExperts"}}]}},{"kind":"Field","name":{"kind":"Name","value":"employerSide"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"negotiators"}},{"kind":"Field","name":{"kind":"Name","value":"outsideExperts"}}]}},{"kind":"Field","name":{"kind":"Name","value":"meetingOn"}},{"kind":"Field","name":{"kind":"Name","value":"documentsProvidedOn"}},{"kind":"Field","name":{"kind":"Name","value":"finishedOn"}},{"kind":"Field","name":{"kind":"Name","value":"votes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"votedOn"}},{"kind":"Field","name":{"kind":"Name","value":"delegates"}},{"kind":"Field","name":{"kind":"Name","value":"present"}},{"kind":"Field","name":{"kind":"Name","value":"approving"}},{"kind":"Field","name":{"kind":"Name","value":"against"}},{"kind":"Field","name":{"kind":"Name","value":"abstaining"}},{"kind":"Field","name":{"kind":"Name","value":"adopted"}}]}},{"kind":"Field","name":{"kind":"Name","value":"termStartsOn"}},{"kind":"Field","name":{"kind":"Name","value":"termEndsOn"}},{"kind":"Field","name":{"kind":"Name","value":"signedOn"}},{"kind":"Field","name":{"kind":"Name","value":"filedOn"}},{"kind":"Field","name":{"kind":"Name","value":"objectedOn"}},{"kind":"Field","name":{"kind":"Name","value":"deadlines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"replyDueBy"}},{"kind":"Field","name":{"kind":"Name","value":"documentsDueBy"}},{"kind":"Field","name":{"kind":"Name","value":"bargainingDueBy"}},{"kind":"Field","name":{"kind":"Name","value":"filingDueBy"}},{"kind":"Field","name":{"kind":"Name","value":"objectionPeriodEnds"}},{"kind":"Field","name":{"kind":"Name","value":"inForceOn"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RuleViolationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RuleViolation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"messageZh"}},{"kind":"Field","name":{"kind":"Name","value":"path"}}]}}]} as unknown as DocumentNode<RecordContractVoteMutation, RecordContractVoteMutationVariables>;
export const FileContractDocument = {"__meta__":{"hash":"sha256:5087853a8def7c3ddcbfe8ea9b41666e84d6d0cccc73e26c51c7b740fe76ab18"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"FileContract"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"FileContractInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fileContract"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bargainingCase"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BargainingCaseFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RuleViolationFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BargainingCaseFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BargainingCase"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"employer"}},{"kind":"Field","name":{"kind":"Name","value":"firmWorkers"}},{"kind":"Field","name":{"kind":"Name","value":"rules"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"holidays"}},{"kind":"Field","name":{"kind":"Name","value":"workingWeekendDays"}},{"kind":"Field","name":{"kind":"Name","value":"requestedOn"}},{"kind":"Field","name":{"kind":"Name","value":"repliedOn"}},{"kind":"Field","name":{"kind":"Name","value":"workers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"negotiators"}},{"kind":"Field","name":{"kind":"Name","value":"outsideExperts"}}]}},{"kind":"Field","name":{"kind":"Name","value":"employerSide"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"negotiators"}},{"kind":"Field","name":{"kind":"Name","value":"outsideExperts"}}]}},{"kind":"Field","name":{"kind":"Name","value":"meetingOn"}},{"kind":"Field","name":{"kind":"Name","value":"documentsProvidedOn"}},{"kind":"Field","name":{"kind":"Name","value":"finishedOn"}},{"kind":"Field","name":{"kind":"Name","value":"votes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"votedOn"}},{"kind":"Field","name":{"kind":"Name","value":"delegates"}},{"kind":"Field","name":{"kind":"Name","value":"present"}},{"kind":"Field","name":{"kind":"Name","value":"approving"}},{"kind":"Field","name":{"kind":"Name","value":"against"}},{"kind":"Field","name":{"kind":"Name","value":"abstaining"}},{"kind":"Field","name":{"kind":"Name","value":"adopted"}}]}},{"kind":"Field","name":{"kind":"Name","value":"termStartsOn"}},{"kind":"Field","name":{"kind":"Name","value":"termEndsOn"}},{"kind":"Field","name":{"kind":"Name","value":"signedOn"}},{"kind":"Field","name":{"kind":"Name","value":"filedOn"}},{"kind":"Field","name":{"kind":"Name","value":"objectedOn"}},{"kind":"Field","name":{"kind":"Name","value":"deadlines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"replyDueBy"}},{"kind":"Field","name":{"kind":"Name","value":"documentsDueBy"}},{"kind":"Field","name":{"kind":"Name","value":"bargainingDueBy"}},{"kind":"Field","name":{"kind":"Name","value":"filingDueBy"}},{"kind":"Field","name":{"kind":"Name","value":"objectionPeriodEnds"}},{"kind":"Field","name":{"kind":"Name","value":"inForceOn"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RuleViolationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RuleViolation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"messageZh"}},{"kind":"Field","name":{"kind":"Name","value":"path"}}]}}]} as unknown as DocumentNode<FileContractMutation, FileContractMutationVariables>;
export const RecordContractObjectionDocument = {"__meta__":{"hash":"sha256:3a600ae2517f12c11f4058ae1901f857eaf56c9b0438fa79796add346c6402f3"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordContractObjection"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordContractObjectionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordContractObjection"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bargainingCase"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BargainingCaseFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RuleViolationFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BargainingCaseFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BargainingCase"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"employer"}},{"kind":"Field","name":{"kind":"Name","value":"firmWorkers"}},{"kind":"Field","name":{"kind":"Name","value":"rules"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"holidays"}},{"kind":"Field","name":{"kind":"Name","value":"workingWeekendDays"}},{"kind":"Field","name":{"kind":"Name","value":"requestedOn"}},{"kind":"Field","name":{"kind":"Name","value":"repliedOn"}},{"kind":"Field","name":{"kind":"Name","value":"workers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"negotiators"}},{"kind":"Field","name":{"kind":"Name","value":"outsideExperts"}}]}},{"kind":"Field","name":{"kind":"Name","value":"employerSide"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"negotiators"}},{"kind":"Field","name":{"kind":"Name","value":"outsideExperts"}}]}},{"kind":"Field","name":{"kind":"Name","value":"meetingOn"}},{"kind":"Field","name":{"kind":"Name","value":"documentsProvidedOn"}},{"kind":"Field","name":{"kind":"Name","value":"finishedOn"}},{"kind":"Field","name":{"kind":"Name","value":"votes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"votedOn"}},{"kind":"Field","name":{"kind":"Name","value":"delegates"}},{"kind":"Field","name":{"kind":"Name","value":"present"}},{"kind":"Field","name":{"kind":"Name","value":"approving"}},{"kind":"Field","name":{"kind":"Name","value":"against"}},{"kind":"Field","name":{"kind":"Name","value":"abstaining"}},{"kind":"Field","name":{"kind":"Name","value":"adopted"}}]}},{"kind":"Field","name":{"kind":"Name","value":"termStartsOn"}},{"kind":"Field","name":{"kind":"Name","value":"termEndsOn"}},{"kind":"Field","name":{"kind":"Name","value":"signedOn"}},{"kind":"Field","name":{"kind":"Name","value":"filedOn"}},{"kind":"Field","name":{"kind":"Name","value":"objectedOn"}},{"kind":"Field","name":{"kind":"Name","value":"deadlines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"replyDueBy"}},{"kind":"Field","name":{"kind":"Name","value":"documentsDueBy"}},{"kind":"Field","name":{"kind":"Name","value":"bargainingDueBy"}},{"kind":"Field","name":{"kind":"Name","value":"filingDueBy"}},{"kind":"Field","name":{"kind":"Name","value":"objectionPeriodEnds"}},{"kind":"Field","name":{"kind":"Name","value":"inForceOn"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RuleViolationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RuleViolation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"messageZh"}},{"kind":"Field","name":{"kind":"Name","value":"path"}}]}}]} as unknown as DocumentNode<RecordContractObjectionMutation, RecordContractObjectionMutationVariables>;
export const OrganizationCongressDocument = {"__meta__":{"hash":"sha256:27f8e01a40edf279772d8635d3cd30196bd9214b109e50ec22367e98f9e6c4be"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OrganizationCongress"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organization"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"congress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"form"}},{"kind":"Field","name":{"kind":"Name","value":"seats"}},{"kind":"Field","name":{"kind":"Name","value":"reportedMembers"}},{"kind":"Field","name":{"kind":"Name","value":"currentTerm"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"delayedUntil"}},{"kind":"Field","name":{"kind":"Name","value":"composition"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"delegates"}},{"kind":"Field","name":{"kind":"Name","value":"managers"}},{"kind":"Field","name":{"kind":"Name","value":"women"}},{"kind":"Field","name":{"kind":"Name","value":"frontLine"}},{"kind":"Field","name":{"kind":"Name","value":"members"}},{"kind":"Field","name":{"kind":"Name","value":"womenMembers"}},{"kind":"Field","name":{"kind":"Name","value":"violations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RuleViolationFields"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"units"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"reportedMembers"}},{"kind":"Field","name":{"kind":"Name","value":"organizations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"apportionments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"3"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SeatApportionmentFields"}}]}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RuleViolationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RuleViolation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"messageZh"}},{"kind":"Field","name":{"kind":"Name","value":"path"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SeatApportionmentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SeatApportionment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"delegationTo"}},{"kind":"Field","name":{"kind":"Name","value":"seats"}},{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"cutoffDate"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"reproducible"}},{"kind":"Field","name":{"kind":"Name","value":"allocations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"members"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"min"}},{"kind":"Field","name":{"kind":"Name","value":"max"}},{"kind":"Field","name":{"kind":"Name","value":"reserved"}},{"kind":"Field","name":{"kind":"Name","value":"reservedFor"}},{"kind":"Field","name":{"kind":"Name","value":"apportioned"}},{"kind":"Field","name":{"kind":"Name","value":"seats"}},{"kind":"Field","name":{"kind":"Name","value":"tie"}}]}}]}}]} as unknown as DocumentNode<OrganizationCongressQuery, OrganizationCongressQueryVariables>;
export const TermDelegatesDocument = {"__meta__":{"hash":"sha256:ee0885aaec229410230b6a85ec0ca44ab4f09adf5058a6fd52ae0cafc4d06ece"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TermDelegates"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DelegateStatus"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Term"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"delegates"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PageInfoFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DelegateFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"sessions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"heldOn"}},{"kind":"Field","name":{"kind":"Name","value":"entitled"}},{"kind":"Field","name":{"kind":"Name","value":"present"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PageInfoFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PageInfo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DelegateFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Delegate"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"since"}},{"kind":"Field","name":{"kind":"Name","value":"gender"}},{"kind":"Field","name":{"kind":"Name","value":"frontLine"}},{"kind":"Field","name":{"kind":"Name","value":"manager"}},{"kind":"Field","name":{"kind":"Name","value":"unionWorker"}},{"kind":"Field","name":{"kind":"Name","value":"modelWorker"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"member"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"idNumber"}}]}}]}}]} as unknown as DocumentNode<TermDelegatesQuery, TermDelegatesQueryVariables>;
export const OrganizationCommitteesDocument = {"__meta__":{"hash":"sha256:92c35381359d373c448762e416d121ed3fec50df3eb165b3a27c5faed036c339"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OrganizationCommittees"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"role"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PositionRole"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"heldOn"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organization"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"committees"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"seats"}}]}},{"kind":"Field","name":{"kind":"Name","value":"positions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"role"},"value":{"kind":"Variable","name":{"kind":"Name","value":"role"}}},{"kind":"Argument","name":{"kind":"Name","value":"heldOn"},"value":{"kind":"Variable","name":{"kind":"Name","value":"heldOn"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PositionFields"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PositionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Position"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"member"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"committee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]} as unknown as DocumentNode<OrganizationCommitteesQuery, OrganizationCommitteesQueryVariables>;
export const TermExpiryWatchDocument = {"__meta__":{"hash":"sha256:69a63424ff8c38b2f1a3c36bb7e0350f398c1ac73ee070faa13e3b0c8ba1c358"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TermExpiryWatch"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"organizationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"withinDays"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"termExpiryWatch"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"organizationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"organizationId"}}},{"kind":"Argument","name":{"kind":"Name","value":"withinDays"},"value":{"kind":"Variable","name":{"kind":"Name","value":"withinDays"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"daysLeft"}},{"kind":"Field","name":{"kind":"Name","value":"term"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"delayedUntil"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<TermExpiryWatchQuery, TermExpiryWatchQueryVariables>;
export const PreviewApportionmentDocument = {"__meta__":{"hash":"sha256:0575217c255a196c3812ee8d96abadfca68ab924d2d16cdceef2e3883745a042"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PreviewApportionment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ApportionSeatsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"previewApportionment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"seats"}},{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"cutoffDate"}},{"kind":"Field","name":{"kind":"Name","value":"allocations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"members"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"reserved"}},{"kind":"Field","name":{"kind":"Name","value":"apportioned"}},{"kind":"Field","name":{"kind":"Name","value":"seats"}},{"kind":"Field","name":{"kind":"Name","value":"tie"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RuleViolationFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RuleViolationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RuleViolation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"messageZh"}},{"kind":"Field","name":{"kind":"Name","value":"path"}}]}}]} as unknown as DocumentNode<PreviewApportionmentQuery, PreviewApportionmentQueryVariables>;
export const CreateCongressDocument = {"__meta__":{"hash":"sha256:c982fb03722518b2dc3a5b4a3ec4db499938d241cccaef0cc1fe9ac0aa1b1b84"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateCongress"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateCongressInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createCongress"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"congress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"form"}},{"kind":"Field","name":{"kind":"Name","value":"seats"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RuleViolationFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RuleViolationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RuleViolation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"messageZh"}},{"kind":"Field","name":{"kind":"Name","value":"path"}}]}}]} as unknown as DocumentNode<CreateCongressMutation, CreateCongressMutationVariables>;
export const OpenTermDocument = {"__meta__":{"hash":"sha256:0f87d5ce756d76085ac0979a60f908fcc7ba03e6a56a1b516dde96c1c03c94f0"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OpenTerm"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"OpenTermInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"openTerm"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"term"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RuleViolationFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RuleViolationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RuleViolation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"messageZh"}},{"kind":"Field","name":{"kind":"Name","value":"path"}}]}}]} as unknown as DocumentNode<OpenTermMutation, OpenTermMutationVariables>;
export const DelayTermElectionDocument = {"__meta__":{"hash":"sha256:7d0e501e5acbbc45622090149462d08c9f00bcb70bbd818519f5e311f1fe4b64"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DelayTermElection"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DelayTermElectionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"delayTermElection"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"term"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"delayedUntil"}},{"kind":"Field","name":{"kind":"Name","value":"delayApproval"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RuleViolationFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RuleViolationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RuleViolation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"messageZh"}},{"kind":"Field","name":{"kind":"Name","value":"path"}}]}}]} as unknown as DocumentNode<DelayTermElectionMutation, DelayTermElectionMutationVariables>;
export const CreateElectoralUnitDocument = {"__meta__":{"hash":"sha256:c1405ddfe5bd1b43811ee9eb0bb3906aab96e675bc72d66556cd56d5422e31b7"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateElectoralUnit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateElectoralUnitInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createElectoralUnit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"organizations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RuleViolationFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RuleViolationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RuleViolation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"messageZh"}},{"kind":"Field","name":{"kind":"Name","value":"path"}}]}}]} as unknown as DocumentNode<CreateElectoralUnitMutation, CreateElectoralUnitMutationVariables>;
export const ApportionDelegateSeatsDocument = {"__meta__":{"hash":"sha256:1fc5066bb2939e8b7673856b0a3c8cb48e9c22cde6535b24abba7d506670104a"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ApportionDelegateSeats"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ApportionSeatsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"apportionDelegateSeats"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"apportionment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SeatApportionmentFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RuleViolationFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SeatApportionmentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SeatApportionment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"delegationTo"}},{"kind":"Field","name":{"kind":"Name","value":"seats"}},{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"cutoffDate"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"reproducible"}},{"kind":"Field","name":{"kind":"Name","value":"allocations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"members"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"min"}},{"kind":"Field","name":{"kind":"Name","value":"max"}},{"kind":"Field","name":{"kind":"Name","value":"reserved"}},{"kind":"Field","name":{"kind":"Name","value":"reservedFor"}},{"kind":"Field","name":{"kind":"Name","value":"apportioned"}},{"kind":"Field","name":{"kind":"Name","value":"seats"}},{"kind":"Field","name":{"kind":"Name","value":"tie"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RuleViolationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RuleViolation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"messageZh"}},{"kind":"Field","name":{"kind":"Name","value":"path"}}]}}]} as unknown as DocumentNode<ApportionDelegateSeatsMutation, ApportionDelegateSeatsMutationVariables>;
export const AddDelegateDocument = {"__meta__":{"hash":"sha256:d8fe9e106721db945ee0c1150306daf9d79d6a4067d5622ccc0e68819495318f"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddDelegate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddDelegateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addDelegate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"delegate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DelegateFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RuleViolationFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DelegateFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Delegate"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"since"}},{"kind":"Field","name":{"kind":"Name","value":"gender"}},{"kind":"Field","name":{"kind":"Name","value":"frontLine"}},{"kind":"Field","name":{"kind":"Name","value":"manager"}},{"kind":"Field","name":{"kind":"Name","value":"unionWorker"}},{"kind":"Field","name":{"kind":"Name","value":"modelWorker"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"member"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"idNumber"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RuleViolationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RuleViolation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"messageZh"}},{"kind":"Field","name":{"kind":"Name","value":"path"}}]}}]} as unknown as DocumentNode<AddDelegateMutation, AddDelegateMutationVariables>;
export const RecordSessionDocument = {"__meta__":{"hash":"sha256:8bff308027b7c54ab7e3939769be5d93b40d31b2b7c3f1769b1d6be29a658e5a"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordSession"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordSessionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordSession"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"session"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"heldOn"}},{"kind":"Field","name":{"kind":"Name","value":"entitled"}},{"kind":"Field","name":{"kind":"Name","value":"present"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RuleViolationFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RuleViolationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RuleViolation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"messageZh"}},{"kind":"Field","name":{"kind":"Name","value":"path"}}]}}]} as unknown as DocumentNode<RecordSessionMutation, RecordSessionMutationVariables>;
export const ChangeDelegateStatusDocument = {"__meta__":{"hash":"sha256:de43bf0d524aacf71238fe92a1dc23c2e898b1bdec1cfc4aab264c8439d74ed2"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ChangeDelegateStatus"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ChangeDelegateStatusInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changeDelegateStatus"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"delegate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DelegateFields"}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RuleViolationFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DelegateFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Delegate"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"since"}},{"kind":"Field","name":{"kind":"Name","value":"gender"}},{"kind":"Field","name":{"kind":"Name","value":"frontLine"}},{"kind":"Field","name":{"kind":"Name","value":"manager"}},{"kind":"Field","name":{"kind":"Name","value":"unionWorker"}},{"kind":"Field","name":{"kind":"Name","value":"modelWorker"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"member"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"idNumber"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RuleViolationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RuleViolation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"messageZh"}},{"kind":"Field","name":{"kind":"Name","value":"path"}}]}}]} as unknown as DocumentNode<ChangeDelegateStatusMutation, ChangeDelegateStatusMutationVariables>;
export const CreateCommitteeDocument = {"__meta__":{"hash":"sha256:c13613a841ada207e383598a0f229303139789669da31e786a1e39a0f83dae2f"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateCommittee"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateCommitteeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createCommittee"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"committee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"seats"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RuleViolationFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RuleViolationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RuleViolation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"messageZh"}},{"kind":"Field","name":{"kind":"Name","value":"path"}}]}}]} as unknown as DocumentNode<CreateCommitteeMutation, CreateCommitteeMutationVariables>;
export const AppointPositionDocument = {"__meta__":{"hash":"sha256:9704ceca4592642494f92589a99c23aa0afd7b045cf0b69da2abfdf53b17eaed"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AppointPosition"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AppointPositionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"appointPosition"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"position"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PositionFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RuleViolationFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PositionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Position"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"member"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"committee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RuleViolationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RuleViolation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"messageZh"}},{"kind":"Field","name":{"kind":"Name","value":"path"}}]}}]} as unknown as DocumentNode<AppointPositionMutation, AppointPositionMutationVariables>;
export const EndPositionDocument = {"__meta__":{"hash":"sha256:adc2b06b4a864dcfb8b5537e538a0f81e4107862b266389c3e10ab0e5f3dabdf"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EndPosition"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EndPositionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endPosition"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"position"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PositionFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RuleViolationFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PositionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Position"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"member"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"committee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RuleViolationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RuleViolation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"messageZh"}},{"kind":"Field","name":{"kind":"Name","value":"path"}}]}}]} as unknown as DocumentNode<EndPositionMutation, EndPositionMutationVariables>;
export const RemoveOfficerDocument = {"__meta__":{"hash":"sha256:286abb870dc60f38b4c958acc41d72add690be7168cbdfa0ec77943b866e9285"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RemoveOfficer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RemoveOfficerInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeOfficer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"position"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PositionFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RuleViolationFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PositionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Position"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"member"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"committee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RuleViolationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RuleViolation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"messageZh"}},{"kind":"Field","name":{"kind":"Name","value":"path"}}]}}]} as unknown as DocumentNode<RemoveOfficerMutation, RemoveOfficerMutationVariables>;
export const CreateElectionDocument = {"__meta__":{"hash":"sha256:7966057b7a31d0074ba257e59f428e02d3c4cfa07f37f783c59d54f3e25129f6"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateElection"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateElectionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createElection"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ElectionPayloadFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ElectionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Election"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"seats"}},{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"contested"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"round"}},{"kind":"Field","name":{"kind":"Name","value":"roundKind"}},{"kind":"Field","name":{"kind":"Name","value":"rollHash"}},{"kind":"Field","name":{"kind":"Name","value":"entitled"}},{"kind":"Field","name":{"kind":"Name","value":"present"}},{"kind":"Field","name":{"kind":"Name","value":"ballotsIssued"}},{"kind":"Field","name":{"kind":"Name","value":"ballotsReturned"}},{"kind":"Field","name":{"kind":"Name","value":"reducedSeats"}},{"kind":"Field","name":{"kind":"Name","value":"seal"}},{"kind":"Field","name":{"kind":"Name","value":"candidates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawn"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RuleViolationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RuleViolation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"messageZh"}},{"kind":"Field","name":{"kind":"Name","value":"path"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ElectionPayloadFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ElectionPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"election"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ElectionFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RuleViolationFields"}}]}}]}}]} as unknown as DocumentNode<CreateElectionMutation, CreateElectionMutationVariables>;
export const OpenNominationsDocument = {"__meta__":{"hash":"sha256:89b7e75bfbe60d81b1f3e07f50d7689f0b638d2575e8dc581f9882b11c2efbb7"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OpenNominations"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"electionId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"openNominations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"electionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"electionId"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ElectionPayloadFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ElectionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Election"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"seats"}},{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"contested"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"round"}},{"kind":"Field","name":{"kind":"Name","value":"roundKind"}},{"kind":"Field","name":{"kind":"Name","value":"rollHash"}},{"kind":"Field","name":{"kind":"Name","value":"entitled"}},{"kind":"Field","name":{"kind":"Name","value":"present"}},{"kind":"Field","name":{"kind":"Name","value":"ballotsIssued"}},{"kind":"Field","name":{"kind":"Name","value":"ballotsReturned"}},{"kind":"Field","name":{"kind":"Name","value":"reducedSeats"}},{"kind":"Field","name":{"kind":"Name","value":"seal"}},{"kind":"Field","name":{"kind":"Name","value":"candidates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawn"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RuleViolationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RuleViolation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"messageZh"}},{"kind":"Field","name":{"kind":"Name","value":"path"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ElectionPayloadFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ElectionPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"election"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ElectionFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RuleViolationFields"}}]}}]}}]} as unknown as DocumentNode<OpenNominationsMutation, OpenNominationsMutationVariables>;
export const NominateCandidateDocument = {"__meta__":{"hash":"sha256:85663a9a4da654aea95de8aa4e9f2aec51828af7b0fea0caca86a0e5d2735cd3"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"NominateCandidate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"NominateCandidateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nominateCandidate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"candidacy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RuleViolationFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RuleViolationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RuleViolation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"messageZh"}},{"kind":"Field","name":{"kind":"Name","value":"path"}}]}}]} as unknown as DocumentNode<NominateCandidateMutation, NominateCandidateMutationVariables>;
export const FreezeRollDocument = {"__meta__":{"hash":"sha256:74e54199540970e270e109516b34514ef6c756894b69657ed5008c8e0da5eac0"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"FreezeRoll"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"electionId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"freezeRoll"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"electionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"electionId"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ElectionPayloadFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ElectionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Election"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"seats"}},{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"contested"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"round"}},{"kind":"Field","name":{"kind":"Name","value":"roundKind"}},{"kind":"Field","name":{"kind":"Name","value":"rollHash"}},{"kind":"Field","name":{"kind":"Name","value":"entitled"}},{"kind":"Field","name":{"kind":"Name","value":"present"}},{"kind":"Field","name":{"kind":"Name","value":"ballotsIssued"}},{"kind":"Field","name":{"kind":"Name","value":"ballotsReturned"}},{"kind":"Field","name":{"kind":"Name","value":"reducedSeats"}},{"kind":"Field","name":{"kind":"Name","value":"seal"}},{"kind":"Field","name":{"kind":"Name","value":"candidates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawn"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RuleViolationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RuleViolation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"messageZh"}},{"kind":"Field","name":{"kind":"Name","value":"path"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ElectionPayloadFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ElectionPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"election"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ElectionFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RuleViolationFields"}}]}}]}}]} as unknown as DocumentNode<FreezeRollMutation, FreezeRollMutationVariables>;
export const RegisterAttendanceDocument = {"__meta__":{"hash":"sha256:7a18afa508c35375bb26416ecfc5b9c0578df34972a24e8fd7aedc64143c810e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RegisterAttendance"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"electionId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"voterId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registerAttendance"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"electionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"electionId"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"voterId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"voterId"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ElectionPayloadFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ElectionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Election"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"seats"}},{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"contested"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"round"}},{"kind":"Field","name":{"kind":"Name","value":"roundKind"}},{"kind":"Field","name":{"kind":"Name","value":"rollHash"}},{"kind":"Field","name":{"kind":"Name","value":"entitled"}},{"kind":"Field","name":{"kind":"Name","value":"present"}},{"kind":"Field","name":{"kind":"Name","value":"ballotsIssued"}},{"kind":"Field","name":{"kind":"Name","value":"ballotsReturned"}},{"kind":"Field","name":{"kind":"Name","value":"reducedSeats"}},{"kind":"Field","name":{"kind":"Name","value":"seal"}},{"kind":"Field","name":{"kind":"Name","value":"candidates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawn"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RuleViolationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RuleViolation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"messageZh"}},{"kind":"Field","name":{"kind":"Name","value":"path"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ElectionPayloadFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ElectionPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"election"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ElectionFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RuleViolationFields"}}]}}]}}]} as unknown as DocumentNode<RegisterAttendanceMutation, RegisterAttendanceMutationVariables>;
export const OpenVotingDocument = {"__meta__":{"hash":"sha256:ecb9e97633596f779cbcf356e38ea45a294a1cf7228425ec52a287520c83c0a0"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OpenVoting"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"electionId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"openVoting"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"electionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"electionId"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ElectionPayloadFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ElectionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Election"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"seats"}},{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"contested"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"round"}},{"kind":"Field","name":{"kind":"Name","value":"roundKind"}},{"kind":"Field","name":{"kind":"Name","value":"rollHash"}},{"kind":"Field","name":{"kind":"Name","value":"entitled"}},{"kind":"Field","name":{"kind":"Name","value":"present"}},{"kind":"Field","name":{"kind":"Name","value":"ballotsIssued"}},{"kind":"Field","name":{"kind":"Name","value":"ballotsReturned"}},{"kind":"Field","name":{"kind":"Name","value":"reducedSeats"}},{"kind":"Field","name":{"kind":"Name","value":"seal"}},{"kind":"Field","name":{"kind":"Name","value":"candidates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawn"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RuleViolationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RuleViolation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"messageZh"}},{"kind":"Field","name":{"kind":"Name","value":"path"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ElectionPayloadFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ElectionPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"election"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ElectionFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RuleViolationFields"}}]}}]}}]} as unknown as DocumentNode<OpenVotingMutation, OpenVotingMutationVariables>;
export const IssueBallotTokenDocument = {"__meta__":{"hash":"sha256:c51fe3c9b62e1232df43ee2853fcd11e77ffbd63ab37017c99318af5e6620c2b"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"IssueBallotToken"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"electionId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"voterId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issueBallotToken"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"electionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"electionId"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"voterId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"voterId"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"token"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RuleViolationFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RuleViolationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RuleViolation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"messageZh"}},{"kind":"Field","name":{"kind":"Name","value":"path"}}]}}]} as unknown as DocumentNode<IssueBallotTokenMutation, IssueBallotTokenMutationVariables>;
export const CheckInToVoteDocument = {"__meta__":{"hash":"sha256:a2c4ee3a172522068bb4bc3187533d0618e6e23f7e21b4583de371039017f8ac"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CheckInToVote"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"electionId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"checkInToVote"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"electionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"electionId"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"token"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RuleViolationFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RuleViolationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RuleViolation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"messageZh"}},{"kind":"Field","name":{"kind":"Name","value":"path"}}]}}]} as unknown as DocumentNode<CheckInToVoteMutation, CheckInToVoteMutationVariables>;
export const BallotPaperDocument = {"__meta__":{"hash":"sha256:0e6ebde913970b7896ceaba86030ca2c8133a76d9663dad8119967733a8905b3"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BallotPaper"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"electionId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"token"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ballotPaper"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"electionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"electionId"}}},{"kind":"Argument","name":{"kind":"Name","value":"token"},"value":{"kind":"Variable","name":{"kind":"Name","value":"token"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"seats"}},{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"candidates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<BallotPaperQuery, BallotPaperQueryVariables>;
export const CastBallotDocument = {"__meta__":{"hash":"sha256:1525c085fc135a5f61ac82b148e8a0f34eb7fd90e5bbf67ab3ca50f45dbee6d5"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CastBallot"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CastBallotInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"castBallot"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"receipt"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RuleViolationFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RuleViolationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RuleViolation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"messageZh"}},{"kind":"Field","name":{"kind":"Name","value":"path"}}]}}]} as unknown as DocumentNode<CastBallotMutation, CastBallotMutationVariables>;
export const EnterPaperBallotsDocument = {"__meta__":{"hash":"sha256:f513f44027fd763cf4305c5dacc1e3c7d5db73c4f7bf219346cb6fe461cdd42c"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EnterPaperBallots"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EnterPaperBallotsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enterPaperBallots"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accepted"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RuleViolationFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RuleViolationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RuleViolation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"messageZh"}},{"kind":"Field","name":{"kind":"Name","value":"path"}}]}}]} as unknown as DocumentNode<EnterPaperBallotsMutation, EnterPaperBallotsMutationVariables>;
export const CloseElectionDocument = {"__meta__":{"hash":"sha256:8c0c8aef1b5a6386411be572bfc26cd64b01a7426b34df2e2ab4e863d71e901e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CloseElection"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"electionId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"closeElection"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"electionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"electionId"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ElectionPayloadFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ElectionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Election"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"seats"}},{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"contested"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"round"}},{"kind":"Field","name":{"kind":"Name","value":"roundKind"}},{"kind":"Field","name":{"kind":"Name","value":"rollHash"}},{"kind":"Field","name":{"kind":"Name","value":"entitled"}},{"kind":"Field","name":{"kind":"Name","value":"present"}},{"kind":"Field","name":{"kind":"Name","value":"ballotsIssued"}},{"kind":"Field","name":{"kind":"Name","value":"ballotsReturned"}},{"kind":"Field","name":{"kind":"Name","value":"reducedSeats"}},{"kind":"Field","name":{"kind":"Name","value":"seal"}},{"kind":"Field","name":{"kind":"Name","value":"candidates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawn"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RuleViolationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RuleViolation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"messageZh"}},{"kind":"Field","name":{"kind":"Name","value":"path"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ElectionPayloadFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ElectionPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"election"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ElectionFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RuleViolationFields"}}]}}]}}]} as unknown as DocumentNode<CloseElectionMutation, CloseElectionMutationVariables>;
export const CertifyElectionDocument = {"__meta__":{"hash":"sha256:75cd8d6a7f3f77d78a2ad52cec52eb0d8600124429f680a3ae2c858fdf12cab5"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CertifyElection"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"electionId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"writeIns"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"WriteInInput"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"certifyElection"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"electionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"electionId"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"writeIns"},"value":{"kind":"Variable","name":{"kind":"Name","value":"writeIns"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ElectionPayloadFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ElectionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Election"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"seats"}},{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"contested"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"round"}},{"kind":"Field","name":{"kind":"Name","value":"roundKind"}},{"kind":"Field","name":{"kind":"Name","value":"rollHash"}},{"kind":"Field","name":{"kind":"Name","value":"entitled"}},{"kind":"Field","name":{"kind":"Name","value":"present"}},{"kind":"Field","name":{"kind":"Name","value":"ballotsIssued"}},{"kind":"Field","name":{"kind":"Name","value":"ballotsReturned"}},{"kind":"Field","name":{"kind":"Name","value":"reducedSeats"}},{"kind":"Field","name":{"kind":"Name","value":"seal"}},{"kind":"Field","name":{"kind":"Name","value":"candidates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawn"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RuleViolationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RuleViolation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"messageZh"}},{"kind":"Field","name":{"kind":"Name","value":"path"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ElectionPayloadFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ElectionPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"election"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ElectionFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RuleViolationFields"}}]}}]}}]} as unknown as DocumentNode<CertifyElectionMutation, CertifyElectionMutationVariables>;
export const ApproveElectionDocument = {"__meta__":{"hash":"sha256:fd98ff9147b6dfc63eb2c747a571848d0a0dda501aceb00b4fdce7bca45a31fa"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ApproveElection"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"electionId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"approveElection"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"electionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"electionId"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ElectionPayloadFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ElectionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Election"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"seats"}},{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"contested"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"round"}},{"kind":"Field","name":{"kind":"Name","value":"roundKind"}},{"kind":"Field","name":{"kind":"Name","value":"rollHash"}},{"kind":"Field","name":{"kind":"Name","value":"entitled"}},{"kind":"Field","name":{"kind":"Name","value":"present"}},{"kind":"Field","name":{"kind":"Name","value":"ballotsIssued"}},{"kind":"Field","name":{"kind":"Name","value":"ballotsReturned"}},{"kind":"Field","name":{"kind":"Name","value":"reducedSeats"}},{"kind":"Field","name":{"kind":"Name","value":"seal"}},{"kind":"Field","name":{"kind":"Name","value":"candidates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawn"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RuleViolationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RuleViolation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"messageZh"}},{"kind":"Field","name":{"kind":"Name","value":"path"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ElectionPayloadFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ElectionPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"election"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ElectionFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RuleViolationFields"}}]}}]}}]} as unknown as DocumentNode<ApproveElectionMutation, ApproveElectionMutationVariables>;
export const ReduceSeatsDocument = {"__meta__":{"hash":"sha256:b94cb23b56c4c3092f53f93f193fbc0c25ea1b3fb0302fc350f3ac8c41a42791"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReduceSeats"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"electionId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reduceSeats"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"electionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"electionId"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ElectionPayloadFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ElectionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Election"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"seats"}},{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"contested"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"round"}},{"kind":"Field","name":{"kind":"Name","value":"roundKind"}},{"kind":"Field","name":{"kind":"Name","value":"rollHash"}},{"kind":"Field","name":{"kind":"Name","value":"entitled"}},{"kind":"Field","name":{"kind":"Name","value":"present"}},{"kind":"Field","name":{"kind":"Name","value":"ballotsIssued"}},{"kind":"Field","name":{"kind":"Name","value":"ballotsReturned"}},{"kind":"Field","name":{"kind":"Name","value":"reducedSeats"}},{"kind":"Field","name":{"kind":"Name","value":"seal"}},{"kind":"Field","name":{"kind":"Name","value":"candidates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawn"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RuleViolationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RuleViolation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"messageZh"}},{"kind":"Field","name":{"kind":"Name","value":"path"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ElectionPayloadFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ElectionPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"election"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ElectionFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RuleViolationFields"}}]}}]}}]} as unknown as DocumentNode<ReduceSeatsMutation, ReduceSeatsMutationVariables>;
export const StartNextRoundDocument = {"__meta__":{"hash":"sha256:2d364b0e26a4d3a3a58565e2ace12000f943a2740e80cef004ecb25b1f116e25"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StartNextRound"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"electionId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startNextRound"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"electionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"electionId"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ElectionPayloadFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ElectionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Election"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"seats"}},{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"contested"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"round"}},{"kind":"Field","name":{"kind":"Name","value":"roundKind"}},{"kind":"Field","name":{"kind":"Name","value":"rollHash"}},{"kind":"Field","name":{"kind":"Name","value":"entitled"}},{"kind":"Field","name":{"kind":"Name","value":"present"}},{"kind":"Field","name":{"kind":"Name","value":"ballotsIssued"}},{"kind":"Field","name":{"kind":"Name","value":"ballotsReturned"}},{"kind":"Field","name":{"kind":"Name","value":"reducedSeats"}},{"kind":"Field","name":{"kind":"Name","value":"seal"}},{"kind":"Field","name":{"kind":"Name","value":"candidates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawn"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RuleViolationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RuleViolation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"messageZh"}},{"kind":"Field","name":{"kind":"Name","value":"path"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ElectionPayloadFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ElectionPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"election"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ElectionFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RuleViolationFields"}}]}}]}}]} as unknown as DocumentNode<StartNextRoundMutation, StartNextRoundMutationVariables>;
export const ElectionDocument = {"__meta__":{"hash":"sha256:9575a81f88949c5e222ee1a977bf4066a984e34618585e57a12106c457540669"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Election"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Election"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ElectionFields"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"count"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"voidReason"}},{"kind":"Field","name":{"kind":"Name","value":"validBallots"}},{"kind":"Field","name":{"kind":"Name","value":"invalidBallots"}},{"kind":"Field","name":{"kind":"Name","value":"threshold"}},{"kind":"Field","name":{"kind":"Name","value":"elected"}},{"kind":"Field","name":{"kind":"Name","value":"tied"}},{"kind":"Field","name":{"kind":"Name","value":"unfilledSeats"}},{"kind":"Field","name":{"kind":"Name","value":"tally"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"candidateId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"votes"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"turnout"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entitled"}},{"kind":"Field","name":{"kind":"Name","value":"present"}},{"kind":"Field","name":{"kind":"Name","value":"ballotsIssued"}},{"kind":"Field","name":{"kind":"Name","value":"ballotsCast"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rounds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"round"}},{"kind":"Field","name":{"kind":"Name","value":"roundKind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"record"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ElectionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Election"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"seats"}},{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"contested"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"round"}},{"kind":"Field","name":{"kind":"Name","value":"roundKind"}},{"kind":"Field","name":{"kind":"Name","value":"rollHash"}},{"kind":"Field","name":{"kind":"Name","value":"entitled"}},{"kind":"Field","name":{"kind":"Name","value":"present"}},{"kind":"Field","name":{"kind":"Name","value":"ballotsIssued"}},{"kind":"Field","name":{"kind":"Name","value":"ballotsReturned"}},{"kind":"Field","name":{"kind":"Name","value":"reducedSeats"}},{"kind":"Field","name":{"kind":"Name","value":"seal"}},{"kind":"Field","name":{"kind":"Name","value":"candidates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawn"}}]}}]}}]} as unknown as DocumentNode<ElectionQuery, ElectionQueryVariables>;
export const ElectionTurnoutDocument = {"__meta__":{"hash":"sha256:064a8f45dad8debbbca399b9c0f36facc85a97dc20088fab1aee2361372d4767"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"ElectionTurnout"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"electionId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"electionTurnout"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"electionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"electionId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"entitled"}},{"kind":"Field","name":{"kind":"Name","value":"present"}},{"kind":"Field","name":{"kind":"Name","value":"ballotsIssued"}},{"kind":"Field","name":{"kind":"Name","value":"ballotsCast"}}]}}]}}]} as unknown as DocumentNode<ElectionTurnoutSubscription, ElectionTurnoutSubscriptionVariables>;
export const CreateFundDocument = {"__meta__":{"hash":"sha256:98abae7e720bb4f831c9e01c03cd07f48c6f5cfc810de5ae8de1f9bcd9e3653c"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateFund"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateFundInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createFund"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fund"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FundFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RuleViolationFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FundFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Fund"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"yuan"}}]}},{"kind":"Field","name":{"kind":"Name","value":"years"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"budget"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"yuan"}}]}},{"kind":"Field","name":{"kind":"Name","value":"spent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"yuan"}}]}},{"kind":"Field","name":{"kind":"Name","value":"remaining"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"yuan"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RuleViolationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RuleViolation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"messageZh"}},{"kind":"Field","name":{"kind":"Name","value":"path"}}]}}]} as unknown as DocumentNode<CreateFundMutation, CreateFundMutationVariables>;
export const CreateBenefitProgramDocument = {"__meta__":{"hash":"sha256:13811572aeab09618d9ba00768ebd1b075fae6bcbe4ae886851a25e934f6d104"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateBenefitProgram"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateBenefitProgramInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createBenefitProgram"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"program"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BenefitProgramFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RuleViolationFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BenefitProgramFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BenefitProgram"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"eligibility"}},{"kind":"Field","name":{"kind":"Name","value":"amountPolicy"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"yuan"}}]}},{"kind":"Field","name":{"kind":"Name","value":"realNameBonus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"yuan"}}]}},{"kind":"Field","name":{"kind":"Name","value":"places"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RuleViolationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RuleViolation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"messageZh"}},{"kind":"Field","name":{"kind":"Name","value":"path"}}]}}]} as unknown as DocumentNode<CreateBenefitProgramMutation, CreateBenefitProgramMutationVariables>;
export const PreviewDisbursementDocument = {"__meta__":{"hash":"sha256:7a440fc1683e56e4d28fac7da4bd1511a85701cc9668c485572ef3e304cd91e7"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PreviewDisbursement"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DisbursementInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"previewDisbursement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DisbursementFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RuleViolationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RuleViolation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"messageZh"}},{"kind":"Field","name":{"kind":"Name","value":"path"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DisbursementFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DisbursementPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"yuan"}}]}},{"kind":"Field","name":{"kind":"Name","value":"payments"}},{"kind":"Field","name":{"kind":"Name","value":"alreadyPaid"}},{"kind":"Field","name":{"kind":"Name","value":"remainingAfter"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"yuan"}}]}},{"kind":"Field","name":{"kind":"Name","value":"runId"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RuleViolationFields"}}]}}]}}]} as unknown as DocumentNode<PreviewDisbursementMutation, PreviewDisbursementMutationVariables>;
export const RunDisbursementDocument = {"__meta__":{"hash":"sha256:145118681aa421a5af9d2a99e08cbc34ab1841b451cd649a578b699280f9b0b0"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RunDisbursement"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DisbursementInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"runDisbursement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DisbursementFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RuleViolationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RuleViolation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"messageZh"}},{"kind":"Field","name":{"kind":"Name","value":"path"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DisbursementFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DisbursementPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"yuan"}}]}},{"kind":"Field","name":{"kind":"Name","value":"payments"}},{"kind":"Field","name":{"kind":"Name","value":"alreadyPaid"}},{"kind":"Field","name":{"kind":"Name","value":"remainingAfter"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"yuan"}}]}},{"kind":"Field","name":{"kind":"Name","value":"runId"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RuleViolationFields"}}]}}]}}]} as unknown as DocumentNode<RunDisbursementMutation, RunDisbursementMutationVariables>;
export const BenefitReportDocument = {"__meta__":{"hash":"sha256:fd363ddeff30f4bc250ab258d44809ad09eddd8586a47ee5063f9d206e620aa1"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BenefitReport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"organizationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"benefitReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"organizationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"organizationId"}}},{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"budgeted"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"yuan"}}]}},{"kind":"Field","name":{"kind":"Name","value":"spent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"yuan"}}]}},{"kind":"Field","name":{"kind":"Name","value":"remaining"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"yuan"}}]}},{"kind":"Field","name":{"kind":"Name","value":"membersReached"}},{"kind":"Field","name":{"kind":"Name","value":"months"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"spent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"yuan"}}]}},{"kind":"Field","name":{"kind":"Name","value":"payments"}}]}}]}}]}}]} as unknown as DocumentNode<BenefitReportQuery, BenefitReportQueryVariables>;
export const OrganizationFundsDocument = {"__meta__":{"hash":"sha256:27fcd5f232833d659797ab2823109eb0829990f34f461f39910ea84e7afb371d"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OrganizationFunds"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organization"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"funds"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FundFields"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FundFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Fund"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"yuan"}}]}},{"kind":"Field","name":{"kind":"Name","value":"years"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"budget"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"yuan"}}]}},{"kind":"Field","name":{"kind":"Name","value":"spent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"yuan"}}]}},{"kind":"Field","name":{"kind":"Name","value":"remaining"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"yuan"}}]}}]}}]}}]} as unknown as DocumentNode<OrganizationFundsQuery, OrganizationFundsQueryVariables>;
export const FundProgramsDocument = {"__meta__":{"hash":"sha256:57b4e35f6e5bac875818a8be1d644e57a8472c1cc6d5afbe5f8bf1da30da931e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FundPrograms"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Fund"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"programs"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BenefitProgramFields"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BenefitProgramFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BenefitProgram"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"eligibility"}},{"kind":"Field","name":{"kind":"Name","value":"amountPolicy"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"yuan"}}]}},{"kind":"Field","name":{"kind":"Name","value":"realNameBonus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"yuan"}}]}},{"kind":"Field","name":{"kind":"Name","value":"places"}}]}}]} as unknown as DocumentNode<FundProgramsQuery, FundProgramsQueryVariables>;
export const ProgramLedgerDocument = {"__meta__":{"hash":"sha256:0d613df8f56d98095d7179577087d1b44d77238af1e52a1032c5bec7d849c3af"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProgramLedger"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BenefitProgram"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"ledger"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PageInfoFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"yuan"}},{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PageInfoFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PageInfo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]} as unknown as DocumentNode<ProgramLedgerQuery, ProgramLedgerQueryVariables>;
export const ReverseLedgerEntryDocument = {"__meta__":{"hash":"sha256:bf0661788f01ec6ed84c620bf83ccd01fd156ac356799784feb45e609f9b9241"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReverseLedgerEntry"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReverseLedgerEntryInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reverseLedgerEntry"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entry"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"yuan"}},{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RuleViolationFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RuleViolationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RuleViolation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"messageZh"}},{"kind":"Field","name":{"kind":"Name","value":"path"}}]}}]} as unknown as DocumentNode<ReverseLedgerEntryMutation, ReverseLedgerEntryMutationVariables>;
export const ImportMembersDocument = {"__meta__":{"hash":"sha256:9d54742d242c47d0852d8cf8a6eb9108c6e8fa577a987aaee1c4f6cd85ad01e9"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ImportMembers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ImportMembersInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"importMembers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"job"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"committedRow"}},{"kind":"Field","name":{"kind":"Name","value":"imported"}},{"kind":"Field","name":{"kind":"Name","value":"skipped"}},{"kind":"Field","name":{"kind":"Name","value":"rejected"}},{"kind":"Field","name":{"kind":"Name","value":"error"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"messageZh"}},{"kind":"Field","name":{"kind":"Name","value":"path"}}]}}]}}]}}]} as unknown as DocumentNode<ImportMembersMutation, ImportMembersMutationVariables>;
export const ImportJobDocument = {"__meta__":{"hash":"sha256:97eb3fab0885abebe16cfa68884865b24ee2dc3e5c5c6f206764997698d0926d"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ImportJob"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"problems"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"100"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"importJob"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"encoding"}},{"kind":"Field","name":{"kind":"Name","value":"committedRow"}},{"kind":"Field","name":{"kind":"Name","value":"imported"}},{"kind":"Field","name":{"kind":"Name","value":"skipped"}},{"kind":"Field","name":{"kind":"Name","value":"rejected"}},{"kind":"Field","name":{"kind":"Name","value":"bytesRead"}},{"kind":"Field","name":{"kind":"Name","value":"bytesTotal"}},{"kind":"Field","name":{"kind":"Name","value":"error"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"problemsUrl"}},{"kind":"Field","name":{"kind":"Name","value":"problems"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"problems"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"row"}},{"kind":"Field","name":{"kind":"Name","value":"column"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ImportJobQuery, ImportJobQueryVariables>;
export const MemberImportProgressDocument = {"__meta__":{"hash":"sha256:dcdb6b51541036dd25224e244db88504bc0f8b502d8d93053c22f6af54bff247"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"MemberImportProgress"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"memberImportProgress"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"committedRow"}},{"kind":"Field","name":{"kind":"Name","value":"imported"}},{"kind":"Field","name":{"kind":"Name","value":"skipped"}},{"kind":"Field","name":{"kind":"Name","value":"rejected"}},{"kind":"Field","name":{"kind":"Name","value":"bytesRead"}},{"kind":"Field","name":{"kind":"Name","value":"bytesTotal"}},{"kind":"Field","name":{"kind":"Name","value":"error"}}]}}]}}]} as unknown as DocumentNode<MemberImportProgressSubscription, MemberImportProgressSubscriptionVariables>;
export const RegisterMemberDocument = {"__meta__":{"hash":"sha256:eb8c15096cf9e0815c1f1cd786a69ac3a5e091f787f3b2326323ddee8a6a64cc"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RegisterMember"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RegisterMemberInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registerMember"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"member"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MemberFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RuleViolationFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MemberFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Member"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"gender"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"memberSince"}},{"kind":"Field","name":{"kind":"Name","value":"idNumber"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"birthDate"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RuleViolationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RuleViolation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"messageZh"}},{"kind":"Field","name":{"kind":"Name","value":"path"}}]}}]} as unknown as DocumentNode<RegisterMemberMutation, RegisterMemberMutationVariables>;
export const OrganizationMembersDocument = {"__meta__":{"hash":"sha256:b167c5ea895988ced9fe63be9d126befb4d8a7a57dedea67b0af02aa7ab4381d"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OrganizationMembers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organization"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"members"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PageInfoFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MemberFields"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PageInfoFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PageInfo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MemberFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Member"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"gender"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"memberSince"}},{"kind":"Field","name":{"kind":"Name","value":"idNumber"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"birthDate"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<OrganizationMembersQuery, OrganizationMembersQueryVariables>;
export const RevealMemberDocument = {"__meta__":{"hash":"sha256:5d897f602632a2c664f29bd559b477e6fe523990d538ef5f5100b3c0a4c58309"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RevealMember"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Member"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"idNumber"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"reveal"},"value":{"kind":"BooleanValue","value":true}}]},{"kind":"Field","name":{"kind":"Name","value":"phone"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"reveal"},"value":{"kind":"BooleanValue","value":true}}]},{"kind":"Field","name":{"kind":"Name","value":"birthDate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"reveal"},"value":{"kind":"BooleanValue","value":true}}]}]}}]}}]}}]} as unknown as DocumentNode<RevealMemberQuery, RevealMemberQueryVariables>;
export const UpdateMemberContactDocument = {"__meta__":{"hash":"sha256:532b08082210c4abb3472e522ce3d405cbf4782c99ad3e4ebeedeade93ca2f13"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateMemberContact"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateMemberContactInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateMemberContact"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"member"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RuleViolationFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RuleViolationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RuleViolation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"messageZh"}},{"kind":"Field","name":{"kind":"Name","value":"path"}}]}}]} as unknown as DocumentNode<UpdateMemberContactMutation, UpdateMemberContactMutationVariables>;
export const SearchMembersDocument = {"__meta__":{"hash":"sha256:0d9952146944034aa01c7546c4995b9f57029d192a0dcf5b2a3f165d836a55aa"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SearchMembers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"organizationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"includeSubtree"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"MemberFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"members"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"organizationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"organizationId"}}},{"kind":"Argument","name":{"kind":"Name","value":"includeSubtree"},"value":{"kind":"Variable","name":{"kind":"Name","value":"includeSubtree"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PageInfoFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MemberFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PageInfoFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PageInfo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MemberFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Member"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"gender"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"memberSince"}},{"kind":"Field","name":{"kind":"Name","value":"idNumber"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"birthDate"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<SearchMembersQuery, SearchMembersQueryVariables>;
export const MemberHistoryDocument = {"__meta__":{"hash":"sha256:02259c815c8b0018c71ef1dceb0ddb3df438bd3238957f04520fe90e335bb9d2"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MemberHistory"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Member"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"custody"}},{"kind":"Field","name":{"kind":"Name","value":"since"}},{"kind":"Field","name":{"kind":"Name","value":"statusReason"}},{"kind":"Field","name":{"kind":"Name","value":"history"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sequence"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"fromOrganization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"toOrganization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<MemberHistoryQuery, MemberHistoryQueryVariables>;
export const MemberCoverageDocument = {"__meta__":{"hash":"sha256:49ace9c55dcdf32a5b9c7106488d6814a38278853eec85706a660c68ca411c78"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MemberCoverage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organization"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"memberCoverage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"retained"}},{"kind":"Field","name":{"kind":"Name","value":"ended"}},{"kind":"Field","name":{"kind":"Name","value":"live"}},{"kind":"Field","name":{"kind":"Name","value":"male"}},{"kind":"Field","name":{"kind":"Name","value":"female"}},{"kind":"Field","name":{"kind":"Name","value":"withPhone"}},{"kind":"Field","name":{"kind":"Name","value":"realNameShare"}},{"kind":"Field","name":{"kind":"Name","value":"joinedThisYear"}},{"kind":"Field","name":{"kind":"Name","value":"employerUnion"}},{"kind":"Field","name":{"kind":"Name","value":"townshipUnion"}},{"kind":"Field","name":{"kind":"Name","value":"higherUnion"}},{"kind":"Field","name":{"kind":"Name","value":"ageBands"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<MemberCoverageQuery, MemberCoverageQueryVariables>;
export const TransferMemberDocument = {"__meta__":{"hash":"sha256:13515b6eee42fbbfff1f6debd84c3d017af9c7708ed7d7178ac04effced35840"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TransferMember"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TransferMemberInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"transferMember"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"member"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MembershipFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RuleViolationFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MemberFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Member"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"gender"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"memberSince"}},{"kind":"Field","name":{"kind":"Name","value":"idNumber"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"birthDate"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MembershipFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Member"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MemberFields"}},{"kind":"Field","name":{"kind":"Name","value":"custody"}},{"kind":"Field","name":{"kind":"Name","value":"since"}},{"kind":"Field","name":{"kind":"Name","value":"statusReason"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RuleViolationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RuleViolation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"messageZh"}},{"kind":"Field","name":{"kind":"Name","value":"path"}}]}}]} as unknown as DocumentNode<TransferMemberMutation, TransferMemberMutationVariables>;
export const RetainMemberDocument = {"__meta__":{"hash":"sha256:f9fc93f0778a6b1d603fde25e0a1fa571e3c5c411c2fabab1facf6e93d210335"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RetainMember"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RetainMemberInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"retainMember"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"member"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MembershipFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RuleViolationFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MemberFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Member"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"gender"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"memberSince"}},{"kind":"Field","name":{"kind":"Name","value":"idNumber"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"birthDate"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MembershipFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Member"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MemberFields"}},{"kind":"Field","name":{"kind":"Name","value":"custody"}},{"kind":"Field","name":{"kind":"Name","value":"since"}},{"kind":"Field","name":{"kind":"Name","value":"statusReason"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RuleViolationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RuleViolation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"messageZh"}},{"kind":"Field","name":{"kind":"Name","value":"path"}}]}}]} as unknown as DocumentNode<RetainMemberMutation, RetainMemberMutationVariables>;
export const ReactivateMemberDocument = {"__meta__":{"hash":"sha256:c29e251fac6612012851548cfd7517e01af3ca0a3e8a61cc0a2328abd25402d4"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReactivateMember"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReactivateMemberInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reactivateMember"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"member"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MembershipFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RuleViolationFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MemberFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Member"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"gender"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"memberSince"}},{"kind":"Field","name":{"kind":"Name","value":"idNumber"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"birthDate"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MembershipFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Member"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MemberFields"}},{"kind":"Field","name":{"kind":"Name","value":"custody"}},{"kind":"Field","name":{"kind":"Name","value":"since"}},{"kind":"Field","name":{"kind":"Name","value":"statusReason"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RuleViolationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RuleViolation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"messageZh"}},{"kind":"Field","name":{"kind":"Name","value":"path"}}]}}]} as unknown as DocumentNode<ReactivateMemberMutation, ReactivateMemberMutationVariables>;
export const TerminateMemberDocument = {"__meta__":{"hash":"sha256:9bc6b317f5d452d39242120355d3f4d3d1b96436cf4840e670c32ce8f3ba98bd"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TerminateMember"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TerminateMemberInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"terminateMember"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"member"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MembershipFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RuleViolationFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MemberFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Member"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"gender"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"memberSince"}},{"kind":"Field","name":{"kind":"Name","value":"idNumber"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"birthDate"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MembershipFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Member"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MemberFields"}},{"kind":"Field","name":{"kind":"Name","value":"custody"}},{"kind":"Field","name":{"kind":"Name","value":"since"}},{"kind":"Field","name":{"kind":"Name","value":"statusReason"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RuleViolationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RuleViolation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"messageZh"}},{"kind":"Field","name":{"kind":"Name","value":"path"}}]}}]} as unknown as DocumentNode<TerminateMemberMutation, TerminateMemberMutationVariables>;
export const RecordMemberEngagementDocument = {"__meta__":{"hash":"sha256:bae8d344683f4ce0364cc106af409dae608c8194322a6c2e96ab0fdcff0fbb4d"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordMemberEngagement"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordMemberEngagementInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordMemberEngagement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"member"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"lastDuesPaidOn"}},{"kind":"Field","name":{"kind":"Name","value":"lastActivityOn"}},{"kind":"Field","name":{"kind":"Name","value":"spokenToOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RuleViolationFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RuleViolationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RuleViolation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"messageZh"}},{"kind":"Field","name":{"kind":"Name","value":"path"}}]}}]} as unknown as DocumentNode<RecordMemberEngagementMutation, RecordMemberEngagementMutationVariables>;
export const LapseMembershipsDocument = {"__meta__":{"hash":"sha256:948c2fdec169df40225cde1a79bfb43afb6839364283e801adb84406ddd60f10"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LapseMemberships"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LapseMembershipsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lapseMemberships"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MembershipFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"more"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RuleViolationFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MemberFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Member"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"gender"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"memberSince"}},{"kind":"Field","name":{"kind":"Name","value":"idNumber"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"birthDate"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MembershipFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Member"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MemberFields"}},{"kind":"Field","name":{"kind":"Name","value":"custody"}},{"kind":"Field","name":{"kind":"Name","value":"since"}},{"kind":"Field","name":{"kind":"Name","value":"statusReason"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RuleViolationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RuleViolation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"messageZh"}},{"kind":"Field","name":{"kind":"Name","value":"path"}}]}}]} as unknown as DocumentNode<LapseMembershipsMutation, LapseMembershipsMutationVariables>;
export const HoldMembersOfDissolvedEmployerDocument = {"__meta__":{"hash":"sha256:628cd2913bf704fb26b3d1eebe4f943a12f2053429d72d08848869ca1e50c81d"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"HoldMembersOfDissolvedEmployer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DissolvedEmployerInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"holdMembersOfDissolvedEmployer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MembershipFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"more"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RuleViolationFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MemberFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Member"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"gender"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"memberSince"}},{"kind":"Field","name":{"kind":"Name","value":"idNumber"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"birthDate"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MembershipFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Member"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MemberFields"}},{"kind":"Field","name":{"kind":"Name","value":"custody"}},{"kind":"Field","name":{"kind":"Name","value":"since"}},{"kind":"Field","name":{"kind":"Name","value":"statusReason"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RuleViolationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RuleViolation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"messageZh"}},{"kind":"Field","name":{"kind":"Name","value":"path"}}]}}]} as unknown as DocumentNode<HoldMembersOfDissolvedEmployerMutation, HoldMembersOfDissolvedEmployerMutationVariables>;
export const OrganizationChangedDocument = {"__meta__":{"hash":"sha256:79d9b3da153e55b49534b947d125e39a4382162b0fc9e9989d663a9c1f31c6d9"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"OrganizationChanged"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organizationChanged"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"change"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrganizationFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrganizationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organization"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"regionCode"}},{"kind":"Field","name":{"kind":"Name","value":"creditCode"}},{"kind":"Field","name":{"kind":"Name","value":"depth"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"dissolvedAt"}}]}}]} as unknown as DocumentNode<OrganizationChangedSubscription, OrganizationChangedSubscriptionVariables>;
export const CreateOrganizationDocument = {"__meta__":{"hash":"sha256:c783b1a356777f9b6076ddf74c5bfd98455671ca61020b0722fca46bfe10b4d5"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateOrganization"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateOrganizationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createOrganization"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrganizationFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RuleViolationFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrganizationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organization"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"regionCode"}},{"kind":"Field","name":{"kind":"Name","value":"creditCode"}},{"kind":"Field","name":{"kind":"Name","value":"depth"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"dissolvedAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RuleViolationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RuleViolation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"messageZh"}},{"kind":"Field","name":{"kind":"Name","value":"path"}}]}}]} as unknown as DocumentNode<CreateOrganizationMutation, CreateOrganizationMutationVariables>;
export const UpdateOrganizationDocument = {"__meta__":{"hash":"sha256:e82edbdc2ec68995d6d18cd72f154d3c4ae78bcbac55dbe567f9a83cc43fe718"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateOrganization"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateOrganizationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateOrganization"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrganizationFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RuleViolationFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrganizationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organization"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"regionCode"}},{"kind":"Field","name":{"kind":"Name","value":"creditCode"}},{"kind":"Field","name":{"kind":"Name","value":"depth"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"dissolvedAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RuleViolationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RuleViolation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"messageZh"}},{"kind":"Field","name":{"kind":"Name","value":"path"}}]}}]} as unknown as DocumentNode<UpdateOrganizationMutation, UpdateOrganizationMutationVariables>;
export const MoveOrganizationDocument = {"__meta__":{"hash":"sha256:6e399d811a0c48a2a080e83ebb5300c13dfcc2d6985a23e532790e3e32a8b5ce"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MoveOrganization"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MoveOrganizationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"moveOrganization"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrganizationFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RuleViolationFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrganizationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organization"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"regionCode"}},{"kind":"Field","name":{"kind":"Name","value":"creditCode"}},{"kind":"Field","name":{"kind":"Name","value":"depth"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"dissolvedAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RuleViolationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RuleViolation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"messageZh"}},{"kind":"Field","name":{"kind":"Name","value":"path"}}]}}]} as unknown as DocumentNode<MoveOrganizationMutation, MoveOrganizationMutationVariables>;
export const DissolveOrganizationDocument = {"__meta__":{"hash":"sha256:4e07003b192e835916c99414b0cd505b834a04f1c8a94558026fbebb167f62b1"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DissolveOrganization"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DissolveOrganizationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dissolveOrganization"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrganizationFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RuleViolationFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrganizationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organization"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"regionCode"}},{"kind":"Field","name":{"kind":"Name","value":"creditCode"}},{"kind":"Field","name":{"kind":"Name","value":"depth"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"dissolvedAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RuleViolationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RuleViolation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"messageZh"}},{"kind":"Field","name":{"kind":"Name","value":"path"}}]}}]} as unknown as DocumentNode<DissolveOrganizationMutation, DissolveOrganizationMutationVariables>;
export const JoinFederationDocument = {"__meta__":{"hash":"sha256:6f76d8becff1de2104343d7fd2abae28c658f1e4544faf83c3559961bb9d6bdc"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"JoinFederation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"JoinFederationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"joinFederation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"membership"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"chain"}},{"kind":"Field","name":{"kind":"Name","value":"segment"}},{"kind":"Field","name":{"kind":"Name","value":"joinedAt"}},{"kind":"Field","name":{"kind":"Name","value":"federation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"member"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RuleViolationFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RuleViolationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RuleViolation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"messageZh"}},{"kind":"Field","name":{"kind":"Name","value":"path"}}]}}]} as unknown as DocumentNode<JoinFederationMutation, JoinFederationMutationVariables>;
export const LeaveFederationDocument = {"__meta__":{"hash":"sha256:255a46e0cf6ccdb7e141e1159a4221519b83a434a9edcde802deb45516599e80"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LeaveFederation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LeaveFederationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"leaveFederation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"federation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RuleViolationFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RuleViolationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RuleViolation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"messageZh"}},{"kind":"Field","name":{"kind":"Name","value":"path"}}]}}]} as unknown as DocumentNode<LeaveFederationMutation, LeaveFederationMutationVariables>;
export const OrganizationByIdDocument = {"__meta__":{"hash":"sha256:faf7a4cac1bfe2cc57eade7e7819b53d48861a97e35a7ecfbd4a7aa640f7386a"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OrganizationById"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organization"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrganizationFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrganizationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organization"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"regionCode"}},{"kind":"Field","name":{"kind":"Name","value":"creditCode"}},{"kind":"Field","name":{"kind":"Name","value":"depth"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"dissolvedAt"}}]}}]} as unknown as DocumentNode<OrganizationByIdQuery, OrganizationByIdQueryVariables>;
export const OrganizationsDocument = {"__meta__":{"hash":"sha256:c611eaadb4919c5a4ce2ee6c14d26522f22299e5d49d3abcc15b675dee4f1c5b"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Organizations"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"OrganizationFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"last"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"before"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organizations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"last"},"value":{"kind":"Variable","name":{"kind":"Name","value":"last"}}},{"kind":"Argument","name":{"kind":"Name","value":"before"},"value":{"kind":"Variable","name":{"kind":"Name","value":"before"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PageInfoFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrganizationFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PageInfoFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PageInfo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrganizationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organization"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"regionCode"}},{"kind":"Field","name":{"kind":"Name","value":"creditCode"}},{"kind":"Field","name":{"kind":"Name","value":"depth"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"dissolvedAt"}}]}}]} as unknown as DocumentNode<OrganizationsQuery, OrganizationsQueryVariables>;
export const OrganizationSubtreeDocument = {"__meta__":{"hash":"sha256:ff9f9ef030fe2a9f655a846ade45e053e8a879b0e5606c7f872a32012b350241"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OrganizationSubtree"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"OrganizationFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"includeSelf"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"last"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"before"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organization"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"subtree"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"includeSelf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"includeSelf"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"last"},"value":{"kind":"Variable","name":{"kind":"Name","value":"last"}}},{"kind":"Argument","name":{"kind":"Name","value":"before"},"value":{"kind":"Variable","name":{"kind":"Name","value":"before"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PageInfoFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrganizationFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PageInfoFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PageInfo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrganizationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organization"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"regionCode"}},{"kind":"Field","name":{"kind":"Name","value":"creditCode"}},{"kind":"Field","name":{"kind":"Name","value":"depth"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"dissolvedAt"}}]}}]} as unknown as DocumentNode<OrganizationSubtreeQuery, OrganizationSubtreeQueryVariables>;
export const OrganizationChildrenDocument = {"__meta__":{"hash":"sha256:7bd803f2affbcf507efd4a3d5e12a859f5bdf2ee1482639d52578dc61caf5e17"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OrganizationChildren"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"last"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"before"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organization"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"children"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"last"},"value":{"kind":"Variable","name":{"kind":"Name","value":"last"}}},{"kind":"Argument","name":{"kind":"Name","value":"before"},"value":{"kind":"Variable","name":{"kind":"Name","value":"before"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PageInfoFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrganizationFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PageInfoFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PageInfo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrganizationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organization"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"regionCode"}},{"kind":"Field","name":{"kind":"Name","value":"creditCode"}},{"kind":"Field","name":{"kind":"Name","value":"depth"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"dissolvedAt"}}]}}]} as unknown as DocumentNode<OrganizationChildrenQuery, OrganizationChildrenQueryVariables>;
export const OrganizationAncestorsDocument = {"__meta__":{"hash":"sha256:85cc9c8a56063a1c1305b9537749ff2da81049ed46c676ca002e0bd9837581f1"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OrganizationAncestors"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organization"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"ancestors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"depth"}}]}}]}}]}}]} as unknown as DocumentNode<OrganizationAncestorsQuery, OrganizationAncestorsQueryVariables>;
export const FederationMemberUnionsDocument = {"__meta__":{"hash":"sha256:7e5f4d3142636558676fb336aca8c197323376d6f62237fd0ead55bfaaef705b"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FederationMemberUnions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"federationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"last"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"before"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organization"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"federationId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"memberUnions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"last"},"value":{"kind":"Variable","name":{"kind":"Name","value":"last"}}},{"kind":"Argument","name":{"kind":"Name","value":"before"},"value":{"kind":"Variable","name":{"kind":"Name","value":"before"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PageInfoFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"chain"}},{"kind":"Field","name":{"kind":"Name","value":"segment"}},{"kind":"Field","name":{"kind":"Name","value":"joinedAt"}},{"kind":"Field","name":{"kind":"Name","value":"member"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrganizationFields"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PageInfoFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PageInfo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrganizationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organization"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"regionCode"}},{"kind":"Field","name":{"kind":"Name","value":"creditCode"}},{"kind":"Field","name":{"kind":"Name","value":"depth"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"dissolvedAt"}}]}}]} as unknown as DocumentNode<FederationMemberUnionsQuery, FederationMemberUnionsQueryVariables>;
export const RevokeTokensDocument = {"__meta__":{"hash":"sha256:f21d47717b87e30d9b157a81778595764ebcedc215939c425f4a6813232e5cf8"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RevokeTokens"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RevokeTokensInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revokeTokens"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revocation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"revokedBefore"}},{"kind":"Field","name":{"kind":"Name","value":"revokedBy"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RuleViolationFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RuleViolationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RuleViolation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"messageZh"}},{"kind":"Field","name":{"kind":"Name","value":"path"}}]}}]} as unknown as DocumentNode<RevokeTokensMutation, RevokeTokensMutationVariables>;
export const RevokeMyTokensDocument = {"__meta__":{"hash":"sha256:72c93b35c06ef7d9232e31ac2e670bf7f02a85d20138cfcabb72656b49712cfb"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RevokeMyTokens"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"RevokeMyTokensInput"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revokeMyTokens"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revocation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"revokedBefore"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RuleViolationFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RuleViolationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RuleViolation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"messageZh"}},{"kind":"Field","name":{"kind":"Name","value":"path"}}]}}]} as unknown as DocumentNode<RevokeMyTokensMutation, RevokeMyTokensMutationVariables>;