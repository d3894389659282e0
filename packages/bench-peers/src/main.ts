// `pnpm bench:peers [--quick]`: gonghui side by side with PostGraphile 4.14 and a raw node:http + pg
// handler on one throwaway PostgreSQL holding the same data (issue 9). See README "Benchmarks".
//
//  1. initdb + start a PostgreSQL from apt's binaries on a free port (pg_stat_statements preloaded);
//  2. apply gonghui's migrations, load the tree with COPY (timed against a plain COPY + index build),
//     VACUUM ANALYZE, and clone it into one database per server (CREATE DATABASE … TEMPLATE), so
//     each server's writes and audit chain stay its own;
//  3. start the three servers one at a time (cold start = spawn to first answer), check that they
//     return the same rows for W1–W5, count SQL statements per request (pg_stat_statements);
//  4. drive W1–W5 with autocannon, twice, the server order reversed in the second round, sampling
//     each process's RSS and CPU time; print the table and (full mode) write docs/BENCHMARKS.md.
import { randomBytes } from 'node:crypto';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { isDeepStrictEqual, parseArgs } from 'node:util';
import autocannon from 'autocannon';
import pg from 'pg';
import { copyFloor, FULL_TREE, loadTree, QUICK_TREE, type TreeShape, treeSize } from './data.js';
import { type DatabaseTime, describeDatabaseTime, measureDatabase } from './database-time.js';
import { findPostgresBin, startCluster } from './postgres.js';
import { type Measurement, type ProcessFacts, type RunFacts, renderMarkdown, renderTable } from './report.js';
import {
  buildGonghui,
  cpuMsOf,
  freePort,
  gonghuiCommand,
  gonghuiEnv,
  gonghuiLaunch,
  gonghuiSpec,
  headersFor,
  peerSpec,
  REPO,
  rssOf,
  type Secrets,
  type Server,
  send,
  startServer,
} from './servers.js';
import { createdId, type ServerName, type Workload, workloads } from './workloads.js';

const SERVERS: readonly ServerName[] = ['gonghui', 'postgraphile', 'raw'];

/** Knobs of one mode. */
interface Mode {
  readonly quick: boolean;
  readonly shape: TreeShape;
  readonly connections: number;
  /** autocannon: seconds per run, and of the warm-up before each run of the first round (none in quick mode). */
  readonly run: { duration: number };
  readonly warmup: { duration: number } | null;
  /** Sequential requests whose statements are counted. */
  readonly counted: number;
  /** Rounds over every workload and server; the second reverses the server order. */
  readonly rounds: 1 | 2;
  /** Start the servers together (faster) rather than one at a time (cold starts that do not compete). */
  readonly parallelStart: boolean;
}

const FULL: Mode = {
  quick: false,
  shape: FULL_TREE,
  connections: 50,
  run: { duration: 10 },
  warmup: { duration: 2 },
  counted: 20,
  rounds: 2,
  parallelStart: false,
};
const QUICK: Mode = {
  quick: true,
  shape: QUICK_TREE,
  connections: 10,
  run: { duration: 1 },
  warmup: null,
  counted: 2,
  rounds: 1,
  parallelStart: true,
};

const began = performance.now();
const say = (line: string) =>
  process.stdout.write(`[${((performance.now() - began) / 1000).toFixed(1).padStart(5)} s] ${line}\n`);

const { values } = parseArgs({
  options: {
    quick: { type: 'boolean' },
    out: { type: 'string' },
    seconds: { type: 'string' },
    only: { type: 'string' },
    database: { type: 'boolean' },
  },
});
// `--only W5` (or `W1,W5`): time only these workloads (all are still checked); docs/BENCHMARKS.md is not written.
const only = values.only === undefined ? undefined : new Set(values.only.split(','));
// `--seconds <n>`: n seconds per run (e.g. a longer quick run for steadier CPU per request while working).
const seconds = values.seconds === undefined ? undefined : Number(values.seconds);
if (seconds !== undefined && !(Number.isInteger(seconds) && seconds > 0)) {
  throw new Error(`--seconds must be a whole number of seconds above 0, got '${values.seconds}'`);
}
const chosen = values.quick ? QUICK : FULL;
const mode: Mode = seconds === undefined ? chosen : { ...chosen, run: { duration: seconds } };
// `--database`: also say, per timed run, what each server's database did (database-time.ts); a
// diagnostic run (planning tracked), so docs/BENCHMARKS.md is not written.
const database = values.database === true;
const out = values.out ?? join(REPO, 'docs/BENCHMARKS.md');

const pgBin = findPostgresBin();
if (!pgBin) {
  say(
    'bench:peers skipped: no PostgreSQL binaries under /usr/lib/postgresql/<version>/bin ' +
      '(install them with `apt-get install postgresql`, as .ci/run does).',
  );
  process.exit(0);
}

const startedAt = new Date();
const loadAverageAtStart = loadavg();
const cluster = await startCluster(pgBin, database ? ['pg_stat_statements.track_planning=on'] : []);
const scratch = await mkdtemp(join(tmpdir(), 'gonghui-bench-'));
const servers: Server[] = [];
let cleaning: Promise<void> | undefined;
/** Stops the servers and the cluster and removes the temp dirs, once, however the run ends. */
const cleanUp = () =>
  (cleaning ??= (async () => {
    await Promise.all(servers.map((s) => s.stop()));
    await cluster.stop();
    await rm(scratch, { recursive: true, force: true });
  })());
// A closed stdout (e.g. `| head`) or a signal must not leave the servers and PostgreSQL running.
process.stdout.on('error', () => undefined);
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
  process.once(signal, () => void cleanUp().finally(() => process.exit(130)));
}
try {
  await main();
} finally {
  await cleanUp();
}

async function main(): Promise<void> {
  say(`PostgreSQL: ${cluster.version} (${pgBin}), throwaway cluster`);
  const admin = new pg.Client({ connectionString: cluster.url('postgres') });
  // When the run is interrupted the cluster stops under this client: say so, do not crash the clean-up.
  admin.on('error', (error) => say(`connection to PostgreSQL lost: ${error.message}`));
  await admin.connect();
  await admin.query('CREATE EXTENSION pg_stat_statements');

  // Data: migrations by gonghui's own runner, then the COPY load against its floor.
  const secrets: Secrets = {
    jwtSecret: randomBytes(32).toString('hex'),
    dataKey: randomBytes(32).toString('base64'),
  };
  if (!mode.quick && (await buildGonghui())) say('built the packages (pnpm build)');
  const launch = gonghuiLaunch();
  say(`gonghui runs from ${launch.mode} (packages/graphql/bin/gonghui.js)`);
  await admin.query('CREATE DATABASE bench');
  const [, token] = await Promise.all([
    gonghuiCommand(launch, gonghuiEnv(cluster.url('bench'), secrets, scratch), ['migrate']),
    gonghuiCommand(launch, gonghuiEnv(cluster.url('bench'), secrets, scratch), [
      ...['token', '--role', 'SYSTEM_ADMIN', '--subject', 'bench', '--ttl', '2h'],
    ]).then((stdout) => stdout.trim()),
  ]);
  const loader = new pg.Client({ connectionString: cluster.url('bench') });
  await loader.connect();
  const floorMs = await copyFloor(loader, mode.shape);
  const loadMs = await loadTree(loader, mode.shape);
  await loader.query('VACUUM ANALYZE');
  const size = treeSize(mode.shape);
  const counted = await loader.query<{ o: number; l: number }>(
    'SELECT (SELECT count(*) FROM "Organization")::int AS o, (SELECT count(*) FROM "OrganizationLink")::int AS l',
  );
  await loader.end();
  if (counted.rows[0]?.o !== size.organizations || counted.rows[0]?.l !== size.links) {
    throw new Error(`loaded ${JSON.stringify(counted.rows[0])}, expected ${JSON.stringify(size)}`);
  }
  const load = { ...size, loadMs, floorMs };
  say(
    `loaded ${size.organizations.toLocaleString('en')} organizations and ${size.links.toLocaleString('en')} closure rows ` +
      `with COPY in ${(loadMs / 1000).toFixed(2)} s; plain COPY + index build ${(floorMs / 1000).toFixed(2)} s ` +
      `(ratio ${(loadMs / floorMs).toFixed(2)})`,
  );
  for (const name of SERVERS) await admin.query(`CREATE DATABASE ${name} TEMPLATE bench`);
  const graphile = new pg.Client({ connectionString: cluster.url('postgraphile') });
  await graphile.connect();
  await graphile.query(await readFile(new URL('../peers/postgraphile.sql', import.meta.url), 'utf8'));
  await graphile.end();

  // Servers, one at a time so that their cold starts do not compete (together in quick mode).
  const work = workloads(mode.shape);
  const w1 = work[0] as Workload;
  const start = async (name: ServerName) => {
    const port = await freePort();
    const spec =
      name === 'gonghui'
        ? gonghuiSpec(launch, gonghuiEnv(cluster.url('gonghui'), secrets, scratch), port)
        : peerSpec(name, cluster.url(name), secrets, port);
    const server = await startServer(spec, port, w1.request[name], token);
    servers.push(server);
    say(`${name} answered ${server.coldStartMs.toFixed(0)} ms after spawn (pid ${server.pid})`);
  };
  if (mode.parallelStart) await Promise.all(SERVERS.map(start));
  else for (const name of SERVERS) await start(name);
  const byName = (name: ServerName) => servers.find((s) => s.name === name) as Server;

  // The three must agree before they are timed; reads keep their exact answer for autocannon to expect.
  const expected = new Map<string, string>();
  for (const workload of work) {
    const answers = new Map<ServerName, unknown>();
    for (const name of SERVERS) {
      const server = byName(name);
      const answer = await send(server.base, workload.request[name], token);
      const rows = workload.normalise(name, answer);
      answers.set(name, rows);
      if (!workload.write) expected.set(`${workload.id}/${name}`, JSON.stringify(answer));
      else await checkWrite(name, createdId(name, answer), rows);
    }
    const [first, ...rest] = SERVERS.map((name) => answers.get(name));
    rest.forEach((other, index) => {
      if (!isDeepStrictEqual(first, other)) {
        throw new Error(
          `${workload.id}: ${SERVERS[index + 1]} returned other rows than gonghui:\n` +
            `gonghui: ${JSON.stringify(first).slice(0, 800)}\n${SERVERS[index + 1]}: ${JSON.stringify(other).slice(0, 800)}`,
        );
      }
    });
  }
  say('the three servers return the same rows for W1–W5');

  // SQL statements per request: pg_stat_statements (top level, utility statements such as BEGIN
  // and COMMIT included) summed over each server's own database, around sequential requests.
  const statements = new Map<string, number>();
  for (const workload of work) {
    for (const name of SERVERS) {
      const server = byName(name);
      await send(server.base, workload.request[name], token);
      await admin.query('SELECT pg_stat_statements_reset()');
      for (let i = 0; i < mode.counted; i++) await send(server.base, workload.request[name], token);
      const { rows } = await admin.query<{ calls: string | null }>(
        `SELECT sum(calls)::text AS calls FROM pg_stat_statements s JOIN pg_database d ON d.oid = s.dbid WHERE d.datname = $1`,
        [name],
      );
      statements.set(`${workload.id}/${name}`, Number(rows[0]?.calls ?? 0) / mode.counted);
    }
  }

  await new Promise((resolve) => setTimeout(resolve, 1000));
  const idleRss = new Map<ServerName, number>();
  for (const server of servers) idleRss.set(server.name, await rssOf(server.pid));

  // Load: RSS sampled every 200 ms throughout; CPU time read around each run.
  const peakRss = new Map<ServerName, number>(SERVERS.map((name) => [name, 0]));
  const sampler = setInterval(() => {
    for (const server of servers) {
      rssOf(server.pid).then(
        (rss) => peakRss.set(server.name, Math.max(peakRss.get(server.name) ?? 0, rss)),
        () => undefined,
      );
    }
  }, 200);
  const measurements: Measurement[] = [];
  const timed = work.filter((w) => only === undefined || only.has(w.id));
  const rounds: ServerName[][] = [[...SERVERS], [...SERVERS].reverse()].slice(0, mode.rounds);
  try {
    for (const [round, order] of rounds.entries()) {
      say(`round ${round + 1}: ${order.join(', ')}`);
      for (const workload of timed) {
        for (const name of order) {
          const server = byName(name);
          const request = workload.request[name];
          const options = {
            url: `${server.base}${request.path}`,
            method: 'POST' as const,
            headers: headersFor(request, token),
            body: request.body,
            connections: mode.connections,
            ...(workload.write ? {} : { expectBody: expected.get(`${workload.id}/${name}`) }),
          };
          if (round === 0 && mode.warmup) await autocannon({ ...options, ...mode.warmup });
          const measuring = database ? await measureDatabase(admin, name) : undefined;
          const cpuBefore = await cpuMsOf(server.pid);
          const result = await autocannon({ ...options, ...mode.run });
          const cpuMs = (await cpuMsOf(server.pid)) - cpuBefore;
          const databaseTime: DatabaseTime | undefined = await measuring?.();
          const bad = result.non2xx + result.errors + result.timeouts + result.mismatches;
          if (bad > 0) {
            throw new Error(
              `${workload.id} on ${name}: ${result.non2xx} non-2xx, ${result.errors} errors, ` +
                `${result.timeouts} timeouts, ${result.mismatches} answers other than the checked one`,
            );
          }
          const requests = result.requests.total;
          const m: Measurement = {
            workload: workload.id,
            server: name,
            round,
            requestsPerSecond: requests / result.duration,
            p50: result.latency.p50,
            p99: result.latency.p99,
            cpuMsPerRequest: cpuMs / requests,
          };
          measurements.push(m);
          say(
            `  ${workload.id} ${name.padEnd(12)} ${m.requestsPerSecond.toFixed(0).padStart(6)} req/s  ` +
              `p50 ${m.p50} ms  p99 ${m.p99} ms  CPU ${m.cpuMsPerRequest.toFixed(2)} ms/request`,
          );
          if (databaseTime) {
            say(`     database: ${describeDatabaseTime(databaseTime)}`);
            if (round === 0) say(`     most run: ${databaseTime.top.replace(/\s+/g, ' ')}`);
          }
        }
      }
    }
  } finally {
    clearInterval(sampler);
  }
  await admin.end();

  const processes: ProcessFacts[] = SERVERS.map(byName).map((s) => ({
    server: s.name,
    coldStartMs: s.coldStartMs,
    idleRss: idleRss.get(s.name) ?? 0,
    peakRss: peakRss.get(s.name) ?? 0,
  }));
  const facts: RunFacts = {
    quick: mode.quick,
    startedAt,
    postgres: cluster.version,
    gonghuiMode: launch.mode,
    connections: mode.connections,
    rounds: mode.rounds,
    loadAverage: { start: loadAverageAtStart, end: loadavg() },
    run: `${mode.run.duration} s`,
    load,
    workloads: timed.map((w) => ({ id: w.id, title: w.title })),
    statements,
    measurements,
    processes,
  };
  say('');
  say(renderTable(facts));
  if (!mode.quick && only === undefined && !database) {
    await mkdir(dirname(out), { recursive: true });
    await writeFile(out, await renderMarkdown(facts));
    say(`written to ${out}`);
  }
}

/** After a W5 check request: the new organization has its closure rows (one per ancestor and itself) and one audit entry. */
async function checkWrite(name: ServerName, id: string, rows: unknown): Promise<void> {
  const client = new pg.Client({ connectionString: cluster.url(name) });
  await client.connect();
  try {
    const { rows: found } = await client.query<{ links: number; audit: number }>(
      `SELECT (SELECT count(*) FROM "OrganizationLink" WHERE "descendantId" = $1)::int AS links,
              (SELECT count(*) FROM "AuditEntry" WHERE "targetId" = $1 AND action = 'organization.created')::int AS audit`,
      [id],
    );
    const depth = (rows as { depth: number }).depth;
    if (found[0]?.links !== depth + 1 || found[0]?.audit !== 1) {
      throw new Error(
        `W5 on ${name}: organization ${id} has ${found[0]?.links} closure rows and ${found[0]?.audit} audit entries`,
      );
    }
  } finally {
    await client.end();
  }
}
