// The compiled read path's direct reads are named prepared statements per connection (issue 9:
// planning a compiled statement cost PostgreSQL more than running it): one statement's text is
// parsed once per connection and its plan reused, at most PREPARED_PER_CONNECTION are kept per
// connection, and a server that lost them (a pooler in transaction mode) gets the statement unnamed.
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PREPARED_PER_CONNECTION, poolRead } from '../src/store/statements.js';
import { createTestPostgresDatabase, testPostgresUrl } from './support/database.js';
import { PGBOUNCER, postgresDir, removeDir, type TestBouncer, testBouncer } from './support/services.js';

describe.skipIf(testPostgresUrl() === undefined)('prepared direct reads on PostgreSQL', () => {
  let database: { url: string; drop(): Promise<void> };
  let pool: pg.Pool;

  beforeAll(async () => {
    database = await createTestPostgresDatabase();
    // One connection: every read and every check below runs on it.
    pool = new pg.Pool({ connectionString: database.url, max: 1 });
  });
  afterAll(async () => {
    await pool?.end();
    await database?.drop();
  });

  const prepared = async () =>
    (
      await pool.query<{ statement: string; custom: number; generic: number }>(
        'SELECT statement, custom_plans::int AS custom, generic_plans::int AS generic FROM pg_prepared_statements',
      )
    ).rows;

  it('prepares a statement once per connection and plans it once its plan is generic', async () => {
    const read = poolRead(pool);
    const sql = 'SELECT $1::int + 1 AS n';
    for (let i = 0; i < 20; i += 1) expect(await read(sql, [i])).toEqual([{ n: i + 1 }]);
    const held = await prepared();
    expect(held.map((p) => p.statement)).toEqual([sql]);
    // PostgreSQL plans the first five executions for their values, then runs one generic plan.
    expect(held[0]).toMatchObject({ custom: 5, generic: 15 });
  });

  it(`keeps at most ${PREPARED_PER_CONNECTION} per connection, the least recently used deallocated`, async () => {
    const read = poolRead(pool);
    const texts = Array.from({ length: PREPARED_PER_CONNECTION + 5 }, (_, i) => `SELECT $1::int + ${i} AS n`);
    for (const [i, sql] of texts.entries()) expect(await read(sql, [1])).toEqual([{ n: 1 + i }]);
    const held = new Set((await prepared()).map((p) => p.statement));
    expect(held.size).toBe(PREPARED_PER_CONNECTION);
    expect(held.has(texts[0] as string)).toBe(false);
    expect(held.has(texts.at(-1) as string)).toBe(true);
    // An evicted text is prepared again when it comes back.
    expect(await read(texts[0] as string, [1])).toEqual([{ n: 1 }]);
    expect(new Set((await prepared()).map((p) => p.statement)).has(texts[0] as string)).toBe(true);
  });

  it('sends the statement unnamed when the server no longer holds it, and prepares nothing after', async () => {
    const read = poolRead(pool);
    const sql = 'SELECT $1::int * 2 AS n';
    expect(await read(sql, [2])).toEqual([{ n: 4 }]);
    // As a pooler in transaction mode does: the next statement lands where it was never prepared.
    await pool.query('DEALLOCATE ALL');
    expect(await read(sql, [3])).toEqual([{ n: 6 }]);
    expect(await read('SELECT $1::int * 3 AS n', [3])).toEqual([{ n: 9 }]);
    expect(await prepared()).toEqual([]);
  });
});

describe.skipIf(testPostgresUrl() === undefined || PGBOUNCER === undefined)(
  'prepared direct reads through PgBouncer 1.18 in transaction mode',
  () => {
    let database: { url: string; drop(): Promise<void> };
    let dir: string;
    let bouncer: TestBouncer;
    let pool: pg.Pool;

    beforeAll(async () => {
      database = await createTestPostgresDatabase();
      const { port, pathname } = new URL(database.url);
      dir = await postgresDir('gonghui-prepared-');
      // Two server connections behind four clients: a named statement lands where it was not prepared.
      bouncer = await testBouncer(dir, Number(port), 2);
      pool = new pg.Pool({ connectionString: bouncer.url(pathname.slice(1)), max: 4 });
    });
    afterAll(async () => {
      await pool?.end();
      await bouncer?.stop();
      await removeDir(dir);
      await database?.drop();
    });

    it('answers every read, the pool giving up preparing when the pooler loses its statements', async () => {
      const read = poolRead(pool);
      const answers = await Promise.all(
        Array.from({ length: 40 }, (_, i) => read(`SELECT $1::int + ${i % 3} AS n`, [i])),
      );
      expect(answers).toEqual(Array.from({ length: 40 }, (_, i) => [{ n: i + (i % 3) }]));
    });
  },
);
