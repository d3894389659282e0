// Connection arguments on the normal (field-by-field) path and the compiled read path alike: a
// connection asked twice under aliases with different page sizes answers each with its own page,
// and a cursor of another list is refused as a typed error naming the argument.
import { systemClock, uuidIds } from '@gonghui/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemoData } from '../src/seed.js';
import { createGonghuiYoga } from '../src/server.js';
import type { Database } from '../src/store/database.js';
import { PrismaStore } from '../src/store/prisma-store.js';
import { testAuth } from './support/auth.js';
import { createTestDatabase, testBackends } from './support/database.js';

type Answer = { data?: any; errors?: { message: string; extensions?: Record<string, unknown> }[] };
type Ask = (query: string, variables?: Record<string, unknown>) => Promise<Answer>;

/** An anonymous caller over yoga's in-process fetch, with or without the compiled read path. */
async function caller(db: Database, compiledReads: boolean): Promise<Ask> {
  const yoga = createGonghuiYoga({ db, auth: await testAuth(), production: true, compiledReads });
  return async (query, variables) => {
    const response = await yoga.fetch('http://test/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query, variables }),
    });
    return (await response.json()) as Answer;
  };
}

describe.each(testBackends())('organization pages on %s', (backend) => {
  let db: Database;
  const paths: Record<'normal' | 'compiled', Ask> = {} as never;
  let rootId: string;

  beforeAll(async () => {
    db = await createTestDatabase(backend);
    await seedDemoData(new PrismaStore(db), { clock: systemClock, ids: uuidIds });
    paths.normal = await caller(db, false);
    paths.compiled = await caller(db, true);
    const roots = await paths.normal('{ organizations(first: 1) { nodes { id } } }');
    rootId = roots.data.organizations.nodes[0].id;
  });
  afterAll(() => db?.close());

  describe.each(['normal', 'compiled'] as const)('on the %s path', (path) => {
    it('answers a connection asked under two aliases with different page sizes with each its own page', async () => {
      const ask = paths[path];
      const answer = await ask(
        `query($id: ID!) { organization(id: $id) {
          two: subtree(first: 2) { nodes { name } pageInfo { hasNextPage } }
          five: subtree(first: 5) { nodes { name } pageInfo { hasNextPage } }
          kids1: children(first: 1) { nodes { name } }
          kids3: children(first: 3) { totalCount nodes { name } }
        } }`,
        { id: rootId },
      );
      expect(answer.errors).toBeUndefined();
      const o = answer.data.organization;
      expect(o.two.nodes).toHaveLength(2);
      expect(o.five.nodes).toHaveLength(5);
      expect(o.five.nodes.slice(0, 2)).toEqual(o.two.nodes);
      expect(o.kids1.nodes).toHaveLength(1);
      expect(o.kids3.nodes.length).toBe(Math.min(3, o.kids3.totalCount));
      expect(o.kids3.nodes[0]).toEqual(o.kids1.nodes[0]);
      const nested = await ask(`{ organizations(first: 3) { nodes { name
        a: children(first: 1) { nodes { name } }
        b: children(first: 4) { nodes { name } }
        c: subtree(first: 1) { nodes { name } }
        d: subtree(first: 4) { nodes { name } }
      } } }`);
      expect(nested.errors).toBeUndefined();
      for (const node of nested.data.organizations.nodes) {
        expect(node.a.nodes.length).toBeLessThanOrEqual(1);
        expect(node.a.nodes).toEqual(node.b.nodes.slice(0, 1));
        expect(node.c.nodes.length).toBeLessThanOrEqual(1);
        expect(node.c.nodes).toEqual(node.d.nodes.slice(0, 1));
      }
      // A subtree page's nodes and edges are planned as one selection of its organizations: a
      // relation under both, with other page sizes (aliased or not), keeps each its own page.
      for (const [edgesFirst, nodesFirst] of [
        [3, 1],
        [1, 3],
      ] as const) {
        for (const [edgesKey, nodesKey] of [
          ['b: subtree', 'a: subtree'],
          ['subtree', 'subtree'],
          ['b: children', 'a: children'],
        ] as const) {
          const both = await ask(
            `query($id: ID!) { organization(id: $id) { subtree(first: 2) {
              edges { node { ${edgesKey}(first: ${edgesFirst}) { nodes { name } } } }
              nodes { ${nodesKey}(first: ${nodesFirst}) { nodes { name } } }
            } } }`,
            { id: rootId },
          );
          expect(both.errors).toBeUndefined();
          const page = both.data.organization.subtree;
          const key = (field: string) => (field.includes(':') ? field.split(':')[0] : field) as string;
          page.nodes.forEach((node: any, i: number) => {
            const fromEdges = page.edges[i].node[key(edgesKey)].nodes;
            const fromNodes = node[key(nodesKey)].nodes;
            expect(fromEdges.length, edgesKey).toBeLessThanOrEqual(edgesFirst);
            expect(fromNodes.length, nodesKey).toBeLessThanOrEqual(nodesFirst);
            const shorter = Math.min(fromEdges.length, fromNodes.length);
            expect(fromEdges.slice(0, shorter)).toEqual(fromNodes.slice(0, shorter));
          });
          // Not vacuous: the demo's cities have subtrees of more than 3.
          if (nodesKey.includes('subtree')) {
            expect(page.nodes.some((node: any) => node[key(nodesKey)].nodes.length === nodesFirst)).toBe(
              true,
            );
          }
        }
      }
      const top = await ask(
        '{ one: organizations(first: 1) { nodes { name } } three: organizations(first: 3) { nodes { name } } }',
      );
      expect(top.errors).toBeUndefined();
      expect(top.data.one.nodes).toHaveLength(1);
      expect(top.data.three.nodes).toHaveLength(3);
    });

    it('refuses a cursor of a subtree page as the cursor of organizations, naming the argument', async () => {
      const ask = paths[path];
      const page = await ask(
        'query($id: ID!) { organization(id: $id) { subtree(first: 1) { pageInfo { endCursor } } } }',
        { id: rootId },
      );
      const cursor = page.data.organization.subtree.pageInfo.endCursor as string;
      for (const query of [
        'query($after: String) { organizations(first: 2, after: $after) { nodes { name } } }',
        'query($id: ID!, $after: String) { organization(id: $id) { children(first: 2, after: $after) { nodes { name } } } }',
        'query($after: String) { organizations(first: 1) { nodes { children(first: 2, after: $after) { totalCount } } } }',
      ]) {
        const answer = await ask(query, { id: rootId, after: cursor });
        expect(answer.errors, query).toHaveLength(1);
        expect(answer.errors?.[0]?.extensions?.code, query).toBe('BAD_USER_INPUT');
        expect(answer.errors?.[0]?.message, query).toMatch(/^"after" is not a cursor .* of the same list/);
      }
    });
  });
});
