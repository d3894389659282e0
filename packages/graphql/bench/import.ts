// Benchmark of the bulk import: `pnpm bench` (runs `tsx --conditions=@gonghui/source bench/import.ts`
// here) on PostgreSQL (DATABASE_URL; without one it says so and stops). Writes a CSV of synthetic
// valid members (1,000,000 by default; `--rows <n>`), then, side by side in one run:
//   - `COPY` of the same file into a bare table of four text columns (the floor: the database
//     reading the rows, nothing else);
//   - `importMembers` of the file into a grassroots union of the demo data (every row through
//     core's registerMember, encrypted, with its membership event and audit entry).
// Reports rows/s of each, their ratio (target ≥ 0.3×) and the import's peak RSS (and the RSS before
// it: flat memory means the same peak for 20,000 rows and for 1,000,000).
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
  options: { rows: { type: 'string', default: '1000000' }, batch: { type: 'string', default: '1000' } },
});
const ROWS = Number(options.rows);
const server = process.env.DATABASE_URL;
if (!server?.startsWith('postgres')) {
  console.log('bench/import.ts: skipped (needs DATABASE_URL=postgres://… where it may create a database)');
  process.exit(0);
}

/** The n-th synthetic member: distinct valid ID numbers, born 1960–2005, joined 2020. */
function* rows(): Generator<string> {
  yield '姓名,身份证号,手机号,入会日期\n';
  const day = 86_400_000;
  const start = Date.UTC(1960, 0, 1);
  const days = 16_000; // up to 2003: everyone is over 16 on 2020-01-01
  for (let n = 0; n < ROWS; n++) {
    const born = new Date(start + (n % days) * day).toISOString().slice(0, 10).replaceAll('-', '');
    const first17 = `330106${born}${String(Math.floor(n / days) % 1000).padStart(3, '0')}`;
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
  console.log(
    `bulk import of ${ROWS.toLocaleString('en')} members (batches of ${options.batch}) on PostgreSQL`,
  );
  console.log(`  COPY into a bare table   ${Math.round(copyRate).toLocaleString('en').padStart(10)} rows/s`);
  console.log(
    `  gonghui import members   ${Math.round(importRate).toLocaleString('en').padStart(10)} rows/s  ` +
      `(${ratio.toFixed(3)}× COPY; target ≥ 0.3×${ratio >= 0.3 ? '' : ': BELOW TARGET'}), ` +
      `peak RSS ${Math.round(peak / 1_048_576)} MB (${Math.round(before / 1_048_576)} MB before the import)`,
  );
} finally {
  await scratch.drop();
  await rm(dir, { recursive: true, force: true });
}
