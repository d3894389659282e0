// Limits on every GraphQL request, enforced before anything executes: graphql-armor's static
// limits on the document (depth, aliases, directives, tokens), then — once the variables are known —
// the length of every list argument and the cost of the selected operation (Pothos's complexity
// plugin, fed with the arguments resolved from the variables; see builder.ts `fieldCost`).

import { EnvelopArmorPlugin } from '@escape.tech/graphql-armor';
import { createComplexityRule } from '@pothos/plugin-complexity';
import {
  type DocumentNode,
  GraphQLError,
  type GraphQLInputType,
  type GraphQLSchema,
  getNamedType,
  isInputObjectType,
  isListType,
  isNonNullType,
  Kind,
  typeFromAST,
  type ValueNode,
  validate,
  valueFromASTUntyped,
  visit,
} from 'graphql';
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
   * Cost of the selected operation, computed with its variables (builder.ts `fieldCost`): every
   * field 1, a page's selection × the rows it asks for (`first`/`last`, literal or variable alike;
   * 20 when absent, at most 100), `nodes(ids:)` × the ids, another list of objects × the rows it is
   * capped at (builder.ts `listCost`) — roughly the rows a request can touch. Heaviest shipped document: GraphiQL's ZhejiangSubtree ≈ 6,100 (a default
   * page of 20 organizations × subtree(first: 25)); the client's operations with `first: 100` ≤ 2,600;
   * a flat page of 100 organizations with every field ≈ 1,900. 10,000 admits them with headroom and
   * refuses a page of pages (100 × 100 ≈ 10,000 × the fields) and the issue-7 attack (≈ 2,000,000).
   */
  maxCost: 10_000,
  /**
   * Entries of any list argument, literal or in variables, at any depth of an input (`nodes(ids:)`,
   * `filter.kind`, …): the largest page. Checked on the raw variables before they are coerced, so a
   * 60,000-entry list costs one length check.
   */
  maxListLength: 100,
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
    // Its cost rule sees only the document (a literal `first`); requestLimitsPlugin counts variables.
    costLimit: { enabled: false },
    maxAliases: { n: ARMOR_LIMITS.maxAliases },
    maxDirectives: { n: ARMOR_LIMITS.maxDirectives },
    maxTokens: { n: ARMOR_LIMITS.maxTokens },
    blockFieldSuggestion: { enabled: production },
  }) as Plugin;
}

/** A list longer than `maxListLength` inside `value` (at most maxDepth levels down) and its path, or null. */
function overlongList(value: unknown, path: readonly string[]): { path: string[]; length: number } | null {
  if (path.length > ARMOR_LIMITS.maxDepth || value === null || typeof value !== 'object') return null;
  if (Array.isArray(value) && value.length > ARMOR_LIMITS.maxListLength) {
    return { path: [...path], length: value.length };
  }
  const entries = Array.isArray(value) ? value.entries() : Object.entries(value);
  for (const [key, item] of entries) {
    const found = overlongList(item, [...path, String(key)]);
    if (found) return found;
  }
  return null;
}

/** A BAD_USER_INPUT error for an over-long list, naming the argument (and the variable it came from). */
function overlongListError(where: string, found: { path: string[]; length: number }, variable?: string) {
  const from = variable ? ` (from variable $${variable})` : '';
  return new GraphQLError(
    `${where}${found.path.join('.')}${from} holds ${found.length} entries; a list argument holds at most ${ARMOR_LIMITS.maxListLength}`,
    {
      extensions: { code: 'BAD_USER_INPUT', argument: found.path, maxListLength: ARMOR_LIMITS.maxListLength },
    },
  );
}

/** The name of the variable a value node is, if it is one. */
function variableName(node: ValueNode): string | undefined {
  return node.kind === Kind.VARIABLE ? node.name.value : undefined;
}

/** Every list argument of the document (literal, variable or variable default) longer than `maxListLength`. */
function listLengthErrors(document: DocumentNode, variables: Record<string, unknown>): GraphQLError[] {
  const errors: GraphQLError[] = [];
  visit(document, {
    VariableDefinition(node) {
      if (!node.defaultValue) return;
      const found = overlongList(valueFromASTUntyped(node.defaultValue), [`$${node.variable.name.value}`]);
      if (found) errors.push(overlongListError('the default of ', found));
    },
    Field(node) {
      for (const argument of node.arguments ?? []) {
        const value = valueFromASTUntyped(argument.value, variables);
        const found = overlongList(value, [argument.name.value]);
        if (found)
          errors.push(
            overlongListError(`${node.name.value}(…) argument `, found, variableName(argument.value)),
          );
      }
    },
  });
  return errors;
}

/** What `requestLimitErrors` needs of an execution. */
export interface LimitedExecution {
  readonly schema: GraphQLSchema;
  readonly document: DocumentNode;
  readonly variableValues?: Record<string, unknown> | null;
  readonly operationName?: string | null;
  readonly contextValue: unknown;
}

/**
 * Why a request must not run (empty when it may): a list argument over `maxListLength`, a page size
 * below 0, variables of the wrong type, or a cost over `maxCost`. Every error carries `extensions.code`.
 * (Global IDs and cursors are priced raw and refused at execution: hardening/edge-plugin.ts.)
 */
export function requestLimitErrors(execution: LimitedExecution): readonly GraphQLError[] {
  const variables = execution.variableValues ?? {};
  const lists = listLengthErrors(execution.document, variables);
  if (lists.length > 0) return lists;
  const rule = createComplexityRule({
    context: execution.contextValue as object,
    variableValues: variables,
    operationName: execution.operationName ?? null,
    validate: ({ complexity }, report) => {
      if (complexity <= ARMOR_LIMITS.maxCost) return;
      report(
        new GraphQLError(
          `Query cost ${complexity} exceeds the limit of ${ARMOR_LIMITS.maxCost}: ask for smaller pages (first/last) or fewer nested lists`,
          { extensions: { code: 'COST_LIMIT_EXCEEDED', cost: complexity, maxCost: ARMOR_LIMITS.maxCost } },
        ),
      );
    },
  });
  let errors: readonly GraphQLError[];
  try {
    errors = validate(execution.schema, execution.document, [rule]);
  } catch (error) {
    // A page size below 0 is refused while pricing (builder.ts pageSize).
    if (!(error instanceof GraphQLError)) throw error;
    errors = [error];
  }
  // graphql-js reports a variable of the wrong type without a code.
  return errors.map((error) =>
    error.extensions.code
      ? error
      : new GraphQLError(error.message, {
          nodes: error.nodes,
          originalError: error.originalError,
          extensions: { ...error.extensions, code: 'BAD_USER_INPUT' },
        }),
  );
}

/**
 * A variable's value with every string in a String or ID position replaced by '': all that the
 * limits can depend on (list lengths, numbers, booleans, enum and DateTime strings, which coercion
 * may refuse), and nothing they cannot (the text of names and ids: any string is a valid String or ID).
 */
function limitShape(type: GraphQLInputType | undefined, value: unknown): unknown {
  if (type === undefined || value === null || typeof value !== 'object') {
    const named = type && getNamedType(type).name;
    return typeof value === 'string' && (named === 'String' || named === 'ID') ? '' : value;
  }
  const nullable = isNonNullType(type) ? type.ofType : type;
  if (Array.isArray(value)) {
    const item = isListType(nullable) ? nullable.ofType : undefined;
    return value.map((entry) => limitShape(item, entry));
  }
  if (!isInputObjectType(nullable)) return value;
  const fields = nullable.getFields();
  const shaped: Record<string, unknown> = {};
  for (const [key, entry] of Object.entries(value)) shaped[key] = limitShape(fields[key]?.type, entry);
  return shaped;
}

/** What is remembered of one document: its variables' types, and the variable shapes that passed. */
interface CheckedDocument {
  readonly types: ReadonlyMap<string, GraphQLInputType | undefined>;
  readonly passed: Set<string>;
}

/** Shapes remembered per document; past this the set starts again (a client varying its page sizes). */
const PASSED_SHAPES_PER_DOCUMENT = 100;

/** Longest shape remembered (a shape holds no names or ids, so ordinary ones are far shorter). */
const MAX_REMEMBERED_KEY_LENGTH = 4096;

/**
 * `requestLimitErrors`, remembered: yoga hands the same parsed document to every request with the
 * same text, so a request whose operation and `limitShape` of variables already passed passes again
 * without walking the document (the list check, the cost walk and the coercion of its variables
 * were ~5% of a simple read's CPU). Only passes are remembered; a refusal is worked out every time.
 * The cost does not depend on the context (builder.ts `fieldCost` reads the arguments only).
 */
export function cachedRequestLimits(): (execution: LimitedExecution) => readonly GraphQLError[] {
  const documents = new WeakMap<DocumentNode, CheckedDocument>();
  return (execution) => {
    let checked = documents.get(execution.document);
    if (!checked) {
      const types = new Map<string, GraphQLInputType | undefined>();
      for (const definition of execution.document.definitions) {
        if (definition.kind !== Kind.OPERATION_DEFINITION) continue;
        for (const variable of definition.variableDefinitions ?? []) {
          const type = typeFromAST(execution.schema, variable.type) as GraphQLInputType | undefined;
          types.set(variable.variable.name.value, type);
        }
      }
      checked = { types, passed: new Set() };
      documents.set(execution.document, checked);
    }
    // Variables the document does not declare are ignored by graphql-js, and by the key.
    const variables = execution.variableValues ?? {};
    const shaped: Record<string, unknown> = {};
    for (const [name, type] of checked.types) shaped[name] = limitShape(type, variables[name]);
    const key = `${execution.operationName ?? ''}\n${JSON.stringify(shaped)}`;
    if (checked.passed.has(key)) return [];
    const errors = requestLimitErrors(execution);
    if (errors.length === 0 && key.length <= MAX_REMEMBERED_KEY_LENGTH) {
      if (checked.passed.size >= PASSED_SHAPES_PER_DOCUMENT) checked.passed.clear();
      checked.passed.add(key);
    }
    return errors;
  };
}

/**
 * Refuses, before anything executes (no SQL), a request that `requestLimitErrors` finds fault with;
 * and gives graphql-armor's refusals (thrown from validation without a code) GRAPHQL_VALIDATION_FAILED.
 */
export function requestLimitsPlugin(limitErrors = cachedRequestLimits()): Plugin {
  return {
    onValidate({ validateFn, setValidationFn }) {
      setValidationFn((...args) => {
        try {
          return validateFn(...args);
        } catch (error) {
          if (!(error instanceof GraphQLError) || error.extensions.code) throw error;
          return [
            new GraphQLError(error.message, {
              nodes: error.nodes,
              extensions: { ...error.extensions, code: 'GRAPHQL_VALIDATION_FAILED' },
            }),
          ];
        }
      });
    },
    onExecute({ args, setResultAndStopExecution }) {
      const errors = limitErrors(args);
      if (errors.length > 0) setResultAndStopExecution({ errors: [...errors] });
    },
  };
}
