/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** Segment of an industry chain (上游/中游/下游). */
export type ChainSegment =
  /** 下游: sales, services and tourism. */
  | 'DOWNSTREAM'
  /** 中游: processing and manufacturing. */
  | 'MIDSTREAM'
  /** 上游: raw materials and growers. */
  | 'UPSTREAM';

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

/** Dissolves (撤销) an organization with no active children and no member unions. */
export type DissolveOrganizationInput = {
  /** The organization to dissolve. */
  readonly id: string | number;
};

/** Stable code of a broken rule or bad input; the message may change, the code does not. */
export type ErrorCode =
  /** 各单位的最低名额之和超过可分配名额，无法分配 */
  | 'APPORTION_INFEASIBLE'
  /** 名额分配的输入不正确 */
  | 'APPORTION_INVALID'
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
  /** 统一社会信用代码校验码不正确 */
  | 'CREDIT_CODE_CHECKSUM'
  /** 统一社会信用代码格式不正确 */
  | 'CREDIT_CODE_FORMAT'
  /** 延期换届须经上一级工会批准 */
  | 'ELECTION_DELAY_NOT_APPROVED'
  /** 延期换届最长不超过6个月 */
  | 'ELECTION_DELAY_TOO_LONG'
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
  /** 身份证号码中的出生日期不正确 */
  | 'ID_BIRTH_DATE'
  /** 身份证号码校验码不正确 */
  | 'ID_CHECKSUM'
  /** 身份证号码应为18位（末位可为X）或15位数字 */
  | 'ID_FORMAT'
  /** 身份证号码中的地址码不正确 */
  | 'ID_REGION'
  /** 中层正职以上管理人员代表超过代表总数的20% */
  | 'MANAGERS_OVER_LIMIT'
  /** 日期不正确，应为YYYY-MM-DD格式的真实日期 */
  | 'MEMBERSHIP_INVALID_DATE'
  /** 入会时须年满16周岁 */
  | 'MEMBERSHIP_UNDER_AGE'
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
  /** 只有基层工会、联合基层工会及其分会、工会小组可以发展会员 */
  | 'MEMBER_ORGANIZATION_KIND'
  /** 电话号码应为11位手机号码或带区号的固定电话（如0571-87654321） */
  | 'MEMBER_PHONE_INVALID'
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
  /** 任期年限不符合规定（基层工会3年或5年，联合会5年） */
  | 'TERM_YEARS_NOT_ALLOWED'
  /** 输入含有空字符（NUL）或不成对的代理项，不是有效文本 */
  | 'TEXT_MALFORMED'
  /** 输入过长，超出任何字段允许的字符数 */
  | 'TEXT_TOO_LONG'
  /** 女职工代表比例低于女会员比例 */
  | 'WOMEN_UNDER_SHARE';

/** Gender, from the sequence code of the ID number (odd male, even female). */
export type Gender =
  /** 女: female. */
  | 'FEMALE'
  /** 男: male. */
  | 'MALE';

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

/** A union leaves a federation. */
export type LeaveFederationInput = {
  /** The federation. */
  readonly federationId: string | number;
  /** The union leaving it. */
  readonly memberId: string | number;
};

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

export type OrganizationFieldsFragment = { readonly id: string, readonly name: string, readonly kind: OrganizationKind, readonly level: OrganizationLevel, readonly status: OrganizationStatus, readonly regionCode: string | null, readonly creditCode: string | null, readonly depth: number, readonly createdAt: string, readonly updatedAt: string, readonly dissolvedAt: string | null, readonly parent: { readonly id: string, readonly name: string } | null };

export type PageInfoFieldsFragment = { readonly hasNextPage: boolean, readonly hasPreviousPage: boolean, readonly startCursor: string | null, readonly endCursor: string | null };

export type RuleViolationFieldsFragment = { readonly code: ErrorCode, readonly message: string, readonly messageZh: string, readonly path: ReadonlyArray<string> };

export type MemberFieldsFragment = { readonly id: string, readonly name: string, readonly gender: Gender, readonly status: MembershipStatus, readonly memberSince: string, readonly idNumber: string | null, readonly phone: string | null, readonly birthDate: string | null, readonly organization: { readonly id: string, readonly name: string } };

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

export const OrganizationFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrganizationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organization"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"regionCode"}},{"kind":"Field","name":{"kind":"Name","value":"creditCode"}},{"kind":"Field","name":{"kind":"Name","value":"depth"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"dissolvedAt"}}]}}]} as unknown as DocumentNode<OrganizationFieldsFragment, unknown>;
export const PageInfoFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PageInfoFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PageInfo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]} as unknown as DocumentNode<PageInfoFieldsFragment, unknown>;
export const RuleViolationFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RuleViolationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RuleViolation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"messageZh"}},{"kind":"Field","name":{"kind":"Name","value":"path"}}]}}]} as unknown as DocumentNode<RuleViolationFieldsFragment, unknown>;
export const MemberFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MemberFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Member"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"gender"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"memberSince"}},{"kind":"Field","name":{"kind":"Name","value":"idNumber"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"birthDate"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<MemberFieldsFragment, unknown>;
export const RegisterMemberDocument = {"__meta__":{"hash":"sha256:eb8c15096cf9e0815c1f1cd786a69ac3a5e091f787f3b2326323ddee8a6a64cc"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RegisterMember"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RegisterMemberInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registerMember"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"member"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MemberFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RuleViolationFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MemberFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Member"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"gender"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"memberSince"}},{"kind":"Field","name":{"kind":"Name","value":"idNumber"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"birthDate"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RuleViolationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RuleViolation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"messageZh"}},{"kind":"Field","name":{"kind":"Name","value":"path"}}]}}]} as unknown as DocumentNode<RegisterMemberMutation, RegisterMemberMutationVariables>;
export const OrganizationMembersDocument = {"__meta__":{"hash":"sha256:b167c5ea895988ced9fe63be9d126befb4d8a7a57dedea67b0af02aa7ab4381d"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OrganizationMembers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organization"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"members"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PageInfoFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MemberFields"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PageInfoFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PageInfo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MemberFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Member"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"gender"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"memberSince"}},{"kind":"Field","name":{"kind":"Name","value":"idNumber"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"birthDate"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<OrganizationMembersQuery, OrganizationMembersQueryVariables>;
export const RevealMemberDocument = {"__meta__":{"hash":"sha256:5d897f602632a2c664f29bd559b477e6fe523990d538ef5f5100b3c0a4c58309"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RevealMember"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Member"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"idNumber"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"reveal"},"value":{"kind":"BooleanValue","value":true}}]},{"kind":"Field","name":{"kind":"Name","value":"phone"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"reveal"},"value":{"kind":"BooleanValue","value":true}}]},{"kind":"Field","name":{"kind":"Name","value":"birthDate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"reveal"},"value":{"kind":"BooleanValue","value":true}}]}]}}]}}]}}]} as unknown as DocumentNode<RevealMemberQuery, RevealMemberQueryVariables>;
export const UpdateMemberContactDocument = {"__meta__":{"hash":"sha256:532b08082210c4abb3472e522ce3d405cbf4782c99ad3e4ebeedeade93ca2f13"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateMemberContact"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateMemberContactInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateMemberContact"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"member"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RuleViolationFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RuleViolationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RuleViolation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"messageZh"}},{"kind":"Field","name":{"kind":"Name","value":"path"}}]}}]} as unknown as DocumentNode<UpdateMemberContactMutation, UpdateMemberContactMutationVariables>;
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