// Benchmark of the bulk import: `pnpm bench` (runs `tsx --conditions=@gonghui/source bench/import.ts`
// here) on PostgreSQL (DATABASE_URL; without one it says so and stops). For each row count of
// `--rows` (default `5000,100000`; `--rows 1000000` or `--rows 1048576` for the full size, which takes
// minutes), in a process of its own so that its peak RSS is its own: writes a CSV of synthetic valid
// members, then, side by side in that run:
//   - `COPY` of the same file into a bare table of four text columns (the floor: the database
//     reading the rows, nothing else);
//   - `importMembers` of the file into a grassroots union of the demo data (every row through
//     core's registerMember, encrypted, with its membership event, counted in the coverage counters,
//     one audit entry per batch).
// Reports rows/s of each, their ratio (target ≥ 0.3×) and the import's peak RSS (sampled every 100 ms
// during the import, and the RSS before it): flat memory means about the same peak for every count.
import { fork } from 'node:child_process';
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { pipeline } from 'node:stream/promises';
import { parseArgs } from 'node:util';
import { idCheckCharacter, systemClock, uuidIds } from '@gonghui/core';
import pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { importMembers } from '../src/import/job.js';
import { fileOnDisk } from '../src/import/source.js';
import { DEMO_KINDERGARTEN_UNION, seedDemoData } from '../src/seed.js';
import { PrismaStore } from '../src/store/prisma-store.js';
import { scratchDatabase } from './scratch-database.js';

const { values: options } = parseArgs({
  options: {
    rows: { type: 'string', default: '5000,100000' },
    batch: { type: 'string', default: '1000' },
  },
});
const server = process.env.DATABASE_URL;
if (!server?.startsWith('postgres')) {
  console.log('bench/import.ts: skipped (needs DATABASE_URL=postgres://… where it may create a database)');
  process.exit(0);
}
const counts = options.rows.split(',').map(Number);
if (counts.some((n) => !Number.isSafeInteger(n) || n < 1))
  throw new Error(`--rows ${options.rows}: counts ≥ 1`);
if (counts.length > 1) {
  // One process per count: each peak RSS is that import's own.
  console.log(`bulk import on PostgreSQL (batches of ${options.batch}), one process per row count`);
  for (const count of counts) {
    const child = fork(process.argv[1] as string, ['--rows', String(count), '--batch', options.batch]);
    const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
    if (code !== 0) process.exit(code ?? 1);
  }
  process.exit(0);
}
const ROWS = counts[0] as number;
// Run on its own (not by the parent above): its own header.
if (process.send === undefined) console.log(`bulk import on PostgreSQL (batches of ${options.batch})`);

/** The n-th synthetic member: distinct valid ID numbers (none a demo member's), born 1960–2003, joined 2020. */
function* rows(): Generator<string> {
  yield '姓名,身份证号,手机号,入会日期\n';
  const day = 86_400_000;
  const start = Date.UTC(1960, 0, 1);
  const days = 16_000; // up to 2003: everyone is over 16 on 2020-01-01
  for (let n = 0; n < ROWS; n++) {
    const born = new Date(start + (n % days) * day).toISOString().slice(0, 10).replaceAll('-', '');
    // Region 110101 (Beijing Dongcheng): no demo member lives there, so every row is new.
    const first17 = `110101${born}${String(Math.floor(n / days) % 1000).padStart(3, '0')}`;
    yield `会员${n},${first17}${idCheckCharacter(first17)},138${String(n).padStart(8, '0')},2020-01-01\n`;
  }
}

const dir = await mkdtemp(join(tmpdir(), 'gonghui-bench-import-'));
const file = join(dir, 'members.csv');
await pipeline(rows, createWriteStream(file));

const scratch = await scratchDatabase('import');
const { db } = scratch;
try {
  // The floor: COPY of the same file into a bare table.
  const client = new pg.Client({ connectionString: scratch.url });
  await client.connect();
  await client.query('CREATE TABLE bare (name text, id_number text, phone text, joined_on text)');
  let started = performance.now();
  await pipeline(
    createReadStream(file),
    client.query(copyFrom('COPY bare FROM STDIN WITH (FORMAT csv, HEADER true)')),
  );
  const copySeconds = (performance.now() - started) / 1000;
  await client.end();

  await seedDemoData(new PrismaStore(db), { clock: systemClock, ids: uuidIds });
  const union = await db.prisma.organization.findFirstOrThrow({ where: { name: DEMO_KINDERGARTEN_UNION } });
  const before = process.memoryUsage().rss;
  let peak = before;
  const sampler = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss);
  }, 100);
  started = performance.now();
  const job = await importMembers(db, {
    organizationId: union.id,
    file: await fileOnDisk(file),
    who: { actor: 'bench', requestId: null },
    env: { clock: systemClock, ids: uuidIds },
    batchRows: Number(options.batch),
  });
  const importSeconds = (performance.now() - started) / 1000;
  clearInterval(sampler);
  if (job.imported !== ROWS) throw new Error(`imported ${job.imported} of ${ROWS}: ${job.error ?? ''}`);

  const copyRate = ROWS / copySeconds;
  const importRate = ROWS / importSeconds;
  const ratio = importRate / copyRate;
  const mb = (bytes: number) => Math.round(bytes / 1_048_576);
  console.log(`  ${ROWS.toLocaleString('en')} rows`);
  console.log(
    `    COPY into a bare table   ${Math.round(copyRate).toLocaleString('en').padStart(10)} rows/s`,
  );
  console.log(
    `    gonghui import members   ${Math.round(importRate).toLocaleString('en').padStart(10)} rows/s  ` +
      `(${ratio.toFixed(3)}× COPY; target ≥ 0.3×${ratio >= 0.3 ? '' : ': BELOW TARGET'}), ` +
      `peak RSS ${mb(peak)} MB (${mb(before)} MB before the import)`,
  );
} finally {
  await scratch.drop();
  await rm(dir, { recursive: true, force: true });
}
