// A Pothos plugin for what every field shares at the edge of the API: connection cursors are sealed
// (an HMAC the server checks, so a forged or garbled cursor is a typed error naming the argument,
// never a silent empty page or a peek at a row the viewer was never shown) and bound to their list:
// the MAC covers the list's field coordinate (`Query.members`), the id of the object the list hangs
// under (an organization's `subtree`) and the arguments that define it (all but first/after/last/
// before), so a cursor of one list given to another — a subtree's to `organizations`, one
// organization's members to another's, the same list under another filter — is refused the same
// way, never used to position a page at a row of another list; an argument the Pothos
// plugins cannot map (a global ID of the wrong type) is BAD_USER_INPUT; the cost walk prices raw
// arguments; and no resolver of a query starts after the request's deadline has passed.

import { createHmac, timingSafeEqual } from 'node:crypto';
import SchemaBuilder, {
  BasePlugin,
  isThenable,
  type PothosOutputFieldConfig,
  PothosValidationError,
  type SchemaTypes,
} from '@pothos/core';
import { GraphQLError, type GraphQLFieldResolver } from 'graphql';

/** Length of a cursor's MAC in base64url characters (128 bits). */
const MAC_CHARS = 22;

/** A sealed cursor opened: the Prisma plugin's cursor and the id of the parent its list hangs under. */
export interface OpenedCursor {
  readonly cursor: string;
  /** `parentIdOf` the object the list was read under when the cursor was issued (`''` at the root). */
  readonly parentId: string;
}

/**
 * Seals and opens connection cursors with a server key: `<plugin cursor>.<parent id, base64url>.<MAC>`.
 * The MAC covers the list (`listArguments`: field coordinate and defining arguments), the parent's id
 * and the cursor. The parent's id is written out because the Prisma plugin opens a nested list's
 * cursor while planning the query of the field above it, before the parent is read: the MAC is
 * checked there against the parent the cursor names, and the field itself, given its parent, refuses
 * a cursor that names another (`EdgePlugin.wrapArgMappers`; the compiled read path likewise).
 */
export class CursorSeal {
  readonly #key: Buffer;

  /** Binds the seal to a key (at least 32 bytes; derived from configuration so cursors outlive a restart). */
  constructor(key: Uint8Array) {
    if (key.length < 32) throw new Error('the cursor key must be at least 32 bytes');
    this.#key = Buffer.from(key);
  }

  /** The sealed form of a cursor the Prisma plugin issued for `list` (`listArguments`) under the parent `parentId`. */
  seal(cursor: string, list: string, parentId: string): string {
    const parent = Buffer.from(parentId, 'utf8').toString('base64url');
    return `${cursor}.${parent}.${this.#mac(cursor, list, parentId)}`;
  }

  /**
   * The cursor inside a sealed one given to `list` (`listArguments`), and the parent it names; a
   * BAD_USER_INPUT error naming `argument` when it was not issued here, or was issued for another list.
   */
  open(sealed: string, argument: string, list: string): OpenedCursor {
    const [cursor = '', parent = '', given = '', ...rest] = sealed.split('.');
    const parentId = Buffer.from(parent, 'base64url').toString('utf8');
    const mac = Buffer.from(given);
    const expected = Buffer.from(this.#mac(cursor, list, parentId));
    if (
      cursor === '' ||
      rest.length > 0 ||
      mac.length !== expected.length ||
      !timingSafeEqual(mac, expected)
    ) {
      throw foreignCursorError(argument);
    }
    return { cursor, parentId };
  }

  /** The parent a sealed cursor names, unchecked (`open` checks it); null when it has no such part. */
  static parentNamed(sealed: string): string | null {
    const parts = sealed.split('.');
    return parts.length === 3 ? Buffer.from(parts[1] as string, 'base64url').toString('utf8') : null;
  }

  #mac(cursor: string, list: string, parentId: string): string {
    return createHmac('sha256', this.#key)
      .update(JSON.stringify([list, parentId, cursor]), 'utf8')
      .digest('base64url')
      .slice(0, MAC_CHARS);
  }
}

/** The field coordinate of a connection field (`Query.members`): the first part of the list its cursors belong to. */
export function listOf(parentType: string, field: string): string {
  return `${parentType}.${field}`;
}

/** The arguments that page through a list rather than define which list it is. */
const PAGING_ARGUMENTS = new Set(['first', 'after', 'last', 'before']);

/** A coerced argument value with its objects' keys in order, so equal arguments give equal text. */
function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (value === null || typeof value !== 'object' || value instanceof Date) return value;
  return Object.fromEntries(
    Object.keys(value)
      .sort()
      .map((key) => [key, canonical((value as Record<string, unknown>)[key])]),
  );
}

/**
 * Which list of a field the arguments ask for: the field coordinate (`listOf`) and every argument as
 * graphql-js coerced it (defaults filled in; global IDs as given) but first/after/last/before, as
 * canonical JSON. With the parent's id (`parentIdOf`) it names the list a cursor is sealed for.
 */
export function listArguments(coordinate: string, args: Readonly<Record<string, unknown>>): string {
  const defining = Object.keys(args)
    .filter((name) => !PAGING_ARGUMENTS.has(name))
    .sort()
    .map((name) => [name, canonical(args[name])]);
  return JSON.stringify([coordinate, defining]);
}

/**
 * The id of the object a list hangs under, as its cursors are bound to it: its `id` field; `''` at the
 * root, or under an object without one (a count's tally, whose cursors are offsets and name no row).
 */
export function parentIdOf(parent: unknown): string {
  const id = parent !== null && typeof parent === 'object' ? (parent as { id?: unknown }).id : undefined;
  return typeof id === 'string' || typeof id === 'number' || typeof id === 'bigint' ? String(id) : '';
}

/** The error of a cursor argument that is not a cursor of the list it is given to. */
export function foreignCursorError(argument: string): GraphQLError {
  return new GraphQLError(
    `"${argument}" is not a cursor this API issued for this list: pass a cursor (edges.cursor, pageInfo.startCursor or endCursor) of the same list, or omit it to start from the first page`,
    { extensions: { code: 'BAD_USER_INPUT', argument: [argument] } },
  );
}

/**
 * A request's deadline, `ms` milliseconds after it was made. A clock reading, not a timer: every
 * request has one, and only a query racing it sets a timer (hardening/deadline.ts) — an
 * `AbortSignal.timeout` per request cost ~1% of a simple read's CPU.
 */
export class Deadline {
  readonly #at: number;

  /** Starts the clock: the deadline passes `ms` milliseconds from now. */
  constructor(readonly ms: number) {
    this.#at = performance.now() + ms;
  }

  /** Whether the deadline has passed. */
  get passed(): boolean {
    return performance.now() >= this.#at;
  }

  /** Milliseconds until it passes (0 once it has). */
  get remaining(): number {
    return Math.max(0, this.#at - performance.now());
  }
}

/** What the plugin reads from the request context. */
export interface EdgeContext {
  /** Seals the cursors of this server. */
  readonly cursors: CursorSeal;
  /** When the request must be answered by. */
  readonly deadline: Deadline;
}

/** The error of a request past its deadline (`REQUEST_TIMEOUT`). */
export function deadlineError(deadline: Deadline): GraphQLError {
  return new GraphQLError(`The request ran past its deadline and was stopped (after ${deadline.ms} ms)`, {
    extensions: { code: 'REQUEST_TIMEOUT' },
  });
}

/** A connection as the Prisma plugin makes it: edges with a cursor each, and the page's first and last cursor. */
interface Connection {
  edges: ({ cursor: unknown } | null)[];
  pageInfo: { startCursor: unknown; endCursor: unknown };
}

/** A connection one field of `list` answered under `parentId`, with its cursors sealed for them (a copy). */
function sealConnection(result: unknown, cursors: CursorSeal, list: string, parentId: string): unknown {
  const connection = result as Connection | null;
  if (connection === null || typeof connection !== 'object' || !Array.isArray(connection.edges))
    return result;
  const seal = (cursor: unknown) =>
    typeof cursor === 'string' ? cursors.seal(cursor, list, parentId) : cursor;
  return {
    ...connection,
    edges: connection.edges.map((edge) => edge && { ...edge, cursor: seal(edge.cursor) }),
    pageInfo: {
      ...connection.pageInfo,
      startCursor: seal(connection.pageInfo.startCursor),
      endCursor: seal(connection.pageInfo.endCursor),
    },
  };
}

/** An argument the Pothos plugins refused to map (e.g. "ID: … is not of type: Organization"), with a code. */
function codedArgumentError(error: unknown): unknown {
  if (!(error instanceof PothosValidationError) || error.extensions.code) return error;
  return new GraphQLError(error.message, { extensions: { code: 'BAD_USER_INPUT' } });
}

type ArgMapper<Types extends SchemaTypes> = PothosOutputFieldConfig<Types>['argMappers'][number];

/**
 * The cost walk (@pothos/plugin-complexity) maps a field's arguments with a partial info that has no
 * `path`: there every mapper is skipped, so pricing reads the raw `first`/`last`/`ids` and neither
 * decodes global IDs nor opens cursors — those refusals come at execution, where the input guard and
 * the resolvers name the argument.
 */
function skippedWhilePricing<Types extends SchemaTypes>(mapper: ArgMapper<Types>): ArgMapper<Types> {
  return (args, ctx, info) => ('path' in info ? mapper(args, ctx, info) : args);
}

/** The cursor arguments of a connection field (none for any other field). */
function cursorArgumentsOf<Types extends SchemaTypes>(fieldConfig: PothosOutputFieldConfig<Types>): string[] {
  return ['after', 'before'].filter((name) => name in fieldConfig.args);
}

/** The Pothos plugin: sealed cursors bound to their list, coded argument refusals, raw-argument pricing and the per-request deadline. */
export class EdgePlugin<Types extends SchemaTypes> extends BasePlugin<Types> {
  /**
   * Connection fields open their `after`/`before` cursors, before any other argument mapper (so with
   * the arguments as graphql-js coerced them, as the compiled read path reads them), for their list
   * and the parent each cursor names; no mapper runs while pricing. A mapper is what the Prisma plugin
   * runs on a nested list's arguments while planning the field above it.
   */
  override onOutputFieldConfig(fieldConfig: PothosOutputFieldConfig<Types>): PothosOutputFieldConfig<Types> {
    const cursorArgs = cursorArgumentsOf(fieldConfig);
    const mappers = [...(fieldConfig.argMappers ?? [])];
    if (cursorArgs.length > 0) {
      const coordinate = listOf(this.buildCache.getTypeConfig(fieldConfig.parentType).name, fieldConfig.name);
      mappers.unshift((args, ctx) => {
        const { cursors } = ctx as EdgeContext;
        const list = listArguments(coordinate, args);
        const opened: Record<string, unknown> = { ...args };
        for (const name of cursorArgs) {
          const value = args[name];
          if (typeof value === 'string') opened[name] = cursors.open(value, name, list).cursor;
        }
        return opened;
      });
    }
    return { ...fieldConfig, argMappers: mappers.map(skippedWhilePricing) };
  }

  /**
   * Outside the argument mappers, where the parent and the coerced arguments are at hand: a connection
   * field refuses a cursor that names another parent than its own, and answers its cursors sealed for
   * its list and parent; an argument mapping refused with Pothos's uncoded error becomes BAD_USER_INPUT.
   */
  override wrapArgMappers(
    resolver: GraphQLFieldResolver<unknown, Types['Context'], object> | undefined,
    fieldConfig: PothosOutputFieldConfig<Types>,
  ): GraphQLFieldResolver<unknown, Types['Context'], object> | undefined {
    if (!resolver) return resolver;
    const cursorArgs = cursorArgumentsOf(fieldConfig);
    const coordinate = listOf(this.buildCache.getTypeConfig(fieldConfig.parentType).name, fieldConfig.name);
    const resolve: GraphQLFieldResolver<unknown, Types['Context'], object> =
      cursorArgs.length === 0
        ? resolver
        : (parent, args, ctx, info) => {
            const { cursors } = ctx as EdgeContext;
            const parentId = parentIdOf(parent);
            for (const name of cursorArgs) {
              const value = (args as Record<string, unknown>)[name];
              // Rejected, not thrown: under every row of a list the refusals must all come late or
              // graphql-js leaves an earlier row's rejection unhandled when a later one throws at once
              // (a non-null list), which ends the process.
              if (typeof value === 'string' && CursorSeal.parentNamed(value) !== parentId) {
                return Promise.reject(foreignCursorError(name));
              }
            }
            const result = resolver(parent, args, ctx, info) as unknown;
            const list = listArguments(coordinate, args as Record<string, unknown>);
            return isThenable(result)
              ? Promise.resolve(result).then((r) => sealConnection(r, cursors, list, parentId))
              : sealConnection(result, cursors, list, parentId);
          };
    return (parent, args, ctx, info) => {
      try {
        const result = resolve(parent, args, ctx, info) as unknown;
        return isThenable(result)
          ? Promise.resolve(result).catch((error: unknown) => {
              throw codedArgumentError(error);
            })
          : result;
      } catch (error) {
        throw codedArgumentError(error);
      }
    };
  }

  /** Every resolver of a query refuses to start past the deadline. */
  override wrapResolve(
    resolver: GraphQLFieldResolver<unknown, Types['Context'], object>,
  ): GraphQLFieldResolver<unknown, Types['Context'], object> {
    return (parent, args, ctx, info) => {
      const { deadline } = ctx as EdgeContext;
      // Only reads stop at the deadline: a mutation that committed is answered (hardening/deadline.ts).
      if (info.operation.operation === 'query' && deadline.passed) throw deadlineError(deadline);
      return resolver(parent, args, ctx, info);
    };
  }
}

/** Name the plugin is registered under (list it in the builder's `plugins`). */
export const edgePluginName = 'gonghuiEdge' as const;

declare global {
  export namespace PothosSchemaTypes {
    export interface Plugins<Types extends SchemaTypes> {
      gonghuiEdge: EdgePlugin<Types>;
    }
  }
}

SchemaBuilder.registerPlugin(edgePluginName, EdgePlugin);
