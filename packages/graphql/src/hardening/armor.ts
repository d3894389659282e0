// Static limits on every GraphQL document, enforced by graphql-armor before execution.

import { EnvelopArmorPlugin } from '@escape.tech/graphql-armor';
import type { Plugin } from 'graphql-yoga';

/**
 * The graphql-armor limits of the gonghui API. They are sized from our heaviest legitimate
 * documents — the GraphiQL examples of server.ts and every operation of
 * packages/client/src/operations, all run through the armored server by test/hardening.test.ts —
 * with headroom for a hand-written screen, and far below abuse such as depth 50 or 1,000 aliases.
 */
export const ARMOR_LIMITS = {
  /**
   * Selection depth (a fragment spread counts as one level). Deepest shipped operation: 8
   * (FederationMemberUnions: organization → memberUnions → nodes → member → …OrganizationFields
   * → parent → name); GraphiQL's ZhejiangSubtree: 7. 10 leaves two levels of headroom; every
   * connection level costs two (`subtree → nodes`), so 10 also caps how deep pages can nest.
   */
  maxDepth: 10,
  /**
   * graphql-armor's cost: objects 2, scalars 1, ×1.5 per level, × a literal `first`/`last`.
   * Heaviest shipped document: ZhejiangSubtree ≈ 2,500 (subtree(first: 25) with nested fields);
   * a flat page written with a literal `first: 100` of every OrganizationFields field ≈ 13,000.
   * 20,000 admits that page and refuses a page of pages (100 × 100 ≈ 1,000,000). Variables
   * (`first: $first`) are not multiplied: MAX_PAGE_SIZE bounds them at execution.
   */
  maxCost: 20_000,
  /** Aliases per operation. Our operations use none; 15 lets a screen fetch a few organizations side by side. */
  maxAliases: 15,
  /** Directives per operation. Our operations use none; 10 allows an `@include`/`@skip` per optional block of a screen. */
  maxDirectives: 10,
  /**
   * Lexical tokens per document (before parsing, so a huge document costs nothing to refuse).
   * Largest: all of organization-queries.graphql with its fragments ≈ 380 tokens; GraphiQL's
   * introspection query ≈ 185; the GraphiQL examples ≈ 140. 1,000 leaves 2.5× headroom.
   */
  maxTokens: 1_000,
} as const;

/** The graphql-armor plugin with `ARMOR_LIMITS`; field suggestions ("Did you mean …") are hidden in production. */
export function armorPlugin(production: boolean): Plugin {
  return EnvelopArmorPlugin({
    maxDepth: { n: ARMOR_LIMITS.maxDepth },
    costLimit: { maxCost: ARMOR_LIMITS.maxCost },
    maxAliases: { n: ARMOR_LIMITS.maxAliases },
    maxDirectives: { n: ARMOR_LIMITS.maxDirectives },
    maxTokens: { n: ARMOR_LIMITS.maxTokens },
    blockFieldSuggestion: { enabled: production },
  }) as Plugin;
}
