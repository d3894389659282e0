// Logs, metrics and traces: one structured line per request that never carries what the client sent
// (an ID number or a phone in the variables leaves no trace), /metrics and who may read it, and
// OpenTelemetry spans per operation, as redacted as the logs.

import { Writable } from 'node:stream';
import { idCheckCharacter, systemClock, uuidIds } from '@gonghui/core';
import { InMemorySpanExporter } from '@opentelemetry/sdk-trace-base';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../src/observe/log.js';
import { tracerProvider } from '../src/observe/tracing.js';
import { DEMO_KINDERGARTEN_UNION, seedDemoData } from '../src/seed.js';
import { createGonghuiYoga } from '../src/server.js';
import type { Database } from '../src/store/database.js';
import { PrismaStore } from '../src/store/prisma-store.js';
import { adminBearer, testAuth } from './support/auth.js';
import { createTestDatabase, testPostgresUrl } from './support/database.js';

const REGISTER = `mutation RegisterSomeone($input: RegisterMemberInput!) {
  registerMember(input: $input) { member { id idNumber phone } errors { code } }
}`;

/** A fictional person: what must never reach a log line or a span. */
const ID_FIRST17 = '33020319851104231';
const PERSON = {
  name: '欧阳秘密',
  idNumber: ID_FIRST17 + idCheckCharacter(ID_FIRST17),
  phone: '13957412368',
};
/** The distinctive pieces of the person's data, any of which in a log would be a leak. */
const SECRETS = [PERSON.name, PERSON.idNumber, ID_FIRST17, PERSON.phone, PERSON.phone.slice(3)];

describe('logs, metrics and traces', () => {
  let db: Database;
  const lines: Record<string, unknown>[] = [];
  let raw = '';
  const spans = new InMemorySpanExporter();
  const tracing = tracerProvider(spans, false);
  let yoga: ReturnType<typeof createGonghuiYoga>;
  let unionId: string;

  const capture = new Writable({
    write(chunk, _encoding, done) {
      raw += chunk.toString();
      for (const line of chunk.toString().split('\n').filter(Boolean)) lines.push(JSON.parse(line));
      done();
    },
  });
  const post = async (body: unknown, headers: Record<string, string> = {}) => {
    const response = await yoga.fetch('http://test/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify(body),
    });
    return { response, body: (await response.json()) as { data?: any; errors?: any[] } };
  };
  const requestLines = () => lines.filter((line) => line.msg === 'request');

  beforeAll(async () => {
    db = await createTestDatabase('pglite');
    await seedDemoData(new PrismaStore(db), { clock: systemClock, ids: uuidIds });
    yoga = createGonghuiYoga({
      db,
      auth: await testAuth(),
      production: false,
      logger: pino({ level: 'info' }, capture),
      tracing,
    });
    const found = await post({
      query: 'query($name: String!) { organizations(filter: { nameContains: $name }) { nodes { id } } }',
      variables: { name: DEMO_KINDERGARTEN_UNION },
    });
    unionId = found.body.data.organizations.nodes[0].id;
  });
  afterAll(async () => {
    await tracing.shutdown();
    await db?.close();
  });

  it('logs one line per request, and an ID number and a phone in the variables leave no trace', async () => {
    lines.length = 0;
    raw = '';
    const admin = await adminBearer();
    const input = { organizationId: unionId, ...PERSON, joinedOn: '2020-05-01' };
    const registered = await post(
      { query: REGISTER, variables: { input }, operationName: 'RegisterSomeone' },
      { authorization: admin, 'x-request-id': 'req-register-1' },
    );
    expect(registered.body.data.registerMember.errors).toEqual([]);
    expect(registered.response.headers.get('x-request-id')).toBe('req-register-1');
    // The same person again (the ID number taken), with a bad variable (its value is quoted in the
    // error message), without a token, and with the ID number written into the document itself.
    await post({ query: REGISTER, variables: { input } }, { authorization: admin });
    const badPhone = { input: { ...input, phone: Number(PERSON.phone) } };
    const refused = await post({ query: REGISTER, variables: badPhone }, { authorization: admin });
    expect(refused.body.errors?.[0]?.message).toContain(PERSON.phone); // the client sees its own value
    const anonymous = await post({ query: REGISTER, variables: { input } });
    expect(anonymous.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    await post({ query: `{ organizations(filter: { nameContains: "${PERSON.idNumber}" }) { totalCount } }` });

    expect(requestLines()).toHaveLength(5);
    expect(requestLines()[0]).toMatchObject({
      level: 30,
      requestId: 'req-register-1',
      method: 'POST',
      path: '/graphql',
      operation: 'RegisterSomeone',
      operationType: 'mutation',
      status: 200,
      durationMs: expect.any(Number),
      viewer: 'test-admin',
    });
    expect(requestLines()[2]).toMatchObject({ errors: ['BAD_USER_INPUT'] }); // the bad variable: its code only
    expect(requestLines()[3]).toMatchObject({ viewer: null, errors: ['UNAUTHENTICATED'] });
    for (const line of requestLines()) expect(line.requestId).toEqual(expect.any(String));
    expect(raw.length).toBeGreaterThan(0);
    for (const secret of SECRETS) expect(raw, `the log holds ${secret}`).not.toContain(secret);
  });

  it('traces each operation as a span, without variables, documents or error messages', async () => {
    const spanText = JSON.stringify(
      spans
        .getFinishedSpans()
        .map((span) => ({ name: span.name, attributes: span.attributes, events: span.events })),
    );
    expect(spans.getFinishedSpans().map((span) => span.name)).toContain('mutation.RegisterSomeone');
    for (const secret of SECRETS) expect(spanText, `a span holds ${secret}`).not.toContain(secret);
  });

  it('serves Prometheus metrics: requests and durations per operation, errors', async () => {
    const response = await yoga.fetch('http://test/metrics');
    expect(response.status).toBe(200);
    const text = await response.text();
    expect(text).toMatch(/graphql_envelop_request\{[^}]*operationName="RegisterSomeone"[^}]*\} [1-9]/);
    expect(text).toMatch(/graphql_envelop_request_duration_bucket\{[^}]*operationName="RegisterSomeone"/);
    expect(text).toMatch(/graphql_envelop_error_result\{[^}]*\} [1-9]/);
    expect(text).toContain('graphql_yoga_http_duration');
    expect(text).toContain('gonghui_process_resident_memory_bytes');
    for (const secret of SECRETS) expect(text).not.toContain(secret);
  });

  it('/metrics: open in development, token-only with GONGHUI_METRICS_TOKEN, off in production without one', async () => {
    const token = 'metrics-token-0123456789';
    const guarded = createGonghuiYoga({ db, auth: await testAuth(), production: true, metricsToken: token });
    expect((await guarded.fetch('http://test/metrics')).status).toBe(401);
    const wrong = await guarded.fetch('http://test/metrics', { headers: { authorization: 'Bearer nope' } });
    expect(wrong.status).toBe(401);
    const right = await guarded.fetch('http://test/metrics', {
      headers: { authorization: `Bearer ${token}` },
    });
    expect(right.status).toBe(200);
    const closed = createGonghuiYoga({ db, auth: await testAuth(), production: true });
    expect((await closed.fetch('http://test/metrics')).status).toBe(404);
  });

  it.skipIf(testPostgresUrl() === undefined)('reports the PostgreSQL pool', async () => {
    const postgres = await createTestDatabase('postgres');
    try {
      const server = createGonghuiYoga({ db: postgres, auth: await testAuth(), production: false });
      await server.fetch('http://test/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ organizations(first: 1) { totalCount } }' }),
      });
      const text = await (await server.fetch('http://test/metrics')).text();
      expect(text).toMatch(/gonghui_db_pool_connections\{state="total"\} [1-9]/);
      expect(text).toMatch(/gonghui_db_pool_connections\{state="waiting"\} 0/);
    } finally {
      await postgres.close();
    }
  });

  it('writes JSON lines, or pino-pretty lines when asked', () => {
    let out = '';
    const sink = new Writable({
      write(chunk, _encoding, done) {
        out += chunk.toString();
        done();
      },
    });
    const config = { GONGHUI_LOG_LEVEL: 'info', NODE_ENV: 'development' } as const;
    createLogger({ ...config, GONGHUI_LOG_FORMAT: 'json' }, sink).info('hello');
    expect(JSON.parse(out)).toMatchObject({ level: 30, msg: 'hello', name: 'gonghui' });
    out = '';
    createLogger({ ...config, GONGHUI_LOG_FORMAT: 'pretty' }, sink).info('hello');
    expect(out).toMatch(/INFO.*hello/);
    expect(() => JSON.parse(out)).toThrow();
  });
});
