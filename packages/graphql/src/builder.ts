import { malformedText } from '@gonghui/core';
import SchemaBuilder from '@pothos/core';
import PrismaPlugin from '@pothos/plugin-prisma';
import RelayPlugin, { decodeGlobalID } from '@pothos/plugin-relay';
import ScopeAuthPlugin from '@pothos/plugin-scope-auth';
import { GraphQLError } from 'graphql';
import type { ChangeRequest } from './auth/access.js';
import type { Context } from './context.js';
import type PrismaTypes from './generated/pothos-types.js';
import { getDatamodel } from './generated/pothos-types.js';

/** Largest page a connection returns, whatever `first`/`last` ask for. */
export const MAX_PAGE_SIZE = 100;

/** The Pothos schema builder of the gonghui API: Prisma and Relay plugins, nothing else. */
export const builder = new SchemaBuilder<{
  Context: Context;
  PrismaTypes: PrismaTypes;
  DefaultFieldNullability: false;
  DefaultInputFieldRequiredness: true;
  Scalars: {
    DateTime: { Input: Date; Output: Date };
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
  // Relay first, so scope checks receive parsed global IDs; scope-auth wraps every other resolver.
  plugins: [RelayPlugin, ScopeAuthPlugin, PrismaPlugin],
  scopeAuth: {
    treatErrorsAsUnauthorized: true,
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
    // An id part holding a NUL (base64 hides it from the input guard) is malformed too: PostgreSQL stores none.
    decodeGlobalID: (globalID) => {
      let decoded: { typename: string; id: string } | null = null;
      try {
        decoded = decodeGlobalID(globalID);
      } catch {
        decoded = null;
      }
      if (decoded === null || malformedText(decoded.id) !== null) {
        throw new GraphQLError(`'${globalID.slice(0, 100)}' is not a global ID (base64 of "Type:id")`, {
          extensions: { code: 'BAD_USER_INPUT' },
        });
      }
      return decoded;
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
    // Every node type carries its own type-level scopes, checked when the node is loaded.
    nodeQueryOptions: { description: 'Fetches any object by its global ID.', authScopes: { public: true } },
    nodesQueryOptions: {
      description: 'Fetches several objects by their global IDs.',
      authScopes: { public: true },
    },
    cursorFieldOptions: { description: 'Opaque cursor of this edge, for `after`/`before`.' },
    idFieldOptions: { description: 'Global ID of the object.' },
    edgesFieldOptions: { description: 'The edges of this page.' },
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
    nodesOnConnection: { description: 'The nodes of this page, without edges.' },
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
