// Benchmark of activities and funds on PostgreSQL (part of `pnpm bench`; DATABASE_URL or
// TEST_DATABASE_URL must point at a server where it may create a database, else it is skipped):
//
//  1. Enrollment: ten rounds (`--rounds n`) of 2,000 concurrent `enroll` requests of 2,000 members for 250 places
//     over HTTP through two `gonghui serve` processes (each with its own pool; this process only
//     sends the requests), each checked in the database (bench/enrollment-round.ts: exactly 250
//     enrolled, nobody twice, arrivals 1–2,000, the rest waiting in arrival order);
//     enrollments/s and p99 latency, as a ratio to the bare conditional
//     `UPDATE … SET taken = taken + 1 WHERE taken < places` sent through `pg` at the same concurrency
//     (a pool as large as the two servers' pools). Both sides issue each burst's 2,000 operations at
//     once and reach the database through the same 2 × POOL connections: the UPDATEs wait for one of
//     the pg pool's, the requests are each sent on a connection of their own (an undici `Pool` per
//     server with `connections` 1,000, as 2,000 members' phones each hold one; `--connections n` sets
//     fewer) and wait in the servers for one of their pools'. The CPU the servers, this process and the
//     database's backends (over the bursts, from /proc's schedstat) spent per enrollment and per bare
//     UPDATE (each side after one burst that is not measured, the API's with tokens of its own, so
//     that code is compiled and heaps grown before anything is timed); and the floor of any request
//     through the same servers — `query { __typename }` at the same concurrency, with tokens not seen before and no Idempotency-Key (a read, as a client sends
//     it: the HTTP fast path's body parse, token, limits, one trivial compiled statement, answer and
//     log line, as an enrollment's; a keyed request goes through yoga, which is not the floor) — as a
//     ratio to the same bare UPDATE.
//     The servers' CPU is also given on their main threads alone (the rest is V8's optimizing compiler
//     and GC helpers on background threads, and libuv's pool): a change of the request path shows there.
//     `--cpu-prof <dir>`: each server writes a V8 CPU profile there; `--enroll-only`: this part alone.
//  2. Disbursement: one run of a FIXED program over 100,000 members through core's `disburse` (the
//     unit of work, the ledger in bulk; a budget of exactly what it pays, spent to the fen, and one fen
//     more refused), as a ratio to one `INSERT … SELECT`
//     of the same ledger rows.
// Numbers on a shared machine are ratios only.

import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes, randomUUID } from 'node:crypto';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { createBenefitProgram, createFund, disburse, execute, systemClock, uuidIds } from '@gonghui/core';
import { encodeGlobalID } from '@pothos/plugin-relay';
import pg from 'pg';
import { Pool } from 'undici';
import { loadAuthConfig, signToken } from '../src/auth/token.js';
import { AuditKey } from '../src/store/audit-seal.js';
import { type Database, openDatabase } from '../src/store/database.js';
import { PersonalDataCipher } from '../src/store/personal-data.js';
import { PrismaStore } from '../src/store/prisma-store.js';
import { createActivityWorld } from '../test/support/activity-world.js';
import { eventually, freePort } from '../test/support/services.js';
import { checkEnrollmentRound } from './enrollment-round.js';

const MEMBERS = 2_000;
const PLACES = 250;
const { values: options } = parseArgs({
  options: {
    rounds: { type: 'string', default: '10' },
    'cpu-prof': { type: 'string' },
    'enroll-only': { type: 'boolean', default: false },
    connections: { type: 'string' },
  },
});
/** `--enroll-only`: the enrollment part alone (the disbursement's 100,000 members take minutes to create). */
const ENROLL_ONLY = options['enroll-only'];
/** `--cpu-prof <dir>`: each server writes a V8 CPU profile of its life there (node --cpu-prof). */
const PROFILE_DIR = options['cpu-prof'];
const ROUNDS = Number(options.rounds);
const RUN_MEMBERS = 100_000;
/** Connections of each server's pool (pg's default); the bare UPDATE gets as many as both. */
const POOL = 10;
/**
 * `--connections <n>`: the HTTP client's connections to each server. Default: one per concurrent
 * request (MEMBERS over the two servers), as 2,000 members' phones each hold their own.
 */
const HTTP_CONNECTIONS = Number(options.connections ?? MEMBERS / 2);
if (!(Number.isSafeInteger(HTTP_CONNECTIONS) && HTTP_CONNECTIONS > 0)) {
  throw new Error(`--connections must be a positive whole number, got '${options.connections}'`);
}
const JWT_SECRET = 'bench-secret-0123456789abcdef0123456789';
/** The package's directory, where `src/cli.ts serve` runs from. */
const PACKAGE = join(dirname(fileURLToPath(import.meta.url)), '..');

const server = process.env.DATABASE_URL ?? process.env.TEST_DATABASE_URL;
if (!server?.startsWith('postgres')) {
  console.log('activities bench: skipped (set DATABASE_URL or TEST_DATABASE_URL=postgres://… to run it)');
  process.exit(0);
}

/** A GraphQL answer as the bench reads it. */
// biome-ignore lint/suspicious/noExplicitAny: the answers' shapes are the operations'
type Answer = { data?: any; errors?: { extensions?: { code?: string } }[] };

/** The p-th percentile of latencies in ms. */
const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;
};

/** Runs `task` `count` times at once; returns the wall time and each call's latency (ms). */
async function burst(count: number, task: (i: number) => Promise<void>) {
  const latencies: number[] = [];
  const start = performance.now();
  await Promise.all(
    Array.from({ length: count }, async (_, i) => {
      const began = performance.now();
      await task(i);
      latencies.push(performance.now() - began);
    }),
  );
  return { seconds: (performance.now() - start) / 1000, p99: percentile(latencies, 99) };
}

/** CPU seconds (user + system) process `pid` has used so far, from /proc (Linux; clock ticks of 1/100 s), else NaN. */
async function cpuSeconds(pid: number | undefined): Promise<number> {
  const stat = await readFile(`/proc/${pid}/stat`, 'utf8').catch(() => null);
  if (stat === null) return Number.NaN;
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[11]) + Number(fields[12])) / 100;
}

/**
 * CPU seconds one thread has run so far, from /proc's schedstat (ns), else NaN: a single-threaded
 * process (`pid`, a PostgreSQL backend) or a process's main thread (`pid/task/pid`).
 */
async function threadCpuSeconds(thread: string): Promise<number> {
  const stat = await readFile(`/proc/${thread}/schedstat`, 'utf8').catch(() => null);
  return stat === null ? Number.NaN : Number(stat.split(' ')[0]) / 1e9;
}

/** CPU seconds this process has used so far. */
function ownCpuSeconds(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1e6;
}

const name = `gonghui_bench_activities_${randomBytes(4).toString('hex')}`;
const admin = new pg.Client({ connectionString: server });
await admin.connect();
await admin.query(`CREATE DATABASE "${name}"`);
const url = new URL(server);
url.pathname = `/${name}`;
const databases: Database[] = [];
const children: ChildProcess[] = [];
const dataDir = await mkdtemp(join(tmpdir(), 'gonghui-bench-activities-'));
// One data key for this process (it writes the members) and the servers (they read them).
const dataKey = randomBytes(32);
try {
  // No statement timeout for the bench's own setup, checks and the 100,000-row control INSERT, nor
  // for the run it times: on a shared machine a timeout measures the load, not the code (it made
  // the run fail now and then). The servers below have none either.
  const db = await openDatabase({
    url: url.toString(),
    dataDir: 'memory://',
    statementTimeoutMs: 0,
    personalData: new PersonalDataCipher(dataKey, 'bench key'),
    auditKey: new AuditKey(dataKey, 'bench key'),
  });
  databases.push(db);
  const world = await createActivityWorld(db, MEMBERS);
  const auth = await loadAuthConfig({ GONGHUI_JWT_SECRET: JWT_SECRET }, '');
  const token = (grants: Parameters<typeof signToken>[1]['grants'], subject: string) =>
    signToken(auth, { subject, grants, ttl: '1h' }).then((t) => `Bearer ${t}`);
  const adminToken = await token([{ role: 'ORG_ADMIN', organizationId: world.countyId }], 'bench-admin');
  const memberTokens = await Promise.all(
    world.memberIds.map((id, i) => token([{ role: 'MEMBER', memberId: id }], `m${i}`)),
  );
  // Two `gonghui serve` processes, as an installation runs them.
  const urls: string[] = [];
  for (const name of ['A', 'B']) {
    const port = await freePort();
    const output: string[] = [];
    const child = spawn(
      process.execPath,
      [
        ...(PROFILE_DIR === undefined ? [] : ['--cpu-prof', `--cpu-prof-dir=${PROFILE_DIR}`]),
        '--conditions=@gonghui/source',
        '--import',
        'tsx',
        'src/cli.ts',
        'serve',
        '--port',
        String(port),
        '--no-migrate',
      ],
      {
        cwd: PACKAGE,
        stdio: ['ignore', 'pipe', 'pipe'],
        env: {
          ...process.env,
          NODE_ENV: 'production',
          DATABASE_URL: url.toString(),
          GONGHUI_STATEMENT_TIMEOUT_MS: '0',
          GONGHUI_REQUEST_TIMEOUT_MS: '600000',
          GONGHUI_JWT_SECRET: JWT_SECRET,
          GONGHUI_DATA_KEY: dataKey.toString('hex'),
          GONGHUI_DATA_DIR: join(dataDir, name),
          GONGHUI_AUDIT_CHECKPOINT_SECONDS: '0',
          GONGHUI_LOG_LEVEL: 'warn',
        },
      },
    );
    children.push(child);
    for (const stream of [child.stdout, child.stderr])
      stream?.on('data', (chunk: Buffer) => output.push(String(chunk)));
    await eventually(
      async () => (await fetch(`http://127.0.0.1:${port}/health`).catch(() => null))?.status === 200,
      `server ${name} answering /health (${output.join('')})`,
      90_000,
    );
    urls.push(`http://127.0.0.1:${port}/graphql`);
  }
  // Each request on a connection of its own (HTTP_CONNECTIONS per server, no pipelining; an undici
  // `Pool` queues a request until one is free when `--connections` sets fewer): 2,000 concurrent
  // enrollments are 2,000 members' requests in flight at once, which reach the servers together, as
  // the 2,000 UPDATEs reach pg's pool together. Until 1 December 2026 (evening) the client kept 10
  // connections per server, so at most 20 requests were in the servers at once and a batch held at
  // most 10 enrollments (~5 on average). undici's `dispatch` with a handler that keeps the
  // body's chunks, rather than node:http's Agent (or undici's `request`, whose body is a stream): the
  // same queueing for less of the client's CPU per request (see the README), so the client's share of
  // the 2 cores is nearer pg's for the bare UPDATE. No timeouts, as node:http had none.
  const pools = new Map(
    urls.map((target) => {
      const { origin, pathname } = new URL(target);
      const pool = new Pool(origin, {
        connections: HTTP_CONNECTIONS,
        pipelining: 1,
        headersTimeout: 0,
        bodyTimeout: 0,
      });
      return [target, { pool, path: pathname }] as const;
    }),
  );
  /** POSTs `body` to `target` over its pool's connections; the answer's JSON (whatever the status). */
  const send = (target: string, headers: Record<string, string>, body: string) =>
    new Promise<Answer>((resolve, reject) => {
      const { pool, path } = pools.get(target) as { pool: Pool; path: string };
      const chunks: Buffer[] = [];
      pool.dispatch(
        { method: 'POST', path, headers, body },
        {
          onRequestStart: () => undefined,
          onResponseData: (_controller, chunk) => {
            chunks.push(chunk);
          },
          onResponseEnd: () => {
            try {
              resolve(JSON.parse(Buffer.concat(chunks).toString('utf8')) as Answer);
            } catch (error) {
              reject(error);
            }
          },
          onResponseError: (_controller, error) => reject(error),
        },
      );
    });
  /**
   * POSTs an operation, retried (up to 10 attempts) after a connection reset by a busy machine or
   * SERVICE_UNAVAILABLE. A mutation carries an Idempotency-Key (the same on every attempt, so a retry
   * is safe); a query (`keyed` false) carries none, as a client's read does.
   */
  const post = async (
    target: string,
    authorization: string,
    query: string,
    variables: object,
    keyed = true,
  ) => {
    const headers: Record<string, string> = { 'content-type': 'application/json', authorization };
    if (keyed) headers['idempotency-key'] = randomUUID();
    const body = JSON.stringify({ query, variables });
    for (let attempt = 1; ; attempt++) {
      const answer = await send(target, headers, body).catch((error: unknown) => {
        if (attempt === 10) throw error;
        return null;
      });
      if (answer && (answer.errors?.[0]?.extensions?.code !== 'SERVICE_UNAVAILABLE' || attempt === 10))
        return answer;
      await new Promise((resolve) => setTimeout(resolve, 100 * attempt));
    }
  };

  /** CPU seconds so far of each PostgreSQL backend connected to the bench's database, by pid. */
  const backendsCpu = async () => {
    const { rows } = await admin.query<{ pid: number }>(
      'SELECT pid FROM pg_stat_activity WHERE datname = $1',
      [name],
    );
    return new Map(
      await Promise.all(rows.map(async ({ pid }) => [pid, await threadCpuSeconds(String(pid))] as const)),
    );
  };
  /** CPU seconds the backends ran between two readings (one new in `after` counts whole; one gone is lost). */
  const backendsSpent = (before: Map<number, number>, after: Map<number, number>) =>
    [...after].reduce((sum, [pid, cpu]) => sum + (Number.isNaN(cpu) ? 0 : cpu - (before.get(pid) ?? 0)), 0);
  let databaseSeconds = 0;

  // 1. Enrollment through the API, with the CPU the servers and this process spend on it.
  // The servers' CPU, and their main threads' alone: the rest is V8's background threads (its
  // optimizing compiler, still at work in these rounds, and the GC's helpers) and libuv's pool, where
  // a change of the request path's code shows less than on the main thread.
  const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);
  const serversCpu = async () => ({
    all: sum(await Promise.all(children.map((child) => cpuSeconds(child.pid)))),
    main: sum(await Promise.all(children.map((child) => threadCpuSeconds(`${child.pid}/task/${child.pid}`)))),
  });
  /**
   * One burst: a new activity of PLACES places, MEMBERS concurrent `enroll`s (member i with `tokens[i]`),
   * checked in the database; its timing and the database's CPU over it.
   */
  const enrollmentRound = async (label: string, tokens: readonly string[]) => {
    const hour = 3_600_000;
    const created = await post(
      urls[0] as string,
      adminToken,
      `mutation($input: CreateActivityInput!) {
      createActivity(input: $input) { activity { id } errors { code } } }`,
      {
        input: {
          organizationId: encodeGlobalID('Organization', world.countyId),
          title: `基准测试活动 ${label}`,
          place: '余杭',
          startsAt: new Date(Date.now() + 48 * hour).toISOString(),
          endsAt: new Date(Date.now() + 50 * hour).toISOString(),
          enrollmentOpensAt: new Date(Date.now() - hour).toISOString(),
          enrollmentClosesAt: new Date(Date.now() + 24 * hour).toISOString(),
          places: PLACES,
        },
      },
    );
    const activityId = created.data.createActivity.activity.id as string;
    let enrolled = 0;
    // The database's CPU over the burst alone (this process's own connections are idle in it).
    const backendsBefore = await backendsCpu();
    const timing = await burst(MEMBERS, async (i) => {
      const body = await post(
        urls[i % urls.length] as string,
        tokens[i] as string,
        `mutation($input: EnrollInput!) {
        enroll(input: $input) { enrollment { status } errors { code } } }`,
        {
          input: { activityId, memberId: encodeGlobalID('Member', world.memberIds[i] as string) },
        },
      );
      const status = body.data?.enroll?.enrollment?.status;
      if (status === 'ENROLLED') enrolled += 1;
      else if (status !== 'WAITING') throw new Error(`round ${label}: ${JSON.stringify(body)}`);
    });
    const seconds = backendsSpent(backendsBefore, await backendsCpu());
    if (enrolled !== PLACES) throw new Error(`round ${label}: ${enrolled} enrolled for ${PLACES} places`);
    await checkEnrollmentRound(db, activityId, MEMBERS, PLACES);
    return { timing, databaseSeconds: seconds };
  };
  // One burst first, not measured (checked like the others), with tokens of its own, so that the
  // measured rounds verify each member's token once as before: the servers' and this process's code
  // is compiled and their heaps grown before anything is timed, as pg's is by the bench's setup
  // before the bare UPDATE's rounds (which get an unmeasured burst too, below).
  const warmTokens = await Promise.all(
    world.memberIds.map((id, i) => token([{ role: 'MEMBER', memberId: id }], `warm${i}`)),
  );
  await enrollmentRound('warm-up', warmTokens);
  /** The servers' CPU seconds per request between two readings, all told and on their main threads. */
  const perRequest = (
    before: { all: number; main: number },
    after: { all: number; main: number },
    requests: number,
  ) => ({ servers: (after.all - before.all) / requests, main: (after.main - before.main) / requests });
  const cpuBefore = { servers: await serversCpu(), bench: ownCpuSeconds() };
  const rounds: { seconds: number; p99: number }[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    const { timing, databaseSeconds: spent } = await enrollmentRound(`${round + 1}`, memberTokens);
    databaseSeconds += spent;
    rounds.push(timing);
  }
  const cpuPerEnrollment = {
    ...perRequest(cpuBefore.servers, await serversCpu(), ROUNDS * MEMBERS),
    bench: (ownCpuSeconds() - cpuBefore.bench) / (ROUNDS * MEMBERS),
    database: databaseSeconds / (ROUNDS * MEMBERS),
  };
  // The floor of any request through the same servers: `query { __typename }` at the same
  // concurrency, each with a token not seen before (verified, as an enrollment's first one is), sent
  // as a client sends a read — without an Idempotency-Key (a keyed request is yoga's) — so it takes
  // the path an enrollment takes (the HTTP fast path, after yoga validated the document once): body
  // parse, token, rate limit, cost and list limits, one trivial statement (the compiled read `SELECT
  // '{"__typename":"Query"}'`), the answer and the request line, and nothing else.
  const floorTokens = await Promise.all(
    world.memberIds.map((id, i) => token([{ role: 'MEMBER', memberId: id }], `floor${i}`)),
  );
  const floorCpu = { servers: await serversCpu(), bench: ownCpuSeconds() };
  const floor = await burst(MEMBERS, async (i) => {
    const body = await post(
      urls[i % urls.length] as string,
      floorTokens[i] as string,
      'query { __typename }',
      {},
      false,
    );
    if (body.data?.__typename !== 'Query') throw new Error(`floor request: ${JSON.stringify(body)}`);
  });
  const cpuPerFloorRequest = {
    ...perRequest(floorCpu.servers, await serversCpu(), MEMBERS),
    bench: (ownCpuSeconds() - floorCpu.bench) / MEMBERS,
  };
  await Promise.all([...pools.values()].map(({ pool }) => pool.close()));
  for (const child of children) child.kill('SIGTERM');
  await Promise.all(children.map((child) => new Promise((resolve) => child.once('exit', resolve))));

  // The bare conditional UPDATE through pg at the same concurrency (a pool as large as the servers' two).
  const pool = new pg.Pool({ connectionString: url.toString(), max: 2 * POOL });
  // A connection still closing when the database is dropped at the end errs on the pool: not a failure.
  pool.on('error', () => undefined);
  await pool.query('CREATE TABLE bench_places (id int PRIMARY KEY, places int NOT NULL, taken int NOT NULL)');
  /** One burst of MEMBERS concurrent UPDATEs on a new row of PLACES places. */
  const bareBurst = async (row: number) => {
    await pool.query(`INSERT INTO bench_places VALUES (${row}, ${PLACES}, 0)`);
    return burst(MEMBERS, async () => {
      await pool.query('UPDATE bench_places SET taken = taken + 1 WHERE id = $1 AND taken < places', [row]);
    });
  };
  await bareBurst(-1); // not measured, as the API's warm-up burst: the pool's connections opened, its code compiled
  const bare: { seconds: number; p99: number }[] = [];
  const bareCpu = ownCpuSeconds();
  let bareDatabaseSeconds = 0;
  for (let round = 0; round < ROUNDS; round++) {
    const backendsBefore = await backendsCpu();
    bare.push(await bareBurst(round));
    bareDatabaseSeconds += backendsSpent(backendsBefore, await backendsCpu());
  }
  const bareCpuPerUpdate = (ownCpuSeconds() - bareCpu) / (ROUNDS * MEMBERS);
  const bareDatabasePerUpdate = bareDatabaseSeconds / (ROUNDS * MEMBERS);
  await pool.end();
  const perSecond = (r: { seconds: number }[]) =>
    (MEMBERS * r.length) / r.reduce((sum, x) => sum + x.seconds, 0);
  const worstP99 = (r: { p99: number }[]) => Math.max(...r.map((x) => x.p99));
  const api = perSecond(rounds);
  const raw = perSecond(bare);
  console.log(
    `enroll: ${ROUNDS} rounds of ${MEMBERS} concurrent enrollments for ${PLACES} places, each exactly ${PLACES} enrolled`,
  );
  console.log(
    `  gonghui API (HTTP, 2 processes):  ${api.toFixed(0)} enrollments/s, p99 ${worstP99(rounds).toFixed(0)} ms`,
  );
  console.log(
    `  bare conditional UPDATE via pg:   ${raw.toFixed(0)} updates/s, p99 ${worstP99(bare).toFixed(0)} ms`,
  );
  console.log(`  ratio (API / bare):               ${(api / raw).toFixed(3)}× (target ≥ 0.5×)`);
  /** CPU in ms per request: in the servers (on their main threads) and in this process. */
  const cpu = (c: { servers: number; main: number; bench: number }) =>
    `${(c.servers * 1000).toFixed(2)} ms in the servers (${(c.main * 1000).toFixed(2)} on their main threads), ${(c.bench * 1000).toFixed(2)} ms in this process`;
  console.log(
    `  CPU per enrollment:               ${cpu(cpuPerEnrollment)} (its HTTP client), ${(cpuPerEnrollment.database * 1000).toFixed(2)} ms in PostgreSQL`,
  );
  console.log(
    `  CPU per bare UPDATE:              ${(bareCpuPerUpdate * 1000).toFixed(2)} ms in this process (pg), ${(bareDatabasePerUpdate * 1000).toFixed(2)} ms in PostgreSQL`,
  );
  const floorRate = MEMBERS / floor.seconds;
  console.log(
    `  query { __typename }, same servers: ${floorRate.toFixed(0)} requests/s, p99 ${floor.p99.toFixed(0)} ms, ${(floorRate / raw).toFixed(3)}× bare (the floor of any request); CPU ${cpu(cpuPerFloorRequest)}`,
  );

  // 2. A disbursement run over 100,000 members.
  if (!ENROLL_ONLY) await disbursement();
  async function disbursement() {
    const many = await createActivityWorld(db, RUN_MEMBERS);
    const store = new PrismaStore(db);
    const env = { clock: systemClock, ids: uuidIds };
    const fund = await execute(store, env, createFund, {
      organizationId: many.countyId,
      name: '基准测试专项资金',
      // Exactly what the run pays (100,000 × 12.34 yuan): it must fit to the fen, and one fen more is
      // refused below (the control's rows are inserted by hand and do not count against it).
      total: '1234000',
      fromYear: 2026,
      toYear: 2026,
      budgets: [{ year: 2026, amount: '1234000' }],
    });
    if (!fund.ok) throw new Error(fund.error.message);
    const program = (programName: string) =>
      execute(store, env, createBenefitProgram, {
        fundId: fund.value.id,
        name: programName,
        year: 2026,
        eligibility: 'LIVE_MEMBERS',
        amountPolicy: 'FIXED',
        amount: '12.34',
      });
    const viaCore = await program('基准测试项目');
    const viaSql = await program('基准测试对照');
    if (!viaCore.ok || !viaSql.ok) throw new Error('bench programs');
    const started = performance.now();
    const paid = await execute(store, env, disburse, {
      programId: viaCore.value.id,
      organizationId: many.countyId,
      cutoff: '2026-06-30',
      commit: true,
    });
    const runSeconds = (performance.now() - started) / 1000;
    if (!paid.ok) throw new Error(paid.error.message);
    const [check] = await db.prisma.$queryRaw<{ spent: bigint; sum: bigint; count: bigint }[]>`
    SELECT y."spent", (SELECT SUM("amount")::bigint FROM "LedgerEntry" WHERE "programId" = ${viaCore.value.id}) AS "sum",
           (SELECT COUNT(*) FROM "LedgerEntry" WHERE "programId" = ${viaCore.value.id}) AS "count"
    FROM "FundYear" y WHERE y."fundId" = ${fund.value.id}`;
    if (
      check?.spent !== BigInt(RUN_MEMBERS * 1234) ||
      check.sum !== check.spent ||
      check.count !== BigInt(RUN_MEMBERS)
    ) {
      throw new Error(
        `the run's ledger and budget disagree: ${JSON.stringify(check, (_, v) => (typeof v === 'bigint' ? String(v) : v))}`,
      );
    }
    const oneFen = await execute(store, env, createBenefitProgram, {
      fundId: fund.value.id,
      name: '基准测试一分钱',
      year: 2026,
      eligibility: 'LIVE_MEMBERS',
      amountPolicy: 'FIXED',
      amount: '0.01',
      places: 1,
    });
    if (!oneFen.ok) throw new Error(oneFen.error.message);
    const over = await execute(store, env, disburse, {
      programId: oneFen.value.id,
      organizationId: many.countyId,
      cutoff: '2026-06-30',
      commit: true,
    });
    if (over.ok || over.error.code !== 'BENEFIT_OVER_BUDGET') {
      throw new Error(`one fen over the spent budget: ${over.ok ? 'paid' : over.error.code}`);
    }
    const sqlStarted = performance.now();
    await db.prisma.$executeRaw`
    INSERT INTO "LedgerEntry" ("id", "fundId", "programId", "year", "memberId", "organizationId", "amount", "kind", "at")
    SELECT gen_random_uuid()::text, ${fund.value.id}, ${viaSql.value.id}, 2026, m."id", m."organizationId", 1234, 'PAYMENT', now()
    FROM "OrganizationLink" l JOIN "Member" m ON m."organizationId" = l."descendantId"
    WHERE l."ancestorId" = ${many.countyId}`;
    const sqlSeconds = (performance.now() - sqlStarted) / 1000;
    console.log(
      `disburse: one run over ${RUN_MEMBERS} members, spent = ledger = budget = ${RUN_MEMBERS} × 12.34 yuan to the fen; one fen more refused`,
    );
    console.log(`  core disburse (unit of work):     ${runSeconds.toFixed(2)} s`);
    console.log(`  one INSERT … SELECT of the rows:  ${sqlSeconds.toFixed(2)} s`);
    console.log(`  ratio (INSERT … SELECT / run):    ${(sqlSeconds / runSeconds).toFixed(3)}×`);
  }
} finally {
  for (const child of children) if (child.exitCode === null) child.kill('SIGTERM');
  await Promise.all(
    children.map((child) => child.exitCode !== null || new Promise((resolve) => child.once('exit', resolve))),
  );
  await rm(dataDir, { recursive: true, force: true });
  await Promise.all(databases.map((d) => d.close()));
  await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  await admin.end();
}
