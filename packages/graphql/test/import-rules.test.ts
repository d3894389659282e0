// An import decides its rows under the importing union's own rule set (the `rules` of its command
// environment, as the API's server passes them), not acftu2016's: the minimum joining age and the
// earliest birth year an ID number may give, in the importing thread and in the preparing worker.
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { acftu2016, systemClock, uuidIds, withRules } from '@gonghui/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importMembers } from '../src/import/job.js';
import { preparedRows } from '../src/import/prepare.js';
import { fileInMemory, fileOnDisk } from '../src/import/source.js';
import { DEMO_KINDERGARTEN_UNION, demoIdNumber, seedDemoData } from '../src/seed.js';
import type { Database } from '../src/store/database.js';
import { PrismaStore } from '../src/store/prisma-store.js';
import { createTestDatabase, testBackends, testPersonalData } from './support/database.js';

/** Members from 18 (acftu2016: 16); birth years from 1850 (1900). */
const RULES = withRules(acftu2016, {
  name: 'older',
  identity: { minimumJoiningAge: 18, earliestBirthYear: 1850 },
});
const env = { clock: systemClock, ids: uuidIds, rules: RULES };
const who = { actor: 'importer', requestId: null };

/**
 * A roster: born 2002-03-10, joining the day before their 18th birthday and on it; born 1890, with
 * the check character X written x (the sequence `x` gives an X), then again as X.
 */
function roster(region: string, tag: string, x: number): string {
  const born2002 = (n: number) => demoIdNumber(`${region}20020310${String(n).padStart(3, '0')}`);
  const born1890 = demoIdNumber(`${region}18900101${String(x).padStart(3, '0')}`);
  if (!born1890.endsWith('X'))
    throw new Error(`${born1890}: a sequence giving the check character X expected`);
  return [
    '姓名,身份证号,入会日期',
    `${tag}差一天,${born2002(1)},2020-03-09`,
    `${tag}正好,${born2002(2)},2020-03-10`,
    `${tag}老会员,${born1890.toLowerCase()},1950-01-01`,
    `${tag}又一行,${born1890},1950-01-01`,
    '',
  ].join('\n');
}

describe('rows prepared under a rule set other than acftu2016', () => {
  it.each([false, true])(
    'seals ahead (in a worker: %s) a birth year 1890, which acftu2016 refuses',
    async (inWorker) => {
      const dir = await mkdtemp(join(tmpdir(), 'gonghui-import-rules-'));
      const path = join(dir, 'roster.csv');
      await writeFile(path, roster('110103', '丙', 6));
      let n = 0;
      const request = {
        organizationId: 'org',
        committedRow: 0,
        batchRows: 10,
        rules: RULES,
        today: '2026-12-01',
      };
      const prepared: (string | null)[] = [];
      for await (const event of preparedRows(
        await fileOnDisk(path),
        testPersonalData,
        () => `id-${n++}`,
        request,
        inWorker,
      )) {
        if (event.kind === 'batch')
          for (const row of event.rows)
            prepared.push('prepared' in row ? (row.prepared?.data.birthDate ?? null) : null);
      }
      expect(prepared).toEqual(['2002-03-10', '2002-03-10', '1890-01-01', '1890-01-01']);
    },
  );
});

describe.each(testBackends())('an import under a rule set other than acftu2016 (%s)', (backend) => {
  let db: Database;
  let union: string;
  beforeAll(async () => {
    db = await createTestDatabase(backend);
    await seedDemoData(new PrismaStore(db), { clock: systemClock, ids: uuidIds });
    union = (await db.prisma.organization.findFirstOrThrow({ where: { name: DEMO_KINDERGARTEN_UNION } })).id;
  }, 60_000);
  afterAll(() => db?.close());

  async function outcome(jobId: string, tag: string) {
    const problems = await db.prisma.memberImportProblem.findMany({
      where: { importId: jobId },
      orderBy: { row: 'asc' },
      select: { row: true, column: true, code: true, message: true },
    });
    const names = await db.prisma.member.findMany({
      where: { name: { startsWith: tag }, organizationId: union },
      select: { name: true },
    });
    return { problems, names: names.map((m) => m.name).sort() };
  }

  const expected = (names: string[]) => ({
    problems: [
      {
        row: 2,
        column: '身份证号',
        code: 'MEMBERSHIP_UNDER_AGE',
        message: 'a member must be at least 18 on the joining date; age 17',
      },
      {
        row: 5,
        column: '身份证号',
        code: 'IMPORT_DUPLICATE_ROW',
        message: 'the same ID number as row 4 of this file',
      },
    ],
    names,
  });

  it('refuses the day before the 18th birthday and imports on it, and a birth year 1890 once (x or X), in this thread', async () => {
    const file = fileInMemory('roster.csv', Buffer.from(roster('110101', '甲', 18), 'utf8'));
    const job = await importMembers(db, { organizationId: union, file, who, env, prepareInWorker: false });
    expect(job).toMatchObject({ status: 'DONE', imported: 2, rejected: 2 });
    expect(await outcome(job.id, '甲')).toEqual(expected(['甲正好', '甲老会员']));
  });

  it('does the same with the rows prepared in a worker thread', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'gonghui-import-rules-'));
    const path = join(dir, 'roster.csv');
    await writeFile(path, roster('110102', '乙', 8));
    const job = await importMembers(db, {
      organizationId: union,
      file: await fileOnDisk(path),
      who,
      env,
      prepareInWorker: true,
    });
    expect(job).toMatchObject({ status: 'DONE', imported: 2, rejected: 2 });
    expect(await outcome(job.id, '乙')).toEqual(expected(['乙正好', '乙老会员']));
  });
});
