import { systemClock, uuidIds } from '@gonghui/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COMPILED_SQL_MARK } from '../src/compiled-reads/compile.js';
import { seedDemoData } from '../src/seed.js';
import { createGonghuiYoga } from '../src/server.js';
import type { Database } from '../src/store/database.js';
import { PrismaStore } from '../src/store/prisma-store.js';
import { testAuth } from './support/auth.js';
import { countQueries, createTestDatabase, testBackends } from './support/database.js';

/** The read shapes of issue 9's benchmark (W1–W4); `$first` is the page size. */
const WORKLOADS = {
  W1: 'query W1($id: ID!) { organization(id: $id) { name depth parent { name } } }',
  W2: 'query W2($id: ID!, $first: Int!) { organization(id: $id) { children(first: $first) { totalCount nodes { name } } } }',
  W3: 'query W3($id: ID!, $first: Int!) { organization(id: $id) { subtree(first: $first) { totalCount nodes { name depth } } } }',
  W4: 'query W4($first: Int!) { organizations(first: $first, filter: { level: [COUNTY] }) { nodes { name parent { name } children(first: 5) { nodes { name } } } } }',
};

/** A subtree page with nested relations: every node's parent, children count and member unions. */
const SUBTREE_EDGES = `query($id: ID!, $first: Int!) {
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

describe.each(testBackends())('one SQL statement per read request on %s', (backend) => {
  let db: Database;
  let rootId: string;
  let yoga: ReturnType<typeof createGonghuiYoga>;
  /** The same server without the compiled path: Pothos's Prisma plugin plans each request. */
  let normal: ReturnType<typeof createGonghuiYoga>;

  beforeAll(async () => {
    db = await createTestDatabase(backend);
    await seedDemoData(new PrismaStore(db), { clock: systemClock, ids: uuidIds });
    yoga = createGonghuiYoga({ db, auth: await testAuth(), production: false });
    normal = createGonghuiYoga({ db, auth: await testAuth(), production: false, compiledReads: false });
    const root = await db.prisma.organization.findFirstOrThrow({ where: { parentId: null } });
    rootId = Buffer.from(`Organization:${root.id}`).toString('base64');
  });
  afterAll(() => db?.close());

  /** Runs `query` from the root with page size `first`: the answer and the statements it cost. */
  async function statementsFor(
    query: string,
    first: number,
    variables: Record<string, unknown> = {},
    server = yoga,
  ): Promise<{ data: any; sql: string[] }> {
    const counter = countQueries(db.prisma);
    try {
      const response = await server.fetch('http://test/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query, variables: { id: rootId, first, ...variables } }),
      });
      const body = (await response.json()) as { data: any; errors?: unknown };
      expect(body.errors).toBeUndefined();
      return { data: body.data, sql: counter.statements() };
    } finally {
      counter.stop();
    }
  }

  for (const [name, query] of Object.entries(WORKLOADS)) {
    for (const first of [10, 50, 100]) {
      it(`${name} with a page of ${first}: one compiled statement (one planned by Prisma without the compiled path)`, async () => {
        const { sql } = await statementsFor(query, first);
        expect(sql, sql.join('\n')).toHaveLength(1);
        expect(sql[0]?.startsWith(COMPILED_SQL_MARK)).toBe(true);
        const planned = await statementsFor(query, first, {}, normal);
        expect(planned.sql, planned.sql.join('\n')).toHaveLength(1);
      });
    }
  }

  it('W4 pages the children of every listed organization in the same statement (per-parent LIMIT)', async () => {
    const { data, sql } = await statementsFor(WORKLOADS.W4, 100);
    expect(sql).toHaveLength(1);
    const counties = data.organizations.nodes as { children: { nodes: unknown[] } }[];
    expect(counties.length).toBeGreaterThan(0);
    for (const county of counties) expect(county.children.nodes.length).toBeLessThanOrEqual(5);
  });

  it('counts a subtree only when its totalCount is asked for', async () => {
    const page = 'pageInfo { hasNextPage } nodes { name }';
    const asked = await statementsFor(WORKLOADS.W3.replace('nodes { name depth }', page), 10);
    const notAsked = await statementsFor(WORKLOADS.W3.replace('totalCount nodes { name depth }', page), 10);
    for (const { sql } of [asked, notAsked]) expect(sql[0]?.startsWith(COMPILED_SQL_MARK)).toBe(true);
    expect(asked.sql).toHaveLength(1);
    expect(notAsked.sql).toHaveLength(1);
    expect(asked.sql[0]).toMatch(/COUNT\(/i);
    expect(notAsked.sql[0]).not.toMatch(/COUNT\(/i);
    expect(asked.data.organization.subtree.totalCount).toBeGreaterThan(10);
    expect(notAsked.data.organization.subtree.nodes).toEqual(asked.data.organization.subtree.nodes);
  });

  it('a page after a cursor, of children and of a subtree, is one compiled statement (Prisma sends several)', async () => {
    for (const list of ['children', 'subtree']) {
      const query = `query($id: ID!, $first: Int!, $after: String) { organization(id: $id) { ${list}(first: $first, after: $after) { pageInfo { hasNextPage endCursor } nodes { name parent { name } } } } }`;
      const first = await statementsFor(query, 2);
      const after = first.data.organization[list].pageInfo.endCursor as string;
      const next = await statementsFor(query, 2, { after });
      expect(next.sql, next.sql.join('\n')).toHaveLength(1);
      expect(next.sql[0]?.startsWith(COMPILED_SQL_MARK)).toBe(true);
      expect(next.data.organization[list].nodes).toHaveLength(2);
    }
  });

  for (const [shape, query] of Object.entries({ edges: SUBTREE_EDGES, nodes: SUBTREE_NODES })) {
    it(`a subtree page through \`${shape}\` with nested parents, children and member unions is one statement for 2 and 30 organizations`, async () => {
      for (const first of [2, 30]) {
        const { data, sql } = await statementsFor(query, first);
        const page = data.organization.subtree;
        expect((page.edges ?? page.nodes).length).toBe(first);
        expect(sql, sql.join('\n')).toHaveLength(1);
      }
    });
  }
});
