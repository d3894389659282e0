// The import's pipeline: rows prepared in a worker thread (src/import/prepare.ts, prepare-worker.ts) —
// the same batches, problems and ids as prepared in the importing thread, the worker's file errors
// after the rows before them, a whole import through the worker equal to one without it — and
// batches decided ahead while the batch before commits (job.ts), which run again when that batch met
// one of their people.
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { acftu2016, systemClock, uuidIds } from '@gonghui/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importMembers } from '../src/import/job.js';
import { type Prepared, preparedRows } from '../src/import/prepare.js';
import { fileOnDisk, ImportFileError } from '../src/import/source.js';
import {
  DEMO_KINDERGARTEN_UNION,
  DEMO_STONE_CARVING_UNION,
  demoIdNumber,
  seedDemoData,
} from '../src/seed.js';
import type { Database } from '../src/store/database.js';
import { PrismaStore } from '../src/store/prisma-store.js';
import { createTestDatabase, testBackends, testPersonalData } from './support/database.js';

const who = { actor: 'importer', requestId: null };

/** A valid ID number of someone born in 1990 (n-th person). */
function personId(n: number): string {
  return demoIdNumber(`33010619900101${String(n % 1000).padStart(3, '0')}`);
}

/** A roster of 60 rows (rows 2–61): a bad ID number every 7th, a bad phone every 11th, a person twice (rows 17 and 48). */
function roster(offset = 500): string {
  const lines = ['姓名,身份证号,手机号,入会日期'];
  for (let n = 0; n < 60; n++) {
    const good = personId(offset + (n === 46 ? 15 : n));
    const id = n % 7 === 3 ? `${good.slice(0, 17)}${good.endsWith('0') ? '1' : '0'}` : good;
    lines.push(
      `线程${n},${id},${n % 11 === 5 ? '12345' : `139${String(n).padStart(8, '0')}`},2021-3-${1 + (n % 9)}`,
    );
  }
  return `${lines.join('\n')}\n`;
}

/** Everything preparing a file yields, with ids drawn from a counter. */
async function prepareAll(path: string, inWorker: boolean) {
  let n = 0;
  const events: Prepared[] = [];
  let error: unknown;
  try {
    const request = {
      organizationId: 'org',
      committedRow: 3,
      batchRows: 8,
      rules: acftu2016,
      today: '2026-12-01',
    };
    for await (const event of preparedRows(
      await fileOnDisk(path),
      testPersonalData,
      () => `id-${n++}`,
      request,
      inWorker,
    ))
      events.push(event);
  } catch (caught) {
    error = caught;
  }
  const threadId = events[0]?.kind === 'header' ? events[0].threadId : undefined;
  // Sealed values carry random IVs: compared by what they open to.
  const rows = events.flatMap((e) =>
    e.kind === 'batch'
      ? [
          e.rows.map((r) =>
            'problems' in r || r.prepared === null
              ? r
              : {
                  ...r,
                  prepared: {
                    ...r.prepared,
                    sealed: testPersonalData.openAll({ id: r.prepared.memberId, ...r.prepared.sealed }),
                  },
                },
          ),
        ]
      : [],
  );
  return { threadId, header: events[0], rows, error };
}

describe('rows prepared in a worker thread', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'gonghui-import-worker-'));
  });

  it('yields the batches the importing thread prepares, from another thread, ids from the importing one', async () => {
    const path = join(dir, 'roster.csv');
    await writeFile(path, roster());
    const inWorker = await prepareAll(path, true);
    const inThread = await prepareAll(path, false);
    expect(inThread.threadId).toBe(0);
    expect(inWorker.threadId).toBeGreaterThan(0);
    expect(inWorker.error).toBeUndefined();
    expect({ ...inWorker.header, threadId: 0 }).toEqual(inThread.header);
    expect(inWorker.rows.map((batch) => batch.length)).toEqual([8, 8, 8, 8, 8, 8, 8, 2]); // rows 4–61
    // Each batch's ids come from a credit drawn ahead (two per row): the worker's differ, the rows do not.
    const withoutIds = (rows: typeof inWorker.rows) =>
      rows
        .flat()
        .map((r) =>
          'prepared' in r && r.prepared !== null
            ? { ...r, prepared: { ...r.prepared, memberId: '', eventId: '' } }
            : r,
        );
    expect(withoutIds(inWorker.rows)).toEqual(withoutIds(inThread.rows));
    const ids = inWorker.rows
      .flat()
      .flatMap((r) =>
        'prepared' in r && r.prepared !== null ? [r.prepared.memberId, r.prepared.eventId] : [],
      );
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("ends with the file's error after the rows read before it", async () => {
    const path = join(dir, 'huge.csv');
    await writeFile(
      path,
      `姓名,身份证号\n甲,${personId(600)}\n乙,${personId(601)}\n丙,${personId(602)}\n巨大,"${'x'.repeat(70_000)}"\n之后,${personId(603)}\n`,
    );
    const { threadId, rows, error } = await prepareAll(path, true);
    expect(threadId).toBeGreaterThan(0);
    expect(rows.flat().map((r) => r.row)).toEqual([4]); // after the committed row 3, before the huge one
    expect(error).toBeInstanceOf(ImportFileError);
    expect((error as ImportFileError).code).toBe('IMPORT_UNREADABLE');
  });
});

describe.each(testBackends())('an import through the worker on %s', (backend) => {
  let db: Database;
  let dir: string;
  const env = { clock: systemClock, ids: uuidIds };
  beforeAll(async () => {
    db = await createTestDatabase(backend);
    await seedDemoData(new PrismaStore(db), env);
    dir = await mkdtemp(join(tmpdir(), 'gonghui-import-worker-'));
  });
  afterAll(() => db.close());

  it('registers and refuses what an import without it does', async () => {
    const results = [];
    for (const [name, prepareInWorker, offset] of [
      [DEMO_KINDERGARTEN_UNION, true, 500],
      [DEMO_STONE_CARVING_UNION, false, 800],
    ] as const) {
      // The same roster but for its people's ID numbers, each through one path.
      const path = join(dir, `roster-${offset}.csv`);
      await writeFile(path, roster(offset));
      const organizationId = (await db.prisma.organization.findFirstOrThrow({ where: { name } })).id;
      const job = await importMembers(db, {
        organizationId,
        file: await fileOnDisk(path),
        who,
        env,
        batchRows: 8,
        prepareInWorker,
      });
      const problems = await db.prisma.memberImportProblem.findMany({
        where: { importId: job.id },
        orderBy: { row: 'asc' },
      });
      results.push({ job, problems: problems.map((p) => [p.row, p.column, p.code, p.message]) });
    }
    const [worker, thread] = results;
    expect(worker?.job).toMatchObject({ status: 'DONE', imported: 46, rejected: 14, committedRow: 61 });
    expect(worker?.problems.filter(([, , code]) => code === 'IMPORT_DUPLICATE_ROW')).toEqual([
      [48, '身份证号', 'IMPORT_DUPLICATE_ROW', 'the same ID number as row 17 of this file'],
    ]);
    // The same refusals (an ID number's message names its own digits).
    const refusals = (problems: unknown[][] | undefined) => problems?.map((p) => p.slice(0, 3));
    expect(refusals(thread?.problems)).toEqual(refusals(worker?.problems));
    expect(thread?.job).toMatchObject({ status: 'DONE', imported: 46, rejected: 14, committedRow: 61 });
  });

  it('a batch decided ahead on a person the batch before met runs again: the row is a duplicate', async () => {
    // One row a batch: each is decided while the one before commits, its lookups before that commit.
    const elsewhere = personId(900);
    const lines = [
      '姓名,身份证号',
      `前,${personId(901)}`,
      `后,${personId(901)}`,
      `甲,${elsewhere}`,
      `乙,${elsewhere}`,
    ];
    const organizationId = (
      await db.prisma.organization.findFirstOrThrow({ where: { name: DEMO_STONE_CARVING_UNION } })
    ).id;
    const first = join(dir, 'elsewhere.csv');
    await writeFile(first, `姓名,身份证号\n别处,${elsewhere}\n`);
    await importMembers(db, { organizationId, file: await fileOnDisk(first), who, env });
    const path = join(dir, 'adjacent.csv');
    await writeFile(path, `${lines.join('\n')}\n`);
    const union = (
      await db.prisma.organization.findFirstOrThrow({ where: { name: DEMO_KINDERGARTEN_UNION } })
    ).id;
    const job = await importMembers(db, {
      organizationId: union,
      file: await fileOnDisk(path),
      who,
      env,
      batchRows: 1,
    });
    expect(job).toMatchObject({ status: 'DONE', imported: 1, rejected: 3, committedRow: 5 });
    const problems = await db.prisma.memberImportProblem.findMany({
      where: { importId: job.id },
      orderBy: { row: 'asc' },
    });
    expect(problems.map((p) => [p.row, p.code, p.message])).toEqual([
      [3, 'IMPORT_DUPLICATE_ROW', 'the same ID number as row 2 of this file'],
      [
        4,
        'MEMBER_ID_NUMBER_TAKEN',
        'already a member of another union: ask that union to transfer the membership (会籍转接)',
      ],
      [5, 'IMPORT_DUPLICATE_ROW', 'the same ID number as row 4 of this file'],
    ]);
    expect(await db.prisma.member.count({ where: { name: { in: ['前', '后', '甲', '乙'] } } })).toBe(1);
  });
});
