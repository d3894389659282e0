import { systemClock, uuidIds } from '@gonghui/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemoData } from '../src/seed.js';
import { createGonghuiYoga } from '../src/server.js';
import type { Database } from '../src/store/database.js';
import { PrismaStore } from '../src/store/prisma-store.js';
import { testAuth } from './support/auth.js';
import { countQueries, createTestDatabase, testBackends } from './support/database.js';

const W = {
  W1: 'query W1($id: ID!) { organization(id: $id) { name depth parent { name } } }',
  W2: 'query W2($id: ID!, $first: Int!) { organization(id: $id) { children(first: $first) { totalCount nodes { name } } } }',
  W3: 'query W3($id: ID!, $first: Int!) { organization(id: $id) { subtree(first: $first) { totalCount nodes { name depth } } } }',
  W4: 'query W4($first: Int!) { organizations(first: $first, filter: { level: [COUNTY] }) { nodes { name parent { name } children(first: 5) { nodes { name } } } } }',
};

describe.each(testBackends())('statements per read on %s', (backend) => {
  let db: Database;
  let yoga: ReturnType<typeof createGonghuiYoga>;
  let rootId: string;
  beforeAll(async () => {
    db = await createTestDatabase(backend);
    await seedDemoData(new PrismaStore(db), { clock: systemClock, ids: uuidIds });
    yoga = createGonghuiYoga({ db, auth: await testAuth(), production: false });
    const root = await db.prisma.organization.findFirstOrThrow({ where: { parentId: null } });
    rootId = Buffer.from(`Organization:${root.id}`).toString('base64');
  });
  afterAll(() => db?.close());

  for (const [name, query] of Object.entries(W)) {
    for (const first of [10, 50, 100]) {
      it(`${name} first ${first}`, async () => {
        const counter = countQueries(db.prisma);
        try {
          const response = await yoga.fetch('http://test/graphql', {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify({ query, variables: { id: rootId, first } }),
          });
          const body = (await response.json()) as { errors?: unknown };
          expect(body.errors).toBeUndefined();
          expect(counter.count(), counter.statements().join('\n')).toBe(1);
        } finally {
          counter.stop();
        }
      });
    }
  }
});
