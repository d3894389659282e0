// A Pothos plugin for what every field shares at the edge of the API: connection cursors are sealed
// (an HMAC the server checks, so a forged or garbled cursor is a typed error naming the argument,
// never a silent empty page or a peek at a row the viewer was never shown) and bound to their list
// (the MAC covers the list's field coordinate, `Query.members`, so a cursor of one list given to
// another — a subtree's to `organizations`, an organization's to `members` — is refused the same way,
// not used to position a page of rows of another order); an argument the Pothos
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

/** Seals and opens connection cursors with a server key: `<plugin cursor>.<MAC>`. */
export class CursorSeal {
  readonly #key: Buffer;

  /** Binds the seal to a key (at least 32 bytes; derived from configuration so cursors outlive a restart). */
  constructor(key: Uint8Array) {
    if (key.length < 32) throw new Error('the cursor key must be at least 32 bytes');
    this.#key = Buffer.from(key);
  }

  /** The sealed form of a cursor the Prisma plugin issued for `list` (a field coordinate, `Query.members`). */
  seal(cursor: string, list: string): string {
    return `${cursor}.${this.#mac(cursor, list)}`;
  }

  /**
   * The cursor inside a sealed one given to `list`; a BAD_USER_INPUT error naming `argument` when it
   * was not issued here, or was issued for another list.
   */
  open(sealed: string, argument: string, list: string): string {
    const at = sealed.lastIndexOf('.');
    const cursor = at < 0 ? '' : sealed.slice(0, at);
    const mac = Buffer.from(at < 0 ? '' : sealed.slice(at + 1));
    const expected = Buffer.from(this.#mac(cursor, list));
    if (cursor === '' || mac.length !== expected.length || !timingSafeEqual(mac, expected)) {
      throw foreignCursorError(argument);
    }
    return cursor;
  }

  #mac(cursor: string, list: string): string {
    return createHmac('sha256', this.#key)
      .update(`${list}\n${cursor}`, 'utf8')
      .digest('base64url')
      .slice(0, MAC_CHARS);
  }
}

/** The list a connection field's cursors belong to: its field coordinate. */
export function listOf(parentType: string, field: string): string {
  return `${parentType}.${field}`;
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

/** A connection one field of `list` answered, with its cursors sealed for that list (a copy). */
function sealConnection(result: unknown, cursors: CursorSeal, list: string): unknown {
  const connection = result as Connection | null;
  if (connection === null || typeof connection !== 'object' || !Array.isArray(connection.edges))
    return result;
  const seal = (cursor: unknown) => (typeof cursor === 'string' ? cursors.seal(cursor, list) : cursor);
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

/** The Pothos plugin: sealed cursors, coded argument refusals, raw-argument pricing and the per-request deadline. */
export class EdgePlugin<Types extends SchemaTypes> extends BasePlugin<Types> {
  /** Connection fields open their `after`/`before` cursors before the resolver sees them; no mapper runs while pricing. */
  override onOutputFieldConfig(fieldConfig: PothosOutputFieldConfig<Types>): PothosOutputFieldConfig<Types> {
    const cursorArgs = ['after', 'before'].filter((name) => name in fieldConfig.args);
    const mappers = [...(fieldConfig.argMappers ?? [])];
    if (cursorArgs.length > 0) {
      const list = listOf(this.buildCache.getTypeConfig(fieldConfig.parentType).name, fieldConfig.name);
      mappers.push((args, ctx) => {
        const { cursors } = ctx as EdgeContext;
        const opened: Record<string, unknown> = { ...args };
        for (const name of cursorArgs) {
          const value = args[name];
          if (typeof value === 'string') opened[name] = cursors.open(value, name, list);
        }
        return opened;
      });
    }
    return { ...fieldConfig, argMappers: mappers.map(skippedWhilePricing) };
  }

  /** An argument mapping refused with Pothos's uncoded error becomes BAD_USER_INPUT. */
  override wrapArgMappers(
    resolver: GraphQLFieldResolver<unknown, Types['Context'], object> | undefined,
  ): GraphQLFieldResolver<unknown, Types['Context'], object> | undefined {
    if (!resolver) return resolver;
    return (parent, args, ctx, info) => {
      try {
        const result = resolver(parent, args, ctx, info) as unknown;
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

  /** Connection fields answer their cursors sealed for their list; every resolver refuses to start past the deadline. */
  override wrapResolve(
    resolver: GraphQLFieldResolver<unknown, Types['Context'], object>,
    fieldConfig: PothosOutputFieldConfig<Types>,
  ): GraphQLFieldResolver<unknown, Types['Context'], object> {
    const list = listOf(this.buildCache.getTypeConfig(fieldConfig.parentType).name, fieldConfig.name);
    const isConnection = 'after' in fieldConfig.args || 'before' in fieldConfig.args;
    return (parent, args, ctx, info) => {
      const { cursors, deadline } = ctx as EdgeContext;
      // Only reads stop at the deadline: a mutation that committed is answered (hardening/deadline.ts).
      if (info.operation.operation === 'query' && deadline.passed) throw deadlineError(deadline);
      if (!isConnection) return resolver(parent, args, ctx, info);
      const result = resolver(parent, args, ctx, info) as unknown;
      return isThenable(result)
        ? Promise.resolve(result).then((r) => sealConnection(r, cursors, list))
        : sealConnection(result, cursors, list);
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
