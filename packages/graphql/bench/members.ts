// Benchmark of member search and coverage on a province of 1,000,000 members: part of `pnpm bench`
// (runs `tsx --conditions=@gonghui/source bench/members.ts` here; `MEMBERS=<n>` for another size).
//
// Builds 1 province → 10 cities → 100 counties → 10,000 grassroots unions and MEMBERS members spread
// over them (search columns as the store writes them; personal-data columns are placeholders these
// requests never open), in an in-memory PGlite or DATABASE_URL (a database it creates and drops),
// checks that no statement of those requests plans a sequential scan of "Member" (EXPLAIN at that size),
// then times GraphQL requests through the real yoga server (production mode, a SYSTEM_ADMIN token),
// each against the floor measured in the same run: `organization(id)`, one primary-key lookup
// through the same stack.
import { randomBytes } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { encodeGlobalID } from '@pothos/plugin-relay';
import pg from 'pg';
import { loadAuthConfig, signToken } from '../src/auth/token.js';
import { createGonghuiYoga } from '../src/server.js';
import { openDatabase } from '../src/store/database.js';
import { memberSearchColumns, recountMemberTallies } from '../src/store/member.js';
import { observeStatements } from '../src/store/statements.js';
import { type BenchCase, measureAgainstFloor } from './measure.js';

const MEMBERS = Number(process.env.MEMBERS ?? 1_000_000);
const CITIES = 10;
const COUNTIES_PER_CITY = 10;
const UNIONS_PER_COUNTY = 100;
const UNIONS = CITIES * COUNTIES_PER_CITY * UNIONS_PER_COUNTY;
const BATCH = 100_000;
const REPETITIONS = 30;
const SURNAMES = [...'王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹'];
const GIVEN = [...'伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂红建国华英玉兰'];

// On PostgreSQL: a throwaway database of its own.
const server = process.env.DATABASE_URL;
const name = `gonghui_bench_members_${randomBytes(4).toString('hex')}`;
let url: string | undefined;
if (server) {
  const admin = new pg.Client({ connectionString: server });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}"`);
  await admin.end();
  const target = new URL(server);
  target.pathname = `/${name}`;
  url = target.toString();
}
// No statement timeout: building a province on a shared machine takes longer than a request may.
const db = await openDatabase({ dataDir: 'memory://', url, statementTimeoutMs: 0 });
try {
  const started = performance.now();
  const sql = (text: string, ...args: unknown[]) => db.prisma.$executeRawUnsafe(text, ...args);
  await sql(`INSERT INTO "Organization" (id, name, kind, level, "parentId", depth, "updatedAt")
    VALUES ('p', '浙江省总工会', 'FEDERATION_OF_TRADE_UNIONS', 'PROVINCIAL', NULL, 0, now())`);
  await sql(`INSERT INTO "Organization" (id, name, kind, level, "parentId", depth, "updatedAt")
    SELECT 'c' || c, '市总工会' || c, 'FEDERATION_OF_TRADE_UNIONS', 'MUNICIPAL', 'p', 1, now()
    FROM generate_series(0, ${CITIES - 1}) c`);
  await sql(`INSERT INTO "Organization" (id, name, kind, level, "parentId", depth, "updatedAt")
    SELECT 'k' || k, '县总工会' || k, 'FEDERATION_OF_TRADE_UNIONS', 'COUNTY', 'c' || (k / ${COUNTIES_PER_CITY}), 2, now()
    FROM generate_series(0, ${CITIES * COUNTIES_PER_CITY - 1}) k`);
  await sql(`INSERT INTO "Organization" (id, name, kind, level, "parentId", depth, "updatedAt")
    SELECT 'u' || u, '公司工会' || u, 'GRASSROOTS_UNION', 'GRASSROOTS', 'k' || (u / ${UNIONS_PER_COUNTY}), 3, now()
    FROM generate_series(0, ${UNIONS - 1}) u`);
  for (let depth = 0; depth <= 3; depth++) {
    await sql(`INSERT INTO "OrganizationLink" ("ancestorId", "descendantId", distance, "descendantName")
      SELECT id, id, 0, name FROM "Organization" WHERE depth = ${depth}
      UNION ALL SELECT l."ancestorId", o.id, l.distance + 1, o.name FROM "Organization" o
      JOIN "OrganizationLink" l ON l."descendantId" = o."parentId" WHERE o.depth = ${depth}`);
  }
  const pool = SURNAMES.flatMap((s) =>
    GIVEN.flatMap((g) => [`${s}${g}`, ...GIVEN.slice(0, 8).map((h) => `${s}${g}${h}`)]),
  );
  const columns = JSON.stringify(pool.map((n) => ({ name: n, ...memberSearchColumns(n, '1985-01-01') })));
  for (let from = 1; from <= MEMBERS; from += BATCH) {
    const to = Math.min(MEMBERS, from + BATCH - 1);
    await sql(
      `INSERT INTO "Member" ("id", "name", "idNumberHash", "idNumberEncrypted", "gender", "birthDateEncrypted",
         "phoneEncrypted", "phoneHash", "organizationId", "status", "custody", "statusReason", "memberSince", "since",
         "namePinyin", "nameInitials", "nameGrams", "birthYear", "updatedAt")
       SELECT 'm' || i, p->>'name', 'hash-' || i, 'x', CASE WHEN i % 2 = 0 THEN 'MALE' ELSE 'FEMALE' END::"Gender", 'x',
         CASE WHEN i % 5 = 0 THEN NULL ELSE 'x' END, CASE WHEN i % 5 = 0 THEN NULL ELSE 'phone-' || i END,
         'u' || (i % ${UNIONS}),
         CASE WHEN i % 20 = 0 THEN 'ENDED' WHEN i % 10 = 0 THEN 'RETAINED' ELSE 'ACTIVE' END::"MembershipStatus",
         CASE WHEN i % 20 = 0 THEN NULL ELSE 'EMPLOYER_UNION' END::"Custody",
         CASE WHEN i % 20 = 0 THEN 'LEFT' WHEN i % 10 = 0 THEN 'RETIRED' END,
         DATE '2000-01-01' + (i % 9500), DATE '2000-01-01' + (i % 9500),
         p->>'namePinyin', p->>'nameInitials', ARRAY(SELECT jsonb_array_elements_text(p->'nameGrams')),
         1960 + i % 45, now()
       FROM generate_series(${from}, ${to}) AS i, LATERAL (SELECT $1::jsonb -> (i % ${pool.length}) AS p) AS picked`,
      columns,
    );
    process.stdout.write(`\r${to.toLocaleString()} members`);
  }
  await db.prisma.$transaction((tx) => recountMemberTallies(tx), { timeout: 600_000 });
  await sql('ANALYZE');
  console.log(
    `\nbuilt ${UNIONS + 111} organizations and ${MEMBERS.toLocaleString()} members (names from a pool of ` +
      `${pool.length.toLocaleString()}) on ${db.kind} in ${((performance.now() - started) / 1000).toFixed(1)} s`,
  );

  const auth = await loadAuthConfig({ GONGHUI_JWT_SECRET: 'bench-secret-0123456789abcdef0123456789' }, '');
  const authorization = `Bearer ${await signToken(auth, { subject: 'bench', grants: [{ role: 'SYSTEM_ADMIN' }], ttl: '1h' })}`;
  const yoga = createGonghuiYoga({ db, auth, production: true });
  const request = async (query: string, variables: Record<string, unknown>) => {
    const response = await yoga.fetch('http://bench/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as { errors?: unknown };
    if (body.errors) throw new Error(JSON.stringify(body.errors));
  };
  const id = (local: string) => encodeGlobalID('Organization', local);
  const PAGE = `query($id: ID!, $filter: MemberFilter) { members(organizationId: $id, filter: $filter, first: 20) {
    nodes { name gender status memberSince organization { name } } } }`;
  const COUNTED = PAGE.replace('nodes {', 'totalCount nodes {');
  const COVERAGE = `query($id: ID!) { node(id: $id) { ... on Organization { memberCoverage {
    active retained ended male female withPhone realNameShare joinedThisYear ageBands { from to count } } } } }`;
  const cases: BenchCase[] = [
    [
      'floor: organization(id) by primary key',
      'query($id: ID!) { organization(id: $id) { name depth } }',
      { id: id('k5') },
    ],
    ['page, province, no filter + totalCount (counters)', COUNTED, { id: id('p'), filter: {} }],
    [
      'page, province, active women aged 26–35',
      PAGE,
      { id: id('p'), filter: { status: ['ACTIVE'], gender: 'FEMALE', ageFrom: 26, ageTo: 35 } },
    ],
    [
      'page, province, name contains 红军 + totalCount',
      COUNTED,
      { id: id('p'), filter: { nameContains: '红军' } },
    ],
    ['page, province, pinyin "hhj" + totalCount', COUNTED, { id: id('p'), filter: { pinyin: 'hhj' } }],
    [
      'page, county, joined in 2024-01 + totalCount',
      COUNTED,
      { id: id('k5'), filter: { joinedFrom: '2024-01-01', joinedTo: '2024-01-31' } },
    ],
    ['coverage of the province', COVERAGE, { id: id('p') }],
    ['coverage of a county', COVERAGE, { id: id('k5') }],
  ];
  // Issue 11: a search over the province answers without a sequential scan of "Member". Every
  // statement the cases send is EXPLAINed at this size (test/member-search.test.ts does it on 20,000).
  const statements: { sql: string; args: readonly unknown[] }[] = [];
  const stop = observeStatements(db.prisma, (text, args) => {
    if (/"Member"/.test(text)) statements.push({ sql: text, args });
  });
  try {
    for (const [, query, variables] of cases) await request(query, variables);
  } finally {
    stop();
  }
  for (const statement of statements) {
    const plan = await db.prisma.$queryRawUnsafe<{ 'QUERY PLAN': string }[]>(
      `EXPLAIN ${statement.sql}`,
      ...statement.args,
    );
    const text = plan.map((row) => row['QUERY PLAN']).join('\n');
    if (/Seq Scan on "?Member"? /.test(text))
      throw new Error(`a sequential scan of "Member":\n${statement.sql}\n${text}`);
  }
  console.log(`plans: ${statements.length} statements reading "Member", none a sequential scan of it`);
  await measureAgainstFloor(cases, request, REPETITIONS, `through yoga (production mode), ${db.kind}`);
} finally {
  await db.close();
  if (server) {
    const admin = new pg.Client({ connectionString: server });
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await admin.end();
  }
}
