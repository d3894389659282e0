import { systemClock, uuidIds } from '@gonghui/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemoData } from '../src/seed.js';
import { createGonghuiYoga } from '../src/server.js';
import type { Database } from '../src/store/database.js';
import { PrismaStore } from '../src/store/prisma-store.js';
import { testAuth } from './support/auth.js';
import { countQueries, createTestDatabase, testBackends } from './support/database.js';

/** A subtree page with nested relations: every node's parent, children count and member unions. */
const SUBTREE_PAGE = `query($id: ID!, $first: Int!) {
  organization(id: $id) {
    subtree(first: $first) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { cursor node { name kind depth parent { name parent { name } } children(first: 5) { totalCount nodes { name } } memberUnions(first: 5) { nodes { segment member { name } } } } }
    }
  }
}`;

/** The same page read through `nodes` instead of `edges`. */
const SUBTREE_NODES = `query($id: ID!, $first: Int!) {
  organization(id: $id) {
    subtree(first: $first) {
      totalCount
      nodes { name kind depth parent { name } children(first: 5) { totalCount nodes { name } } }
    }
  }
}`;

describe.each(testBackends())('SQL statements per request on %s', (backend) => {
  let db: Database;
  let rootId: string;
  let yoga: ReturnType<typeof createGonghuiYoga>;

  beforeAll(async () => {
    db = await createTestDatabase(backend);
    await seedDemoData(new PrismaStore(db), { clock: systemClock, ids: uuidIds });
    yoga = createGonghuiYoga({ db, auth: await testAuth(), production: false });
    const root = await db.prisma.organization.findFirstOrThrow({ where: { parentId: null } });
    rootId = Buffer.from(`Organization:${root.id}`).toString('base64');
  });
  afterAll(() => db?.close());

  async function statementsFor(
    first: number,
    query = SUBTREE_PAGE,
  ): Promise<{ count: number; nodes: number; sql: string[] }> {
    const counter = countQueries(db.prisma);
    try {
      const response = await yoga.fetch('http://test/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query, variables: { id: rootId, first } }),
      });
      const body = (await response.json()) as { data: any; errors?: unknown };
      expect(body.errors).toBeUndefined();
      const page = body.data.organization.subtree;
      return { count: counter.count(), nodes: (page.edges ?? page.nodes).length, sql: counter.statements() };
    } finally {
      counter.stop();
    }
  }

  it('costs the same number of statements for a page of 2, 10 and 30 organizations', async () => {
    const small = await statementsFor(2);
    const medium = await statementsFor(10);
    const large = await statementsFor(30);
    expect(small.nodes).toBe(2);
    expect(large.nodes).toBe(30);
    expect(medium.count, medium.sql.join('\n')).toBe(small.count);
    expect(large.count, large.sql.join('\n')).toBe(small.count);
    // And that fixed number is small: the page, its total, and the nested relations in batches.
    expect(small.count, small.sql.join('\n')).toBeLessThanOrEqual(8);
  });

  it('costs a fixed number of statements through `nodes` too', async () => {
    const small = await statementsFor(2, SUBTREE_NODES);
    const large = await statementsFor(30, SUBTREE_NODES);
    expect(large.nodes).toBe(30);
    expect(large.count, large.sql.join('\n')).toBe(small.count);
  });
});
