import { isRegionCode } from '../kernel/region.js';
import { err, ok, type Result } from '../kernel/result.js';
import { nameTextProblem } from '../kernel/text.js';
import { parseCreditCode } from './credit-code.js';
import {
  type ChainSegment,
  FEDERATION_KINDS,
  FEDERATION_MEMBER_KINDS,
  LEVELS_OF_KIND,
  levelRank,
  type OrganizationKind,
  type OrganizationLevel,
  PARENT_KINDS_OF_KIND,
} from './kind.js';

/** Whether an organization is active or dissolved. */
export type OrganizationStatus = 'ACTIVE' | 'DISSOLVED';

/** A union organization or federation: one node of the organization tree. */
export interface Organization {
  readonly id: string;
  readonly name: string;
  readonly kind: OrganizationKind;
  readonly level: OrganizationLevel;
  readonly status: OrganizationStatus;
  /** 6-digit administrative division code, when known. */
  readonly regionCode: string | null;
  /** 统一社会信用代码 of the unit, when known. */
  readonly creditCode: string | null;
  readonly parentId: string | null;
  /** When it was dissolved (ISO-8601), or null. */
  readonly dissolvedAt: string | null;
}

/** A union's membership of a federation; chain and segment for an industry-chain federation. */
export interface FederationMembership {
  readonly id: string;
  readonly federationId: string;
  readonly memberId: string;
  readonly chain: string | null;
  readonly segment: ChainSegment | null;
  readonly joinedAt: string;
}

/** Stable codes of every organization rule, for API enums and translations. */
export const ORGANIZATION_ERROR_CODES = [
  'ORG_NAME_INVALID',
  'ORG_REGION_INVALID',
  'ORG_LEVEL_NOT_ALLOWED',
  'ORG_PARENT_NOT_ALLOWED',
  'ORG_ROOT_NOT_ALLOWED',
  'ORG_LEVEL_ORDER',
  'ORG_NOT_FOUND',
  'ORG_DISSOLVED',
  'ORG_CYCLE',
  'ORG_HAS_CHILDREN',
  'ORG_HAS_MEMBER_UNIONS',
  'ORG_CREDIT_CODE_TAKEN',
  'CREDIT_CODE_FORMAT',
  'CREDIT_CODE_CHECKSUM',
  'FEDERATION_NOT_A_FEDERATION',
  'FEDERATION_MEMBER_KIND',
  'FEDERATION_ALREADY_MEMBER',
  'FEDERATION_NOT_MEMBER',
  'FEDERATION_SELF',
  'FEDERATION_SEGMENT_REQUIRED',
  'FEDERATION_SEGMENT_NOT_ALLOWED',
  'FEDERATION_CHAIN_INVALID',
] as const;

/** Chinese (zh-CN) text of every organization error code. */
export const ORGANIZATION_MESSAGES_ZH: Readonly<Record<(typeof ORGANIZATION_ERROR_CODES)[number], string>> = {
  ORG_NAME_INVALID: '组织名称应为1至100个可打印字符',
  ORG_REGION_INVALID: '行政区划代码应为6位数字',
  ORG_LEVEL_NOT_ALLOWED: '该类型的组织不能设在此层级',
  ORG_PARENT_NOT_ALLOWED: '该类型的组织不能隶属于所选上级组织',
  ORG_ROOT_NOT_ALLOWED: '该类型的组织必须有上级组织',
  ORG_LEVEL_ORDER: '下级组织的层级必须低于上级组织',
  ORG_NOT_FOUND: '找不到该组织',
  ORG_DISSOLVED: '该组织已撤销',
  ORG_CYCLE: '不能把组织移到它自身或其下级组织之下',
  ORG_HAS_CHILDREN: '该组织仍有未撤销的下级组织',
  ORG_HAS_MEMBER_UNIONS: '该联合会仍有成员工会',
  ORG_CREDIT_CODE_TAKEN: '该统一社会信用代码已被其他组织使用',
  CREDIT_CODE_FORMAT: '统一社会信用代码格式不正确',
  CREDIT_CODE_CHECKSUM: '统一社会信用代码校验码不正确',
  FEDERATION_NOT_A_FEDERATION: '所选组织不是工会联合会',
  FEDERATION_MEMBER_KIND: '只有基层工会或联合基层工会可以加入联合会',
  FEDERATION_ALREADY_MEMBER: '该工会已是此联合会的成员',
  FEDERATION_NOT_MEMBER: '该工会不是此联合会的成员',
  FEDERATION_SELF: '联合会不能加入自身',
  FEDERATION_SEGMENT_REQUIRED: '加入产业链工会联合会须注明所在产业链环节',
  FEDERATION_SEGMENT_NOT_ALLOWED: '只有产业链工会联合会记录产业链及环节',
  FEDERATION_CHAIN_INVALID: '产业链名称应为1至50个可打印字符',
};

/** A stable code of an organization rule. */
export type OrganizationErrorCode = (typeof ORGANIZATION_ERROR_CODES)[number];

/** A result whose error is one of the organization codes. */
export type OrganizationResult<T> = Result<T, OrganizationErrorCode>;

/** Longest organization name, in characters (Unicode code points). */
export const MAX_ORGANIZATION_NAME_LENGTH = 100;

/**
 * Normalises and checks an organization name: trimmed, 1–100 characters (code points), no
 * control, format, bidi or separator character, and at least one visible character.
 */
export function checkOrganizationName(
  name: string,
  path: readonly string[] = ['name'],
): OrganizationResult<string> {
  const value = name.trim();
  const problem = nameTextProblem(value, MAX_ORGANIZATION_NAME_LENGTH);
  if (problem !== null) {
    return err(
      'ORG_NAME_INVALID',
      `an organization name has 1 to ${MAX_ORGANIZATION_NAME_LENGTH} printable characters; this one ${problem}`,
      { path },
    );
  }
  return ok(value);
}

/**
 * Longest name of an industry chain (产业链), in characters (Unicode code points): the chain an
 * industry-chain federation groups its member unions by, e.g. 梅园石 or 茶叶.
 */
export const MAX_CHAIN_NAME_LENGTH = 50;

/**
 * Normalises and checks the industry chain of a federation membership: trimmed; blank or `null`
 * means none; otherwise 1–50 characters (code points) under the same text rule as names.
 */
export function checkChainName(
  chain: string | null,
  path: readonly string[] = ['chain'],
): OrganizationResult<string | null> {
  const value = chain?.trim() ?? '';
  if (value === '') return ok(null);
  const problem = nameTextProblem(value, MAX_CHAIN_NAME_LENGTH);
  if (problem !== null) {
    return err(
      'FEDERATION_CHAIN_INVALID',
      `an industry chain is named in 1 to ${MAX_CHAIN_NAME_LENGTH} printable characters; this one ${problem}`,
      { path },
    );
  }
  return ok(value);
}

/** Checks a 6-digit administrative division code (GB/T 2260) starting with a province code; `null` means unknown. */
export function checkRegionCode(
  regionCode: string | null,
  path: readonly string[] = ['regionCode'],
): OrganizationResult<string | null> {
  if (regionCode === null) return ok(null);
  const value = regionCode.trim();
  if (!isRegionCode(value)) {
    return err(
      'ORG_REGION_INVALID',
      `a region code is 6 digits starting with a province code, got '${value}'`,
      {
        path,
      },
    );
  }
  return ok(value);
}

/** Checks and normalises a credit code; `null` means none given. */
export function checkCreditCode(
  creditCode: string | null,
  path: readonly string[] = ['creditCode'],
): OrganizationResult<string | null> {
  if (creditCode === null) return ok(null);
  const parsed = parseCreditCode(creditCode);
  if (!parsed.ok) return { ok: false, error: { ...parsed.error, path } };
  return ok(parsed.value.value);
}

/** Checks that a kind may sit at a level. */
export function checkKindLevel(kind: OrganizationKind, level: OrganizationLevel): OrganizationResult<void> {
  if (!LEVELS_OF_KIND[kind].includes(level)) {
    return err(
      'ORG_LEVEL_NOT_ALLOWED',
      `a ${kind} sits at ${LEVELS_OF_KIND[kind].join(', ')}, not at ${level}`,
      { path: ['level'], details: { kind, level, allowed: LEVELS_OF_KIND[kind] } },
    );
  }
  return ok(undefined);
}

/** The parts of an organization that decide where in the tree it may sit. */
export type TreePlace = Pick<Organization, 'kind' | 'level'>;

/** Checks that `child` may sit directly under `parent` (`null`: as a root): kinds, level order, parent active. */
export function checkParent(
  child: TreePlace,
  parent: Pick<Organization, 'id' | 'kind' | 'level' | 'status' | 'name'> | null,
): OrganizationResult<void> {
  const allowed = PARENT_KINDS_OF_KIND[child.kind];
  if (parent === null) {
    return allowed.includes(null)
      ? ok(undefined)
      : err('ORG_ROOT_NOT_ALLOWED', `a ${child.kind} must have a parent organization`, {
          path: ['parentId'],
        });
  }
  if (parent.status !== 'ACTIVE') {
    return err('ORG_DISSOLVED', `the parent organization '${parent.name}' is dissolved`, {
      path: ['parentId'],
      details: { id: parent.id },
    });
  }
  if (!allowed.includes(parent.kind)) {
    return err('ORG_PARENT_NOT_ALLOWED', `a ${child.kind} cannot sit under a ${parent.kind}`, {
      path: ['parentId'],
      details: { allowed: allowed.filter((k) => k !== null) },
    });
  }
  // Branches and groups sit at their grassroots union's level; every other child sits strictly lower.
  const internalUnit = child.kind === 'BRANCH' || child.kind === 'GROUP';
  const ordered = internalUnit
    ? levelRank(child.level) === levelRank(parent.level)
    : levelRank(child.level) > levelRank(parent.level);
  if (!ordered) {
    return err(
      'ORG_LEVEL_ORDER',
      `a ${child.level} organization cannot sit under the ${parent.level} organization '${parent.name}'`,
      { path: ['parentId'], details: { childLevel: child.level, parentLevel: parent.level } },
    );
  }
  return ok(undefined);
}

/** Checks a move: the new parent is neither the organization nor one of its descendants. */
export function checkNoCycle(
  organizationId: string,
  newParentId: string,
  newParentAncestorIds: readonly string[],
): OrganizationResult<void> {
  if (newParentId === organizationId || newParentAncestorIds.includes(organizationId)) {
    return err('ORG_CYCLE', 'an organization cannot be moved under itself or one of its own descendants', {
      path: ['newParentId'],
    });
  }
  return ok(undefined);
}

/** Checks that an organization may be dissolved: active, no active children, no member unions left. */
export function checkDissolve(
  organization: Organization,
  activeChildren: number,
  memberUnions: number,
): OrganizationResult<void> {
  if (organization.status !== 'ACTIVE') {
    return err('ORG_DISSOLVED', `'${organization.name}' is already dissolved`, { path: ['id'] });
  }
  if (activeChildren > 0) {
    return err(
      'ORG_HAS_CHILDREN',
      `'${organization.name}' has ${activeChildren} active child organization(s): move or dissolve them first`,
      { path: ['id'], details: { activeChildren } },
    );
  }
  if (memberUnions > 0) {
    return err(
      'ORG_HAS_MEMBER_UNIONS',
      `'${organization.name}' still has ${memberUnions} member union(s): they must leave first`,
      { path: ['id'], details: { memberUnions } },
    );
  }
  return ok(undefined);
}

/** What a join-federation request says. */
export interface JoinFederationTerms {
  readonly chain: string | null;
  readonly segment: ChainSegment | null;
}

/** Checks that `member` may join `federation` on the given terms (segment required for industry chains). */
export function checkJoinFederation(
  federation: Organization,
  member: Organization,
  terms: JoinFederationTerms,
  alreadyMember: boolean,
): OrganizationResult<JoinFederationTerms> {
  if (!FEDERATION_KINDS.includes(federation.kind)) {
    return err(
      'FEDERATION_NOT_A_FEDERATION',
      `'${federation.name}' is a ${federation.kind}, not a federation`,
      {
        path: ['federationId'],
      },
    );
  }
  if (federation.id === member.id) {
    return err('FEDERATION_SELF', 'a federation cannot join itself', { path: ['memberId'] });
  }
  for (const [org, field] of [
    [federation, 'federationId'],
    [member, 'memberId'],
  ] as const) {
    if (org.status !== 'ACTIVE') {
      return err('ORG_DISSOLVED', `'${org.name}' is dissolved`, { path: [field] });
    }
  }
  if (!FEDERATION_MEMBER_KINDS.includes(member.kind)) {
    return err(
      'FEDERATION_MEMBER_KIND',
      `a ${member.kind} cannot be a member union; members are ${FEDERATION_MEMBER_KINDS.join(' or ')}`,
      { path: ['memberId'] },
    );
  }
  if (alreadyMember) {
    return err('FEDERATION_ALREADY_MEMBER', `'${member.name}' is already a member of '${federation.name}'`, {
      path: ['memberId'],
    });
  }
  const isChain = federation.kind === 'INDUSTRY_CHAIN_FEDERATION';
  if (isChain && terms.segment === null) {
    return err(
      'FEDERATION_SEGMENT_REQUIRED',
      'joining an industry-chain federation needs the chain segment',
      {
        path: ['segment'],
      },
    );
  }
  if (!isChain && (terms.segment !== null || terms.chain !== null)) {
    return err(
      'FEDERATION_SEGMENT_NOT_ALLOWED',
      'only an industry-chain federation records a chain and segment',
      {
        path: ['segment'],
      },
    );
  }
  const chain = checkChainName(terms.chain);
  if (!chain.ok) return chain;
  return ok({ chain: chain.value, segment: terms.segment });
}
