// What the growing tables cost on disk per row: `pnpm --filter @gonghui/graphql bench:growth` with
// DATABASE_URL pointing at a PostgreSQL server (a superuser: the bench creates and drops its own
// database). docs/SCALING.md scales these figures to a national union on paper.
//
// It seeds the demo organizations, adds U grassroots unions under the demo counties (default 500;
// `--unions 1000`), registers N members spread over them (default 2000; `--members 5000`) through
// core's registerMember in the Prisma store (personal data encrypted, a membership event and an
// audit entry each, as the API does), then prints per table: rows, heap bytes per row and index
// bytes per row (after VACUUM ANALYZE), rows added per registered member, and those bytes for
// 300 million members.
import { parseArgs } from 'node:util';
import {
  type Command,
  createOrganization,
  execute,
  idCheckCharacter,
  registerMember,
  systemClock,
  uuidIds,
} from '@gonghui/core';
import pg from 'pg';
import { seedDemoData } from '../src/seed.js';
import { PrismaStore } from '../src/store/prisma-store.js';
import { scratchDatabase } from './scratch-database.js';

const { values: options } = parseArgs({
  options: { members: { type: 'string', default: '2000' }, unions: { type: 'string', default: '500' } },
});
const MEMBERS = Number(options.members);
const UNIONS = Number(options.unions);
const NATIONAL_MEMBERS = 300_000_000;
const { db, url, drop } = await scratchDatabase('growth');
try {
  const store = new PrismaStore(db);
  const env = { clock: systemClock, ids: uuidIds };
  const run = async <I, T>(command: Command<I, T>, input: I): Promise<T> => {
    const result = await execute(store, env, command, input);
    if (!result.ok) throw new Error(result.error.message);
    return result.value;
  };
  await seedDemoData(store, env);
  const counties = await db.prisma.organization.findMany({
    where: { level: 'COUNTY', kind: 'FEDERATION_OF_TRADE_UNIONS' },
    select: { id: true },
  });
  const tables = ['Member', 'MembershipEvent', 'AuditEntry', 'Organization', 'OrganizationLink'];
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const count = async (table: string) =>
    Number((await client.query<{ n: string }>(`SELECT count(*) AS n FROM "${table}"`)).rows[0]?.n);
  const before = new Map<string, number>();
  for (const table of tables) before.set(table, await count(table));
  const unions: string[] = [];
  for (let u = 0; u < UNIONS; u++) {
    const parent = counties[u % counties.length]?.id ?? null;
    const union = await run(createOrganization, {
      name: `增长测试${u}公司工会`,
      kind: 'GRASSROOTS_UNION',
      level: 'GRASSROOTS',
      parentId: parent,
    });
    unions.push(union.id);
  }
  const afterUnions = new Map<string, number>();
  for (const table of tables) afterUnions.set(table, await count(table));
  for (let i = 0; i < MEMBERS; i++) {
    // Region 330203, born 1970 + i / 1000 (Jan 1st), sequence i % 1000.
    const first17 = `330203${1970 + Math.floor(i / 1000)}0101${String(i % 1000).padStart(3, '0')}`;
    await run(registerMember, {
      organizationId: unions[i % UNIONS] as string,
      name: `增长测试会员${i}`,
      idNumber: first17 + idCheckCharacter(first17),
      phone: `1380000${String(i).padStart(4, '0')}`,
      joinedOn: '2020-01-01',
    });
  }
  await client.query('VACUUM ANALYZE');
  console.log(`bench:growth on ${new URL(url).host}: ${UNIONS} unions added, ${MEMBERS} members registered`);
  console.log(
    'table              rows   heap B/row  index B/row  rows/member  rows/union  at 300 M members (heap + indexes)',
  );
  for (const table of tables) {
    const { rows } = await client.query<{ n: string; heap: string; indexes: string }>(
      `SELECT (SELECT count(*) FROM "${table}") AS n, pg_table_size('"${table}"') AS heap,
              pg_indexes_size('"${table}"') AS indexes`,
    );
    const row = rows[0] as { n: string; heap: string; indexes: string };
    const n = Number(row.n);
    const heap = Number(row.heap) / n;
    const indexes = Number(row.indexes) / n;
    const perUnion = (((afterUnions.get(table) ?? 0) - (before.get(table) ?? 0)) / UNIONS).toFixed(2);
    const perMember = (n - (afterUnions.get(table) ?? 0)) / MEMBERS;
    const national =
      perMember < 0.5
        ? '(grows with organizations, not members)'
        : `${((perMember * NATIONAL_MEMBERS * (heap + indexes)) / 1e12).toFixed(2)} TB`;
    console.log(
      `${table.padEnd(18)} ${String(n).padStart(6)} ${heap.toFixed(0).padStart(11)} ${indexes.toFixed(0).padStart(12)} ${perMember.toFixed(2).padStart(11)} ${perUnion.padStart(11)}  ${national}`,
    );
  }
  await client.end();
} finally {
  await drop();
}
