// A database of a benchmark's own on the PostgreSQL server DATABASE_URL names (a superuser): created
// with a random name, opened and migrated, and dropped again by `drop()`.
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { type Database, openDatabase } from '../src/store/database.js';

/** The opened scratch database, its URL, and how to close and drop it. */
export interface ScratchDatabase {
  readonly db: Database;
  readonly url: string;
  /** Closes the database and drops it. */
  drop(): Promise<void>;
}

/** Creates and opens `gonghui_bench_<bench>_<random>`; exits with a message when DATABASE_URL is not PostgreSQL. */
export async function scratchDatabase(bench: string): Promise<ScratchDatabase> {
  const server = process.env.DATABASE_URL;
  if (!server?.startsWith('postgres')) {
    console.error(`bench:${bench} needs DATABASE_URL=postgres://… (a server where it may create a database)`);
    process.exit(2);
  }
  const name = `gonghui_bench_${bench}_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: server });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}"`);
  const url = new URL(server);
  url.pathname = `/${name}`;
  const db = await openDatabase({ url: url.toString(), dataDir: 'memory://' });
  return {
    db,
    url: url.toString(),
    async drop() {
      try {
        await db.close();
      } finally {
        await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
        await admin.end();
      }
    },
  };
}
