import { writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { systemClock, uuidIds } from '@gonghui/core';
import { printSchema } from 'graphql';
import { schema } from './schema.js';
import { seedDemoData } from './seed.js';
import { startServer } from './server.js';
import { type Database, openDatabase } from './store/database.js';
import { PrismaStore } from './store/prisma-store.js';

const USAGE = `gonghui — trade-union platform (工会)

Usage: gonghui <command> [options]

Commands:
  serve           run the GraphQL API (GraphiQL at /graphql, health at /health);
                  applies migrations, seeds demo data into an empty embedded database
  seed            load the demo organizations into an empty database
  migrate         apply pending migrations and exit
  print-schema    write the printed schema to packages/graphql/schema.graphql (or --out)

Options:
  --port <n>      port to listen on (serve; default $PORT or 4000)
  --host <addr>   address to bind (serve; default $HOST or 127.0.0.1)
  --data <dir>    PGlite data directory (default $GONGHUI_DATA_DIR or ./.gonghui/data)
  --no-seed       do not seed an empty embedded database (serve)
  --out <file>    output file (print-schema)
  -h, --help      this text

Environment:
  DATABASE_URL    postgres://… to use PostgreSQL instead of the embedded PGlite
  NODE_ENV        'production' masks faults and turns GraphiQL off
`;

const log = (line: string) => process.stderr.write(`[gonghui] ${line}\n`);

/** Seeds demo data when the database has no organization yet; returns whether it did. */
async function seedIfEmpty(db: Database): Promise<boolean> {
  if ((await db.prisma.organization.count()) > 0) return false;
  const report = await seedDemoData(new PrismaStore(db.prisma), { clock: systemClock, ids: uuidIds });
  log(
    `seeded ${report.organizations} organizations and ${report.federationMemberships} federation memberships`,
  );
  return true;
}

async function serve(values: Record<string, string | boolean | undefined>): Promise<void> {
  const db = await openDatabase({ dataDir: values.data as string | undefined, log });
  if (db.kind === 'pglite' && !values['no-seed']) await seedIfEmpty(db);
  const server = await startServer({
    db,
    port: Number(values.port ?? process.env.PORT ?? 4000),
    host: (values.host as string | undefined) ?? process.env.HOST ?? '127.0.0.1',
    log,
  });
  log(`${db.kind} database: ${db.description}`);
  log(`GraphQL API and GraphiQL: ${server.url}`);
  log(`health: ${server.url.replace(/\/graphql$/, '/health')}`);
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log(`${signal}: finishing in-flight requests, then closing the database`);
    try {
      await server.close();
      await db.close();
      log('stopped');
      process.exit(0);
    } catch (error) {
      log(`shutdown failed: ${String(error)}`);
      process.exit(1);
    }
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
}

/** The default path of the printed schema. */
export const SCHEMA_PATH = fileURLToPath(new URL('../schema.graphql', import.meta.url));

/** Runs the gonghui command line with the given arguments. */
export async function main(argv: string[]): Promise<void> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      port: { type: 'string' },
      host: { type: 'string' },
      data: { type: 'string' },
      'no-seed': { type: 'boolean' },
      out: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  const command = positionals[0];
  if (values.help || !command) {
    process.stdout.write(USAGE);
    return;
  }
  switch (command) {
    case 'serve':
      return serve(values);
    case 'seed': {
      const db = await openDatabase({ dataDir: values.data, log });
      try {
        if (!(await seedIfEmpty(db))) log('the database already holds organizations: nothing seeded');
      } finally {
        await db.close();
      }
      return;
    }
    case 'migrate': {
      const db = await openDatabase({ dataDir: values.data, log });
      await db.close();
      return;
    }
    case 'print-schema': {
      const out = values.out ?? SCHEMA_PATH;
      await writeFile(out, `${printSchema(schema)}\n`);
      log(`schema written to ${out}`);
      return;
    }
    default:
      throw new Error(`unknown command '${command}'; run 'gonghui --help'`);
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  main(process.argv.slice(2)).catch((error: unknown) => {
    log(error instanceof Error ? error.message : String(error));
    process.exit(1);
  });
}
