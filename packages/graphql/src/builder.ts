import { malformedText } from '@gonghui/core';
import SchemaBuilder from '@pothos/core';
import ComplexityPlugin from '@pothos/plugin-complexity';
import PrismaPlugin from '@pothos/plugin-prisma';
import RelayPlugin, { decodeGlobalID, resolveNodes } from '@pothos/plugin-relay';
import ScopeAuthPlugin, { ForbiddenError } from '@pothos/plugin-scope-auth';
import {
  GraphQLError,
  type GraphQLField,
  type GraphQLObjectType,
  type GraphQLResolveInfo,
  getNamedType,
  isObjectType,
} from 'graphql';
import type { ChangeRequest } from './auth/access.js';
import type { Context } from './context.js';
import type PrismaTypes from './generated/pothos-types.js';
import { getDatamodel } from './generated/pothos-types.js';
import { Prisma } from './generated/prisma/client.js';
import { ARMOR_LIMITS } from './hardening/armor.js';
import { edgePluginName } from './hardening/edge-plugin.js';
import type { UploadedFile } from './import/upload.js';

/** Largest page a connection returns, whatever `first`/`last` ask for. */
export const MAX_PAGE_SIZE = 100;

/** Page size of a connection asked for without `first` or `last`. */
export const DEFAULT_PAGE_SIZE = 20;

/**
 * The cost of a list field that returns at most `rows` rows: its selection repeats that many times.
 * Every list of objects that is not a page declares it, with a bound proven where its rows are made
 * (a `take`, a cap in core, a fixed set); test/attack-review.test.ts fails on a list that does not.
 */
export function listCost(rows: number): { field: number; multiplier: number } {
  return { field: 1, multiplier: rows };
}

/** Longest raw id inside a global ID (ours are UUIDs or decimal numbers); a longer one is malformed. */
const MAX_RAW_ID_LENGTH = 64;

/**
 * `Type:id` from a global ID, or null when it is not one: not base64 of `Type:id`, or an id that is
 * empty, longer than MAX_RAW_ID_LENGTH or malformed text (a NUL, which base64 hides from the input
 * guard and PostgreSQL cannot store).
 */
export function parseGlobalID(globalID: string): { typename: string; id: string } | null {
  try {
    const decoded = decodeGlobalID(globalID);
    if (decoded.id.length > MAX_RAW_ID_LENGTH || malformedText(decoded.id) !== null) return null;
    return decoded;
  } catch {
    return null;
  }
}

/** Rows a page field asks for: `first` or `last` (default DEFAULT_PAGE_SIZE, capped at MAX_PAGE_SIZE); negative is bad input. */
export function pageSize(args: { first?: unknown; last?: unknown }): number {
  let size = 0;
  for (const name of ['first', 'last'] as const) {
    const value = args[name];
    if (typeof value !== 'number') continue;
    if (value < 0) {
      throw new GraphQLError(`"${name}" must be 0 or more, got ${value}`, {
        extensions: { code: 'BAD_USER_INPUT', argument: [name] },
      });
    }
    size = Math.max(size, value);
  }
  const asked = typeof args.first === 'number' || typeof args.last === 'number';
  return Math.min(asked ? size : DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE);
}

/**
 * Cost of one field for the complexity plugin, with its arguments resolved from the variables: a page
 * repeats its selection once per row asked for; every other field costs 1, and a list of objects
 * declares the rows it returns at most (`listCost`, given as the field's `complexity`, which the
 * plugin uses instead of this). The limit is checked before execution (hardening/armor.ts).
 */
function fieldCost(args: Record<string, unknown>, _ctx: Context, field: GraphQLField<unknown, Context>) {
  const named = getNamedType(field.type);
  if (isObjectType(named) && 'pageInfo' in named.getFields() && 'edges' in named.getFields()) {
    return { field: 1, multiplier: pageSize(args) };
  }
  return 1;
}

/** The `edges`/`nodes` lists inside a page: the page's own multiplier already counts their rows. */
const PAGE_LIST_COST = { field: 1, multiplier: 1 };

/** The Pothos schema builder of the gonghui API: Prisma and Relay plugins, nothing else. */
export const builder = new SchemaBuilder<{
  Context: Context;
  PrismaTypes: PrismaTypes;
  DefaultFieldNullability: false;
  DefaultInputFieldRequiredness: true;
  Scalars: {
    DateTime: { Input: Date; Output: Date };
    Upload: { Input: UploadedFile; Output: never };
  };
  AuthScopes: {
    /** Anyone, signed in or not: the public organization directory and structural types. */
    public: boolean;
    /** Any signed-in viewer. */
    authenticated: boolean;
    /** A system administrator. */
    systemAdmin: boolean;
    /** May read protected data of this organization's subtree (ORG_VIEWER or ORG_ADMIN above it). */
    orgView: string;
    /** May administer this organization's subtree (ORG_ADMIN above it). */
    orgAdmin: string;
    /** May make this organization change (core's rule of who may change what). */
    orgChange: ChangeRequest;
  };
}>({
  // Relay before scope-auth, so scope checks receive parsed global IDs; scope-auth wraps every other
  // resolver. The edge plugin comes first: it wraps outermost and sees every other plugin's argument
  // mappers (field configs pass through the plugins last to first).
  plugins: [edgePluginName, RelayPlugin, ScopeAuthPlugin, PrismaPlugin, ComplexityPlugin],
  // No limit here: hardening/armor.ts checks the cost of the selected operation before execution.
  complexity: { fieldComplexity: fieldCost },
  scopeAuth: {
    // A permission check that fails (the database is down) is an error, never a FORBIDDEN.
    treatErrorsAsUnauthorized: false,
    // Signed out is not forbidden: without a viewer the answer is "sign in", with one it is "not yours".
    // Both stay HTTP 200: the GraphQL-over-HTTP spec wants 2xx once execution has begun (a field error).
    unauthorizedError: (_parent, context, info, result) =>
      context.access.authenticated
        ? new GraphQLError(result.message, { extensions: { code: 'FORBIDDEN', http: { status: 200 } } })
        : new GraphQLError(
            `Not signed in: ${info.parentType.name}.${info.fieldName} needs a bearer token (Authorization: Bearer <token>)`,
            { extensions: { code: 'UNAUTHENTICATED', http: { status: 200 } } },
          ),
    authScopes: (ctx) => ({
      public: true,
      authenticated: ctx.access.authenticated,
      systemAdmin: ctx.access.systemAdmin,
      orgView: (id) => ctx.access.permits('VIEW', id),
      orgAdmin: (id) => ctx.access.permits('ADMIN', id),
      orgChange: (request) => ctx.access.mayChange(request),
    }),
  },
  defaultFieldNullability: false,
  defaultInputFieldRequiredness: true,
  relay: {
    // The standard encoding (base64 of `Type:id`); a malformed ID is the client's error, said plainly.
    decodeGlobalID: (globalID) => {
      const decoded = parseGlobalID(globalID);
      if (decoded) return decoded;
      throw new GraphQLError(`'${globalID.slice(0, 100)}' is not a global ID (base64 of "Type:id")`, {
        extensions: { code: 'BAD_USER_INPUT' },
      });
    },
    clientMutationId: 'omit',
    cursorType: 'String',
    nodeTypeOptions: { description: 'An object with a global ID, fetchable with `node(id:)`.' },
    pageInfoTypeOptions: {
      description: 'Where a page of a connection starts and ends.',
      authScopes: { public: true },
    },
    defaultConnectionTypeOptions: { authScopes: { public: true } },
    defaultEdgeTypeOptions: { authScopes: { public: true } },
    // `node` and `nodes` are defined below: missing, hidden and malformed ids all answer null.
    nodeQueryOptions: false,
    nodesQueryOptions: false,
    cursorFieldOptions: { description: 'Opaque cursor of this edge, for `after`/`before`.' },
    idFieldOptions: { description: 'Global ID of the object.' },
    edgesFieldOptions: { description: 'The edges of this page.', complexity: PAGE_LIST_COST },
    pageInfoFieldOptions: { description: 'Where this page starts and ends.' },
    nodeFieldOptions: { description: 'The object at the end of this edge.' },
    hasNextPageFieldOptions: { description: 'Whether more items follow this page.' },
    hasPreviousPageFieldOptions: { description: 'Whether items come before this page.' },
    startCursorFieldOptions: { description: 'Cursor of the first item of this page.' },
    endCursorFieldOptions: { description: 'Cursor of the last item of this page.' },
    firstArgOptions: { description: `Page size from the start (at most ${MAX_PAGE_SIZE}).` },
    lastArgOptions: { description: `Page size from the end (at most ${MAX_PAGE_SIZE}).` },
    afterArgOptions: { description: 'Start after this cursor.' },
    beforeArgOptions: { description: 'End before this cursor.' },
    nodesOnConnection: { description: 'The nodes of this page, without edges.', complexity: PAGE_LIST_COST },
  },
  prisma: {
    client: (ctx) => ctx.prisma,
    dmmf: getDatamodel(),
    exposeDescriptions: true,
    filterConnectionTotalCount: true,
    maxConnectionSize: MAX_PAGE_SIZE,
    defaultConnectionSize: 20,
    // A payload whose change was refused returns null without querying: only warn elsewhere.
    onUnusedQuery:
      process.env.NODE_ENV === 'production'
        ? null
        : (info) => {
            if (!info.parentType.name.endsWith('Payload')) {
              console.warn(
                `Prisma query was unused in resolver for ${info.parentType.name}.${info.fieldName}`,
              );
            }
          },
  },
});

/** The builder's schema types, for helpers generic over its object and output types. */
export type Types = typeof builder extends PothosSchemaTypes.SchemaBuilder<infer T> ? T : never;

builder.scalarType('DateTime', {
  description: 'An instant in ISO-8601 (UTC), e.g. `2026-11-29T08:00:00.000Z`.',
  serialize: (value) => value.toISOString(),
  parseValue: (value) => {
    const date = typeof value === 'string' ? new Date(value) : null;
    if (!date || Number.isNaN(date.getTime())) throw new TypeError('DateTime must be an ISO-8601 string');
    return date;
  },
});

/** Scope map of types anyone may see once a protected field has handed them out (payloads, errors, pages). */
export const PUBLIC = { public: true } as const;

builder.queryType({ description: 'Everything that can be read.' });
builder.mutationType({
  description: 'Everything that can be changed; each takes one `input` and returns a payload.',
});
builder.subscriptionType({
  description: 'Events as they commit, over server-sent events (`Accept: text/event-stream`).',
});

/**
 * True for an error that only says there is no such row: the Prisma plugin's node loader throws for a
 * missing one (P2025), and a key that cannot be a key of its table (e.g. `BigInt('abc')`, out of range,
 * not a UUID) fails before or in the database. Connection and other faults are not among them.
 */
function isNoSuchRow(error: unknown): boolean {
  if (error instanceof SyntaxError || error instanceof RangeError) return true;
  if (error instanceof Prisma.PrismaClientValidationError) return true;
  // P2007 invalid value, P2020 out of range, P2023 inconsistent column data, P2025 not found
  return (
    error instanceof Prisma.PrismaClientKnownRequestError &&
    ['P2007', 'P2020', 'P2023', 'P2025'].includes(error.code)
  );
}

/** Whether the viewer may see this node: its type's scopes (run by `isTypeOf`), a refusal read as "no". */
async function visible(type: GraphQLObjectType, node: unknown, ctx: Context, info: GraphQLResolveInfo) {
  try {
    return (await type.isTypeOf?.(node, ctx, info)) ?? true;
  } catch (error) {
    if (error instanceof ForbiddenError) return false;
    const code = error instanceof GraphQLError ? error.extensions.code : undefined;
    if (code === 'FORBIDDEN' || code === 'UNAUTHENTICATED') return false;
    throw error;
  }
}

/**
 * One `node` lookup: null alike for an id that is malformed, names no node type, names no row, or
 * names a row the viewer may not see — the answer never tells an outsider which.
 */
async function lookUpNode(globalID: string, ctx: Context, info: GraphQLResolveInfo): Promise<unknown> {
  const parsed = parseGlobalID(globalID);
  const type = parsed && info.schema.getType(parsed.typename);
  if (!parsed || !isObjectType(type) || !type.getInterfaces().some((i) => i.name === 'Node')) return null;
  let node: unknown;
  try {
    [node] = await resolveNodes(builder as never, ctx, info, [parsed]);
  } catch (error) {
    if (isNoSuchRow(error)) return null;
    throw error;
  }
  return node != null && (await visible(type, node, ctx, info)) ? node : null;
}

builder.queryFields((t) => ({
  node: t.field({
    type: builder.nodeInterfaceRef(),
    nullable: true,
    description:
      'Fetches any object by its global ID; null when there is none you may see (missing, hidden or malformed alike).',
    authScopes: PUBLIC,
    args: { id: t.arg.id({ description: 'A global ID.' }) },
    resolve: (_root, args, ctx, info) => lookUpNode(String(args.id), ctx, info) as never,
  }),
  nodes: t.field({
    type: [builder.nodeInterfaceRef()],
    nullable: { list: false, items: true },
    description:
      'Fetches several objects by their global IDs, in order; an entry is null where `node` would be null.',
    authScopes: PUBLIC,
    // One lookup per id (armor.ts refuses more than maxListLength ids before pricing).
    complexity: (args) => listCost(args.ids.length),
    args: {
      ids: t.arg.idList({ description: `Global IDs, at most ${ARMOR_LIMITS.maxListLength}.` }),
    },
    resolve: (_root, args, ctx, info) =>
      Promise.all(args.ids.map((id) => lookUpNode(String(id), ctx, info))) as never,
  }),
}));
