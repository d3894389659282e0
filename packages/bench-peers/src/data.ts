// The benchmark's data, loaded with COPY: the tree of packages/graphql/bench/subtree.ts (1 province
// → cities → counties → towns → grassroots unions, ids encoding the path: p, c3, k3.2, t3.2.5,
// u3.2.5.9) with its closure table, streamed from Node into the migrated tables. Its time is
// reported against a floor: a plain COPY of the same rows into bare tables, indexes built afterwards.
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';

/** How many organizations each level has under one of the level above. */
export interface TreeShape {
  readonly cities: number;
  readonly countiesPerCity: number;
  readonly townsPerCounty: number;
  readonly unionsPerTown: number;
}

/** The shape of bench/subtree.ts: 99,903 organizations, 497,894 closure rows. */
export const FULL_TREE: TreeShape = { cities: 11, countiesPerCity: 9, townsPerCounty: 14, unionsPerTown: 71 };

/** A small tree for `--quick` (103 organizations; 24 towns, enough for W4's 20). */
export const QUICK_TREE: TreeShape = { cities: 2, countiesPerCity: 2, townsPerCounty: 6, unionsPerTown: 3 };

interface Level {
  readonly prefix: string;
  readonly kind: string;
  readonly level: string;
  readonly per: (shape: TreeShape) => number;
}

const LEVELS: readonly Level[] = [
  { prefix: 'c', kind: 'FEDERATION_OF_TRADE_UNIONS', level: 'MUNICIPAL', per: (s) => s.cities },
  { prefix: 'k', kind: 'FEDERATION_OF_TRADE_UNIONS', level: 'COUNTY', per: (s) => s.countiesPerCity },
  { prefix: 't', kind: 'FEDERATION_OF_TRADE_UNIONS', level: 'TOWNSHIP', per: (s) => s.townsPerCounty },
  { prefix: 'u', kind: 'GRASSROOTS_UNION', level: 'GRASSROOTS', per: (s) => s.unionsPerTown },
];

const ROOT_NAME = '浙江省总工会';
const UPDATED_AT = '2026-11-30 00:00:00';

/** Counts of a shape: organizations and closure rows. */
export function treeSize(shape: TreeShape): { organizations: number; links: number } {
  let organizations = 1;
  let links = 1;
  let width = 1;
  LEVELS.forEach((level, index) => {
    width *= level.per(shape);
    organizations += width;
    links += width * (index + 2);
  });
  return { organizations, links };
}

interface Node {
  readonly id: string;
  readonly path: string;
  readonly name: string;
  /** Ids from the root down to this node, itself last. */
  readonly lineage: readonly string[];
}

/** Walks the tree depth-first, parents before children. */
function* walk(shape: TreeShape): Generator<Node & { depth: number; kind: string; level: string }> {
  const root = { id: 'p', path: '', name: ROOT_NAME, lineage: ['p'] };
  yield { ...root, depth: 0, kind: 'FEDERATION_OF_TRADE_UNIONS', level: 'PROVINCIAL' };
  function* below(
    parent: Node,
    depth: number,
  ): Generator<Node & { depth: number; kind: string; level: string }> {
    const level = LEVELS[depth - 1];
    if (!level) return;
    for (let n = 1; n <= level.per(shape); n++) {
      const path = parent.path ? `${parent.path}.${n}` : String(n);
      const id = `${level.prefix}${path}`;
      const node = { id, path, name: `${level.level} ${path}`, lineage: [...parent.lineage, id] };
      yield { ...node, depth, kind: level.kind, level: level.level };
      yield* below(node, depth + 1);
    }
  }
  yield* below(root, 1);
}

/** Column lists of the two COPYs. */
const ORGANIZATION_COLUMNS = '(id, name, kind, level, "parentId", depth, "regionCode", "updatedAt")';
const LINK_COLUMNS = '("ancestorId", "descendantId", distance, "descendantName")';

/** COPY text of the organizations, in chunks of about 1,000 rows. */
function* organizationText(shape: TreeShape): Generator<string> {
  let chunk = '';
  let rows = 0;
  for (const o of walk(shape)) {
    const parent = o.lineage.length > 1 ? o.lineage[o.lineage.length - 2] : '\\N';
    const region = `330${String(o.depth).padStart(3, '0')}`;
    chunk += `${o.id}\t${o.name}\t${o.kind}\t${o.level}\t${parent}\t${o.depth}\t${region}\t${UPDATED_AT}\n`;
    if (++rows % 1000 === 0) {
      yield chunk;
      chunk = '';
    }
  }
  if (chunk) yield chunk;
}

/** COPY text of the closure rows: every (ancestor, descendant) pair, itself at distance 0. */
function* linkText(shape: TreeShape): Generator<string> {
  let chunk = '';
  let rows = 0;
  for (const o of walk(shape)) {
    const depth = o.lineage.length - 1;
    o.lineage.forEach((ancestor, index) => {
      chunk += `${ancestor}\t${o.id}\t${depth - index}\t${o.name}\n`;
    });
    if (++rows % 500 === 0) {
      yield chunk;
      chunk = '';
    }
  }
  if (chunk) yield chunk;
}

/** Streams one generator into `COPY table columns FROM STDIN`. */
async function copy(client: pg.ClientBase, table: string, columns: string, text: Iterable<string>) {
  await pipeline(Readable.from(text), client.query(copyFrom(`COPY ${table} ${columns} FROM STDIN`)));
}

/** The two tables the tree goes into. */
const TABLES = `'"Organization"'::regclass, '"OrganizationLink"'::regclass`;

/**
 * Loads the tree into the migrated "Organization" and "OrganizationLink" tables the way pg_restore
 * does: in one transaction, the foreign keys touching them, their primary keys and indexes are
 * dropped, the rows COPYed, then the indexes, keys and foreign keys (validated) made again exactly
 * as the migrations left them. Returns milliseconds.
 */
export async function loadTree(client: pg.ClientBase, shape: TreeShape): Promise<number> {
  const started = performance.now();
  await client.query('BEGIN');
  const { rows: constraints } = await client.query<{
    table: string;
    name: string;
    def: string;
    type: string;
  }>(
    `SELECT conrelid::regclass::text AS table, conname AS name, pg_get_constraintdef(oid) AS def, contype AS type
     FROM pg_constraint WHERE contype IN ('p', 'u', 'f') AND (conrelid IN (${TABLES}) OR confrelid IN (${TABLES}))
     ORDER BY contype = 'f' DESC`,
  );
  const { rows: indexes } = await client.query<{ name: string; def: string }>(
    `SELECT indexname AS name, indexdef AS def FROM pg_indexes
     WHERE schemaname = 'public' AND tablename IN ('Organization', 'OrganizationLink')
       AND indexname NOT IN (SELECT conname FROM pg_constraint WHERE conrelid IN (${TABLES}))`,
  );
  for (const c of constraints) await client.query(`ALTER TABLE ${c.table} DROP CONSTRAINT "${c.name}"`);
  for (const i of indexes) await client.query(`DROP INDEX "${i.name}"`);
  await copy(client, '"Organization"', ORGANIZATION_COLUMNS, organizationText(shape));
  await copy(client, '"OrganizationLink"', LINK_COLUMNS, linkText(shape));
  for (const i of indexes) await client.query(i.def);
  for (const c of [...constraints].reverse()) {
    await client.query(`ALTER TABLE ${c.table} ADD CONSTRAINT "${c.name}" ${c.def}`);
  }
  await client.query('COMMIT');
  return performance.now() - started;
}

/**
 * The floor the load is compared with: the same rows COPYed into bare copies of the two tables (no
 * index, no constraint) in a scratch schema, then the tables' indexes built; returns milliseconds.
 * The scratch schema is dropped afterwards.
 */
export async function copyFloor(client: pg.ClientBase, shape: TreeShape): Promise<number> {
  const { rows: indexes } = await client.query<{ indexdef: string }>(
    `SELECT indexdef FROM pg_indexes WHERE schemaname = 'public' AND tablename IN ('Organization', 'OrganizationLink')`,
  );
  await client.query(`DROP SCHEMA IF EXISTS floor CASCADE; CREATE SCHEMA floor;
    CREATE TABLE floor."Organization" (LIKE public."Organization" INCLUDING DEFAULTS);
    CREATE TABLE floor."OrganizationLink" (LIKE public."OrganizationLink" INCLUDING DEFAULTS)`);
  const started = performance.now();
  await client.query('BEGIN');
  await copy(client, 'floor."Organization"', ORGANIZATION_COLUMNS, organizationText(shape));
  await copy(client, 'floor."OrganizationLink"', LINK_COLUMNS, linkText(shape));
  for (const { indexdef } of indexes) await client.query(indexdef.replace(' ON public.', ' ON floor.'));
  await client.query('COMMIT');
  const elapsed = performance.now() - started;
  await client.query('DROP SCHEMA floor CASCADE');
  return elapsed;
}
