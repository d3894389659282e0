// The attacker's look at the HTTP fast path (src/compiled-reads/fast-path.ts) and the document limits in
// front of it: hostile bodies, content types, methods and wrongly-typed variables get from a production
// server with the fast path exactly what yoga alone answers (each sent twice: the fast path answers a
// document only once yoga validated its text), and a document padded with a comment — no token, so
// graphql-armor let it through, and every cache remembers documents by their text — is refused before
// it is parsed (it was answered, and held, ~1 MB each: test 'refuses a document over …' failed before).
import { systemClock, uuidIds } from '@gonghui/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_DOCUMENT_LENGTH } from '../src/hardening/document-size.js';
import { seedDemoData } from '../src/seed.js';
import type { Database } from '../src/store/database.js';
import { PrismaStore } from '../src/store/prisma-store.js';
import { bearer } from './support/auth.js';
import { createTestDatabase, testBackends } from './support/database.js';
import { type FastAndNormal, fastAndNormalServers } from './support/servers.js';

const READ = 'query Read($first: Int) { organizations(first: $first) { nodes { name } } }';

/** One hostile request: its method, headers and body as sent. */
interface Attack {
  readonly name: string;
  readonly method?: string;
  readonly headers?: Record<string, string>;
  readonly body?: string;
  readonly query?: string;
}

const json = { 'content-type': 'application/json' };
const read = (variables: unknown) => JSON.stringify({ query: READ, variables });

const ATTACKS: Attack[] = [
  { name: 'first as a string', headers: json, body: read({ first: '5' }) },
  { name: 'first not whole', headers: json, body: read({ first: 5.5 }) },
  { name: 'first past Int', headers: json, body: read({ first: 1e10 }) },
  { name: 'first negative', headers: json, body: read({ first: -1 }) },
  { name: 'first over the page size', headers: json, body: read({ first: 101 }) },
  { name: 'first as a list', headers: json, body: read({ first: [5] }) },
  { name: 'first as an object', headers: json, body: read({ first: { valueOf: 5 } }) },
  { name: 'an undeclared variable', headers: json, body: read({ first: 2, extra: 'x'.repeat(5000) }) },
  {
    name: 'variables as a string',
    headers: json,
    body: JSON.stringify({ query: READ, variables: '{"first":2}' }),
  },
  { name: 'variables as a list', headers: json, body: JSON.stringify({ query: READ, variables: [2] }) },
  {
    name: 'the query twice',
    headers: json,
    body: `{"query":"{ __typename }","query":${JSON.stringify(READ)}}`,
  },
  { name: 'a __proto__ field', headers: json, body: `{"query":${JSON.stringify(READ)},"__proto__":{"x":1}}` },
  {
    name: 'extensions',
    headers: json,
    body: JSON.stringify({ query: READ, extensions: { persistedQuery: {} } }),
  },
  {
    name: 'an unknown operation name',
    headers: json,
    body: JSON.stringify({ query: READ, operationName: 'Other' }),
  },
  { name: 'operationName a number', headers: json, body: JSON.stringify({ query: READ, operationName: 5 }) },
  { name: 'a byte order mark', headers: json, body: `\uFEFF${read({ first: 2 })}` },
  { name: 'malformed JSON', headers: json, body: `${read({ first: 2 }).slice(0, -1)}` },
  { name: 'a batch', headers: json, body: JSON.stringify([{ query: READ }, { query: READ }]) },
  { name: 'JSON null', headers: json, body: 'null' },
  { name: 'charset utf-16', headers: { 'content-type': 'application/json; charset=utf-16' }, body: read({}) },
  { name: 'text/plain (a form could send it)', headers: { 'content-type': 'text/plain' }, body: read({}) },
  { name: 'no content type', body: read({}) },
  { name: 'a GET', method: 'GET', query: `?query=${encodeURIComponent(READ)}` },
  {
    name: 'a GET with the CSRF header',
    method: 'GET',
    headers: { 'x-graphql-csrf': '1' },
    query: `?query=${encodeURIComponent(READ)}`,
  },
  {
    name: 'a GET of a mutation',
    method: 'GET',
    headers: { 'x-graphql-csrf': '1' },
    query: `?query=${encodeURIComponent('mutation { __typename }')}`,
  },
  { name: 'accept text/html', headers: { ...json, accept: 'text/html' }, body: read({ first: 2 }) },
  { name: 'a bad token', headers: { ...json, authorization: 'Bearer x.y.z' }, body: read({ first: 2 }) },
];

describe.each(testBackends())('the fast path under attack on %s', (backend) => {
  let db: Database;
  let servers: FastAndNormal;

  beforeAll(async () => {
    db = await createTestDatabase(backend);
    await seedDemoData(new PrismaStore(db), { clock: systemClock, ids: uuidIds });
    servers = await fastAndNormalServers(db);
  }, 120_000);
  afterAll(async () => {
    await servers?.close();
    await db?.close();
  });

  /** Sends `attack` to `url`: its status and body. */
  async function send(url: string, attack: Attack): Promise<{ status: number; body: string }> {
    const response = await fetch(`${url}${attack.query ?? ''}`, {
      method: attack.method ?? 'POST',
      headers: attack.headers ?? {},
      ...(attack.body === undefined ? {} : { body: attack.body }),
    });
    return { status: response.status, body: await response.text() };
  }

  it.each(ATTACKS)('answers $name as yoga alone does', async (attack) => {
    const normal = await send(servers.normal.url, attack);
    await send(servers.fast.url, attack); // yoga validates it; the next one is the fast path's, if any
    expect(await send(servers.fast.url, attack)).toEqual(normal);
  });

  it(`refuses a document over ${MAX_DOCUMENT_LENGTH} characters before parsing it, on both paths (a comment made it any size)`, async () => {
    const member = await bearer([{ role: 'MEMBER', memberId: uuidIds.next() }], 'padder');
    for (const url of [servers.fast.url, servers.normal.url]) {
      const at = (length: number) => {
        const query = `${READ} #`;
        return JSON.stringify({
          query: `${query}${'x'.repeat(length - query.length)}`,
          variables: { first: 1 },
        });
      };
      // At the limit: answered.
      const fits = await fetch(url, {
        method: 'POST',
        headers: { ...json, authorization: member },
        body: at(MAX_DOCUMENT_LENGTH),
      });
      expect(fits.status).toBe(200);
      expect(((await fits.json()) as { errors?: unknown }).errors).toBeUndefined();
      // One more character, and a megabyte of comment: refused, twice (the fast path never learns it).
      for (const length of [MAX_DOCUMENT_LENGTH + 1, 1000 * 1000]) {
        for (let i = 0; i < 2; i++) {
          const refused = await fetch(url, { method: 'POST', headers: json, body: at(length) });
          expect(refused.status).toBe(413);
          expect(await refused.json()).toEqual({
            errors: [
              {
                message: expect.stringContaining(`over the limit of ${MAX_DOCUMENT_LENGTH}`),
                extensions: { code: 'DOCUMENT_TOO_LARGE', maxLength: MAX_DOCUMENT_LENGTH },
              },
            ],
          });
        }
      }
    }
  });
});
