import {
  CHAIN_SEGMENTS,
  createOrganization,
  dissolveOrganization,
  joinFederation,
  leaveFederation,
  MAX_TREE_DEPTH,
  moveOrganization,
  ORGANIZATION_KINDS,
  ORGANIZATION_LEVELS,
  updateOrganization,
} from '@gonghui/core';
import { prismaConnectionHelpers } from '@pothos/plugin-prisma';
import { builder, listCost, PUBLIC } from '../builder.js';
import type { Prisma } from '../generated/prisma/client.js';
import { moveLocks } from '../store/write-lock.js';
import { countedConnection } from './connection.js';
import { rowOf, rowPayload, runCommand, writtenRow } from './errors.js';
import { publishOrganizationChange } from './organization-events.js';

/** Each enum value with its description, in the order core lists them. */
export function described<V extends string>(values: readonly V[], descriptions: Record<V, string>) {
  return Object.fromEntries(
    values.map((value) => [value, { value, description: descriptions[value] }]),
  ) as Record<V, { value: V; description: string }>;
}

/** What an organization is (工会的类型). */
export const OrganizationKindEnum = builder.enumType('OrganizationKind', {
  description:
    'What an organization is: 总工会, 基层工会, 联合基层工会, 区域性/行业性/产业链工会联合会, 分会, 工会小组.',
  values: described(ORGANIZATION_KINDS, {
    FEDERATION_OF_TRADE_UNIONS:
      '总工会: a local federation of trade unions (national down to township/street).',
    GRASSROOTS_UNION: '基层工会: the union of one employer; its members are people.',
    JOINT_GRASSROOTS_UNION: '联合基层工会: one grassroots union shared by several small employers.',
    REGIONAL_FEDERATION: '区域性工会联合会: unions of an area; its members are unions.',
    INDUSTRY_FEDERATION: '行业性工会联合会: unions of an industry; its members are unions.',
    INDUSTRY_CHAIN_FEDERATION:
      '产业链工会联合会: unions along one industry chain (upstream, midstream, downstream).',
    BRANCH: '分会: a branch of a grassroots union.',
    GROUP: '工会小组: a union group of a grassroots union or branch.',
  }),
});

/** Administrative level of an organization. */
export const OrganizationLevelEnum = builder.enumType('OrganizationLevel', {
  description: 'Administrative level, from NATIONAL down to GRASSROOTS.',
  values: described(ORGANIZATION_LEVELS, {
    NATIONAL: '全国: national.',
    PROVINCIAL: '省级: province, autonomous region or municipality directly under the central government.',
    MUNICIPAL: '市级: prefecture-level city.',
    COUNTY: '县级: county, county-level city or city district.',
    TOWNSHIP: '乡镇/街道: township, town or street (subdistrict).',
    VILLAGE: '村/社区: village or community.',
    GRASSROOTS: '基层: an employer and the units inside it.',
  }),
});

/** Active or dissolved. */
export const OrganizationStatusEnum = builder.enumType('OrganizationStatus', {
  description: 'Whether the organization is active or dissolved (撤销).',
  values: described(['ACTIVE', 'DISSOLVED'] as const, {
    ACTIVE: 'Active.',
    DISSOLVED: '已撤销: dissolved; kept for history.',
  }),
});

/** Upstream, midstream or downstream of an industry chain. */
export const ChainSegmentEnum = builder.enumType('ChainSegment', {
  description: 'Segment of an industry chain (上游/中游/下游).',
  values: described(CHAIN_SEGMENTS, {
    UPSTREAM: '上游: raw materials and growers.',
    MIDSTREAM: '中游: processing and manufacturing.',
    DOWNSTREAM: '下游: sales, services and tourism.',
  }),
});

/** Filters shared by every organization list. */
const OrganizationFilter = builder.inputType('OrganizationFilter', {
  description: 'Narrows a list of organizations; all given conditions must hold.',
  fields: (t) => ({
    kind: t.field({ type: [OrganizationKindEnum], required: false, description: 'Any of these kinds.' }),
    level: t.field({ type: [OrganizationLevelEnum], required: false, description: 'Any of these levels.' }),
    status: t.field({ type: OrganizationStatusEnum, required: false, description: 'Only this status.' }),
    regionCode: t.string({
      required: false,
      description: 'Region code prefix: `3302` for all of 宁波, `330203` for 海曙区.',
    }),
    nameContains: t.string({ required: false, description: 'Part of the name, case-insensitive.' }),
  }),
});

type FilterInput = {
  kind?: readonly string[] | null;
  level?: readonly string[] | null;
  status?: string | null;
  regionCode?: string | null;
  nameContains?: string | null;
};

function filterWhere(filter: FilterInput | null | undefined): Prisma.OrganizationWhereInput {
  if (!filter) return {};
  return {
    ...(filter.kind?.length ? { kind: { in: filter.kind as Prisma.EnumOrganizationKindFilter['in'] } } : {}),
    ...(filter.level?.length
      ? { level: { in: filter.level as Prisma.EnumOrganizationLevelFilter['in'] } }
      : {}),
    ...(filter.status ? { status: filter.status as 'ACTIVE' | 'DISSOLVED' } : {}),
    ...(filter.regionCode ? { regionCode: { startsWith: filter.regionCode } } : {}),
    ...(filter.nameContains ? { name: { contains: filter.nameContains, mode: 'insensitive' as const } } : {}),
  };
}

/** Stable order of organization lists: by tree depth, then name, then id. */
const ORDER: Prisma.OrganizationOrderByWithRelationInput[] = [
  { depth: 'asc' },
  { name: 'asc' },
  { id: 'asc' },
];

/** A union organization or federation. */
export const Organization = builder.prismaNode('Organization', {
  description: 'A union organization or federation (工会组织), one node of the organization tree.',
  // The organization directory is public; protected data hangs off it behind its own scopes.
  authScopes: PUBLIC,
  id: { field: 'id' },
  // Select mode: a request reads only the columns its fields need (each exposed field adds its own).
  select: { id: true },
  fields: (t) => ({
    name: t.exposeString('name', { description: 'Full name, e.g. 宁波市海曙区总工会.' }),
    kind: t.expose('kind', { type: OrganizationKindEnum, description: 'What the organization is.' }),
    level: t.expose('level', { type: OrganizationLevelEnum, description: 'Administrative level.' }),
    status: t.expose('status', { type: OrganizationStatusEnum, description: 'Active or dissolved.' }),
    regionCode: t.exposeString('regionCode', {
      nullable: true,
      description: '6-digit administrative division code (GB/T 2260), when known.',
    }),
    creditCode: t.exposeString('creditCode', {
      nullable: true,
      description: '统一社会信用代码 of the unit (GB 32100-2015), when known.',
    }),
    depth: t.exposeInt('depth', { description: 'Distance from the root of the tree (root = 0).' }),
    createdAt: t.expose('createdAt', { type: 'DateTime', description: 'When it was registered.' }),
    updatedAt: t.expose('updatedAt', { type: 'DateTime', description: 'When it last changed.' }),
    dissolvedAt: t.expose('dissolvedAt', {
      type: 'DateTime',
      nullable: true,
      description: 'When it was dissolved, or null.',
    }),
  }),
});

/** Closure rows of a subtree page, filtered by the descendant's own fields. */
function subtreeLinkWhere(args: {
  filter?: FilterInput | null;
  includeSelf?: boolean | null;
}): Prisma.OrganizationLinkWhereInput {
  const descendant = filterWhere(args.filter);
  return {
    ...(args.includeSelf ? {} : { distance: { gt: 0 } }),
    ...(Object.keys(descendant).length > 0 ? { descendant } : {}),
  };
}

/** Order of a subtree page: the closure table's (ancestor, distance, name, id) index. */
const SUBTREE_ORDER: Prisma.OrganizationLinkOrderByWithRelationInput[] = [
  { distance: 'asc' },
  { descendantName: 'asc' },
  { descendantId: 'asc' },
];

/**
 * A subtree page walks the closure table along its (ancestor, distance, name, id) index, so its
 * cost follows the page size, not the subtree's; each link resolves to its descendant.
 */
const subtreeLinks = prismaConnectionHelpers(builder, 'OrganizationLink', {
  cursor: 'ancestorId_descendantId',
  select: (nodeSelection) => ({ descendant: nodeSelection({ select: { id: true } }) }),
  resolveNode: (link) => link.descendant,
});

/**
 * Where a subtree page's organizations are selected, for the Prisma plugin's planner: `nodes` and
 * `edges { node }` walked as one selection (as the plugin's own relation connections do), so that a
 * relation asked under both, or twice under aliases with other arguments, is planned once per set of
 * arguments (a conflicting one loads on its own) instead of one page size answering for both.
 */
const SUBTREE_NODE_PATHS = {
  getType: () => 'Organization',
  paths: [[{ name: 'nodes' }], [{ name: 'edges' }, { name: 'node' }]],
};

/** The plugin's nested selection (`@pothos/selection-mapper`'s `NestedSelection`): a path, or an indirect include of several. */
type NestedSelection = (
  selection?: unknown,
  pathOrInclude?: readonly string[] | typeof SUBTREE_NODE_PATHS,
) => unknown;

/** What the subtree field reads of its organization: the page of closure rows, and their count when asked. */
interface SubtreeRow {
  readonly descendantLinks: Parameters<typeof subtreeLinks.resolve>[0];
  readonly _count?: { readonly descendantLinks: number };
}

/**
 * The Prisma selection of a subtree page: the page of closure rows along the (ancestor, distance,
 * name, id) index, each with its descendant as the page selects it, and the page's total — a count
 * along the same index (1 ms for a city, ~35 ms for the whole province) — only when `totalCount` is
 * selected. The Prisma plugin tells its own relation connections what they select (`selected`, the
 * fourth argument of a selection function) but not a `select:` option's function, so the subtree
 * field hands this function to the plugin directly; without `selected` the total is counted.
 */
function subtreeSelection(
  args: Parameters<typeof subtreeLinks.getQuery>[0] & Parameters<typeof subtreeLinkWhere>[0],
  ctx: Parameters<typeof subtreeLinks.getQuery>[1],
  nestedSelection: NestedSelection,
  selected?: () => ReadonlySet<string>,
): { select: Prisma.OrganizationSelect } {
  const where = subtreeLinkWhere(args);
  return {
    select: {
      ...(selected === undefined || selected().has('totalCount')
        ? { _count: { select: { descendantLinks: { where } } } }
        : {}),
      descendantLinks: {
        // The helper asks for `edges { node }`; the planner walks `nodes` with it (SUBTREE_NODE_PATHS).
        ...(subtreeLinks.getQuery(args, ctx, (selection) =>
          nestedSelection(selection, SUBTREE_NODE_PATHS),
        ) as Prisma.OrganizationLinkFindManyArgs),
        where,
        orderBy: SUBTREE_ORDER,
      },
    },
  };
}

/** A union's membership of a federation. */
export const FederationMembership = builder.prismaNode('FederationMembership', {
  description: "A union's membership of a federation (联合会成员).",
  authScopes: PUBLIC,
  id: { field: 'id' },
  fields: (t) => ({
    federation: t.relation('federation', { description: 'The federation.' }),
    member: t.relation('member', { description: 'The member union.' }),
    chain: t.exposeString('chain', {
      nullable: true,
      description: 'The industry chain, for an industry-chain federation.',
    }),
    segment: t.field({
      type: ChainSegmentEnum,
      nullable: true,
      description: 'Segment of the chain the member union works in.',
      resolve: (m) => m.segment,
    }),
    joinedAt: t.expose('joinedAt', { type: 'DateTime', description: 'When the union joined.' }),
  }),
});

/** A page of organizations (every organization list shares it). */
const OrganizationConnection = countedConnection(Organization, 'Organization', {
  connection: 'A page of organizations.',
  edge: 'An organization in a page.',
});

/** A page of federation memberships. */
const FederationMembershipConnection = countedConnection(FederationMembership, 'FederationMembership', {
  connection: 'A page of federation memberships.',
  edge: 'A federation membership in a page.',
});

/** Tree and federation relations of an organization (added after the connection types they use). */
builder.prismaObjectFields(Organization, (t) => ({
  parent: t.relation('parent', {
    nullable: true,
    description: 'The organization directly above, or null for a root.',
  }),
  children: t.relatedConnection(
    'children',
    {
      cursor: 'id',
      totalCount: true,
      description: 'Organizations directly below, ordered by name.',
      query: () => ({ orderBy: [{ name: 'asc' }, { id: 'asc' }] }),
    },
    OrganizationConnection,
  ),
  ancestors: t.prismaField({
    type: ['Organization'],
    description: `Every organization above this one, the root first and the parent last (at most ${MAX_TREE_DEPTH - 1}).`,
    complexity: listCost(MAX_TREE_DEPTH - 1),
    resolve: (query, org, _args, ctx) =>
      ctx.prisma.organization.findMany({
        ...query,
        where: { descendantLinks: { some: { descendantId: org.id, distance: { gt: 0 } } } },
        orderBy: { depth: 'asc' },
      }),
  }),
  subtree: t.connection(
    {
      type: Organization,
      description: 'Every organization below this one (at any depth), filtered; ordered by depth, then name.',
      args: {
        filter: t.arg({ type: OrganizationFilter, required: false, description: 'Narrows the list.' }),
        includeSelf: t.arg.boolean({
          required: false,
          defaultValue: false,
          description: 'Include this organization itself.',
        }),
      },
      // The selection function given to the Prisma plugin as it is (the extension `select:` becomes),
      // so that it is told what the page selects: see subtreeSelection.
      extensions: { pothosPrismaSelect: subtreeSelection },
      resolve: (org, args, ctx) => {
        const row = org as unknown as SubtreeRow;
        return {
          ...subtreeLinks.resolve(row.descendantLinks, args, ctx),
          totalCount: row._count?.descendantLinks,
        };
      },
    },
    OrganizationConnection,
  ),
  memberUnions: t.relatedConnection(
    'memberUnions',
    {
      cursor: 'id',
      totalCount: true,
      description: 'For a federation: its member unions, with chain and segment for an industry chain.',
      query: () => ({ orderBy: [{ segment: 'asc' }, { joinedAt: 'asc' }, { id: 'asc' }] }),
    },
    FederationMembershipConnection,
  ),
  federations: t.relatedConnection(
    'federations',
    {
      cursor: 'id',
      totalCount: true,
      description: 'The federations this union is a member of.',
      query: () => ({ orderBy: [{ joinedAt: 'asc' }, { id: 'asc' }] }),
    },
    FederationMembershipConnection,
  ),
}));

builder.queryFields((t) => ({
  organization: t.prismaField({
    type: 'Organization',
    nullable: true,
    description: 'One organization by its global ID, or null.',
    authScopes: PUBLIC,
    args: { id: t.arg.globalID({ for: Organization, description: 'Global ID of the organization.' }) },
    resolve: (query, _root, args, ctx) =>
      ctx.prisma.organization.findUnique({ ...query, where: { id: args.id.id } }),
  }),
  organizations: t.prismaConnection(
    {
      type: 'Organization',
      cursor: 'id',
      description: 'All organizations, filtered; ordered by depth, then name.',
      authScopes: PUBLIC,
      args: {
        filter: t.arg({ type: OrganizationFilter, required: false, description: 'Narrows the list.' }),
      },
      resolve: (query, _root, args, ctx) =>
        ctx.prisma.organization.findMany({
          ...query,
          where: filterWhere(args.filter),
          orderBy: ORDER,
        }),
      totalCount: (_root, args, ctx) => ctx.prisma.organization.count({ where: filterWhere(args.filter) }),
    },
    OrganizationConnection,
  ),
}));

type OrganizationRow = Prisma.OrganizationGetPayload<object>;
type FederationMembershipRow = Prisma.FederationMembershipGetPayload<object>;

const OrganizationPayload = rowPayload('OrganizationPayload', {
  model: 'Organization',
  description: 'Result of a change to an organization: the organization, or the rules it broke.',
  field: 'organization',
  fieldDescription: 'The organization as the change left it, or null when the change was refused.',
});

const FederationMembershipPayload = rowPayload('FederationMembershipPayload', {
  model: 'FederationMembership',
  description: 'Result of joining a federation: the membership, or the rules it broke.',
  field: 'membership',
  fieldDescription: 'The federation membership, or null when the change was refused.',
});

const LeaveFederationPayload = rowPayload('LeaveFederationPayload', {
  model: 'Organization',
  description: 'Result of leaving a federation.',
  field: 'federation',
  fieldDescription: 'The federation left, or null when the change was refused.',
});

const CreateOrganizationInput = builder.inputType('CreateOrganizationInput', {
  description: 'A new organization.',
  fields: (t) => ({
    name: t.string({ description: 'Full name, 1–100 characters.' }),
    kind: t.field({ type: OrganizationKindEnum, description: 'What it is.' }),
    level: t.field({ type: OrganizationLevelEnum, description: 'Its administrative level.' }),
    parentId: t.globalID({
      required: false,
      for: Organization,
      description: 'The organization above; omit for a root.',
    }),
    regionCode: t.string({ required: false, description: '6-digit administrative division code.' }),
    creditCode: t.string({ required: false, description: '统一社会信用代码 of the unit.' }),
  }),
});

const UpdateOrganizationInput = builder.inputType('UpdateOrganizationInput', {
  description: 'Changes to an organization; omitted fields stay, null clears a code.',
  fields: (t) => ({
    id: t.globalID({ for: Organization, description: 'The organization to change.' }),
    name: t.string({ required: false, description: 'New name.' }),
    level: t.field({ type: OrganizationLevelEnum, required: false, description: 'New level.' }),
    regionCode: t.string({ required: false, description: 'New region code; null clears it.' }),
    creditCode: t.string({ required: false, description: 'New credit code; null clears it.' }),
  }),
});

const MoveOrganizationInput = builder.inputType('MoveOrganizationInput', {
  description: 'Re-parents an organization together with its subtree.',
  fields: (t) => ({
    id: t.globalID({ for: Organization, description: 'The organization to move.' }),
    newParentId: t.globalID({ for: Organization, description: 'The organization to move it under.' }),
  }),
});

const DissolveOrganizationInput = builder.inputType('DissolveOrganizationInput', {
  description: 'Dissolves (撤销) an organization with no active children and no member unions.',
  fields: (t) => ({ id: t.globalID({ for: Organization, description: 'The organization to dissolve.' }) }),
});

const JoinFederationInput = builder.inputType('JoinFederationInput', {
  description: 'A union joins a federation.',
  fields: (t) => ({
    federationId: t.globalID({ for: Organization, description: 'The federation.' }),
    memberId: t.globalID({ for: Organization, description: 'The union joining it.' }),
    chain: t.string({
      required: false,
      description: 'The industry chain (industry-chain federations only).',
    }),
    segment: t.field({
      type: ChainSegmentEnum,
      required: false,
      description: 'Segment of the chain (required for an industry-chain federation).',
    }),
  }),
});

const LeaveFederationInput = builder.inputType('LeaveFederationInput', {
  description: 'A union leaves a federation.',
  fields: (t) => ({
    federationId: t.globalID({ for: Organization, description: 'The federation.' }),
    memberId: t.globalID({ for: Organization, description: 'The union leaving it.' }),
  }),
});

/**
 * The payload value of an organization command: the organization's row as the transaction left it,
 * with its parent's row when the transaction locked that too (a create, a move): `parent` is then
 * answered from it instead of a read after the commit (Pothos takes a relation that is present).
 */
const organizationRow = (o: { id: string }, rows: ReadonlyMap<string, object>) => {
  const row = rowOf<OrganizationRow>(rows, o.id);
  if (row.parentId === null) return { ...row, parent: null };
  const parent = rows.get(row.parentId) as OrganizationRow | undefined;
  return parent === undefined ? row : { ...row, parent };
};

/** `undefined` when a field was omitted, else its value (null included). */
function given<T>(value: T | null | undefined, present: boolean): T | null | undefined {
  return present ? (value ?? null) : undefined;
}

builder.mutationFields((t) => ({
  createOrganization: t.field({
    type: OrganizationPayload,
    description:
      'Registers a new organization under a parent (ORG_ADMIN of the parent; a root: SYSTEM_ADMIN).',
    authScopes: (_root, { input }) => ({
      orgChange: { type: 'create', parentId: input.parentId?.id ?? null },
    }),
    args: { input: t.arg({ type: CreateOrganizationInput, description: 'The new organization.' }) },
    resolve: (_root, { input }, ctx, info) =>
      runCommand(
        ctx,
        info,
        createOrganization,
        {
          name: input.name,
          kind: input.kind,
          level: input.level,
          parentId: input.parentId?.id ?? null,
          regionCode: input.regionCode ?? null,
          creditCode: input.creditCode ?? null,
        },
        {
          locks: { mode: 'share', organizations: input.parentId ? [input.parentId.id] : [] },
          answer: organizationRow,
        },
      ),
  }),
  updateOrganization: t.field({
    type: OrganizationPayload,
    description: "Changes an organization's name, level or codes (ORG_ADMIN of the organization).",
    authScopes: (_root, { input }) => ({ orgChange: { type: 'update', id: input.id.id } }),
    args: { input: t.arg({ type: UpdateOrganizationInput, description: 'What to change.' }) },
    resolve: (_root, { input }, ctx, info) =>
      runCommand(
        ctx,
        info,
        updateOrganization,
        {
          id: input.id.id,
          ...(input.name != null ? { name: input.name } : {}),
          ...(input.level != null ? { level: input.level } : {}),
          regionCode: given(input.regionCode, 'regionCode' in input),
          creditCode: given(input.creditCode, 'creditCode' in input),
        },
        {
          locks: { mode: 'update', organizations: [input.id.id] },
          answer: organizationRow,
          publish: publishOrganizationChange('UPDATED'),
        },
      ),
  }),
  moveOrganization: t.field({
    type: OrganizationPayload,
    description:
      'Moves an organization and its subtree under a new parent (ORG_ADMIN of the old and new parent).',
    authScopes: (_root, { input }) => ({
      orgChange: { type: 'move', id: input.id.id, newParentId: input.newParentId.id },
    }),
    args: { input: t.arg({ type: MoveOrganizationInput, description: 'What to move where.' }) },
    resolve: (_root, { input }, ctx, info) =>
      runCommand(
        ctx,
        info,
        moveOrganization,
        { id: input.id.id, newParentId: input.newParentId.id },
        {
          locks: moveLocks(input.id.id, input.newParentId.id),
          answer: organizationRow,
          publish: publishOrganizationChange('MOVED'),
        },
      ),
  }),
  dissolveOrganization: t.field({
    type: OrganizationPayload,
    description: 'Dissolves an organization (ORG_ADMIN of its parent; a root: SYSTEM_ADMIN).',
    authScopes: (_root, { input }) => ({ orgChange: { type: 'dissolve', id: input.id.id } }),
    args: { input: t.arg({ type: DissolveOrganizationInput, description: 'What to dissolve.' }) },
    resolve: (_root, { input }, ctx, info) =>
      runCommand(
        ctx,
        info,
        dissolveOrganization,
        { id: input.id.id },
        {
          locks: { mode: 'update', organizations: [input.id.id] },
          answer: organizationRow,
          publish: publishOrganizationChange('DISSOLVED'),
        },
      ),
  }),
  joinFederation: t.field({
    type: FederationMembershipPayload,
    description: 'Makes a union a member of a federation (ORG_ADMIN of the federation).',
    authScopes: (_root, { input }) => ({ orgChange: { type: 'join', federationId: input.federationId.id } }),
    args: { input: t.arg({ type: JoinFederationInput, description: 'Who joins what.' }) },
    resolve: (_root, { input }, ctx, info) =>
      runCommand(
        ctx,
        info,
        joinFederation,
        {
          federationId: input.federationId.id,
          memberId: input.memberId.id,
          chain: input.chain ?? null,
          segment: input.segment ?? null,
        },
        {
          locks: { mode: 'share', organizations: [input.federationId.id, input.memberId.id] },
          answer: writtenRow<FederationMembershipRow>,
        },
      ),
  }),
  leaveFederation: t.field({
    type: LeaveFederationPayload,
    description: "Ends a union's membership of a federation (ORG_ADMIN of the federation or of the union).",
    authScopes: (_root, { input }) => ({
      orgChange: { type: 'leave', federationId: input.federationId.id, memberId: input.memberId.id },
    }),
    args: { input: t.arg({ type: LeaveFederationInput, description: 'Who leaves what.' }) },
    resolve: (_root, { input }, ctx, info) =>
      runCommand(
        ctx,
        info,
        leaveFederation,
        { federationId: input.federationId.id, memberId: input.memberId.id },
        {
          locks: { mode: 'share', organizations: [input.federationId.id, input.memberId.id] },
          answer: (m, rows) => rowOf<OrganizationRow>(rows, m.federationId),
        },
      ),
  }),
}));
