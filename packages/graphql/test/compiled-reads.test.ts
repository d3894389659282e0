// The compiled read path (src/compiled-reads) against the normal path: many generated queries —
// random shapes over organization, organizations, parent, ancestors, children and subtree pages,
// fragments, aliases, @skip/@include, fields that do not compile — with random variables (valid,
// missing, malformed and other types' ids, page sizes from -1 to 150, cursors of the same list, of
// other lists and forged, filters) and viewers of different scopes, each answered by a server with
// the compiled path and one without, on the same database. The answers must be the same JSON (the
// same bytes once errors are in one order) with the same status and content type, and most of the
// queries must have been compiled.

import { systemClock, uuidIds } from '@gonghui/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COMPILED_SQL_MARK, ORGANIZATION_SCALARS } from '../src/compiled-reads/compile.js';
import { seedDemoData } from '../src/seed.js';
import { createGonghuiYoga, type RunningServer, startServer } from '../src/server.js';
import type { Database } from '../src/store/database.js';
import { PrismaStore } from '../src/store/prisma-store.js';
import { adminBearer, bearer, testAuth } from './support/auth.js';
import { countQueries, createTestDatabase, testBackends } from './support/database.js';
import { capturedLogger, fastAndNormalServers, type LogLine, requestFacts } from './support/servers.js';

/** A request id made by the server. */
const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g;

/** Generated queries per backend. */
const CASES = 120;

/** Of them, sent over HTTP (each three times) to the servers with and without the fast path. */
const HTTP_CASES = 60;

/** A small deterministic PRNG (mulberry32), so a failing case can be replayed from its seed. */
function random(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    chance: (p: number) => next() < p,
    pick: <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T,
    int: (min: number, max: number) => min + Math.floor(next() * (max - min + 1)),
  };
}

type Random = ReturnType<typeof random>;

const globalId = (type: string, id: string) => Buffer.from(`${type}:${id}`).toString('base64');

/** Values the generator draws arguments from. */
interface Pools {
  readonly ids: string[];
  readonly badIds: string[];
  /** Cursors by the kind of list that issued them, and a forged one. */
  readonly cursors: Record<ListKind | 'forged', string[]>;
  /** Cursors of `children` and `subtree` (no other arguments) by the global ID of their parent. */
  readonly cursorsUnder: Record<'children' | 'subtree', Map<string, string[]>>;
}

/** The filter of the `organizations` page whose cursors are harvested (a cursor is bound to its list's arguments). */
const HARVESTED_FILTER = { level: ['COUNTY'] };

/** The lists that issue cursors. */
type ListKind = 'children' | 'subtree' | 'organizations';

/** One generated request: a document and its variables. */
interface Generated {
  readonly query: string;
  readonly variables: Record<string, unknown>;
}

/** Builds one random query. */
function generate(r: Random, pools: Pools): Generated {
  const variables: Record<string, unknown> = {};
  const declarations: string[] = [];
  // Some queries also select fields that do not compile: the whole query then runs normally.
  const mixIn = r.chance(0.12);
  const fragments: string[] = [];
  let counter = 0;
  const variable = (type: string, value: unknown): string => {
    counter += 1;
    const name = `v${counter}`;
    declarations.push(`$${name}: ${type}`);
    if (value !== undefined) variables[name] = value;
    return `$${name}`;
  };
  const directive = (): string => {
    if (!r.chance(0.1)) return '';
    return r
      .pick([' @skip(if: true)', ' @skip(if: false)', ' @include(if: true)'])
      .replace(/true|false/, (literal) =>
        r.chance(0.5) ? variable('Boolean!', literal === 'true') : literal,
      );
  };
  /**
   * A page's arguments; `parent` is the global ID of the organization it hangs under when the query
   * names it. A cursor is mostly one of this very list (its parent's, with the arguments it was
   * issued with), else of another list, forged or garbled.
   */
  const pageArgs = (
    list: ListKind,
    nested: boolean,
    parent: string | null,
  ): { args: string; own: boolean } => {
    const args: string[] = [];
    let own = false;
    if (r.chance(nested ? 0.95 : 0.85)) {
      const sizes = nested ? [0, 1, 2, 3, 5] : [0, 1, 2, 3, 5, 10, 20, 100, 150, null];
      const first = r.chance(0.03) ? -1 : r.pick(sizes);
      args.push(`first: ${r.chance(0.5) && first !== null ? first : variable('Int', first)}`);
    }
    // Under every row of a page a real cursor names one parent at most, and the others' refusals race
    // to null the page (which one is reported varies from run to run): no cursor there.
    if (!(list !== 'organizations' && parent === null) && r.chance(0.3)) {
      const under =
        list === 'organizations' || parent === null ? undefined : pools.cursorsUnder[list].get(parent);
      let after: string | null;
      if (r.chance(0.1)) after = r.pick(['not-a-cursor', '', null, ...pools.cursors.forged]);
      else if (r.chance(0.85)) {
        own = list === 'organizations' || under !== undefined;
        after = r.pick(under ?? pools.cursors[list]);
      } else after = r.pick(pools.cursors[r.pick(['children', 'subtree', 'organizations'] as const)]);
      args.push(`after: ${variable('String', after)}`);
    }
    if (r.chance(0.03)) args.push(`last: ${r.int(1, 3)}`);
    // A cursor of this list keeps the arguments it was issued with (mostly).
    const withFilter = list !== 'children' && !(own && r.chance(0.9));
    if (own && list === 'organizations' && !withFilter) {
      args.push(`filter: ${variable('OrganizationFilter', HARVESTED_FILTER)}`);
    }
    if (withFilter && r.chance(0.4)) {
      const filter: Record<string, unknown> = {};
      if (r.chance(0.3))
        filter.kind = [
          r.pick(['FEDERATION_OF_TRADE_UNIONS', 'GRASSROOTS_UNION', 'INDUSTRY_CHAIN_FEDERATION']),
        ];
      if (r.chance(0.4)) filter.level = r.pick([[], ['COUNTY'], ['TOWNSHIP', 'GRASSROOTS'], ['MUNICIPAL']]);
      if (r.chance(0.2)) filter.status = r.pick(['ACTIVE', 'DISSOLVED']);
      if (r.chance(0.3)) filter.regionCode = r.pick(['33', '3302', '330203', '', '3_']);
      if (r.chance(0.3)) filter.nameContains = r.pick(['区', '总工会', '梅园', '', '%', 'ZZ']);
      args.push(`filter: ${variable('OrganizationFilter', filter)}`);
    }
    return { args: args.length > 0 ? `(${args.join(', ')})` : '', own: own && !withFilter };
  };
  const scalars = [...ORGANIZATION_SCALARS, '__typename'];
  /** An organization's selection; `id` is its global ID when the query names it (a root `organization`). */
  const organization = (depth: number, id: string | null = null): string => {
    const fields: string[] = [];
    for (let i = r.int(1, 4); i > 0; i -= 1) fields.push(r.pick(scalars) + directive());
    if (depth < 3 && r.chance(0.35)) fields.push(`parent { ${organization(depth + 1)} }`);
    if (depth < 3 && r.chance(0.15)) fields.push(`ancestors { ${organization(3)} }`);
    // A page may be asked again under an alias with other arguments (each keeps its own page).
    const again = () => (r.chance(0.2) ? 2 : 1);
    for (let copy = depth < 2 && r.chance(0.35) ? again() : 0; copy > 0; copy -= 1) {
      const alias = copy > 1 ? `k${copy}: ` : '';
      fields.push(`${alias}children${pageArgs('children', depth > 0, id).args} { ${connection(depth + 1)} }`);
    }
    for (let copy = depth < 2 && r.chance(0.3) ? again() : 0; copy > 0; copy -= 1) {
      const page = pageArgs('subtree', depth > 0, id);
      const self = r.chance(page.own ? 0.05 : 0.3) ? `includeSelf: ${r.chance(0.5)}` : '';
      const all = [page.args.slice(1, -1), self].filter(Boolean).join(', ');
      const alias = copy > 1 ? `s${copy}: ` : '';
      fields.push(`${alias}subtree${all ? `(${all})` : ''} { ${connection(depth + 1)} }`);
    }
    // Fields the compiled path leaves to the normal one (one of them protected).
    if (mixIn && r.chance(0.3))
      fields.push(
        r.pick([
          'memberUnions(first: 2) { totalCount }',
          'members(first: 1) { totalCount }',
          'congress { name }',
        ]),
      );
    if (r.chance(0.1)) {
      const name = `F${fragments.length + 1}`;
      fragments.push(`fragment ${name} on Organization { ${fields.splice(0, 1).join(' ') || 'name'} }`);
      fields.push(`...${name}`);
    }
    if (r.chance(0.1))
      fields.push(r.pick(['... on Organization { name }', '... on Node { id }', '... { depth }']));
    return fields.join(' ');
  };
  const connection = (depth: number): string => {
    const fields: string[] = [];
    if (r.chance(0.5)) fields.push('totalCount');
    if (r.chance(0.6)) fields.push(`nodes { ${organization(depth)} }`);
    if (r.chance(0.4)) {
      const edge = [
        r.chance(0.6) ? 'cursor' : '',
        r.chance(0.7) ? `node { ${organization(depth)} }` : '',
        r.chance(0.1) ? '__typename' : '',
      ];
      fields.push(`edges { ${edge.filter(Boolean).join(' ') || 'cursor'} }`);
    }
    if (r.chance(0.4)) {
      const info = ['hasNextPage', 'hasPreviousPage', 'startCursor', 'endCursor', '__typename'].filter(() =>
        r.chance(0.5),
      );
      fields.push(`pageInfo { ${info.join(' ') || 'hasNextPage'} }`);
    }
    if (r.chance(0.1)) fields.push('__typename');
    return fields.join(' ') || 'totalCount';
  };
  const roots: string[] = [];
  for (let i = r.chance(0.2) ? 2 : 1; i > 0; i -= 1) {
    const alias = `r${i}: `;
    if (r.chance(0.6)) {
      const id = r.chance(0.15) ? r.pick(pools.badIds) : r.pick(pools.ids);
      const fields = organization(0, id);
      roots.push(`${alias}organization(id: ${variable('ID!', id)}) { ${fields} }`);
    } else {
      roots.push(`${alias}organizations${pageArgs('organizations', false, null).args} { ${connection(0)} }`);
    }
  }
  if (r.chance(0.05)) roots.push('__typename');
  const head = declarations.length > 0 ? `(${declarations.join(', ')})` : '';
  return { query: [`query Generated${head} { ${roots.join(' ')} }`, ...fragments].join('\n'), variables };
}

/**
 * The answer as JSON text again, its errors sorted: the normal path runs sibling fields concurrently,
 * so the order of their errors varies from run to run (the data's key order is kept).
 */
function normalised(body: string): string {
  const answer = JSON.parse(body) as { errors?: unknown[] };
  answer.errors?.sort((a, b) => (JSON.stringify(a) < JSON.stringify(b) ? -1 : 1));
  return JSON.stringify(answer);
}

describe.each(testBackends())('the compiled read path answers like the normal path on %s', (backend) => {
  let db: Database;
  let compiled: ReturnType<typeof createGonghuiYoga>;
  let normal: ReturnType<typeof createGonghuiYoga>;
  const pools: Pools = {
    ids: [],
    badIds: [],
    cursors: { children: [], subtree: [], organizations: [], forged: [] },
    cursorsUnder: { children: new Map(), subtree: new Map() },
  };
  let viewers: (string | null)[];

  /** POSTs a query to one server: status, content type and body text. */
  async function ask(yoga: typeof compiled, request: Generated, authorization: string | null) {
    const response = await yoga.fetch('http://test/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(authorization ? { authorization } : {}) },
      body: JSON.stringify(request),
    });
    return {
      status: response.status,
      type: response.headers.get('content-type'),
      body: normalised(await response.text()),
    };
  }

  beforeAll(async () => {
    db = await createTestDatabase(backend);
    await seedDemoData(new PrismaStore(db), { clock: systemClock, ids: uuidIds });
    const auth = await testAuth();
    compiled = createGonghuiYoga({ db, auth, production: false });
    normal = createGonghuiYoga({ db, auth, production: false, compiledReads: false });
    const organizations = await db.prisma.organization.findMany({
      orderBy: [{ depth: 'asc' }, { name: 'asc' }],
    });
    const byDepth = (depth: number) => organizations.filter((o) => o.depth === depth).slice(0, 3);
    pools.ids.push(...[0, 1, 2, 3, 4].flatMap(byDepth).map((o) => globalId('Organization', o.id)));
    pools.badIds.push(
      globalId('Organization', 'no-such-organization'),
      globalId('Member', organizations[0]?.id ?? 'x'),
      globalId('Organization', 'a\u0000b'),
      'not-a-global-id',
    );
    // Cursors of every kind of list, from the normal path (those of children and subtree under every
    // organization of the pool), and one forged from a real one.
    type Edges = { edges: { cursor: string }[] };
    const cursors = (page: Edges) => page.edges.map((edge) => edge.cursor);
    for (const id of pools.ids) {
      const harvest = await ask(
        normal,
        {
          query: `query($id: ID!) { organization(id: $id) { children(first: 4) { edges { cursor } } subtree(first: 6) { edges { cursor } } } }`,
          variables: { id },
        },
        null,
      );
      const { data } = JSON.parse(harvest.body) as {
        data: { organization: { children: Edges; subtree: Edges } };
      };
      for (const list of ['children', 'subtree'] as const) {
        const issued = cursors(data.organization[list]);
        if (issued.length > 0) pools.cursorsUnder[list].set(id, issued);
        pools.cursors[list].push(...issued);
      }
    }
    const harvest = await ask(
      normal,
      {
        query:
          'query($filter: OrganizationFilter) { organizations(first: 4, filter: $filter) { edges { cursor } } }',
        variables: { filter: HARVESTED_FILTER },
      },
      null,
    );
    pools.cursors.organizations.push(
      ...cursors((JSON.parse(harvest.body) as { data: { organizations: Edges } }).data.organizations),
    );
    pools.cursors.forged.push(`${(pools.cursors.subtree[0] as string).slice(0, -3)}AAA`);
    expect(pools.cursors.organizations).toHaveLength(4);
    expect(pools.cursorsUnder.subtree.get(pools.ids[0] as string)).toHaveLength(6);
    const viewerOrg = organizations.find((o) => o.depth === 1)?.id as string;
    viewers = [
      null,
      await adminBearer(),
      await bearer([{ role: 'ORG_VIEWER', organizationId: viewerOrg }], 'city-viewer'),
      await bearer([{ role: 'ORG_ADMIN', organizationId: organizations.at(-1)?.id as string }], 'leaf-admin'),
      await bearer([{ role: 'MEMBER', memberId: 'someone' }], 'a-member'),
    ];
  });
  afterAll(() => db?.close());

  it(`${CASES} generated queries: same status and bytes, most of them compiled`, async () => {
    const seed = Number(process.env.COMPILED_READS_SEED ?? 20261130);
    const r = random(seed);
    let compiledCount = 0;
    for (let i = 0; i < CASES; i += 1) {
      const request = generate(r, pools);
      const viewer = r.chance(0.05) ? 'Bearer not.a.token' : r.pick(viewers);
      const counter = countQueries(db.prisma);
      let fast: Awaited<ReturnType<typeof ask>>;
      try {
        fast = await ask(compiled, request, viewer);
      } finally {
        counter.stop();
      }
      if (counter.statements().some((sql) => sql.startsWith(COMPILED_SQL_MARK))) compiledCount += 1;
      const slow = await ask(normal, request, viewer);
      const context = `case ${i} (seed ${seed}): ${request.query}\n${JSON.stringify(request.variables)}`;
      expect(fast, context).toEqual(slow);
    }
    expect(compiledCount).toBeGreaterThan(CASES * 0.6);
  });

  it(`${HTTP_CASES} generated queries over HTTP in production: the fast path answers repeats with the same status, headers, bytes and log lines`, async () => {
    // The same queries and viewers as the test above (the same seed); headers come from a PRNG of their own.
    const seed = Number(process.env.COMPILED_READS_SEED ?? 20261130);
    const r = random(seed);
    const h = random(seed + 1);
    const { fast, normal: slow, fastLines, normalLines, close } = await fastAndNormalServers(db);
    try {
      /** POSTs over HTTP: status, the headers that do not vary by time or connection, and the body. */
      const post = async (url: string, request: Generated, headers: Record<string, string>) => {
        const response = await fetch(url, {
          method: 'POST',
          headers: { 'content-type': 'application/json', ...headers },
          body: JSON.stringify(request),
        });
        const given = Object.fromEntries(response.headers);
        for (const name of ['date', 'connection', 'keep-alive']) delete given[name];
        if (!headers['x-request-id'])
          given['x-request-id'] = given['x-request-id']?.replace(UUID, '<uuid>') ?? '';
        const text = await response.text();
        // Not every answer is JSON (406 for an Accept the server cannot serve has no body); a masked
        // fault names a new request id (a UUID) in production.
        const body = (text.startsWith('{') ? normalised(text) : text).replace(UUID, '<uuid>');
        return { status: response.status, headers: given, body };
      };
      for (let i = 0; i < HTTP_CASES; i += 1) {
        const request = generate(r, pools);
        const viewer = r.chance(0.05) ? 'Bearer not.a.token' : r.pick(viewers);
        const headers: Record<string, string> = {
          ...(viewer ? { authorization: viewer } : {}),
          ...(h.chance(0.3) ? { origin: 'https://app.example' } : {}),
          ...(h.chance(0.3) ? { 'x-request-id': `case-${i}` } : {}),
        };
        const accept = h.pick([
          undefined,
          undefined,
          'application/json',
          '*/*',
          'application/graphql-response+json',
          'text/html',
        ]);
        if (accept) headers.accept = accept;
        const context = `case ${i} (seed ${seed}): ${request.query}\n${JSON.stringify(request.variables)} ${JSON.stringify(headers)}`;
        const expected = await post(slow.url, request, headers);
        // The first time yoga answers (and learns the document); the repeat may take the fast path.
        for (const round of ['first', 'repeat'])
          expect(await post(fast.url, request, headers), `${round} ${context}`).toEqual(expected);
        await post(slow.url, request, headers);
      }
      expect(fast.fastPath?.answered).toBeGreaterThan(HTTP_CASES * 0.3);
      expect(requestFacts(fastLines)).toEqual(requestFacts(normalLines));
      expect(requestFacts(fastLines)).toHaveLength(HTTP_CASES * 2);
    } finally {
      await close();
    }
  });

  it('the fast path counts a request once against the rate limit, also when it hands it to yoga, and keeps its deadline', async () => {
    const servers: RunningServer[] = [];
    const post = async (url: string, request: Generated) => {
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(request),
      });
      return { status: response.status, body: await response.text() };
    };
    const query = 'query One($id: ID!) { organization(id: $id) { name } }';
    const good = { query, variables: { id: pools.ids[2] } };
    const otherType = { query, variables: { id: pools.badIds[1] } };
    try {
      const limited = await startServer({
        db,
        auth: await testAuth(),
        production: true,
        port: 0,
        rateLimit: { points: 4, duration: 60 },
      });
      servers.push(limited);
      // yoga (learns the document), fast path, fast path handing to yoga (an id of another type), fast path, over the limit.
      const answers = [];
      for (const request of [good, good, otherType, good, good])
        answers.push(await post(limited.url, request));
      expect(answers.map(({ status }) => status)).toEqual([200, 200, 200, 200, 429]);
      expect(answers[2]?.body).toMatch(/"errors"/);
      expect(answers[4]?.body).toMatch(/RATE_LIMITED/);
      expect(limited.fastPath?.answered).toBe(2);

      // A statement that never comes back: yoga and the fast path both answer REQUEST_TIMEOUT at the deadline.
      let statements = 0;
      const stuck = new Proxy(db.prisma, {
        get(target, property) {
          if (property === '$queryRawUnsafe')
            return () => {
              statements += 1;
              return new Promise(() => {});
            };
          return Reflect.get(target, property, target);
        },
      });
      const slow = await startServer({
        db: { ...db, prisma: stuck },
        auth: await testAuth(),
        production: true,
        port: 0,
        requestTimeoutMs: 50,
      });
      servers.push(slow);
      const first = await post(slow.url, good); // yoga: its statement (unless its deadline passed before it ran)
      const before = statements;
      const second = await post(slow.url, good); // the fast path's statement; yoga, handed it past the deadline, runs none
      for (const answer of [first, second]) expect(answer.body).toMatch(/"code":"REQUEST_TIMEOUT"/);
      expect(second).toEqual(first);
      expect(slow.fastPath?.answered).toBe(0);
      expect(statements - before).toBe(1);
    } finally {
      await Promise.all(servers.map((server) => server.close()));
    }
  });

  it('counts what falls back by reason, and warns once per document when a compiled statement fails', async () => {
    // Compiled statements fail (a compiler bug, as far as the server can tell); everything else runs.
    const broken = new Proxy(db.prisma, {
      get(target, property) {
        if (property === '$queryRawUnsafe') {
          return (sql: string, ...params: unknown[]) =>
            sql.startsWith(COMPILED_SQL_MARK)
              ? Promise.reject(Object.assign(new Error('syntax error at or near "x"'), { code: '42601' }))
              : target.$queryRawUnsafe(sql, ...params);
        }
        return Reflect.get(target, property, target);
      },
    });
    const lines: LogLine[] = [];
    const server = createGonghuiYoga({
      db: { ...db, prisma: broken },
      auth: await testAuth(),
      production: false,
      logger: capturedLogger(lines, 'warn'),
    });
    const byId = {
      query: 'query One($id: ID!) { organization(id: $id) { name } }',
      variables: { id: pools.ids[1] },
    };
    const page = { query: 'query Page { organizations(first: 2) { nodes { name } } }', variables: {} };
    for (const request of [byId, byId, page])
      expect(await ask(server, request, null)).toEqual(await ask(normal, request, null));
    // An id of another type: the normal path refuses it (not a compiler bug: no warning).
    const otherType = { ...byId, variables: { id: pools.badIds[1] } };
    expect(await ask(server, otherType, null)).toEqual(await ask(normal, otherType, null));
    const warnings = lines.filter((line) => line.msg.startsWith('a compiled read statement failed'));
    expect(warnings.map(({ operation, sqlState }) => ({ operation, sqlState }))).toEqual([
      { operation: 'One', sqlState: '42601' },
      { operation: 'Page', sqlState: '42601' },
    ]);
    // Neither the statement's text nor the error's message is logged.
    expect(JSON.stringify(lines)).not.toMatch(/syntax error|SELECT/);
    const metrics = await (await server.fetch('http://test/metrics')).text();
    expect(metrics).toMatch(/^gonghui_compiled_read_fallbacks_total\{reason="statement"\} 3$/m);
    expect(metrics).toMatch(/^gonghui_compiled_read_fallbacks_total\{reason="arguments"\} 1$/m);
    expect(metrics).toMatch(/^gonghui_compiled_read_fallbacks_total\{reason="cursor"\} 0$/m);
  });
});
