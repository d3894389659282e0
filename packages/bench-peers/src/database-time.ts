// `--database`: where a timed run's database time goes, per server (issue 9: gonghui's Node CPU per
// request was below PostGraphile's while its throughput was not above it). Around each timed run:
// pg_stat_statements of the server's own database (statements, plans, execution and planning time
// per statement; the cluster tracks planning only in this mode) and pg_stat_activity sampled every
// 20 ms (the server's connections by state and wait event).
import type pg from 'pg';

/** What the database did during one timed run of one server. */
export interface DatabaseTime {
  /** Statements executed (top level, BEGIN/COMMIT included). */
  readonly calls: number;
  /** Statements planned: fewer than calls when a prepared statement's plan was reused. */
  readonly plans: number;
  /** Milliseconds of execution per statement. */
  readonly execMs: number;
  /** Milliseconds of planning per statement (over all calls, reused plans counting 0). */
  readonly planMs: number;
  /** The server's connections, mean per sample, by `state` or `state/wait_event_type:wait_event`. */
  readonly activity: Readonly<Record<string, number>>;
  /** The text of the statement run most often (as pg_stat_statements normalised it). */
  readonly top: string;
}

/** Samples pg_stat_activity of `database` every 20 ms until `stop()`; then the mean count per state. */
function sampleActivity(admin: pg.Client, database: string): () => Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  let samples = 0;
  let running = true;
  const loop = (async () => {
    while (running) {
      const { rows } = await admin.query<{ key: string; n: number }>(
        `SELECT coalesce(state, 'none') || coalesce('/' || wait_event_type || ':' || wait_event, '') AS key,
                count(*)::int AS n
           FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid() GROUP BY 1`,
        [database],
      );
      samples += 1;
      for (const { key, n } of rows) counts[key] = (counts[key] ?? 0) + n;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  })();
  return async () => {
    running = false;
    await loop;
    return Object.fromEntries(
      Object.entries(counts)
        .map(([key, n]) => [key, n / Math.max(samples, 1)] as const)
        .sort((a, b) => b[1] - a[1]),
    );
  };
}

/** Starts measuring `database`; the returned function ends it and says what the database did. */
export async function measureDatabase(
  admin: pg.Client,
  database: string,
): Promise<() => Promise<DatabaseTime>> {
  await admin.query('SELECT pg_stat_statements_reset()');
  const stopSampling = sampleActivity(admin, database);
  return async () => {
    const activity = await stopSampling();
    const { rows } = await admin.query<{ calls: number; plans: number; exec: number; plan: number }>(
      `SELECT coalesce(sum(calls), 0)::float8 AS calls, coalesce(sum(plans), 0)::float8 AS plans,
              coalesce(sum(total_exec_time), 0)::float8 AS exec, coalesce(sum(total_plan_time), 0)::float8 AS plan
         FROM pg_stat_statements s JOIN pg_database d ON d.oid = s.dbid WHERE d.datname = $1`,
      [database],
    );
    const { rows: top } = await admin.query<{ query: string }>(
      `SELECT query FROM pg_stat_statements s JOIN pg_database d ON d.oid = s.dbid WHERE d.datname = $1
        ORDER BY calls DESC, total_exec_time DESC LIMIT 1`,
      [database],
    );
    const row = rows[0] ?? { calls: 0, plans: 0, exec: 0, plan: 0 };
    const per = (ms: number) => (row.calls > 0 ? ms / row.calls : 0);
    return {
      calls: row.calls,
      plans: row.plans,
      execMs: per(row.exec),
      planMs: per(row.plan),
      activity,
      top: top[0]?.query ?? '',
    };
  };
}

/** One line per run: statements planned per statement run, execution and planning time, connections by state. */
export function describeDatabaseTime(time: DatabaseTime): string {
  const activity = Object.entries(time.activity)
    .filter(([, n]) => n >= 0.05)
    .map(([key, n]) => `${key} ${n.toFixed(1)}`)
    .join(', ');
  return (
    `${time.calls} statements, ${(time.plans / Math.max(time.calls, 1)).toFixed(2)} plans per statement, ` +
    `exec ${time.execMs.toFixed(3)} ms + plan ${time.planMs.toFixed(3)} ms per statement; connections: ${activity}`
  );
}
