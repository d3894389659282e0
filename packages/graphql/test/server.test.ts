import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningServer, startServer } from '../src/server.js';
import type { Database } from '../src/store/database.js';
import { testAuth } from './support/auth.js';
import { createTestDatabase } from './support/database.js';

describe('gonghui server over HTTP', () => {
  let db: Database;
  let server: RunningServer;

  beforeAll(async () => {
    db = await createTestDatabase('pglite');
    server = await startServer({ db, auth: await testAuth(), port: 0, production: false });
  });
  afterAll(async () => {
    await server?.close().catch(() => undefined);
    await db?.close();
  });

  it('answers the health endpoint with the database state', async () => {
    const response = await fetch(server.url.replace(/\/graphql$/, '/health'));
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok', database: 'ok', kind: 'pglite' });
  });

  it('serves GraphiQL with the example operations to a browser', async () => {
    const response = await fetch(server.url, { headers: { accept: 'text/html' } });
    expect(response.status).toBe(200);
    const html = await response.text();
    expect(html).toContain('GraphiQL');
    expect(html).toContain('MeiyuanFederation');
    // Scripts and styles are inlined from the package: nothing is loaded from a CDN.
    expect(html).not.toMatch(/<(script|link)\b[^>]*\b(src|href)=["']?(https?:)?\/\//i);
  });

  it('reports malformed JSON as a client error, not a fault', async () => {
    const response = await fetch(server.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"query": ',
    });
    expect(response.status).toBe(400);
    const body = (await response.json()) as { errors: { message: string }[] };
    expect(body.errors[0]?.message).toMatch(/JSON/i);
  });

  it('finishes an in-flight request during a graceful shutdown, then refuses new ones', async () => {
    // Close the moment the request reaches the handler (no sleep): it is in flight by construction.
    const closed = new Promise<void>((resolve, reject) => {
      server.http.once('request', () => server.close().then(resolve, reject));
    });
    const response = await fetch(server.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: '{ organizations(first: 100) { totalCount nodes { name subtree { totalCount } } } }',
      }),
    });
    expect(response.status).toBe(200);
    expect(((await response.json()) as { data: unknown }).data).toBeTruthy();
    await closed;
    await expect(fetch(server.url)).rejects.toThrow();
  });
});
