// Benchmark of casting ballots: part of `pnpm bench` (packages/graphql), with DATABASE_URL or
// TEST_DATABASE_URL pointing at a PostgreSQL server (a superuser: it creates and drops its own
// database); without one it says so and stops.
//
// 200 voters at once, each casting one ballot after the other (`--voters`, `--ballots` in all):
// (a) through the API — `castBallot` through yoga in production mode, anonymous, a one-time token
//     each: the token's MAC checked, its hash inserted (one ballot per token), the ballot sealed
//     (AES-256-GCM) and inserted, under a KEY SHARE lock of the election row;
// (b) the floor — the same two rows (a token hash and a sealed ballot) inserted by one bare
//     statement through `pg`, at the same concurrency, on a pool of the same size.
// It prints ballots per second of each and their ratio, and the election store's own `cast` (no
// GraphQL) at the same concurrency, to show where the time goes.
import { randomBytes, randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { encodeGlobalID } from '@pothos/plugin-relay';
import pg from 'pg';
import { loadAuthConfig } from '../src/auth/token.js';
import { createGonghuiYoga } from '../src/server.js';
import { openDatabase } from '../src/store/database.js';
import { BallotKeys, ElectionStore } from '../src/store/election.js';

const { values: options } = parseArgs({
  options: { voters: { type: 'string', default: '200' }, ballots: { type: 'string', default: '2000' } },
});
const VOTERS = Number(options.voters);
const BALLOTS = Number(options.ballots);
const server = process.env.DATABASE_URL ?? process.env.TEST_DATABASE_URL;
if (!server?.startsWith('postgres')) {
  console.log('ballots bench skipped: set DATABASE_URL (or TEST_DATABASE_URL) to a PostgreSQL server');
  process.exit(0);
}

const name = `gonghui_bench_ballots_${randomBytes(4).toString('hex')}`;
const admin = new pg.Client({ connectionString: server });
await admin.connect();
await admin.query(`CREATE DATABASE "${name}"`);
const url = new URL(server);
url.pathname = `/${name}`;
const db = await openDatabase({ url: url.toString(), dataDir: 'memory://' });
const bare = new pg.Pool({ connectionString: url.toString() });
bare.on('error', () => undefined);
try {
  // One union with one member, an election open on its roll (2 candidates, 1 seat).
  const orgId = randomUUID();
  await db.prisma.organization.create({
    data: { id: orgId, name: '基准测试工会', kind: 'GRASSROOTS_UNION', level: 'GRASSROOTS', depth: 0 },
  });
  await db.prisma.organizationLink.create({
    data: { ancestorId: orgId, descendantId: orgId, distance: 0, descendantName: 'x' },
  });
  const store = new ElectionStore(db);
  const must = <T>(r: { ok: true; value: T } | { ok: false; error: { message: string } }): T => {
    if (!r.ok) throw new Error(r.error.message);
    return r.value;
  };
  const election = must(
    await store.draft({
      organizationId: orgId,
      title: '基准测试',
      body: 'CHAIR',
      seats: 1,
      contested: false,
    }),
  );
  must(await store.openNominations(election.id));
  const candidate = must(
    await store.nominate(election.id, {
      memberId: null,
      name: '候选人',
      foreignStaff: false,
      employerRole: null,
      closeRelativeOf: null,
    }),
  );
  await db.prisma.election.update({
    where: { id: election.id },
    data: { status: 'OPEN', entitled: BALLOTS, present: BALLOTS, ballotsIssued: BALLOTS },
  });
  // Tokens as the officer would hand them out (the roll is not what this measures).
  const keys = new BallotKeys(db.personalData);
  const tokens = Array.from({ length: BALLOTS }, () => keys.issueToken(election.id));

  const yoga = createGonghuiYoga({
    db,
    auth: await loadAuthConfig({ GONGHUI_JWT_SECRET: 'bench-secret-0123456789abcdef0123456789' }, ''),
    production: true,
  });
  const MUTATION =
    'mutation($input: CastBallotInput!) { castBallot(input: $input) { receipt errors { code } } }';
  const electionGlobalId = encodeGlobalID('Election', election.id);
  const castThroughApi = async (token: string): Promise<void> => {
    const response = await yoga.fetch('http://bench/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: MUTATION,
        variables: { input: { electionId: electionGlobalId, token, ballot: { approve: [candidate.id] } } },
      }),
    });
    const body = (await response.json()) as { data?: { castBallot: { receipt: string | null } } };
    if (!body.data?.castBallot.receipt) throw new Error(JSON.stringify(body));
  };
  const sealed = keys.seal(election.id, { receipt: 'bench', marks: { approve: [candidate.id] } });
  const insertBare = async (token: string): Promise<void> => {
    await bare.query(
      `WITH spent AS (INSERT INTO "SpentBallotToken" ("electionId", "tokenHash") VALUES ($1, $2))
       INSERT INTO "CastBallot" ("id", "electionId", "sealed") VALUES ($3, $1, $4)`,
      [election.id, `bare-${token}`, randomUUID(), sealed],
    );
  };
  const run = async (cast: (token: string) => Promise<void>, list: readonly string[]): Promise<number> => {
    let next = 0;
    const started = performance.now();
    await Promise.all(
      Array.from({ length: VOTERS }, async () => {
        while (next < list.length) await cast(list[next++] as string);
      }),
    );
    return list.length / ((performance.now() - started) / 1000);
  };
  const warm = Math.min(200, BALLOTS / 4);
  await run(castThroughApi, tokens.slice(0, warm));
  await run(insertBare, tokens.slice(0, warm));
  const api = await run(castThroughApi, tokens.slice(warm));
  if (process.env.BALLOTS_STORE_ONLY) {
    const more = Array.from({ length: BALLOTS }, () => keys.issueToken(election.id));
    const direct = await run(
      async (t) => void must(await store.cast(election.id, t, { approve: [candidate.id] })),
      more,
    );
    console.log('store only', direct.toFixed(0));
  }
  const floor = await run(insertBare, tokens.slice(warm));
  const more = Array.from({ length: BALLOTS - warm }, () => keys.issueToken(election.id));
  const direct = await run(
    async (t) => void must(await store.cast(election.id, t, { approve: [candidate.id] })),
    more,
  );
  console.log(
    `castBallot on PostgreSQL: ${BALLOTS - warm} ballots, ${VOTERS} voters at once (pool of 10 connections each)`,
  );
  console.table({
    'through the API (yoga, production mode)': { 'ballots/s': api.toFixed(0) },
    'the election store alone (no GraphQL)': { 'ballots/s': direct.toFixed(0) },
    'bare INSERT of the same rows through pg': { 'ballots/s': floor.toFixed(0) },
  });
  console.log(`ratio API / bare INSERT: ${(api / floor).toFixed(2)}`);
} finally {
  await bare.end();
  await db.close();
  await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  await admin.end();
}
