// Benchmark of tree reads on 100,000 organizations: `pnpm bench` (runs `tsx --conditions=@gonghui/source bench/subtree.ts` here).
//
// Builds a tree of 1 province → 11 cities → 99 counties → 1,386 towns → 98,406 grassroots unions
// (99,903 organizations, 497,894 closure rows) in an in-memory PGlite (or DATABASE_URL), then
// times GraphQL requests through the real yoga server, each against the floor measured in the
// same run: `organization(id)`, one primary-key lookup through the same stack.
import { performance } from 'node:perf_hooks';
import { encodeGlobalID } from '@pothos/plugin-relay';
import { openDatabase } from '../src/store/database.js';
import { type BenchCase, benchServer, measureAgainstFloor } from './measure.js';

const CITIES = 11;
const COUNTIES_PER_CITY = 9;
const TOWNS_PER_COUNTY = 14;
const UNIONS_PER_TOWN = 71;
const REPETITIONS = 30;

const db = await openDatabase({ dataDir: 'memory://', url: process.env.DATABASE_URL });
const started = performance.now();
// One SQL script builds every level from the one above: ids encode the path (p, c3, k3.2, t3.2.5, u3.2.5.9).
await db.prisma.$executeRawUnsafe(`
  INSERT INTO "Organization" (id, name, kind, level, "parentId", depth, "regionCode", "updatedAt")
  VALUES ('p', '浙江省总工会', 'FEDERATION_OF_TRADE_UNIONS', 'PROVINCIAL', NULL, 0, '330000', now())`);
const levels: [string, string, string, string, number, number][] = [
  ['c', 'FEDERATION_OF_TRADE_UNIONS', 'MUNICIPAL', "'p'", CITIES, 1],
  ['k', 'FEDERATION_OF_TRADE_UNIONS', 'COUNTY', 'c', COUNTIES_PER_CITY, 2],
  ['t', 'FEDERATION_OF_TRADE_UNIONS', 'TOWNSHIP', 'k', TOWNS_PER_COUNTY, 3],
  ['u', 'GRASSROOTS_UNION', 'GRASSROOTS', 't', UNIONS_PER_TOWN, 4],
];
for (const [prefix, kind, level, parentPrefix, perParent, depth] of levels) {
  const parents =
    parentPrefix === "'p'"
      ? `(SELECT 'p' AS id, '' AS path)`
      : `(SELECT id, substr(id, 2) AS path FROM "Organization" WHERE depth = ${depth - 1})`;
  await db.prisma.$executeRawUnsafe(`
    INSERT INTO "Organization" (id, name, kind, level, "parentId", depth, "regionCode", "updatedAt")
    SELECT '${prefix}' || ltrim(parent.path || '.' || n, '.'), '${level} ' || parent.path || '.' || n,
           '${kind}', '${level}', parent.id, ${depth}, '330${String(depth).padStart(3, '0')}', now()
    FROM ${parents} parent CROSS JOIN generate_series(1, ${perParent}) n`);
  await db.prisma.$executeRawUnsafe(`
    INSERT INTO "OrganizationLink" ("ancestorId", "descendantId", distance, "descendantName")
    SELECT l."ancestorId", o.id, l.distance + 1, o.name FROM "Organization" o
    JOIN "OrganizationLink" l ON l."descendantId" = o."parentId" WHERE o.depth = ${depth}`);
  if (depth === 1) {
    await db.prisma.$executeRawUnsafe(
      `INSERT INTO "OrganizationLink" ("ancestorId", "descendantId", distance, "descendantName")
       VALUES ('p', 'p', 0, '浙江省总工会')`,
    );
    await db.prisma.$executeRawUnsafe(`
      INSERT INTO "OrganizationLink" ("ancestorId", "descendantId", distance, "descendantName")
      SELECT l."ancestorId", o.id, l.distance + 1, o.name FROM "Organization" o
      JOIN "OrganizationLink" l ON l."descendantId" = o."parentId" WHERE o.depth = 1`);
  }
  await db.prisma.$executeRawUnsafe(`
    INSERT INTO "OrganizationLink" ("ancestorId", "descendantId", distance, "descendantName")
    SELECT id, id, 0, name FROM "Organization" WHERE depth = ${depth}`);
}
await db.prisma.$executeRawUnsafe('ANALYZE');
const organizations = await db.prisma.organization.count();
const links = await db.prisma.organizationLink.count();
console.log(
  `built ${organizations.toLocaleString()} organizations, ${links.toLocaleString()} closure rows ` +
    `on ${db.kind} in ${((performance.now() - started) / 1000).toFixed(1)} s`,
);

const request = await benchServer({ db });

const id = (local: string) => encodeGlobalID('Organization', local);
const PAGE = `query($id: ID!, $after: String) { organization(id: $id) { subtree(first: 20, after: $after) {
  totalCount pageInfo { endCursor } nodes { name depth parent { name } } } } }`;
const cases: BenchCase[] = [
  [
    'floor: organization(id) by primary key',
    'query($id: ID!) { organization(id: $id) { name depth } }',
    { id: id('t5.4.3') },
  ],
  ['subtree page of a county (1,000 below) + totalCount', PAGE, { id: id('k5.4') }],
  ['subtree page of a city (9,000 below) + totalCount', PAGE, { id: id('c5') }],
  ['subtree page of the province (99,902 below) + totalCount', PAGE, { id: id('p') }],
  [
    'ancestors of a grassroots union',
    'query($id: ID!) { organization(id: $id) { ancestors { name } } }',
    { id: id('u5.4.3.2') },
  ],
  [
    'children page of a town (71) + totalCount',
    'query($id: ID!) { organization(id: $id) { children(first: 20) { totalCount nodes { name } } } }',
    { id: id('t5.4.3') },
  ],
  [
    'filtered list: grassroots named like "5.4.3." (region + kind)',
    'query { organizations(first: 20, filter: { kind: [GRASSROOTS_UNION], nameContains: "5.4.3." }) { totalCount nodes { name } } }',
    {},
  ],
];

await measureAgainstFloor(cases, request, REPETITIONS, `through yoga (production mode), ${db.kind}`);
await db.close();
