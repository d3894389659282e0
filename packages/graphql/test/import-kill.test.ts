// Kill test of the bulk import (PostgreSQL): `gonghui import members` killed with SIGKILL at
// random points of the run, then run again to the end; the members, their events, the refused rows
// and the audit chain equal those of a clean import of the same file into a fresh database.
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { systemClock, uuidIds } from '@gonghui/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importMembers } from '../src/import/job.js';
import { fileOnDisk } from '../src/import/source.js';
import { DEMO_KINDERGARTEN_UNION, DEMO_MEMBERS, demoIdNumber, seedDemoData } from '../src/seed.js';
import { verifyAuditChain } from '../src/store/audit.js';
import { type Database, openDatabase } from '../src/store/database.js';
import { PrismaStore } from '../src/store/prisma-store.js';
import {
  createTestDatabase,
  createTestPostgresDatabase,
  TEST_DATA_KEY,
  testAuditKey,
  testPersonalData,
  testPostgresUrl,
} from './support/database.js';

const PACKAGE = fileURLToPath(new URL('..', import.meta.url));
const env = { clock: systemClock, ids: uuidIds };
const ROWS = 600;
const BATCH = 20;

/** The roster: valid rows, with a bad ID number every 97th row and an under-age person every 101st. */
function roster(): string {
  const lines = ['姓名,身份证号,入会日期'];
  for (let n = 0; n < ROWS; n++) {
    const born = n % 101 === 0 ? '20150101' : `19${70 + (n % 20)}0${1 + (n % 9)}1${n % 10}`;
    const id = demoIdNumber(`330106${born}${String(n % 1000).padStart(3, '0')}`);
    const wrongCheck = `${id.slice(0, 17)}${id.endsWith('0') ? '1' : '0'}`;
    lines.push(`杀${n},${n % 97 === 0 ? wrongCheck : id},2021-06-01`);
  }
  return `${lines.join('\n')}\n`;
}

/** What an import left: members (name, blind index, union), their events, the refused rows. */
async function outcome(db: Database) {
  const members = await db.prisma.member.findMany({
    select: { name: true, idNumberHash: true, organizationId: true, memberSince: true, status: true },
    orderBy: { idNumberHash: 'asc' },
  });
  const events = await db.prisma.membershipEvent.count();
  const job = await db.prisma.memberImport.findFirstOrThrow();
  const problems = await db.prisma.memberImportProblem.findMany({
    select: { row: true, column: true, code: true, message: true },
    orderBy: { row: 'asc' },
  });
  // Members the audit log records as imported (one entry per committed batch, listing its members).
  const [logged] = await db.prisma.$queryRaw<{ audit: number }[]>`
    SELECT coalesce(sum(("after"->'members'->>'count')::int), 0)::int AS "audit"
    FROM "AuditEntry" WHERE "action" = 'member.imported'`;
  const audit = logged?.audit;
  return {
    members: members.map((m) => ({ ...m, organizationId: 'union' })),
    events,
    job: {
      status: job.status,
      imported: job.imported,
      rejected: job.rejected,
      committedRow: job.committedRow,
    },
    problems,
    audit,
  };
}

describe.skipIf(testPostgresUrl() === undefined)('import killed with SIGKILL on PostgreSQL', () => {
  let file: string;
  let target: { url: string; drop(): Promise<void> };
  let db: Database;
  let clean: Database;
  beforeAll(async () => {
    const dir = await mkdtemp(join(tmpdir(), 'gonghui-kill-'));
    file = join(dir, 'roster.csv');
    await writeFile(file, roster());
    target = await createTestPostgresDatabase();
    db = await openDatabase({
      url: target.url,
      migrate: false,
      personalData: testPersonalData,
      auditKey: testAuditKey,
    });
    await seedDemoData(new PrismaStore(db), env);
    clean = await createTestDatabase('postgres');
    await seedDemoData(new PrismaStore(clean), env);
  });
  afterAll(async () => {
    await db?.close();
    await target?.drop();
    await clean?.close();
  });

  it('loses no committed row and a re-run completes with no duplicate, equal to a clean import', async () => {
    const union = await db.prisma.organization.findFirstOrThrow({ where: { name: DEMO_KINDERGARTEN_UNION } });
    const committed = async () => (await db.prisma.memberImport.findFirst())?.committedRow ?? 0;
    // Two kills at random points after the run has committed something, each later than the last.
    let floor = 1;
    for (let kill = 0; kill < 2; kill++) {
      const child = spawnImport(union.id);
      const at = floor + BATCH + Math.floor(Math.random() * 4 * BATCH);
      const exited = new Promise<void>((resolve) => child.on('exit', () => resolve()));
      for (let waited = 0; (await committed()) < at && waited < 600; waited++) {
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      child.kill('SIGKILL');
      await exited;
      floor = await committed();
      expect(floor).toBeLessThan(ROWS + 1);
    }
    const last = spawnImport(union.id);
    const code = await new Promise<number | null>((resolve) => last.on('exit', resolve));
    expect(code).toBe(1); // some rows were refused
    const cleanUnion = await clean.prisma.organization.findFirstOrThrow({
      where: { name: DEMO_KINDERGARTEN_UNION },
    });
    await importMembers(clean, {
      organizationId: cleanUnion.id,
      file: await fileOnDisk(file),
      who: { actor: 'test', requestId: null },
      env,
      batchRows: BATCH,
    });
    const killed = await outcome(db);
    expect(killed).toEqual(await outcome(clean));
    expect(killed.job.rejected).toBeGreaterThan(0);
    expect(killed.members.length).toBe(ROWS - killed.job.rejected + DEMO_MEMBERS.length); // plus the demo members
    expect((await verifyAuditChain(db.prisma, testAuditKey)).ok).toBe(true);
  }, 240_000);

  function spawnImport(organizationId: string): ChildProcess {
    return spawn(
      process.execPath,
      [
        '--conditions=@gonghui/source',
        '--import',
        'tsx',
        'src/cli.ts',
        'import',
        'members',
        file,
        '--org',
        organizationId,
        '--batch',
        String(BATCH),
        '--report',
        `${file}.problems.csv`,
      ],
      {
        cwd: PACKAGE,
        env: { ...process.env, DATABASE_URL: target.url, GONGHUI_DATA_KEY: TEST_DATA_KEY },
        stdio: 'ignore',
      },
    );
  }
});
