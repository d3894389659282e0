// The client's subscriptions over Server-Sent Events against a real server: live turnout of the
// demo's open chair election, the current numbers first, then one event per change.

import { afterAll, beforeAll, describe, expect, expectTypeOf, it } from 'vitest';
import { systemClock, uuidIds } from '../../core/src/index.js';
import { seedDemoData } from '../../graphql/src/seed.js';
import { type ElectionSeedReport, seedDemoElections } from '../../graphql/src/seed-election.js';
import { type RunningServer, startServer } from '../../graphql/src/server.js';
import { SYSTEM_ACTOR } from '../../graphql/src/store/audit.js';
import type { Database } from '../../graphql/src/store/database.js';
import { PrismaStore } from '../../graphql/src/store/prisma-store.js';
import { adminBearer, testAuth } from '../../graphql/test/support/auth.js';
import { createTestDatabase } from '../../graphql/test/support/database.js';
import {
  createClient,
  ElectionTurnoutDocument,
  type ElectionTurnoutSubscription,
  type GonghuiClient,
  GonghuiClientError,
  IssueBallotTokenDocument,
} from '../src/index.js';

let db: Database;
let server: RunningServer;
let client: GonghuiClient;
let demo: ElectionSeedReport;

beforeAll(async () => {
  db = await createTestDatabase('pglite');
  const store = new PrismaStore(db);
  const env = { clock: systemClock, ids: uuidIds };
  await seedDemoData(store, env);
  demo = (await seedDemoElections(db, store, env, SYSTEM_ACTOR)) as ElectionSeedReport;
  server = await startServer({ db, auth: await testAuth(), port: 0, production: false });
  const authorization = await adminBearer();
  client = createClient({ url: server.url, headers: () => ({ authorization }) });
}, 120_000);

afterAll(async () => {
  await server?.close();
  await db?.close();
});

/** A global ID as the API gives it. */
const gid = (type: string, id: string) => Buffer.from(`${type}:${id}`).toString('base64');

describe('client.subscribe over Server-Sent Events', () => {
  it('receives the turnout now, then after each ballot issued; stopping the loop closes the stream', async () => {
    const electionId = gid('Election', demo.chairElectionId);
    const turnout = client.subscribe(ElectionTurnoutDocument, { electionId });
    const first = await turnout.next();
    expectTypeOf(turnout).toEqualTypeOf<AsyncIterableIterator<ElectionTurnoutSubscription>>();
    expect(first.value.electionTurnout).toEqual({
      status: 'OPEN',
      entitled: 7,
      present: 5,
      ballotsIssued: 1,
      ballotsCast: 0,
    });
    const zhou = await db.prisma.member.findFirstOrThrow({ where: { name: '周建国' } });
    const issued = await client.request(IssueBallotTokenDocument, {
      electionId,
      voterId: gid('Member', zhou.id),
    });
    expect(issued.issueBallotToken.errors).toEqual([]);
    const second = await turnout.next();
    expect(second.value.electionTurnout).toMatchObject({ ballotsIssued: 2, ballotsCast: 0 });
    expect(await turnout.return?.()).toEqual({ done: true, value: undefined });
  });

  it('rejects a subscription the viewer may not see with a GonghuiClientError', async () => {
    const anonymous = createClient({ url: server.url });
    const turnout = anonymous.subscribe(ElectionTurnoutDocument, {
      electionId: gid('Election', demo.chairElectionId),
    });
    const failed = await turnout.next().catch((error: unknown) => error);
    expect(failed).toBeInstanceOf(GonghuiClientError);
    expect((failed as GonghuiClientError).errors[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});
