// A batch decided ahead (src/import/job.ts `decideAhead`) on an organization that changed before the
// batch committed: its transaction finds the organization it locked differs from the one it decided
// on (`DecidedOnStale`), rolls back and decides again inside, so the batch follows the organization
// as committed. Deterministic: the organization is dissolved while the second batch is decided ahead,
// after the first batch committed.
import { systemClock, uuidIds } from '@gonghui/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importMembers } from '../src/import/job.js';
import { fileInMemory } from '../src/import/source.js';
import { DEMO_STONE_CARVING_UNION, demoIdNumber, seedDemoData } from '../src/seed.js';
import type { Database } from '../src/store/database.js';
import { PrismaStore } from '../src/store/prisma-store.js';
import { createTestDatabase, testBackends } from './support/database.js';

const env = { clock: systemClock, ids: uuidIds };
const who = { actor: 'importer', requestId: null };

describe.each(testBackends())('a batch decided ahead on a stale organization, on %s', (backend) => {
  let db: Database;
  beforeAll(async () => {
    db = await createTestDatabase(backend);
    await seedDemoData(new PrismaStore(db), env);
  });
  afterAll(() => db.close());

  it('is decided again inside its transaction: rows after the dissolution are refused, none imported into a dissolved union', async () => {
    const union = await db.prisma.organization.findFirstOrThrow({
      where: { name: DEMO_STONE_CARVING_UNION },
    });
    const lines = ['姓名,身份证号'];
    for (let n = 0; n < 6; n++) lines.push(`解散前后${n},${demoIdNumber(`330106197909099${n}0`)}`);
    const file = fileInMemory('stale.csv', Buffer.from(`${lines.join('\n')}\n`));
    // The organization as read outside any transaction: only the batches decided ahead read it so.
    let reads = 0;
    const organization = new Proxy(db.prisma.organization, {
      get(target, key, receiver) {
        if (key !== 'findUnique') return Reflect.get(target, key, receiver);
        return async (args: Parameters<typeof target.findUnique>[0]) => {
          const read = await target.findUnique(args);
          if (++reads === 2) {
            // The second batch is decided on the union as it was; once the first batch has committed,
            // the union is dissolved before the second commits.
            for (;;) {
              const job = await db.prisma.memberImport.findFirst({ where: { fileName: 'stale.csv' } });
              if ((job?.committedRow ?? 0) >= 3) break;
              await new Promise((resolve) => setTimeout(resolve, 10));
            }
            await db.prisma.organization.update({
              where: { id: union.id },
              data: { status: 'DISSOLVED', dissolvedAt: new Date() },
            });
          }
          return read;
        };
      },
    });
    const prisma = new Proxy(db.prisma, {
      get(target, key, receiver) {
        if (key === 'organization') return organization;
        const value = Reflect.get(target, key, receiver);
        return typeof value === 'function' ? value.bind(target) : value;
      },
    });
    const job = await importMembers(
      { ...db, prisma },
      { organizationId: union.id, file, who, env, batchRows: 2, prepareInWorker: false },
    );
    expect(reads).toBeGreaterThanOrEqual(2);
    expect(job).toMatchObject({ status: 'DONE', imported: 2, rejected: 4, committedRow: 7 });
    const problems = await db.prisma.memberImportProblem.findMany({
      where: { importId: job.id },
      orderBy: { row: 'asc' },
    });
    expect(problems.map((p) => [p.row, p.code])).toEqual([
      [4, 'ORG_DISSOLVED'],
      [5, 'ORG_DISSOLVED'],
      [6, 'ORG_DISSOLVED'],
      [7, 'ORG_DISSOLVED'],
    ]);
    expect(await db.prisma.member.count({ where: { name: { startsWith: '解散前后' } } })).toBe(2);
  });
});
