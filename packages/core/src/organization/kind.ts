/** What an organization is (工会的类型), from DESIGN.md's domain words. */
export const ORGANIZATION_KINDS = [
  'FEDERATION_OF_TRADE_UNIONS',
  'GRASSROOTS_UNION',
  'JOINT_GRASSROOTS_UNION',
  'REGIONAL_FEDERATION',
  'INDUSTRY_FEDERATION',
  'INDUSTRY_CHAIN_FEDERATION',
  'BRANCH',
  'GROUP',
] as const;

/** What an organization is. */
export type OrganizationKind = (typeof ORGANIZATION_KINDS)[number];

/** Administrative levels, highest first; the index is the level's rank. */
export const ORGANIZATION_LEVELS = [
  'NATIONAL',
  'PROVINCIAL',
  'MUNICIPAL',
  'COUNTY',
  'TOWNSHIP',
  'VILLAGE',
  'GRASSROOTS',
] as const;

/**
 * Most organizations on one path from a root (the tree's depth): each child sits at a strictly lower
 * level than its parent, one per level, except that a grassroots union's branch and group sit at its
 * level (`checkParent`; a level changes only with no children, dissolved ones included). So an
 * organization has at most MAX_TREE_DEPTH - 1 ancestors.
 */
export const MAX_TREE_DEPTH = ORGANIZATION_LEVELS.length + 2;

/** Administrative level an organization sits at. */
export type OrganizationLevel = (typeof ORGANIZATION_LEVELS)[number];

/** Segments of an industry chain (产业链上中下游). */
export const CHAIN_SEGMENTS = ['UPSTREAM', 'MIDSTREAM', 'DOWNSTREAM'] as const;

/** Segment of an industry chain. */
export type ChainSegment = (typeof CHAIN_SEGMENTS)[number];

/** Rank of a level: 0 for NATIONAL, growing downwards to GRASSROOTS. */
export function levelRank(level: OrganizationLevel): number {
  return ORGANIZATION_LEVELS.indexOf(level);
}

/** Kinds whose members are organizations rather than people (联合会). */
export const FEDERATION_KINDS: readonly OrganizationKind[] = [
  'REGIONAL_FEDERATION',
  'INDUSTRY_FEDERATION',
  'INDUSTRY_CHAIN_FEDERATION',
];

/** Kinds that have people as members: grassroots unions and their internal units. */
export const GRASSROOTS_KINDS: readonly OrganizationKind[] = [
  'GRASSROOTS_UNION',
  'JOINT_GRASSROOTS_UNION',
  'BRANCH',
  'GROUP',
];

/** Which levels each kind may sit at. */
export const LEVELS_OF_KIND: Readonly<Record<OrganizationKind, readonly OrganizationLevel[]>> = {
  FEDERATION_OF_TRADE_UNIONS: ['NATIONAL', 'PROVINCIAL', 'MUNICIPAL', 'COUNTY', 'TOWNSHIP'],
  REGIONAL_FEDERATION: ['PROVINCIAL', 'MUNICIPAL', 'COUNTY', 'TOWNSHIP', 'VILLAGE'],
  INDUSTRY_FEDERATION: ['PROVINCIAL', 'MUNICIPAL', 'COUNTY', 'TOWNSHIP', 'VILLAGE'],
  INDUSTRY_CHAIN_FEDERATION: ['PROVINCIAL', 'MUNICIPAL', 'COUNTY', 'TOWNSHIP', 'VILLAGE'],
  GRASSROOTS_UNION: ['GRASSROOTS'],
  JOINT_GRASSROOTS_UNION: ['GRASSROOTS'],
  BRANCH: ['GRASSROOTS'],
  GROUP: ['GRASSROOTS'],
};

/** Which kinds may be the tree parent of each kind (`null` in the list: may be a root). */
export const PARENT_KINDS_OF_KIND: Readonly<Record<OrganizationKind, readonly (OrganizationKind | null)[]>> =
  {
    FEDERATION_OF_TRADE_UNIONS: [null, 'FEDERATION_OF_TRADE_UNIONS'],
    REGIONAL_FEDERATION: ['FEDERATION_OF_TRADE_UNIONS', 'REGIONAL_FEDERATION'],
    INDUSTRY_FEDERATION: ['FEDERATION_OF_TRADE_UNIONS', 'INDUSTRY_FEDERATION'],
    INDUSTRY_CHAIN_FEDERATION: ['FEDERATION_OF_TRADE_UNIONS', 'REGIONAL_FEDERATION'],
    GRASSROOTS_UNION: ['FEDERATION_OF_TRADE_UNIONS', 'REGIONAL_FEDERATION', 'INDUSTRY_FEDERATION'],
    JOINT_GRASSROOTS_UNION: ['FEDERATION_OF_TRADE_UNIONS', 'REGIONAL_FEDERATION', 'INDUSTRY_FEDERATION'],
    BRANCH: ['GRASSROOTS_UNION', 'JOINT_GRASSROOTS_UNION'],
    GROUP: ['GRASSROOTS_UNION', 'JOINT_GRASSROOTS_UNION', 'BRANCH'],
  };

/** Kinds that may join a federation as member unions. */
export const FEDERATION_MEMBER_KINDS: readonly OrganizationKind[] = [
  'GRASSROOTS_UNION',
  'JOINT_GRASSROOTS_UNION',
];
