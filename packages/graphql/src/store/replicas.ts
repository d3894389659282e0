// Read replicas (GONGHUI_READ_DATABASE_URL): a second Prisma client whose driver adapter sends each
// statement to a healthy streaming replica, round robin, and to the primary when none is healthy or
// the replica it tried has gone. Health is checked every second: a replica is used while it answers
// within REPLICA_CHECK_TIMEOUT_MS and its replay lag is at most `maxLagMs`. Writes never come here:
// they go through the primary's client (`Database.prisma`); see read-routing.ts for which requests
// read here.
//
// Behind PgBouncer a stopped replica does not refuse: PgBouncer keeps the query waiting while it
// retries the login (up to its query_wait_timeout, 120 s by default). So a check that does not answer
// in time leaves the replica out, and the reads still waiting on it are given up and run on the
// primary at once.

import { PrismaPg } from '@prisma/adapter-pg';
import pg from 'pg';
import { PrismaClient } from '../generated/prisma/client.js';
import { isDatabaseUnavailable } from './db-errors.js';
import {
  observedAdapter,
  poolRead,
  registerDirectRead,
  registerObservers,
  StatementObservers,
} from './statements.js';

type AdapterFactory = NonNullable<ConstructorParameters<typeof PrismaClient>[0]['adapter']>;
type Adapter = Awaited<ReturnType<AdapterFactory['connect']>>;
type Query = Parameters<Adapter['queryRaw']>[0];

/** How often each replica's health and lag are checked, in milliseconds. */
export const REPLICA_CHECK_MS = 1_000;

/** How long a check may wait for its answer before the replica counts as unreachable, in milliseconds. */
export const REPLICA_CHECK_TIMEOUT_MS = 2_000;

/** A read given up because its replica was left out while it waited (it runs again on the primary). */
class ReplicaLeftOut extends Error {}

/** A promise rejected with ReplicaLeftOut by `leave()`: the reads waiting on a replica race it. */
function departure(): { gone: Promise<never>; leave: () => void } {
  let leave = () => {};
  const gone = new Promise<never>((_resolve, reject) => {
    leave = () => reject(new ReplicaLeftOut('the replica was left out of reads'));
  });
  gone.catch(() => undefined); // nobody may be waiting
  return { gone, leave };
}

/** `promise`, or a rejection after `ms`. */
function within<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
  });
  return Promise.race([promise, late]).finally(() => clearTimeout(timer));
}

/**
 * A replica's replay lag in milliseconds: 0 when it has replayed all it received (or is not in
 * recovery at all), else the age of the last transaction it replayed.
 */
const LAG_SQL = `SELECT CASE
  WHEN NOT pg_is_in_recovery() OR pg_last_wal_receive_lsn() = pg_last_wal_replay_lsn() THEN 0
  ELSE COALESCE(EXTRACT(EPOCH FROM now() - pg_last_xact_replay_timestamp()) * 1000, 0)
END::float8 AS lag_ms`;

/** One replica: its pool, its adapter once connected, and what the last check found. */
interface Replica {
  readonly url: string;
  readonly pool: pg.Pool;
  readonly factory: PrismaPg;
  adapter?: Adapter;
  healthy: boolean;
  /** Replay lag at the last check (ms), or null when the check failed. */
  lagMs: number | null;
  /** Rejected when the replica is left out: the reads waiting on it give up. */
  departure: { gone: Promise<never>; leave: () => void };
}

/** How the replicas are opened. */
export interface ReplicaOptions {
  /** The replicas' postgres:// URLs. */
  readonly urls: readonly string[];
  /** The primary's pool: statements go there when no replica can take them. */
  readonly primary: pg.Pool;
  /** `statement_timeout` of the replicas' connections (ms, 0: none). */
  readonly statementTimeoutMs: number;
  /** Largest replay lag (ms) at which a replica still serves reads. */
  readonly maxLagMs: number;
  /** Where a replica going or coming back is reported. */
  readonly log: (line: string) => void;
}

/** Statements the read client sent, by where they ran. */
export interface ReadCounts {
  replica: number;
  primary: number;
}

/** The replicas of a database and the read client that routes over them. */
export class ReadReplicas {
  /** The client for reads: a healthy replica per statement, else the primary. */
  readonly prisma: PrismaClient;
  /** Statements the read client sent, by where they ran. */
  readonly counts: ReadCounts = { replica: 0, primary: 0 };
  readonly #replicas: Replica[];
  readonly #options: ReplicaOptions;
  #next = 0;
  #timer: NodeJS.Timeout | undefined;
  #checking = false;

  /** Opens pools for `options.urls` (no connection yet); call `start()` to check them. */
  constructor(options: ReplicaOptions) {
    this.#options = options;
    this.#replicas = options.urls.map((url) => {
      const pool = new pg.Pool({
        connectionString: url,
        statement_timeout: options.statementTimeoutMs,
        connectionTimeoutMillis: 2_000,
        application_name: 'gonghui read',
      });
      pool.on('error', () => undefined); // an idle connection lost: the next check reports the replica
      return { url, pool, factory: new PrismaPg(pool), healthy: false, lagMs: null, departure: departure() };
    });
    const observers = new StatementObservers();
    this.prisma = new PrismaClient({ adapter: observedAdapter(this.#routingFactory(), observers) });
    registerObservers(this.prisma, observers);
    // The compiled read path's statements take the same route, straight on the replicas' pools.
    const primaryRead = poolRead(options.primary);
    registerDirectRead(this.prisma, (sql, params) =>
      this.#route(
        (replica) => poolRead(replica.pool)(sql, params),
        () => primaryRead(sql, params),
      ),
    );
  }

  /** The replicas' state, for logs and tests. */
  get state(): { url: string; healthy: boolean; lagMs: number | null }[] {
    return this.#replicas.map(({ url, healthy, lagMs }) => ({ url, healthy, lagMs }));
  }

  /** Checks every replica now, then every REPLICA_CHECK_MS. */
  async start(): Promise<void> {
    await this.check();
    this.#timer = setInterval(() => {
      // A round still waiting (at most REPLICA_CHECK_TIMEOUT_MS) is not doubled.
      if (this.#checking) return;
      this.#checking = true;
      void this.check().finally(() => {
        this.#checking = false;
      });
    }, REPLICA_CHECK_MS);
    this.#timer.unref();
  }

  /** One round of checks: a replica that answers with a lag within bounds is healthy. */
  async check(): Promise<void> {
    await Promise.all(
      this.#replicas.map(async (replica) => {
        let lagMs: number | null = null;
        try {
          const result = await within(
            replica.pool.query<{ lag_ms: number }>(LAG_SQL),
            REPLICA_CHECK_TIMEOUT_MS,
          );
          lagMs = Number(result.rows[0]?.lag_ms ?? 0);
        } catch {
          lagMs = null;
        }
        replica.lagMs = lagMs;
        this.#mark(replica, lagMs !== null && lagMs <= this.#options.maxLagMs);
      }),
    );
  }

  /** Stops the checks and closes the replicas' pools. */
  async close(): Promise<void> {
    clearInterval(this.#timer);
    await this.prisma.$disconnect();
    await Promise.all(this.#replicas.map((replica) => replica.pool.end().catch(() => undefined)));
  }

  #mark(replica: Replica, healthy: boolean): void {
    if (replica.healthy === healthy) return;
    replica.healthy = healthy;
    if (healthy) replica.departure = departure();
    else replica.departure.leave();
    const where = new URL(replica.url).host;
    this.#options.log(
      healthy
        ? `read replica ${where} serves reads (lag ${replica.lagMs} ms)`
        : `read replica ${where} left out of reads (${replica.lagMs === null ? 'unreachable' : `lag ${replica.lagMs} ms`}); its reads go to the next replica or the primary`,
    );
  }

  /** The next healthy replica, round robin, or undefined. */
  #pick(): Replica | undefined {
    const healthy = this.#replicas.filter((replica) => replica.healthy);
    if (healthy.length === 0) return undefined;
    this.#next = (this.#next + 1) % healthy.length;
    return healthy[this.#next];
  }

  /** Runs a read on a healthy replica (round robin); on the primary when there is none or it has gone. */
  async #route<T>(onReplica: (replica: Replica) => Promise<T>, onPrimary: () => Promise<T>): Promise<T> {
    const replica = this.#pick();
    if (replica) {
      try {
        const result = await Promise.race([onReplica(replica), replica.departure.gone]);
        this.counts.replica++;
        return result;
      } catch (error) {
        if (!(error instanceof ReplicaLeftOut) && !isDatabaseUnavailable(error)) throw error;
        replica.lagMs = null;
        this.#mark(replica, false);
      }
    }
    this.counts.primary++;
    return onPrimary();
  }

  /** A driver-adapter factory whose queries run on a replica, falling back to the primary. */
  #routingFactory(): AdapterFactory {
    const primaryFactory = new PrismaPg(this.#options.primary);
    const connectReplica = async (replica: Replica) => {
      replica.adapter ??= await replica.factory.connect();
      return replica.adapter;
    };
    return {
      provider: primaryFactory.provider,
      adapterName: primaryFactory.adapterName,
      connect: async () => {
        const primary = await primaryFactory.connect();
        const read = (query: Query) =>
          this.#route(
            async (replica) => (await connectReplica(replica)).queryRaw(query),
            () => primary.queryRaw(query),
          );
        const adapter: Adapter = {
          provider: primary.provider,
          adapterName: primary.adapterName,
          queryRaw: read,
          // Anything that is not a plain read runs on the primary (the read client is not meant for writes).
          executeRaw: (query) => primary.executeRaw(query),
          executeScript: (script) => primary.executeScript(script),
          startTransaction: (isolation) => primary.startTransaction(isolation),
          ...(primary.getConnectionInfo ? { getConnectionInfo: () => primary.getConnectionInfo?.() } : {}),
          dispose: async () => {
            await Promise.all(
              this.#replicas.map((replica) => replica.adapter?.dispose().catch(() => undefined)),
            );
            await primary.dispose();
          },
        } as Adapter;
        return adapter;
      },
    } as AdapterFactory;
  }
}
