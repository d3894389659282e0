// The edge of the API (issue 7, items 2 and 3): a request's cost is counted with its variables and
// refused before anything executes (no SQL statement), list arguments have a maximum length, node
// lookups answer null alike for missing, hidden and malformed ids, forged cursors and bad page sizes
// are typed errors, a query stops at its deadline and a statement at statement_timeout. Only
// deterministic facts here; the latency under attack is measured by bench/attack.ts.

import { randomBytes, randomUUID } from 'node:crypto';
import { systemClock, uuidIds } from '@gonghui/core';
import { encodeGlobalID } from '@pothos/plugin-relay';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from '../src/builder.js';
import { ARMOR_LIMITS } from '../src/hardening/armor.js';
import { CursorSeal, listArguments, listOf } from '../src/hardening/edge-plugin.js';
import { seedDemoData } from '../src/seed.js';
import { createGonghuiYoga, type ServerOptions } from '../src/server.js';
import {
  type Database,
  DEFAULT_STATEMENT_TIMEOUT_MS,
  databaseFromPGlite,
  openDatabase,
} from '../src/store/database.js';
import { PrismaStore } from '../src/store/prisma-store.js';
import { adminBearer, bearer, testAuth } from './support/auth.js';
import {
  countQueries,
  createTestDatabase,
  createTestPGlite,
  createTestPostgresDatabase,
  testAuditKey,
  testBackends,
  testPersonalData,
  testPostgresUrl,
} from './support/database.js';

type Body = { data?: any; errors?: { message: string; extensions?: Record<string, any> }[] };

/** The issue's attack: 15 aliases of pages of pages of pages, each `first: $n`, depth 7. */
const attack = (first: string) =>
  `query${first === '$n' ? '($n: Int)' : ''} { ${Array.from(
    { length: ARMOR_LIMITS.maxAliases },
    (_, i) =>
      `a${i}: organizations(first: ${first}) { nodes { subtree(first: ${first}) { nodes { children(first: ${first}) { nodes { id name } } } } } }`,
  ).join(' ')} }`;

const NODE = 'query($id: ID!) { node(id: $id) { id ... on Member { name } ... on AuditEntry { action } } }';
const NODES = 'query($ids: [ID!]!) { nodes(ids: $ids) { id } }';
const PAGE =
  'query($after: String, $before: String, $first: Int, $last: Int) { organizations(first: $first, after: $after, last: $last, before: $before) { edges { cursor node { name } } } }';

describe.each(testBackends())('the edge of the API on %s', (backend) => {
  let db: Database;
  let yoga: ReturnType<typeof createGonghuiYoga>;

  /** Posts a document and counts the SQL statements it cost. */
  async function post(
    query: string,
    variables: Record<string, unknown> = {},
    authorization?: string,
    server = yoga,
  ): Promise<{ status: number; text: string; body: Body; statements: number }> {
    const counter = countQueries(db.prisma);
    try {
      const response = await server.fetch('http://test/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(authorization ? { authorization } : {}) },
        body: JSON.stringify({ query, variables }),
      });
      const text = await response.text();
      return { status: response.status, text, body: JSON.parse(text) as Body, statements: counter.count() };
    } finally {
      counter.stop();
    }
  }

  /** Asserts a refusal: no data (or only nulls), one error with this code, and not one SQL statement. */
  function expectRefused(answer: { body: Body; statements: number }, code: string) {
    expect(Object.values(answer.body.data ?? {}).every((value) => value === null)).toBe(true);
    expect(answer.body.errors?.[0]?.extensions?.code, JSON.stringify(answer.body)).toBe(code);
    expect(answer.statements).toBe(0);
    return answer.body.errors?.[0] as { message: string; extensions: Record<string, any> };
  }

  beforeAll(async () => {
    db = await createTestDatabase(backend);
    await seedDemoData(new PrismaStore(db), { clock: systemClock, ids: uuidIds });
    yoga = createGonghuiYoga({ db, auth: await testAuth(), production: false });
  });
  afterAll(() => db?.close());

  describe('cost counted with variables, refused before execution', () => {
    it('refuses the issue’s attack with first: $n = 100 at exactly the cost of the literal, running no SQL', async () => {
      const withVariable = expectRefused(await post(attack('$n'), { n: 100 }), 'COST_LIMIT_EXCEEDED');
      const literal = expectRefused(await post(attack('100')), 'COST_LIMIT_EXCEEDED');
      expect(withVariable.extensions.cost).toBe(literal.extensions.cost);
      expect(withVariable.extensions.cost).toBeGreaterThan(ARMOR_LIMITS.maxCost);
      expect(withVariable.message).toMatch(/Query cost \d+ exceeds the limit of 10000/);
    });

    it(`admits cost ${ARMOR_LIMITS.maxCost} and refuses ${ARMOR_LIMITS.maxCost + 1}, whether first comes as a variable or not`, async () => {
      // 1 + 99 × (nodes 1 + id 1 + subtree 1 + 49 × (nodes 1 + id 1)) = 10,000
      const atLimit =
        'query($a: Int, $b: Int) { organizations(first: $a) { nodes { id subtree(first: $b) { nodes { id } } } } }';
      // 1 + 100 × (nodes 1 + subtree 1 + 49 × (nodes 1 + id 1)) = 10,001
      const over =
        'query($a: Int, $b: Int) { organizations(first: $a) { nodes { subtree(first: $b) { nodes { id } } } } }';
      const admitted = await post(atLimit, { a: 99, b: 49 });
      expect(admitted.body.errors).toBeUndefined();
      expect(admitted.body.data.organizations.nodes.length).toBeGreaterThan(0);
      const refused = expectRefused(await post(over, { a: 100, b: 49 }), 'COST_LIMIT_EXCEEDED');
      expect(refused.extensions.cost).toBe(ARMOR_LIMITS.maxCost + 1);
      const literal = expectRefused(
        await post('{ organizations(first: 100) { nodes { subtree(first: 49) { nodes { id } } } } }'),
        'COST_LIMIT_EXCEEDED',
      );
      expect(literal.extensions.cost).toBe(ARMOR_LIMITS.maxCost + 1);
    });

    it(`prices a page without first/last at ${DEFAULT_PAGE_SIZE} rows and first above ${MAX_PAGE_SIZE} at ${MAX_PAGE_SIZE}`, async () => {
      const pages = (first: string) =>
        `query($n: Int) { organizations${first} { nodes { subtree(first: $n) { nodes { id name kind level status depth } } } } }`;
      // 1 + rows × (1 + 1 + 100 × (1 + 6)) : 20 rows → 14,041, 100 rows → 70,201 (both refused).
      expect(expectRefused(await post(pages(''), { n: 1000 }), 'COST_LIMIT_EXCEEDED').extensions.cost).toBe(
        1 + DEFAULT_PAGE_SIZE * (2 + MAX_PAGE_SIZE * 7),
      );
      expect(
        expectRefused(await post(pages('(first: 5000)'), { n: 100 }), 'COST_LIMIT_EXCEEDED').extensions.cost,
      ).toBe(1 + MAX_PAGE_SIZE * (2 + MAX_PAGE_SIZE * 7));
    });
  });

  describe(`list arguments hold at most ${ARMOR_LIMITS.maxListLength} entries`, () => {
    it('refuses 12,000 ids and 101 ids naming the argument, before any SQL; 100 ids run', async () => {
      const ids = (n: number) => Array.from({ length: n }, (_, i) => encodeGlobalID('Organization', `x${i}`));
      const huge = expectRefused(await post(NODES, { ids: ids(12_000) }), 'BAD_USER_INPUT');
      expect(huge.extensions.argument).toEqual(['ids']);
      expect(huge.message).toMatch(
        /nodes\(…\) argument ids \(from variable \$ids\) holds 12000 entries; a list argument holds at most 100/,
      );
      expect(
        expectRefused(await post(NODES, { ids: ids(101) }), 'BAD_USER_INPUT').extensions.argument,
      ).toEqual(['ids']);
      const hundred = await post(NODES, { ids: ids(100) });
      expect(hundred.body).toEqual({ data: { nodes: Array(100).fill(null) } });
    });

    it('refuses a 60,000-entry enum list in a filter variable and a 101-entry literal one; 100 entries run', async () => {
      const query =
        'query($kinds: [OrganizationKind!]) { organizations(filter: { kind: $kinds }) { totalCount } }';
      const huge = expectRefused(
        await post(query, { kinds: Array(60_000).fill('BRANCH') }),
        'BAD_USER_INPUT',
      );
      expect(huge.extensions.argument).toEqual(['filter', 'kind']);
      expect(huge.message).toMatch(/holds 60000 entries/);
      const literal = (n: number) =>
        `{ organizations(filter: { kind: [${Array(n).fill('GROUP').join(' ')}] }) { totalCount } }`;
      expect(expectRefused(await post(literal(101)), 'BAD_USER_INPUT').extensions.argument).toEqual([
        'filter',
        'kind',
      ]);
      expect((await post(literal(100))).body.errors).toBeUndefined();
      expect((await post(query, { kinds: Array(100).fill('BRANCH') })).body.errors).toBeUndefined();
    });
  });

  describe('node lookups: missing, hidden and malformed ids look the same', () => {
    let member: string;
    let entry: string;
    let organization: string;
    beforeAll(async () => {
      const row = await db.prisma.member.findFirstOrThrow();
      member = encodeGlobalID('Member', row.id);
      // Whatever the AuditEntry node id is (seq or a public id), the API hands it to a system admin.
      const log = await post('{ auditLog(first: 1) { nodes { id } } }', {}, await adminBearer());
      entry = log.body.data.auditLog.nodes[0].id;
      organization = encodeGlobalID('Organization', row.organizationId);
    });

    it('answers exactly {"data":{"node":null}} to an outsider, whatever the id', async () => {
      const outsider = await bearer([{ role: 'ORG_VIEWER', organizationId: randomUUID() }], 'outsider');
      const unseen = [
        ['an existing member', member],
        ['a missing member', encodeGlobalID('Member', randomUUID())],
        ['an existing audit entry', entry],
        ['a missing audit entry', encodeGlobalID('AuditEntry', '999999')],
        ['AuditEntry:abc', encodeGlobalID('AuditEntry', 'abc')],
        ['an audit entry past 64 bits', encodeGlobalID('AuditEntry', '99999999999999999999')],
        ['an id with a NUL', encodeGlobalID('Member', 'a\u0000b')],
        ['an unknown type', encodeGlobalID('Nope', '1')],
        ['a type that is no node', encodeGlobalID('PageInfo', '1')],
        ['not base64 of Type:id', 'garbage!'],
      ];
      for (const authorization of [undefined, outsider]) {
        for (const [label, id] of unseen) {
          const answer = await post(NODE, { id }, authorization);
          expect(answer.text, label).toBe('{"data":{"node":null}}');
        }
        const several = await post(
          NODES,
          { ids: [...unseen.map(([, id]) => id), organization] },
          authorization,
        );
        expect(several.body.errors).toBeUndefined();
        expect(several.body.data.nodes).toEqual([...unseen.map(() => null), { id: organization }]);
      }
    });

    it('still hands the member and the entry to a system admin (the same ids)', async () => {
      const admin = await adminBearer();
      expect((await post(NODE, { id: member }, admin)).body.data.node).toMatchObject({ id: member });
      expect((await post(NODE, { id: entry }, admin)).body.data.node).toMatchObject({ id: entry });
    });
  });

  describe('bad arguments are typed errors naming the argument, before any SQL', () => {
    it('opens only cursors this server sealed: forged, tampered, foreign and garbled ones are BAD_USER_INPUT', async () => {
      const first = await post(PAGE, { first: 2 });
      const [a, b] = first.body.data.organizations.edges;
      const next = await post(PAGE, { first: 1, after: a.cursor });
      expect(next.body.data.organizations.edges[0].node.name).toBe(b.node.name);
      const inner = a.cursor.slice(0, a.cursor.lastIndexOf('.'));
      const forged = [
        ['unsealed', inner],
        [
          'pointing elsewhere',
          `${Buffer.from(`GPC:S:${randomUUID()}`).toString('base64')}.${a.cursor.split('.').slice(1).join('.')}`,
        ],
        ['tampered', `${a.cursor.slice(0, -1)}${a.cursor.endsWith('A') ? 'B' : 'A'}`],
        [
          'sealed by another key',
          new CursorSeal(randomBytes(32)).seal(
            a.cursor.split('.')[0],
            listArguments(listOf('Query', 'organizations'), {}),
            '',
          ),
        ],
        ['garbled', 'not a cursor'],
      ];
      for (const [label, cursor] of forged) {
        const refused = expectRefused(await post(PAGE, { first: 1, after: cursor }), 'BAD_USER_INPUT');
        expect(refused.extensions.argument, label).toEqual(['after']);
        expect(refused.message, label).toMatch(/"after" is not a cursor this API issued for this list/);
      }
      const before = expectRefused(await post(PAGE, { last: 1, before: inner }), 'BAD_USER_INPUT');
      expect(before.extensions.argument).toEqual(['before']);
      // A page nested in another query (planned into its parent's SQL) opens sealed cursors too.
      const CHILDREN =
        'query($id: ID!, $after: String) { organization(id: $id) { children(first: 1, after: $after) { edges { cursor node { name } } } } }';
      const root = await db.prisma.organization.findFirstOrThrow({ where: { parentId: null } });
      const id = encodeGlobalID('Organization', root.id);
      const [child] = (await post(CHILDREN, { id })).body.data.organization.children.edges;
      const nextChild = await post(CHILDREN, { id, after: child.cursor });
      expect(nextChild.body.errors).toBeUndefined();
      expect(nextChild.body.data.organization.children.edges[0].node.name).not.toBe(child.node.name);
      const forgedChild = `${Buffer.from(`GPC:S:${root.id}`).toString('base64')}`;
      expect(
        expectRefused(await post(CHILDREN, { id, after: forgedChild }), 'BAD_USER_INPUT').extensions.argument,
      ).toEqual(['after']);
    });

    it('refuses first: -1 and last: -1 with BAD_USER_INPUT; first: 0 is an empty page', async () => {
      for (const name of ['first', 'last']) {
        const refused = expectRefused(await post(PAGE, { [name]: -1 }), 'BAD_USER_INPUT');
        expect(refused.extensions.argument).toEqual([name]);
        expect(refused.message).toBe(`"${name}" must be 0 or more, got -1`);
      }
      expect((await post(PAGE, { first: 0 })).body).toEqual({ data: { organizations: { edges: [] } } });
    });

    it('refuses an Organization argument given a Member id, or a malformed one, with BAD_USER_INPUT', async () => {
      const row = await db.prisma.member.findFirstOrThrow();
      const query = 'query($id: ID!) { organization(id: $id) { name } }';
      const wrongType = expectRefused(
        await post(query, { id: encodeGlobalID('Member', row.id) }),
        'BAD_USER_INPUT',
      );
      expect(wrongType.message).toMatch(/is not of type: Organization/);
      expect(expectRefused(await post(query, { id: 'zzz' }), 'BAD_USER_INPUT').message).toMatch(
        /is not a global ID/,
      );
      const mutation =
        'mutation($input: DissolveOrganizationInput!) { dissolveOrganization(input: $input) { errors { code } } }';
      const input = { id: encodeGlobalID('Member', row.id) };
      expectRefused(await post(mutation, { input }, await adminBearer()), 'BAD_USER_INPUT');
    });

    it('gives a variable of the wrong type BAD_USER_INPUT too', async () => {
      const refused = expectRefused(await post(PAGE, { first: 'ten' }), 'BAD_USER_INPUT');
      expect(refused.message).toMatch(/Variable "\$first" got invalid value "ten"/);
    });
  });

  describe('deadline and statement timeout', () => {
    it('answers a query still running at its deadline with REQUEST_TIMEOUT', async () => {
      // The organization list never comes back: only the deadline can end this request.
      const stuck = new Proxy(db.prisma, {
        get(target, property) {
          if (property === 'organization')
            return { findMany: () => new Promise(() => {}), count: () => new Promise(() => {}) };
          // The compiled read path's statement never comes back either: the deadline ends it too.
          if (property === '$queryRawUnsafe') return () => new Promise(() => {});
          return Reflect.get(target, property, target);
        },
      });
      const options: ServerOptions = {
        db: { ...db, prisma: stuck },
        auth: await testAuth(),
        production: true,
        requestTimeoutMs: 50,
      };
      const answer = await post(
        '{ organizations(first: 1) { totalCount } }',
        {},
        undefined,
        createGonghuiYoga(options),
      );
      expect(answer.body.errors?.[0]?.extensions?.code).toBe('REQUEST_TIMEOUT');
      expect(answer.body.errors?.[0]?.message).toMatch(/ran past its deadline/);
    });

    it(`sets statement_timeout (default ${DEFAULT_STATEMENT_TIMEOUT_MS} ms, configurable)`, async () => {
      const shown =
        await db.prisma.$queryRawUnsafe<{ statement_timeout: string }[]>('SHOW statement_timeout');
      expect(shown[0]?.statement_timeout).toBe(`${DEFAULT_STATEMENT_TIMEOUT_MS / 1000}s`);
      const configured =
        backend === 'pglite'
          ? await databaseFromPGlite(await createTestPGlite(), 'memory:// (test)', {
              migrate: false,
              personalData: testPersonalData,
              auditKey: testAuditKey,
              statementTimeoutMs: 250,
            })
          : null;
      if (configured) {
        const again =
          await configured.prisma.$queryRawUnsafe<{ statement_timeout: string }[]>('SHOW statement_timeout');
        expect(again[0]?.statement_timeout).toBe('250ms');
        await configured.close();
      }
    });
  });
});

describe.skipIf(testPostgresUrl() === undefined)('statement_timeout on PostgreSQL', () => {
  it('cancels a statement past it (here: waiting on a lock) and answers REQUEST_TIMEOUT, not a fault', async () => {
    const server = await createTestPostgresDatabase();
    const db = await openDatabase({
      url: server.url,
      personalData: testPersonalData,
      auditKey: testAuditKey,
      statementTimeoutMs: 250,
    });
    const locker = new pg.Client({ connectionString: server.url });
    await locker.connect();
    try {
      const shown =
        await db.prisma.$queryRawUnsafe<{ statement_timeout: string }[]>('SHOW statement_timeout');
      expect(shown[0]?.statement_timeout).toBe('250ms');
      await locker.query('BEGIN');
      await locker.query('LOCK TABLE "Organization" IN ACCESS EXCLUSIVE MODE');
      const yoga = createGonghuiYoga({ db, auth: await testAuth(), production: true });
      const response = await yoga.fetch('http://test/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ organizations(first: 1) { totalCount } }' }),
      });
      const body = (await response.json()) as Body;
      expect(body.errors?.[0]?.extensions?.code, JSON.stringify(body)).toBe('REQUEST_TIMEOUT');
      expect(body.errors?.[0]?.message).toMatch(/statement timeout/);
    } finally {
      await locker.query('ROLLBACK').catch(() => undefined);
      await locker.end();
      await db.close();
      await server.drop();
    }
  });
});
