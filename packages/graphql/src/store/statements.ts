// Observing the SQL statements Prisma sends, at the driver-adapter level: every queryRaw /
// executeRaw / executeScript of the adapter and of its transactions is reported to the
// listeners registered for that PrismaClient. Tests use it to bound the statements a request
// costs (test/support/database.ts `countQueries`). And the direct reads of the compiled read path,
// sent on the pg pool as named prepared statements.

import { createHash } from 'node:crypto';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { LRUCache } from 'lru-cache';
import type pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { Prisma, type PrismaClient } from '../generated/prisma/client.js';

type AdapterFactory = NonNullable<ConstructorParameters<typeof PrismaClient>[0]['adapter']>;
type Adapter = Awaited<ReturnType<AdapterFactory['connect']>>;
type Transaction = Awaited<ReturnType<Adapter['startTransaction']>>;

/** Receives the SQL text of each statement sent to the database, and its parameters (tests EXPLAIN it). */
export type StatementListener = (sql: string, args: readonly unknown[]) => void;

/** A set of listeners, shared by the wrapped adapter and `observeStatements`. */
export class StatementObservers {
  readonly #listeners = new Set<StatementListener>();

  /** Adds a listener; returns the function that removes it. */
  add(listener: StatementListener): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  /** Reports one statement to every listener. */
  emit(sql: string, args: readonly unknown[] = []): void {
    for (const listener of this.#listeners) listener(sql, args);
  }
}

const registry = new WeakMap<object, StatementObservers>();

/**
 * Runs one read-only statement straight on the driver beneath a Prisma client (its pg pool, or the
 * replicas' routing), without Prisma's query engine: the rows as pg returns them. On the primary's
 * client it is a pool's connection in autocommit (a `DirectSession` sends several on one).
 */
export type DirectRead = (sql: string, params: readonly unknown[]) => Promise<Record<string, unknown>[]>;

const directReads = new WeakMap<object, DirectRead>();

/** Named prepared statements kept per connection, the least recently used deallocated (PostGraphile 4 keeps 100). */
export const PREPARED_PER_CONNECTION = 100;

/** SQLSTATEs of a named statement the server does not hold as pg thinks (a pooler in transaction mode). */
const PREPARED_MISMATCH = new Set(['26000', '42P05']);

/** What pg keeps per connection of the statements it prepared (pg 8's `Connection.parsedStatements`). */
interface PreparingConnection {
  readonly parsedStatements: Record<string, string>;
}

/** Per pool: whether its connections keep prepared statements (no: it is behind a pooler that does not). */
const preparing = new WeakMap<pg.Pool, { on: boolean }>();
/** Per connection: the statements it prepared, least recently used first out. */
const preparedOf = new WeakMap<pg.PoolClient, LRUCache<string, true>>();

/** Names of recent statement texts (a lookup costs less than the hash: the same shapes come again and again). */
const names = new LRUCache<string, string>({ max: 1_000 });

/** The name of a statement's text: its SHA-1 (28 characters, within PostgreSQL's 63). */
function statementName(sql: string): string {
  let name = names.get(sql);
  if (name === undefined) {
    name = `g${createHash('sha1').update(sql).digest('base64url')}`;
    names.set(sql, name);
  }
  return name;
}

/**
 * Runs `sql` on `client` as the named prepared statement of its text, so PostgreSQL parses it once
 * per connection and, once its plan cache settles on a generic plan, stops planning it (the compiled
 * statements' planning cost more than their execution: `pnpm bench:peers --database`). At most
 * PREPARED_PER_CONNECTION per connection: preparing one more deallocates the least recently used.
 */
async function preparedQuery(client: pg.PoolClient, sql: string, params: unknown[]) {
  let prepared = preparedOf.get(client);
  if (!prepared) {
    const connection = (client as unknown as { connection: PreparingConnection }).connection;
    const cache = new LRUCache<string, true>({
      max: PREPARED_PER_CONNECTION,
      dispose: (_value, name, reason) => {
        if (reason !== 'evict') return;
        // Forgotten at once, so a later statement of that text on this connection is parsed again
        // after the DEALLOCATE (the connection runs its queries in order).
        delete connection.parsedStatements[name];
        client.query(`DEALLOCATE "${name}"`).catch(() => undefined);
      },
    });
    preparedOf.set(client, cache);
    prepared = cache;
  }
  const name = statementName(sql);
  if (prepared.get(name) === undefined) prepared.set(name, true);
  return client.query({ name, text: sql, values: params });
}

/** Per pool, whether its connections keep prepared statements (created on first use: they do). */
function preparingOf(pool: pg.Pool): { on: boolean } {
  let state = preparing.get(pool);
  if (!state) {
    state = { on: true };
    preparing.set(pool, state);
  }
  return state;
}

/**
 * Runs one read on `client`, a connection of a pool in `mode`: its rows. Sent as a named prepared
 * statement per connection (`preparedQuery`); behind a pooler in transaction mode (PgBouncer before
 * 1.21), where a named statement is not found or already exists on the server connection it lands
 * on, the statement is sent again unnamed and the pool prepares nothing from then on.
 */
async function readOn(client: pg.PoolClient, mode: { on: boolean }, sql: string, params: readonly unknown[]) {
  if (!mode.on) return (await client.query(sql, [...params])).rows;
  try {
    return (await preparedQuery(client, sql, [...params])).rows;
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    if (typeof code !== 'string' || !PREPARED_MISMATCH.has(code)) throw error;
    mode.on = false;
    return (await client.query(sql, [...params])).rows;
  }
}

/** A direct read on a pg pool: its rows, each read on a connection of its own (`readOn`). */
export function poolRead(pool: pg.Pool): DirectRead {
  const mode = preparingOf(pool);
  return async (sql, params) => {
    if (!mode.on) return (await pool.query(sql, [...params])).rows;
    const client = await pool.connect();
    try {
      return await readOn(client, mode, sql, params);
    } finally {
      client.release();
    }
  };
}

/**
 * Runs `work` with direct reads (`DirectRead`, each in autocommit) that all go to one connection of
 * the pool beneath a Prisma client, taken once for all of them: a few statements in a row without
 * a pool acquire each (the enrollment batch's read and claim, store/enrollment.ts). The connection
 * is held while `work` runs, between its statements too.
 */
export type DirectSession = <T>(work: (read: DirectRead) => Promise<T>) => Promise<T>;

const directSessions = new WeakMap<object, DirectSession>();

/** The direct session of a client made by openDatabase on PostgreSQL (its primary's pool); undefined for any other, as `directReadOf`. */
export function directSessionOf(prisma: object): DirectSession | undefined {
  return directSessions.get(prisma);
}

/**
 * Lets `directReadOf(prisma)` run reads on `read`, the driver beneath `prisma`; every statement is
 * reported to the observers of `prisma` (when openDatabase registered them), like its own.
 */
export function registerDirectRead(prisma: object, read: DirectRead): void {
  directReads.set(prisma, (sql, params) => {
    registry.get(prisma)?.emit(sql, params);
    return read(sql, params);
  });
}

/**
 * The direct read of a client made by openDatabase on PostgreSQL (or of its read replicas); undefined
 * for any other client — PGlite's one connection is shared with Prisma's transactions, and a wrapped
 * client (e.g. a test's Proxy) is not the one registered — which then reads through Prisma.
 */
export function directReadOf(prisma: object): DirectRead | undefined {
  return directReads.get(prisma);
}

/**
 * Runs `work` in a transaction of its own on one connection of the driver beneath a Prisma client
 * (BEGIN … COMMIT, ROLLBACK when it throws), handing it a client that sends raw statements
 * (`$queryRaw`, `$executeRaw` and their `Unsafe` forms) straight on that connection, without Prisma's
 * runtime: its parameters are not serialised to JSON and back, which for a bulk import's statements
 * of a megabyte each costs more than the statements. Anything else of the client throws.
 */
export type DirectTransaction = <T>(work: (tx: Prisma.TransactionClient) => Promise<T>) => Promise<T>;

const directTransactions = new WeakMap<object, DirectTransaction>();

/**
 * Sends `data` (the rows in COPY's input format, as `sql` says) with `sql`, a `COPY … FROM STDIN`,
 * on a direct transaction's connection (pg-copy-streams): the database parses rows, not a parameter.
 */
export type CopyIn = (sql: string, data: string) => Promise<void>;

const copies = new WeakMap<object, CopyIn>();

/** The COPY of a direct transaction's client (`DirectTransaction`'s `tx`); undefined for any other, which sends statements only. */
export function copyInOf(tx: object): CopyIn | undefined {
  return copies.get(tx);
}

/** The raw-statement client of a direct transaction on `client`, reporting every statement to `emit`. */
function directClient(client: pg.PoolClient, emit: StatementListener): Prisma.TransactionClient {
  const send = async (text: string, values: readonly unknown[]) => {
    emit(text, values);
    return client.query(text, [...values]);
  };
  const statement = (first: TemplateStringsArray | Prisma.Sql, values: unknown[]) =>
    first instanceof Prisma.Sql ? first : Prisma.sql(first, ...values);
  const raw = {
    $queryRaw: async (first: TemplateStringsArray | Prisma.Sql, ...values: unknown[]) => {
      const sql = statement(first, values);
      return (await send(sql.text, sql.values)).rows;
    },
    $executeRaw: async (first: TemplateStringsArray | Prisma.Sql, ...values: unknown[]) => {
      const sql = statement(first, values);
      return (await send(sql.text, sql.values)).rowCount ?? 0;
    },
    $queryRawUnsafe: async (text: string, ...values: unknown[]) => (await send(text, values)).rows,
    $executeRawUnsafe: async (text: string, ...values: unknown[]) => (await send(text, values)).rowCount ?? 0,
  };
  const tx = new Proxy(raw, {
    get(target, key) {
      if (key in target) return target[key as keyof typeof target];
      if (key === 'then') return undefined;
      throw new Error(`a direct transaction sends raw statements only, not ${String(key)}`);
    },
  }) as unknown as Prisma.TransactionClient;
  copies.set(tx, async (sql, data) => {
    emit(sql, []);
    await pipeline(Readable.from([data]), client.query(copyFrom(sql)));
  });
  return tx;
}

/** Sends one statement of a `withStatements` run (autocommit): its rows. */
export type Statement = <R>(sql: Prisma.Sql) => Promise<R[]>;

/**
 * Runs `work` with its statements (each in autocommit) sent straight on one connection of the pg pool
 * beneath `client` when it has one, taken once for all of them (PostgreSQL: `directSessionOf`, a
 * prepared statement per connection, without Prisma's engine, whose runtime cost more than the
 * statements' own work; a pool acquire per statement was a tenth of a server's CPU), else through
 * Prisma's `$queryRaw` (PGlite, a wrapped client). What runs a few statements in a row: an
 * enrollment batch's read and claim (store/enrollment.ts), an audit sealer's pass (store/audit.ts).
 */
export function withStatements<T>(
  client: Pick<PrismaClient, '$queryRaw'>,
  work: (statement: Statement) => Promise<T>,
): Promise<T> {
  const session = directSessionOf(client);
  if (session === undefined) return work((sql) => client.$queryRaw(sql));
  return session((read) => work(async <R>(sql: Prisma.Sql) => (await read(sql.text, sql.values)) as R[]));
}

/**
 * Lets `directReadOf(prisma)` read, `directSessionOf(prisma)` read on one connection and
 * `directTransactionOf(prisma)` run transactions on connections of `pool`, the primary's pool beneath
 * `prisma` (what openDatabase registers on PostgreSQL).
 */
export function registerPrimaryPool(prisma: object, pool: pg.Pool): void {
  registerDirectRead(prisma, poolRead(pool));
  registerDirectTransaction(prisma, pool);
  const mode = preparingOf(pool);
  directSessions.set(prisma, async (work) => {
    const client = await pool.connect();
    try {
      return await work((sql, params) => {
        registry.get(prisma)?.emit(sql, params);
        return readOn(client, mode, sql, params);
      });
    } finally {
      client.release();
    }
  });
}

/** Lets `directTransactionOf(prisma)` run transactions on connections of `pool`, the pool beneath `prisma`. */
function registerDirectTransaction(prisma: object, pool: pg.Pool): void {
  const emit: StatementListener = (sql, args) => registry.get(prisma)?.emit(sql, args);
  directTransactions.set(prisma, async (work) => {
    const client = await pool.connect();
    let broken: Error | undefined;
    try {
      await client.query('BEGIN');
      const value = await work(directClient(client, emit));
      await client.query('COMMIT');
      return value;
    } catch (error) {
      await client.query('ROLLBACK').catch((lost: Error) => {
        broken = lost;
      });
      throw error;
    } finally {
      client.release(broken);
    }
  });
}

/**
 * The direct transaction of a client made by openDatabase on PostgreSQL; undefined for any other
 * (PGlite's one connection is Prisma's), whose transactions then go through Prisma.
 */
export function directTransactionOf(prisma: object): DirectTransaction | undefined {
  return directTransactions.get(prisma);
}

/** Wraps a driver adapter factory so every statement is reported to `observers`. */
export function observedAdapter(factory: AdapterFactory, observers: StatementObservers): AdapterFactory {
  const wrapTransaction = (tx: Transaction): Transaction =>
    new Proxy(tx, {
      get(target, key, receiver) {
        if (key === 'queryRaw' || key === 'executeRaw') {
          return (query: { sql: string; args?: readonly unknown[] }) => {
            observers.emit(query.sql, query.args);
            return target[key](query as never);
          };
        }
        const value = Reflect.get(target, key, receiver);
        return typeof value === 'function' ? value.bind(target) : value;
      },
    });
  const wrapAdapter = (adapter: Adapter): Adapter =>
    new Proxy(adapter, {
      get(target, key, receiver) {
        if (key === 'queryRaw' || key === 'executeRaw') {
          return (query: { sql: string; args?: readonly unknown[] }) => {
            observers.emit(query.sql, query.args);
            return target[key](query as never);
          };
        }
        if (key === 'executeScript') {
          return (script: string) => {
            observers.emit(script);
            return target.executeScript(script);
          };
        }
        if (key === 'startTransaction') {
          return async (...args: Parameters<Adapter['startTransaction']>) =>
            wrapTransaction(await target.startTransaction(...args));
        }
        const value = Reflect.get(target, key, receiver);
        return typeof value === 'function' ? value.bind(target) : value;
      },
    });
  return new Proxy(factory, {
    get(target, key, receiver) {
      if (key === 'connect') return async () => wrapAdapter(await target.connect());
      const value = Reflect.get(target, key, receiver);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}

/** Associates a PrismaClient with the observers of its adapter (done by openDatabase). */
export function registerObservers(prisma: object, observers: StatementObservers): void {
  registry.set(prisma, observers);
}

/**
 * Calls `listener` with the SQL of every statement `prisma` sends (queries, writes, and the
 * BEGIN-less statements inside interactive transactions). Only for clients made by
 * openDatabase; returns the function that stops observing.
 */
export function observeStatements(prisma: object, listener: StatementListener): () => void {
  const observers = registry.get(prisma);
  if (observers === undefined) {
    throw new Error(
      'observeStatements: this PrismaClient was not created by openDatabase (src/store/database.ts)',
    );
  }
  return observers.add(listener);
}
