// What the growing tables cost on disk per row: `pnpm --filter @gonghui/graphql bench:growth` with
// DATABASE_URL pointing at a PostgreSQL server (a superuser: the bench creates and drops its own
// database). docs/SCALING.md scales these figures to a national union on paper.
//
// It seeds the demo organizations, adds U grassroots unions under the demo counties (default 500;
// `--unions 1000`), registers N members spread over them (default 2000; `--members 5000`) through
// core's registerMember in the Prisma store (personal data encrypted, a membership event and an
// audit entry each, as the API does), then prints per table: rows, heap bytes per row and index
// bytes per row (after VACUUM ANALYZE), rows added per registered member, and those bytes for
// 300 million members. Then E of the unions (default 100; `--elections 200`) each hold an election
// of their members, every member casting a ballot (the election store, as castBallot does), and one
// benefit program pays every member once (core's disburse: one ledger entry each); their tables are
// printed per ballot and per payment.
import { parseArgs } from 'node:util';
import {
  type Command,
  createBenefitProgram,
  createFund,
  createOrganization,
  disburse,
  execute,
  idCheckCharacter,
  registerMember,
  systemClock,
  uuidIds,
} from '@gonghui/core';
import pg from 'pg';
import { seedDemoData } from '../src/seed.js';
import { PrismaStore } from '../src/store/prisma-store.js';
import { approving, issueAll, openElection } from '../test/support/election.js';
import { scratchDatabase } from './scratch-database.js';

const { values: options } = parseArgs({
  options: {
    members: { type: 'string', default: '2000' },
    unions: { type: 'string', default: '500' },
    elections: { type: 'string', default: '100' },
  },
});
const MEMBERS = Number(options.members);
const UNIONS = Number(options.unions);
const ELECTIONS = Math.min(Number(options.elections), UNIONS);
const NATIONAL_MEMBERS = 300_000_000;
/** Tables an election adds to per ballot cast (the roll and the spent token with it). */
const BALLOT_TABLES = ['CastBallot', 'SpentBallotToken', 'ElectionRollEntry'];
/** Tables a benefit payment adds to. */
const LEDGER_TABLES = ['LedgerEntry'];
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
  const tables = [
    'Member',
    'MembershipEvent',
    'AuditEntry',
    'MemberTally',
    'Organization',
    'OrganizationLink',
  ];
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
  const afterMembers = new Map<string, number>();
  for (const table of [...tables, ...BALLOT_TABLES, ...LEDGER_TABLES])
    afterMembers.set(table, await count(table));
  // Elections: every member of the first ELECTIONS unions votes (one seat, two candidates).
  let ballots = 0;
  const held: Awaited<ReturnType<typeof openElection>>[] = [];
  for (const organizationId of unions.slice(0, ELECTIONS)) {
    const members = await db.prisma.member.findMany({ where: { organizationId }, select: { id: true } });
    if (members.length < 2) continue;
    const memberIds = members.map((m) => m.id);
    const opened = await openElection(
      db,
      { organizationId, memberIds },
      { seats: 1, candidates: 2, bulkAttendance: true },
    );
    held.push(opened);
    const tokens = await issueAll(opened.store, opened.electionId, memberIds);
    for (const [i, token] of tokens.entries()) {
      const cast = await opened.store.cast(
        opened.electionId,
        token,
        approving(opened.candidacyIds[i % 2] as string),
      );
      if (!cast.ok) throw new Error(cast.error.message);
      ballots++;
    }
  }
  const afterBallots = new Map<string, number>();
  for (const table of LEDGER_TABLES) afterBallots.set(table, await count(table));
  // A benefit program of the first county's province pays every member below it once.
  const province = await db.prisma.organizationLink.findFirstOrThrow({
    where: { descendantId: counties[0]?.id as string },
    orderBy: { distance: 'desc' },
  });
  const fund = await run(createFund, {
    organizationId: province.ancestorId,
    name: '增长测试专项资金',
    total: '100000000',
    fromYear: 2026,
    toYear: 2026,
    budgets: [{ year: 2026, amount: '100000000' }],
  });
  const program = await run(createBenefitProgram, {
    fundId: fund.id,
    name: '增长测试普惠',
    year: 2026,
    eligibility: 'LIVE_MEMBERS',
    amountPolicy: 'FIXED',
    amount: '11',
  });
  await run(disburse, {
    programId: program.id,
    organizationId: province.ancestorId,
    cutoff: '2026-06-30',
    commit: true,
  });
  const payments = (await count('LedgerEntry')) - (afterBallots.get('LedgerEntry') ?? 0);
  await client.query('VACUUM ANALYZE');
  console.log(
    `bench:growth on ${new URL(url).host}: ${UNIONS} unions added, ${MEMBERS} members registered, ${ballots} ballots cast in ${ELECTIONS} elections, ${payments} payments`,
  );
  console.log(
    'table              rows   heap B/row  index B/row  rows/member  rows/union  at 300 M members (heap + indexes)',
  );
  /** Rows, heap and index bytes per row of `table`. */
  const measure = async (table: string) => {
    const { rows } = await client.query<{ n: string; heap: string; indexes: string }>(
      `SELECT (SELECT count(*) FROM "${table}") AS n, pg_table_size('"${table}"') AS heap,
              pg_indexes_size('"${table}"') AS indexes`,
    );
    const row = rows[0] as { n: string; heap: string; indexes: string };
    const n = Number(row.n);
    return { n, heap: Number(row.heap) / n, indexes: Number(row.indexes) / n };
  };
  for (const table of tables) {
    const { n, heap, indexes } = await measure(table);
    const perUnion = (((afterUnions.get(table) ?? 0) - (before.get(table) ?? 0)) / UNIONS).toFixed(2);
    const perMember = ((afterMembers.get(table) ?? n) - (afterUnions.get(table) ?? 0)) / MEMBERS;
    const national =
      table === 'MemberTally'
        ? '(at most organizations × buckets × 16 shards: fills up, then stops growing)'
        : perMember < 0.5
          ? '(grows with organizations, not members)'
          : `${((perMember * NATIONAL_MEMBERS * (heap + indexes)) / 1e12).toFixed(2)} TB`;
    console.log(
      `${table.padEnd(18)} ${String(n).padStart(6)} ${heap.toFixed(0).padStart(11)} ${indexes.toFixed(0).padStart(12)} ${perMember.toFixed(2).padStart(11)} ${perUnion.padStart(11)}  ${national}`,
    );
  }
  console.log('table              rows   heap B/row  index B/row  rows/ballot  rows/payment');
  for (const table of [...BALLOT_TABLES, ...LEDGER_TABLES]) {
    const { n, heap, indexes } = await measure(table);
    const perBallot = BALLOT_TABLES.includes(table)
      ? ((afterBallots.get(table) ?? n) - (afterMembers.get(table) ?? 0)) / ballots
      : 0;
    const perPayment = LEDGER_TABLES.includes(table) ? (n - (afterBallots.get(table) ?? 0)) / payments : 0;
    console.log(
      `${table.padEnd(18)} ${String(n).padStart(6)} ${heap.toFixed(0).padStart(11)} ${indexes.toFixed(0).padStart(12)} ${perBallot.toFixed(2).padStart(12)} ${perPayment.toFixed(2).padStart(13)}`,
    );
  }
  // Counting deletes the cast ballots; the published record in the election's row keeps them.
  for (const { store: elections, electionId } of held) {
    const closed = await elections.close(electionId);
    if (!closed.ok) throw new Error(closed.error.message);
  }
  await client.query('VACUUM ANALYZE');
  const counted = await measure('Election');
  console.log(
    `after counting: ${await count('CastBallot')} cast ballots left; Election ${counted.n} rows, ${((counted.n * (counted.heap + counted.indexes)) / ballots).toFixed(0)} bytes per ballot (heap + indexes, the record included)`,
  );
  await client.end();
} finally {
  await drop();
}
