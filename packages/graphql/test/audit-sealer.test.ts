// Group commit of the audit log (src/store/audit.ts): writes queue unsealed entries in their own
// transaction without a shared lock, a sealer seals the committed ones into the chain after the
// commit. What must hold: every committed change has its entry, no rolled-back change has one, the
// chain stays gap-free and verifies, with concurrent writers, with several processes sealing at
// once, and after a process is killed between its commit and its seal.
import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { type AddressInfo, connect, createServer, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { createOrganization, execute, type Organization, systemClock, uuidIds } from '@gonghui/core';
import { encodeGlobalID } from '@pothos/plugin-relay';
import type pg from 'pg';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { type RunningServer, startServer } from '../src/server.js';
import {
  AuditSealer,
  auditSealer,
  queueAuditEntries,
  queueAuditEntry,
  SYSTEM_ACTOR,
  verifyAuditChain,
} from '../src/store/audit.js';
import { checkpointAuditLog } from '../src/store/audit-checkpoint.js';
import { type Database, openDatabase } from '../src/store/database.js';
import { PrismaStore } from '../src/store/prisma-store.js';
import { adminBearer, testAuth } from './support/auth.js';
import {
  countQueries,
  createTestDatabase,
  testAuditKey,
  testBackends,
  testPersonalData,
  testPostgresUrl,
} from './support/database.js';
import { eventually } from './support/services.js';

const event = (n: number, action = 'test.event') => ({
  action,
  targetType: 'Test',
  targetId: `t${n}`,
  organizationId: null,
});

/** Entries in the chain and entries still pending. */
async function counts(db: Database): Promise<{ sealed: number; pending: number }> {
  return { sealed: await db.prisma.auditEntry.count(), pending: await db.prisma.auditPending.count() };
}

/** Verifies the chain and checks that it holds every entry: no gap, nothing pending. */
async function expectWholeChain(db: Database): Promise<number> {
  const { sealed, pending } = await counts(db);
  expect(pending).toBe(0);
  const verified = await verifyAuditChain(db.prisma, testAuditKey);
  expect(verified).toMatchObject({ ok: true, count: sealed });
  const head = await db.prisma.auditHead.findUniqueOrThrow({ where: { id: 1 } });
  expect(verified.ok && verified.head?.seq).toBe(head.seq);
  return sealed;
}

describe.each(testBackends())('audit group commit on %s', (backend) => {
  let db: Database;
  beforeAll(async () => {
    db = await createTestDatabase(backend);
  });
  afterAll(() => db?.close());

  it('queued entries wait in AuditPending until the transaction commits and a seal runs; a rollback leaves none', async () => {
    await db.prisma.$transaction((tx) => queueAuditEntry(tx, SYSTEM_ACTOR, event(1)));
    expect(await counts(db)).toEqual({ sealed: 0, pending: 1 });
    await expect(
      db.prisma.$transaction(async (tx) => {
        await queueAuditEntry(tx, SYSTEM_ACTOR, event(2));
        throw new Error('the work failed');
      }),
    ).rejects.toThrow('the work failed');
    expect(await counts(db)).toEqual({ sealed: 0, pending: 1 });
    await auditSealer(db.prisma, testAuditKey).seal();
    expect(await counts(db)).toEqual({ sealed: 1, pending: 0 });
    expect(await db.prisma.auditEntry.findFirstOrThrow()).toMatchObject({ seq: 1n, targetId: 't1' });
    await expectWholeChain(db);
  });

  it('a store write answers with its entry sealed; concurrent writes share sealing passes and keep their order', async () => {
    const before = await expectWholeChain(db);
    const store = new PrismaStore(db, { actor: 'test:many', requestId: null });
    await Promise.all(Array.from({ length: 40 }, (_, n) => store.record(event(n, 'test.many'))));
    expect(await expectWholeChain(db)).toBe(before + 40);
    // Entries of one unit of work keep the order of its changes.
    await db.prisma.$transaction((tx) =>
      queueAuditEntries(
        tx,
        SYSTEM_ACTOR,
        ['test.first', 'test.second', 'test.third'].map((action, n) => event(n, action)),
      ),
    );
    await auditSealer(db.prisma, testAuditKey).seal();
    const last = await db.prisma.auditEntry.findMany({ orderBy: { seq: 'desc' }, take: 3 });
    expect(last.map((e) => e.action).reverse()).toEqual(['test.first', 'test.second', 'test.third']);
    await expectWholeChain(db);
  });

  it('passes nobody waits for gather: one pass seals many commits, started by its timer, a reader or a close', async () => {
    const { sealed: before } = await counts(db);
    const statements = countQueries(db.prisma);
    const queue = (n: number) =>
      db.prisma.$transaction((tx) => queueAuditEntry(tx, SYSTEM_ACTOR, event(n, 'test.gathered')));
    try {
      // A window no test outlasts: only a reader's seal() or settle() starts the pass.
      const waiting = new AuditSealer(db.prisma, testAuditKey, () => {}, 60_000);
      const gathered: Promise<void>[] = [];
      for (let n = 0; n < 3; n++) {
        await queue(n);
        gathered.push(waiting.sealSoon());
      }
      statements.reset();
      await new Promise((resolve) => setTimeout(resolve, 20));
      expect(statements.count()).toBe(0);
      expect(await counts(db)).toEqual({ sealed: before, pending: 3 });
      statements.reset();
      await waiting.seal();
      await Promise.all(gathered);
      expect(statements.count()).toBe(2);
      expect(await counts(db)).toEqual({ sealed: before + 3, pending: 0 });
      await queue(3);
      const closing = waiting.sealSoon();
      await waiting.settle();
      expect(await counts(db)).toEqual({ sealed: before + 4, pending: 0 });
      await closing;
      // A short window: the timer starts the pass, and everyone who gathered gets it.
      const soon = new AuditSealer(db.prisma, testAuditKey, () => {}, 5);
      await queue(4);
      const first = soon.sealSoon();
      await queue(5);
      await Promise.all([first, soon.sealSoon()]);
      expect(await counts(db)).toEqual({ sealed: before + 6, pending: 0 });
    } finally {
      statements.stop();
    }
    await expectWholeChain(db);
  });

  it('a gathered pass that fails is logged, not thrown; the entries wait for the next pass', async () => {
    const { sealed: before } = await counts(db);
    await db.prisma.$transaction((tx) => queueAuditEntry(tx, SYSTEM_ACTOR, event(0, 'test.failed')));
    const lines: string[] = [];
    const failing = new AuditSealer(
      {
        $queryRaw: (() =>
          Promise.reject(new Error('connection lost'))) as unknown as Database['prisma']['$queryRaw'],
      },
      testAuditKey,
      (line) => lines.push(line),
      1,
    );
    await expect(failing.sealSoon()).resolves.toBeUndefined();
    expect(lines).toEqual([expect.stringContaining('connection lost')]);
    expect(await counts(db)).toEqual({ sealed: before, pending: 1 });
    await auditSealer(db.prisma, testAuditKey).seal();
    expect(await counts(db)).toEqual({ sealed: before + 1, pending: 0 });
  });
});

const run = promisify(execFile);
const child = fileURLToPath(new URL('./support/audit-child.ts', import.meta.url));
const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));

/** Runs the child script under tsx until it exits: its output, and the signal that ended it if one did. */
async function runChild(args: string[]): Promise<{ signal: string | null; stdout: string; stderr: string }> {
  const argv = ['--conditions=@gonghui/source', '--import', 'tsx', child, ...args];
  try {
    const { stdout, stderr } = await run(process.execPath, argv, { cwd: repoRoot });
    return { signal: null, stdout, stderr };
  } catch (error) {
    const failed = error as { signal?: string; stdout?: string; stderr?: string; message: string };
    if (failed.signal === undefined || failed.signal === null) throw error;
    return { signal: failed.signal, stdout: failed.stdout ?? '', stderr: failed.stderr ?? '' };
  }
}

describe.skipIf(testPostgresUrl() === undefined)(
  'audit group commit on PostgreSQL, several connections and processes',
  () => {
    let db: Database;
    let url: string;
    beforeAll(async () => {
      db = await createTestDatabase('postgres');
      url = db.description;
    });
    afterAll(() => db?.close());

    it('an open transaction with queued entries holds up no other write, and its entries join the chain only once it commits', async () => {
      let release = () => {};
      const held = new Promise<void>((resolve) => {
        release = resolve;
      });
      let queued = () => {};
      const isQueued = new Promise<void>((resolve) => {
        queued = resolve;
      });
      const open = db.prisma.$transaction(
        async (tx) => {
          await queueAuditEntry(tx, SYSTEM_ACTOR, event(1, 'test.slow'));
          queued();
          await held;
        },
        { timeout: 20_000 },
      );
      await isQueued;
      // With the head taken inside each write (the previous design) this would wait for `open`.
      await new PrismaStore(db).record(event(2, 'test.fast'));
      const actions = (await db.prisma.auditEntry.findMany({ orderBy: { seq: 'asc' } })).map((e) => e.action);
      expect(actions).toEqual(['test.fast']);
      release();
      await open;
      await auditSealer(db.prisma, testAuditKey).seal();
      const after = (await db.prisma.auditEntry.findMany({ orderBy: { seq: 'asc' } })).map((e) => e.action);
      expect(after).toEqual(['test.fast', 'test.slow']);
      await expectWholeChain(db);
    });

    it('a pass is two statements straight on one connection of the pg pool, not through Prisma, and seals the instant whatever the time zone', async () => {
      const { sealed: before } = await counts(db);
      const store = new PrismaStore(db, { actor: 'test:zone', requestId: null });
      const zone = process.env.TZ;
      const statements = countQueries(db.prisma);
      const throughPrisma = vi.spyOn(db.prisma, '$queryRaw');
      const acquire = vi.spyOn(db.pool as unknown as pg.Pool, 'connect');
      try {
        // pg alone reads a timestamp without time zone as local time: 8 hours off in Shanghai.
        process.env.TZ = 'Asia/Shanghai';
        await db.prisma.$transaction((tx) => queueAuditEntries(tx, SYSTEM_ACTOR, [event(1, 'test.zone')]));
        statements.reset();
        acquire.mockClear();
        await auditSealer(db.prisma, testAuditKey).seal();
        expect(statements.count()).toBe(2);
        // Its read and its write on one connection, taken once (two before withStatements).
        expect(acquire).toHaveBeenCalledTimes(1);
        expect(throughPrisma).not.toHaveBeenCalled();
        await store.record(event(2, 'test.zone'));
      } finally {
        acquire.mockRestore();
        throughPrisma.mockRestore();
        statements.stop();
        if (zone === undefined) delete process.env.TZ;
        else process.env.TZ = zone;
      }
      expect(await expectWholeChain(db)).toBe(before + 2);
    });

    it('a connection cut while a pass writes: the pass rejects, the process goes on, the chain stays whole', async () => {
      const { sealed: before } = await counts(db);
      const target = new URL(url);
      const sockets: Socket[] = [];
      const proxy = createServer((socket) => {
        const upstream = connect(Number(target.port), target.hostname);
        sockets.push(socket, upstream);
        for (const end of [socket, upstream]) end.on('error', () => {});
        socket.pipe(upstream).pipe(socket);
      });
      await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
      const proxied = new URL(url);
      proxied.host = `127.0.0.1:${(proxy.address() as AddressInfo).port}`;
      const cut = await openDatabase({
        url: proxied.toString(),
        migrate: false,
        personalData: testPersonalData,
        auditKey: testAuditKey,
      });
      const uncaught: unknown[] = [];
      const onUncaught = (error: unknown) => uncaught.push(error);
      process.on('uncaughtException', onUncaught);
      let release = () => {};
      const held = new Promise<void>((resolve) => {
        release = resolve;
      });
      try {
        await db.prisma.$transaction((tx) => queueAuditEntry(tx, SYSTEM_ACTOR, event(0, 'test.cut')));
        // The head held by another transaction: the pass's write waits on it, in flight.
        let locked = () => {};
        const isLocked = new Promise<void>((resolve) => {
          locked = resolve;
        });
        const holder = db.prisma.$transaction(
          async (tx) => {
            await tx.$queryRaw`SELECT 1 FROM "AuditHead" WHERE "id" = 1 FOR UPDATE`;
            locked();
            await held;
          },
          { timeout: 20_000 },
        );
        await isLocked;
        const sent = countQueries(cut.prisma);
        const pass = auditSealer(cut.prisma, testAuditKey).seal();
        await eventually(() => sent.count() === 2, 'the pass sent its write');
        sent.stop();
        await new Promise((resolve) => setTimeout(resolve, 100));
        for (const socket of sockets) socket.destroy();
        await expect(pass).rejects.toThrow();
        release();
        await holder;
        expect(uncaught).toEqual([]);
        // The cut pass's write may still have committed once the lock was free (the server had it
        // whole): the next pass seals what is left, exactly once either way.
        await auditSealer(db.prisma, testAuditKey).seal();
        expect(await expectWholeChain(db)).toBe(before + 1);
      } finally {
        release();
        process.off('uncaughtException', onUncaught);
        await cut.close().catch(() => undefined);
        proxy.close();
      }
    });

    it('200 concurrent creates over HTTP: one entry each, a gap-free chain that verifies', async () => {
      const store = new PrismaStore(db);
      const env = { clock: systemClock, ids: uuidIds };
      const made = async (input: Parameters<typeof createOrganization>[2]): Promise<Organization> => {
        const result = await execute(store, env, createOrganization, input);
        if (!result.ok) throw new Error(result.error.message);
        return result.value;
      };
      const fed = { kind: 'FEDERATION_OF_TRADE_UNIONS' } as const;
      const province = await made({ ...fed, name: '并发省总工会', level: 'PROVINCIAL', parentId: null });
      const counties: Organization[] = [];
      for (let c = 0; c < 8; c++) {
        counties.push(
          await made({ ...fed, name: `并发县${c}总工会`, level: 'COUNTY', parentId: province.id }),
        );
      }
      const before = await expectWholeChain(db);
      let server: RunningServer | undefined;
      try {
        server = await startServer({ db, auth: await testAuth(), port: 0, production: true });
        const authorization = await adminBearer();
        const CREATE = `mutation($input: CreateOrganizationInput!) {
        createOrganization(input: $input) { organization { id } errors { code } } }`;
        const answers = await Promise.all(
          Array.from({ length: 200 }, async (_, n) => {
            const response = await fetch(server?.url ?? '', {
              method: 'POST',
              headers: { 'content-type': 'application/json', authorization },
              body: JSON.stringify({
                query: CREATE,
                variables: {
                  input: {
                    name: `并发${n}镇总工会`,
                    kind: 'FEDERATION_OF_TRADE_UNIONS',
                    level: 'TOWNSHIP',
                    parentId: encodeGlobalID('Organization', counties[n % counties.length]?.id ?? ''),
                  },
                },
              }),
            });
            return (await response.json()) as { data?: any; errors?: unknown[] };
          }),
        );
        expect(
          answers.filter((a) => a.errors !== undefined || a.data.createOrganization.errors.length > 0),
        ).toEqual([]);
        // Each answer came after its entry was sealed: nothing pending, one entry per create.
        expect(await db.prisma.auditPending.count()).toBe(0);
        expect(await expectWholeChain(db)).toBe(before + 200);
        const created = await db.prisma.auditEntry.count({
          where: { action: 'organization.created', after: { path: ['level'], equals: 'TOWNSHIP' } },
        });
        expect(created).toBe(200);
      } finally {
        await server?.close();
      }
    }, 120_000);

    it('two processes writing and sealing at once, and this one sealing too: every entry once, in one chain', async () => {
      const before = await expectWholeChain(db);
      const other = await openDatabase({
        url,
        migrate: false,
        personalData: testPersonalData,
        auditKey: testAuditKey,
      });
      try {
        const sealing = (async () => {
          for (let n = 0; n < 20; n++) {
            await new PrismaStore(other).record(event(n, 'test.third'));
            await auditSealer(db.prisma, testAuditKey).seal();
          }
        })();
        const [a, b] = await Promise.all([
          runChild(['write', url, 'alpha', '120']),
          runChild(['write', url, 'beta', '120']),
          sealing,
        ]);
        expect(a).toMatchObject({ signal: null, stdout: 'done\n' });
        expect(b).toMatchObject({ signal: null, stdout: 'done\n' });
      } finally {
        await other.close();
      }
      expect(await expectWholeChain(db)).toBe(before + 260);
      for (const tag of ['alpha', 'beta']) {
        const targets = await db.prisma.auditEntry.findMany({
          where: { action: `test.${tag}` },
          select: { targetId: true },
        });
        expect(new Set(targets.map((t) => t.targetId)).size).toBe(120);
        expect(targets).toHaveLength(120);
      }
    }, 120_000);

    it('a process killed between its commit and its seal: the entry waits pending and the next start seals it', async () => {
      const before = await expectWholeChain(db);
      const crashed = await runChild(['crash', url, 'crash']);
      expect(crashed).toMatchObject({ signal: 'SIGKILL', stdout: 'committed\n' });
      expect(await counts(db)).toEqual({ sealed: before + 3, pending: 1 });
      // What `gonghui serve` and `gonghui audit verify` do first: seal, verify, checkpoint.
      const restarted = await openDatabase({
        url,
        migrate: false,
        personalData: testPersonalData,
        auditKey: testAuditKey,
      });
      const dir = await mkdtemp(join(tmpdir(), 'gonghui-sealer-'));
      try {
        const run = await checkpointAuditLog(restarted.prisma, testAuditKey, join(dir, 'checkpoint.json'), {
          full: true,
        });
        expect(run.result).toMatchObject({ ok: true, count: before + 4 });
      } finally {
        await restarted.close();
        await rm(dir, { recursive: true, force: true });
      }
      expect(await expectWholeChain(db)).toBe(before + 4);
      const last = await db.prisma.auditEntry.findFirstOrThrow({ orderBy: { seq: 'desc' } });
      expect(last).toMatchObject({ action: 'test.crash', targetId: 'crash-3' });
    }, 60_000);
  },
);
