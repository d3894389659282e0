// The compiled read path against the normal one: Node CPU per request of issue 9's read shapes.
//
// `DATABASE_URL=postgres://… pnpm --filter @gonghui/graphql bench:compiled-reads` (a database of its
// own, dropped afterwards; without DATABASE_URL an in-memory PGlite). Seeds the demo data, then asks
// W1–W4 (organization + parent name, a children page of 20 with its total, a subtree page of 50 with
// its total, 20 organizations each with its parent and first 5 children) through the yoga server in
// production mode, 10 at a time, with the compiled path and without it, and prints the process's CPU
// time per request and the ratio compiled ÷ normal — in this process, without HTTP, so the
// difference is what execution costs (the HTTP layer is the same for both).
import { systemClock, uuidIds } from '@gonghui/core';
import { loadAuthConfig } from '../src/auth/token.js';
import { seedDemoData } from '../src/seed.js';
import { createGonghuiYoga } from '../src/server.js';
import { type Database, openDatabase } from '../src/store/database.js';
import { PrismaStore } from '../src/store/prisma-store.js';
import { scratchDatabase } from './scratch-database.js';

/** Requests per measurement, sent CONCURRENCY at a time; WARMUP before each. */
const REQUESTS = 2_000;
const CONCURRENCY = 10;
const WARMUP = 1_000;

const scratch = process.env.DATABASE_URL ? await scratchDatabase('compiled_reads') : undefined;
const db: Database = scratch?.db ?? (await openDatabase({ dataDir: 'memory://' }));
await seedDemoData(new PrismaStore(db), { clock: systemClock, ids: uuidIds });
const auth = await loadAuthConfig(
  { GONGHUI_JWT_SECRET: 'bench-secret-0123456789abcdef0123456789' },
  '/nonexistent',
);
const servers = {
  compiled: createGonghuiYoga({ db, auth, production: true }),
  normal: createGonghuiYoga({ db, auth, production: true, compiledReads: false }),
};
const root = await db.prisma.organization.findFirstOrThrow({ where: { parentId: null } });
const town = await db.prisma.organization.findFirstOrThrow({ where: { depth: 3 } });
const id = (raw: string) => Buffer.from(`Organization:${raw}`).toString('base64');
const workloads = {
  W1: {
    query: 'query W1($id: ID!) { organization(id: $id) { name depth parent { name } } }',
    variables: { id: id(town.id) },
  },
  W2: {
    query:
      'query W2($id: ID!) { organization(id: $id) { children(first: 20) { totalCount nodes { name } } } }',
    variables: { id: id(root.id) },
  },
  W3: {
    query:
      'query W3($id: ID!) { organization(id: $id) { subtree(first: 50) { totalCount nodes { name depth } } } }',
    variables: { id: id(root.id) },
  },
  W4: {
    query:
      'query W4 { organizations(first: 20, filter: { level: [COUNTY, TOWNSHIP, VILLAGE] }) { nodes { name parent { name } children(first: 5) { nodes { name } } } } }',
    variables: {},
  },
};

/** Node CPU milliseconds per request of `body` on `server` (warmed up before: see below). */
async function cpuPerRequest(server: (typeof servers)['compiled'], body: string): Promise<number> {
  const ask = async () => {
    const response = await server.fetch('http://bench/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body,
    });
    const text = await response.text();
    if (response.status !== 200 || text.includes('"errors"'))
      throw new Error(`bench request failed: ${text}`);
  };
  const batches = async (requests: number) => {
    for (let i = 0; i < requests / CONCURRENCY; i++)
      await Promise.all(Array.from({ length: CONCURRENCY }, ask));
  };
  const start = process.cpuUsage();
  await batches(REQUESTS);
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000 / REQUESTS;
}

// Every workload on both servers first, so that neither is measured while the JIT still compiles.
for (const workload of Object.values(workloads)) {
  for (const server of Object.values(servers)) {
    const body = JSON.stringify(workload);
    for (let i = 0; i < WARMUP / CONCURRENCY; i++) {
      await Promise.all(
        Array.from({ length: CONCURRENCY }, () =>
          server
            .fetch('http://bench/graphql', {
              method: 'POST',
              headers: { 'content-type': 'application/json' },
              body,
            })
            .then((response) => response.text()),
        ),
      );
    }
  }
}
console.log(`compiled read path, ${db.kind}: Node CPU ms per request (in process, ${CONCURRENCY} at a time)`);
for (const [name, workload] of Object.entries(workloads)) {
  const body = JSON.stringify(workload);
  const compiled = await cpuPerRequest(servers.compiled, body);
  const normal = await cpuPerRequest(servers.normal, body);
  console.log(
    `${name}  compiled ${compiled.toFixed(3)}  normal ${normal.toFixed(3)}  compiled ÷ normal ${(compiled / normal).toFixed(2)}`,
  );
}
await (scratch ? scratch.drop() : db.close());
