// Migration 20261211100000_bargaining_votes on a database that already holds cases: the adopting vote's
// columns become the first entry of `votes` (a case without a vote gets none), and the audit replay reads
// an entry written before it (its `after` has `vote`) as the migration moved the row, so `audit verify
// --against-data` finds no difference in an upgraded installation.
import { PGlite } from '@electric-sql/pglite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DataReader } from '../src/store/audit-replay.js';
import { type BargainingCaseRow, toBargainingCase } from '../src/store/bargaining.js';
import { bargainingReplay } from '../src/store/bargaining-replay.js';
import { migrate, pgliteConnection, readMigrations } from '../src/store/migrate.js';

const VOTES_MIGRATION = '20261211100000_bargaining_votes';

describe(`migration ${VOTES_MIGRATION}`, () => {
  let db: PGlite;

  beforeAll(async () => {
    db = await PGlite.create('memory://');
    const all = await readMigrations();
    const at = all.findIndex((m) => m.name === VOTES_MIGRATION);
    expect(at).toBeGreaterThan(0);
    await migrate(pgliteConnection(db), { migrations: all.slice(0, at) });
    await db.exec(`
      INSERT INTO "Organization" ("id", "name", "kind", "level", "depth", "updatedAt")
        VALUES ('u', '梅园石材有限公司工会', 'GRASSROOTS_UNION', 'GRASSROOTS', 0, now());
      INSERT INTO "BargainingCase" ("id", "organizationId", "employer", "firmWorkers", "rules", "holidays",
          "workingWeekendDays", "stage", "requestedOn", "repliedOn", "workersNegotiators", "workersOutsideExperts",
          "employerNegotiators", "employerOutsideExperts", "meetingOn", "documentsProvidedOn", "finishedOn",
          "votedOn", "voteDelegates", "votePresent", "voteApproving", "termStartsOn", "termEndsOn")
        VALUES ('adopted', 'u', '梅园石材有限公司', 120, 'zhejiang2010', '{}', '{}', 'CONTRACT_ADOPTED', '2026-03-06',
          '2026-03-20', 5, 1, 5, 0, '2026-04-08', '2026-04-01', '2026-05-20', '2026-06-12', 30, 20, 16,
          '2026-07-01', '2029-06-30');
      INSERT INTO "BargainingCase" ("id", "organizationId", "employer", "firmWorkers", "rules", "holidays",
          "workingWeekendDays", "stage", "requestedOn")
        VALUES ('requested', 'u', '梅园石雕厂', 12, 'ningbo2014', '{}', '{}', 'REQUESTED', '2026-03-06');
    `);
    await migrate(pgliteConnection(db), { migrations: all });
  });
  afterAll(() => db?.close());

  /** The cases as Prisma reads them (DATE columns as Dates at midnight UTC, `votes` as JSON). */
  const rows = async () =>
    (await db.query<BargainingCaseRow>(`SELECT * FROM "BargainingCase" ORDER BY "id"`)).rows;

  it('moves the adopting vote into votes, and gives a case without one an empty list', async () => {
    const [adopted, requested] = await rows();
    expect(adopted?.votes).toEqual([
      {
        votedOn: '2026-06-12',
        delegates: 30,
        present: 20,
        approving: 16,
        against: null,
        abstaining: null,
        adopted: true,
      },
    ]);
    expect(requested?.votes).toEqual([]);
    expect(adopted && 'voteApproving' in adopted).toBe(false);
  });

  it('replays an audit entry written before it (with `vote`) to the migrated row: no difference', async () => {
    const stored = await rows();
    const replay = bargainingReplay();
    for (const row of stored) {
      // The case as the audit log of the previous release holds it: `vote`, the adopting vote or null.
      const { votes, ...rest } = toBargainingCase(row);
      const adopting = votes[0];
      const vote =
        adopting === undefined
          ? null
          : {
              votedOn: adopting.votedOn,
              delegates: adopting.delegates,
              present: adopting.present,
              approving: adopting.approving,
            };
      replay.apply('bargaining.opened', null, JSON.parse(JSON.stringify({ ...rest, vote })));
    }
    const reader = { bargainingCase: { findMany: async () => stored } } as unknown as DataReader;
    expect(await replay.compare(reader)).toEqual([]);
    // A logged vote that differs from the stored one still shows.
    const edited = bargainingReplay();
    const first = stored[0] as BargainingCaseRow;
    const { votes: _, ...rest } = toBargainingCase(first);
    edited.apply('bargaining.contractAdopted', null, {
      ...JSON.parse(JSON.stringify(rest)),
      vote: { votedOn: '2026-06-12', delegates: 30, present: 20, approving: 17 },
    });
    const reader1 = { bargainingCase: { findMany: async () => [first] } } as unknown as DataReader;
    expect((await edited.compare(reader1)).map((d) => [d.id, d.fields])).toEqual([['adopted', ['votes']]]);
  });
});
