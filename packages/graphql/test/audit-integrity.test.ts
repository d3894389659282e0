// What an insider with SQL access cannot do to the audit log unnoticed: continue a legacy
// (unkeyed) chain once it is anchored, cut entries off the end or rewrite the tail past a signed
// checkpoint, edit the data tables behind the log's back, or (as the application role) get past
// the append-only trigger. Plus `gonghui audit verify` end to end.
import { randomBytes, randomUUID } from 'node:crypto';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  type CommandEnv,
  execute,
  leaveFederation,
  moveOrganization,
  systemClock,
  updateMemberContact,
  updateOrganization,
  uuidIds,
} from '@gonghui/core';
import pg from 'pg';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { main } from '../src/cli.js';
import { DEMO_STONE_CARVING_UNION, MEIYUAN_FEDERATION, seedDemoData } from '../src/seed.js';
import {
  type AuditVerification,
  describeVerification,
  legacyAnchorEvent,
  verifyAuditChain,
} from '../src/store/audit.js';
import {
  CheckpointError,
  checkpointAuditLog,
  readCheckpoint,
  writeCheckpoint,
} from '../src/store/audit-checkpoint.js';
import { compareLogWithData, type DataDifference, fitsMask } from '../src/store/audit-replay.js';
import { AuditKey, GENESIS_HASH, type Json, legacyEntryHash, sealEntry } from '../src/store/audit-seal.js';
import { type Database, openDatabase } from '../src/store/database.js';
import { assertMigrated, MigrationError, pgliteConnection, readMigrations } from '../src/store/migrate.js';
import { PrismaStore } from '../src/store/prisma-store.js';
import {
  createTestDatabase,
  createTestPGlite,
  createTestPostgresDatabase,
  testAuditKey,
  testBackends,
  testPersonalData,
  testPostgresUrl,
} from './support/database.js';
import { afterTampering, type Tx } from './support/tamper.js';

/** The test keys, so nothing reads or creates a key file. */
const keys = { personalData: testPersonalData, auditKey: testAuditKey };

const env: CommandEnv = { clock: systemClock, ids: uuidIds };

/** An event that is not a change: enough to grow the log quickly. */
const event = (n: number) => ({
  action: 'test.event',
  targetType: 'Test',
  targetId: `t${n}`,
  organizationId: null,
});

describe.each(testBackends())('audit integrity on %s', (backend) => {
  let db: Database;
  let dir: string;
  beforeAll(async () => {
    db = await createTestDatabase(backend);
    dir = await mkdtemp(join(tmpdir(), 'gonghui-audit-'));
  });
  afterAll(async () => {
    await db?.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('a legacy chain of unkeyed (v1) entries verifies, is anchored by the first keyed entry, and cannot be continued unkeyed', async () => {
    // Entries as the previous version wrote them: plain SHA-256, no key.
    let prevHash = GENESIS_HASH;
    for (let seq = 1n; seq <= 3n; seq++) {
      const entry = {
        id: randomUUID(),
        seq,
        at: new Date(),
        actor: 'system:seed',
        action: 'test.legacy',
        targetType: 'Test',
        targetId: `legacy${seq}`,
        organizationId: null,
        before: null,
        after: { n: Number(seq) } as Json,
        requestId: null,
        prevHash,
      };
      prevHash = legacyEntryHash(entry);
      await db.prisma.auditEntry.create({
        data: { ...entry, before: undefined, after: { n: Number(seq) }, hash: prevHash },
      });
    }
    // The sequencer row where the parallel-writes migration puts it on a log that has entries: at the head.
    await db.prisma.$executeRaw`UPDATE "AuditHead" SET "seq" = 3, "hash" = ${prevHash} WHERE "id" = 1`;
    const legacy = await verifyAuditChain(db.prisma, testAuditKey);
    expect(legacy).toMatchObject({ ok: true, count: 3, legacy: 3 });
    expect(describeVerification(legacy)).toContain('3 legacy entries with unkeyed seals, not yet anchored');

    const anchor = await legacyAnchorEvent(db.prisma);
    expect(anchor).toMatchObject({
      action: 'audit.anchored',
      after: { legacyEntries: '3', legacyHead: prevHash },
    });
    await new PrismaStore(db).record(anchor as NonNullable<typeof anchor>);
    expect(await legacyAnchorEvent(db.prisma)).toBeNull();
    const anchored = await verifyAuditChain(db.prisma, testAuditKey);
    expect(anchored).toMatchObject({ ok: true, count: 4, legacy: 3 });
    expect(describeVerification(anchored)).toContain('anchored by the keyed entries after them');

    // Rewriting a legacy entry (with its plain hash recomputed) breaks the keyed anchor's link.
    const rewritten = await afterTampering(
      db,
      async (tx) => {
        const rows = await tx.auditEntry.findMany({ where: { seq: { lte: 3n } }, orderBy: { seq: 'asc' } });
        let prev = GENESIS_HASH;
        for (const row of rows) {
          const changed = {
            ...row,
            actor: 'mallory',
            prevHash: prev,
            before: null,
            after: row.after as Json,
          };
          prev = legacyEntryHash(changed);
          await tx.auditEntry.update({
            where: { seq: row.seq },
            data: { actor: 'mallory', prevHash: changed.prevHash, hash: prev },
          });
        }
      },
      (tx) => verifyAuditChain(tx, testAuditKey),
    );
    expect(rewritten).toMatchObject({ ok: false, seq: 4n, problem: 'prevHash' });

    // An unkeyed entry after a keyed one is a forgery, whatever its plain hash says.
    const head = await db.prisma.auditEntry.findFirstOrThrow({ orderBy: { seq: 'desc' } });
    const forged = {
      ...head,
      id: randomUUID(),
      seq: head.seq + 1n,
      actor: 'alice',
      prevHash: head.hash,
      before: null,
      after: null,
    };
    const continued = await afterTampering(
      db,
      (tx) =>
        tx.auditEntry.create({
          data: { ...forged, before: undefined, after: undefined, hash: legacyEntryHash(forged) },
        }),
      (tx) => verifyAuditChain(tx, testAuditKey),
    );
    expect(continued).toMatchObject({ ok: false, seq: forged.seq, problem: 'unkeyed' });
  });

  it('checkpoints: signed, outside the database, never moved back; truncation and a rewritten tail are reported', async () => {
    const store = new PrismaStore(db);
    const file = join(dir, 'checkpoint.json');
    const first = await checkpointAuditLog(db.prisma, testAuditKey, file, { full: true });
    expect(first).toMatchObject({ previous: null, written: true, result: { ok: true, checkpoint: null } });
    const saved = JSON.parse(await readFile(file, 'utf8'));
    expect(Object.keys(saved).sort()).toEqual(['at', 'hash', 'mac', 'seq']);
    const checkpointed = await db.prisma.auditEntry.findFirstOrThrow({ orderBy: { seq: 'desc' } });
    expect(saved).toMatchObject({ seq: checkpointed.seq.toString(), hash: checkpointed.hash });

    for (let i = 0; i < 3; i++) await store.record(event(i));
    // The server's run checks only the entries from the checkpoint on, then moves it.
    const next = await checkpointAuditLog(db.prisma, testAuditKey, file, { full: false });
    expect(next).toMatchObject({
      written: true,
      previous: { seq: checkpointed.seq },
      result: { ok: true, count: 4 },
    });
    const head = await db.prisma.auditEntry.findFirstOrThrow({ orderBy: { seq: 'desc' } });
    expect(await readCheckpoint(file, testAuditKey)).toMatchObject({ seq: head.seq, hash: head.hash });
    // Never back: an older head does not replace a newer checkpoint.
    expect(await writeCheckpoint(file, checkpointed, testAuditKey)).toBe(false);

    const checks: Record<string, (tx: Tx) => Promise<unknown>> = {
      'the last two entries cut off': (tx) =>
        tx.$executeRaw`DELETE FROM "AuditEntry" WHERE "seq" > ${head.seq - 2n}`,
      'the last entry rewritten and sealed again with the key': async (tx) => {
        const row = await tx.auditEntry.findUniqueOrThrow({ where: { seq: head.seq } });
        const changed = { ...row, actor: 'mallory', before: row.before as Json, after: row.after as Json };
        await tx.auditEntry.update({
          where: { seq: head.seq },
          data: { actor: 'mallory', hash: sealEntry(changed, testAuditKey) },
        });
      },
    };
    const found: Record<string, [AuditVerification, AuditVerification]> = {};
    for (const [how, tamper] of Object.entries(checks)) {
      found[how] = await afterTampering(db, tamper, async (tx) => [
        (await checkpointAuditLog(tx, testAuditKey, file, { full: true })).result,
        (await checkpointAuditLog(tx, testAuditKey, file, { full: false })).result,
      ]);
    }
    for (const [full, fromCheckpoint] of Object.values(found)) {
      expect(full).toMatchObject({ ok: false, problem: 'checkpoint' });
      expect(describeVerification(fromCheckpoint)).toBe(describeVerification(full));
    }
    const [cut] = found['the last two entries cut off'] ?? [];
    expect(cut).toMatchObject({ seq: head.seq - 1n });
    expect(describeVerification(cut as AuditVerification)).toContain(
      `the log ends at entry ${head.seq - 2n}, but the checkpoint recorded entry ${head.seq}: entries were cut off the end`,
    );
    const [rewritten] = found['the last entry rewritten and sealed again with the key'] ?? [];
    expect(rewritten).toMatchObject({ seq: head.seq });
    expect(describeVerification(rewritten as AuditVerification)).toContain(
      'the log was rewritten from there on',
    );
    // The failed runs left the checkpoint where it was.
    expect(await readCheckpoint(file, testAuditKey)).toMatchObject({ seq: head.seq, hash: head.hash });

    // A checkpoint file moved back by hand, or signed with another key, is refused.
    const moved = { ...saved, seq: (head.seq - 2n).toString() };
    await writeFile(file, JSON.stringify(moved));
    await expect(readCheckpoint(file, testAuditKey)).rejects.toThrow(CheckpointError);
    await writeCheckpoint(file, { seq: head.seq - 2n, hash: 'x' }, new AuditKey(randomBytes(32), 'other'));
    await expect(checkpointAuditLog(db.prisma, testAuditKey, file, { full: true })).rejects.toThrow(
      /not signed with this audit key/,
    );
  });
});

describe.each(testBackends())('audit verify --against-data on %s', (backend) => {
  let db: Database;
  beforeAll(async () => {
    db = await createTestDatabase(backend);
    await seedDemoData(new PrismaStore(db, { actor: 'system:seed', requestId: null }), env);
  });
  afterAll(() => db?.close());

  const orgId = async (name: string) =>
    (await db.prisma.organization.findFirstOrThrow({ where: { name }, select: { id: true } })).id;

  it('a masked value fits only the clear values it could have been made from', () => {
    expect(fitsMask('138****5678', '13812345678')).toBe(true);
    expect(fitsMask('138****5678', '13912345678')).toBe(false);
    expect(fitsMask('138****5678', '1381234567')).toBe(false);
    expect(fitsMask('1990-**-**', '1990-03-07')).toBe(true);
    expect(fitsMask(null, null)).toBe(true);
    expect(fitsMask(null, '13812345678')).toBe(false);
    expect(fitsMask('138****5678', null)).toBe(false);
  });

  it('the tables agree with the replayed log after creations, updates, moves, leaves and contact changes', async () => {
    const store = new PrismaStore(db, { actor: 'tester', requestId: null });
    const results = [
      await execute(store, env, updateOrganization, {
        id: await orgId('宁波市海曙区总工会'),
        name: '宁波市海曙区总工会（新）',
      }),
      await execute(store, env, moveOrganization, {
        id: await orgId('海盐县总工会'),
        newParentId: await orgId('湖州市总工会'),
      }),
      await execute(store, env, leaveFederation, {
        federationId: await orgId(MEIYUAN_FEDERATION),
        memberId: await orgId(DEMO_STONE_CARVING_UNION),
      }),
    ];
    const member = await db.prisma.member.findFirstOrThrow({ orderBy: { name: 'asc' } });
    const contact = await execute(store, env, updateMemberContact, {
      memberId: member.id,
      phone: '13700001111',
    });
    expect([...results, contact].map((r) => r.ok)).toEqual([true, true, true, true]);
    expect(await compareLogWithData(db.prisma, db.personalData)).toEqual([]);
  });

  it('every row edited with raw SQL behind the log’s back is named: missing, extra, different', async () => {
    const renamed = await orgId('杭州市总工会');
    const membership = await db.prisma.federationMembership.findFirstOrThrow();
    const [phoned, moved] = await db.prisma.member.findMany({ orderBy: { name: 'asc' }, take: 2 });
    if (!phoned || !moved) throw new Error('two demo members expected');
    const extraId = randomUUID();
    const differences = await afterTampering(
      db,
      async (tx) => {
        await tx.$executeRaw`UPDATE "Organization" SET "name" = '改名' WHERE "id" = ${renamed}`;
        await tx.$executeRaw`DELETE FROM "FederationMembership" WHERE "id" = ${membership.id}`;
        await tx.$executeRaw`INSERT INTO "Organization" ("id", "name", "kind", "level", "depth", "updatedAt")
          VALUES (${extraId}, '幽灵工会', 'GRASSROOTS_UNION', 'GRASSROOTS', 0, now())`;
        const phone = db.personalData.seal(phoned.id, {
          idNumber: '11010519491231002X',
          phone: '13000000000',
          birthDate: '1949-12-31',
        }).phoneEncrypted;
        await tx.$executeRaw`UPDATE "Member" SET "phoneEncrypted" = ${phone} WHERE "id" = ${phoned.id}`;
        await tx.$executeRaw`UPDATE "Member" SET "organizationId" = ${renamed}, "name" = '某人' WHERE "id" = ${moved.id}`;
      },
      (tx) => compareLogWithData(tx, db.personalData, { batchSize: 13 }),
    );
    const summary = (d: DataDifference) => `${d.table} ${d.id} ${d.kind} ${d.fields.join(',')}`;
    expect(differences.map(summary).sort()).toEqual(
      [
        `Organization ${renamed} different name`,
        `Organization ${extraId} extra `,
        `FederationMembership ${membership.id} missing `,
        `Member ${phoned.id} different phone`,
        `Member ${moved.id} different name,membership`,
      ].sort(),
    );
    const phone = differences.find((d) => d.id === phoned.id);
    expect(phone?.message).not.toContain('13000000000');
    expect(differences.find((d) => d.id === renamed)?.message).toContain(
      'name: log "杭州市总工会", table "改名"',
    );
    expect(await compareLogWithData(db.prisma, db.personalData)).toEqual([]);
  });
});

describe('serving without migrating', () => {
  it('refuses a database that lacks a migration, naming it, and accepts one that has them all', async () => {
    const raw = await createTestPGlite();
    try {
      const migrations = await readMigrations();
      await expect(assertMigrated(pgliteConnection(raw), { migrations })).resolves.toBeUndefined();
      const extra = { name: '29991231000000_future', sql: 'SELECT 1', checksum: 'x' };
      await expect(
        assertMigrated(pgliteConnection(raw), { migrations: [...migrations, extra] }),
      ).rejects.toBeInstanceOf(MigrationError);
      await expect(
        assertMigrated(pgliteConnection(raw), { migrations: [...migrations, extra] }),
      ).rejects.toThrow(/lacks 1 migration\(s\), the first is 29991231000000_future: run 'gonghui migrate'/);
    } finally {
      await raw.close();
    }
  });
});

describe.skipIf(testPostgresUrl() === undefined)(
  'the application role on postgres (skipped without TEST_DATABASE_URL)',
  () => {
    const role = `gonghui_app_${randomBytes(4).toString('hex')}`;
    let target: Awaited<ReturnType<typeof createTestPostgresDatabase>>;
    let app: pg.Client;
    beforeAll(async () => {
      target = await createTestPostgresDatabase();
      const owner = new pg.Client({ connectionString: target.url });
      await owner.connect();
      try {
        await owner.query(`CREATE ROLE ${role} LOGIN`);
      } finally {
        await owner.end();
      }
      // What `gonghui migrate --app-role <role>` runs as the owner.
      const migrated = await openDatabase({ url: target.url, ...keys, appRole: role });
      await migrated.close();
      const url = new URL(target.url);
      url.username = role;
      app = new pg.Client({ connectionString: url.toString() });
      await app.connect();
    });
    afterAll(async () => {
      await app?.end();
      await target?.drop();
      const admin = new pg.Client({ connectionString: testPostgresUrl() });
      await admin.connect();
      await admin.query(`DROP ROLE IF EXISTS ${role}`).finally(() => admin.end());
    });

    it('cannot disable or drop the append-only trigger, set session_replication_role, or change the log', async () => {
      const attempts = {
        'ALTER TABLE "AuditEntry" DISABLE TRIGGER ALL': /must be owner of table AuditEntry/,
        'ALTER TABLE "AuditEntry" DISABLE TRIGGER "AuditEntry_append_only"':
          /must be owner of table AuditEntry/,
        'DROP TRIGGER "AuditEntry_append_only" ON "AuditEntry"':
          /must be owner of (table|relation) AuditEntry/,
        'SET session_replication_role = replica':
          /permission denied to set parameter "session_replication_role"/,
        'UPDATE "AuditEntry" SET "actor" = \'mallory\'': /permission denied for table AuditEntry/,
        'DELETE FROM "AuditEntry"': /permission denied for table AuditEntry/,
        'TRUNCATE "AuditEntry"': /permission denied for table AuditEntry/,
        'DELETE FROM "_gonghui_migrations"': /permission denied for table _gonghui_migrations/,
      };
      const outcomes: Record<string, string> = {};
      for (const sql of Object.keys(attempts)) {
        outcomes[sql] = await app.query(sql).then(
          () => 'allowed',
          (error: Error) => error.message,
        );
      }
      for (const [sql, refusal] of Object.entries(attempts)) expect(outcomes[sql], sql).toMatch(refusal);
    });

    it('serves: with migrations only verified, it reads, writes and appends audit entries', async () => {
      const url = new URL(target.url);
      url.username = role;
      const db = await openDatabase({ url: url.toString(), migrate: 'verify', ...keys });
      try {
        await seedDemoData(new PrismaStore(db), env);
        expect(await db.prisma.organization.count()).toBeGreaterThan(10);
        expect(await verifyAuditChain(db.prisma, testAuditKey)).toMatchObject({ ok: true, legacy: 0 });
        expect(await compareLogWithData(db.prisma, db.personalData)).toEqual([]);
      } finally {
        await db.close();
      }
    });

    it('the owner refuses to hand the privileges to a superuser', async () => {
      await expect(openDatabase({ url: target.url, ...keys, appRole: 'postgres' })).rejects.toThrow(
        /is a superuser or owns tables/,
      );
    });
  },
);

describe('gonghui audit verify', () => {
  let dir: string;
  let out: string[];
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'gonghui-cli-'));
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));
  afterEach(() => {
    vi.restoreAllMocks();
    process.exitCode = undefined;
  });
  const run = async (...args: string[]) => {
    out = [];
    vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
      out.push(String(chunk));
      return true;
    });
    vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    process.exitCode = undefined;
    await main(args);
    vi.restoreAllMocks();
    return { text: out.join(''), exitCode: process.exitCode ?? 0 };
  };

  it('prints the head and records a checkpoint; then names a cut-off end and an edited row, exit 1', async () => {
    const data = join(dir, 'data');
    await run('seed', '--data', data);
    const intact = await run('audit', 'verify', '--data', data, '--against-data');
    expect(intact.exitCode).toBe(0);
    expect(intact.text).toMatch(
      /^audit log intact: \d+ entries; head is entry (\d+) sealed v2:[0-9a-f]{64}; no earlier checkpoint/,
    );
    expect(intact.text).toContain(
      `no checkpoint in ${join(data, 'audit-checkpoint.json')} yet; new checkpoint: entry`,
    );
    expect(intact.text).toContain('data tables agree with the audit log');

    const db = await openDatabase({ dataDir: data });
    const head = await db.prisma.auditEntry.findFirstOrThrow({ orderBy: { seq: 'desc' } });
    const org = await db.prisma.organization.findFirstOrThrow({ orderBy: { name: 'asc' } });
    await db.prisma.$transaction(async (tx) => {
      await tx.$executeRawUnsafe('SET LOCAL session_replication_role = replica');
      await tx.$executeRaw`DELETE FROM "AuditEntry" WHERE "seq" = ${head.seq}`;
      await tx.$executeRaw`UPDATE "Organization" SET "regionCode" = '110000' WHERE "id" = ${org.id}`;
    });
    await db.close();
    const broken = await run('audit', 'verify', '--data', data, '--against-data');
    expect(broken.exitCode).toBe(1);
    expect(broken.text).toContain(
      `audit log BROKEN at entry ${head.seq} (checkpoint): the log ends at entry ${head.seq - 1n}, but the checkpoint recorded entry ${head.seq}`,
    );
    expect(broken.text).toContain(`Organization ${org.id} differs from the audit log: regionCode`);
    expect(broken.text).toContain('data tables DIFFER from the audit log');
  }, 60_000);
});
