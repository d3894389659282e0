import { createHash, createHmac, hkdfSync, randomBytes, randomUUID } from 'node:crypto';
import { systemClock, uuidIds } from '@gonghui/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Prisma } from '../src/generated/prisma/client.js';
import { MEIYUAN_FEDERATION, seedDemoData } from '../src/seed.js';
import { createGonghuiYoga } from '../src/server.js';
import { type AuditVerification, describeVerification, verifyAuditChain } from '../src/store/audit.js';
import {
  AuditKey,
  canonicalEntry,
  GENESIS_HASH,
  type Json,
  legacyEntryHash,
  sealEntry,
  type UnsealedRecord,
} from '../src/store/audit-seal.js';
import type { Database } from '../src/store/database.js';
import { PrismaStore } from '../src/store/prisma-store.js';
import { adminBearer, bearer, testAuth } from './support/auth.js';
import { createTestDatabase, TEST_DATA_KEY, testAuditKey, testBackends } from './support/database.js';
import { afterTampering, type Tx } from './support/tamper.js';

/** Runs `tamper` with triggers off, verifies the chain, and rolls everything back. */
function verifyTampered(db: Database, tamper: (tx: Tx) => Promise<unknown>): Promise<AuditVerification> {
  return afterTampering(db, tamper, (tx) => verifyAuditChain(tx, testAuditKey));
}

/** An entry row without its seal, as the seal functions take it. */
function unsealedOf(row: Prisma.AuditEntryGetPayload<object>): UnsealedRecord {
  const { hash: _hash, ...rest } = row;
  return { ...rest, before: rest.before as Json, after: rest.after as Json };
}

/** INSERTs an entry with plain SQL, as anyone with INSERT on the table could. */
function insertEntry(tx: Tx, e: UnsealedRecord & { hash: string }): Promise<number> {
  const json = (value: Json) => (value === null ? null : JSON.stringify(value));
  return tx.$executeRaw`INSERT INTO "AuditEntry" ("id", "seq", "at", "actor", "action", "targetType", "targetId",
    "organizationId", "before", "after", "requestId", "prevHash", "hash")
    VALUES (${e.id}, ${e.seq}, ${e.at}, ${e.actor}, ${e.action}, ${e.targetType}, ${e.targetId}, ${e.organizationId},
    ${json(e.before)}::jsonb, ${json(e.after)}::jsonb, ${e.requestId}, ${e.prevHash}, ${e.hash})`;
}

/** The entry-seal key as audit-seal.ts documents its derivation, computed here independently. */
const auditEntryKey = Buffer.from(
  hkdfSync(
    'sha256',
    Buffer.from(TEST_DATA_KEY, 'hex'),
    'gonghui',
    'gonghui audit v2: entry seal HMAC-SHA-256',
    32,
  ),
);

/** A small seeded generator, so the tampered positions are reproducible. */
function random(seed: number): (n: number) => number {
  let state = seed >>> 0;
  return (n) => {
    state = (Math.imul(state, 1_664_525) + 1_013_904_223) >>> 0;
    return state % n;
  };
}

/** The string with one character changed, at a position `pick` chooses. */
function flipChar(value: string, pick: (n: number) => number): string {
  const i = pick(value.length);
  const replacement = value[i] === 'a' ? 'b' : 'a';
  return value.slice(0, i) + replacement + value.slice(i + 1);
}

/** A JSON value with one character of one of its string members changed. */
function flipJson(value: Record<string, unknown>, pick: (n: number) => number): Record<string, unknown> {
  const keys = Object.keys(value).filter((key) => typeof value[key] === 'string' && value[key] !== '');
  const key = keys[pick(keys.length)] as string;
  return { ...value, [key]: flipChar(value[key] as string, pick) };
}

const TEXT_COLUMNS = [
  'id',
  'actor',
  'action',
  'targetType',
  'targetId',
  'organizationId',
  'requestId',
  'prevHash',
  'hash',
] as const;
const JSON_COLUMNS = ['before', 'after'] as const;

describe.each(testBackends())('audit trail on %s', (backend) => {
  let db: Database;
  let yoga: ReturnType<typeof createGonghuiYoga>;
  const ids = new Map<string, { id: string; local: string }>();
  const org = (name: string) => {
    const found = ids.get(name);
    if (!found) throw new Error(`no ${name}`);
    return found;
  };
  const post = async (
    query: string,
    variables: Record<string, unknown> = {},
    authorization?: string,
    requestId?: string,
  ) => {
    const response = await yoga.fetch('http://test/graphql', {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(authorization ? { authorization } : {}),
        ...(requestId ? { 'x-request-id': requestId } : {}),
      },
      body: JSON.stringify({ query, variables }),
    });
    return (await response.json()) as { data?: any; errors?: any[] };
  };
  const lastEntry = () => db.prisma.auditEntry.findFirstOrThrow({ orderBy: { seq: 'desc' } });
  const adminOf = (name: string, subject: string) =>
    bearer([{ role: 'ORG_ADMIN', organizationId: org(name).local }], subject);

  const UPDATE = `mutation($input: UpdateOrganizationInput!) { updateOrganization(input: $input) { organization { name } errors { code } } }`;
  const CREATE = `mutation($input: CreateOrganizationInput!) { createOrganization(input: $input) { organization { id } errors { code } } }`;
  const MOVE = `mutation($input: MoveOrganizationInput!) { moveOrganization(input: $input) { organization { parent { name } } errors { code } } }`;
  const DISSOLVE = `mutation($input: DissolveOrganizationInput!) { dissolveOrganization(input: $input) { organization { status } errors { code } } }`;
  const LEAVE = `mutation($input: LeaveFederationInput!) { leaveFederation(input: $input) { federation { name } errors { code } } }`;
  const AUDIT_LOG = `query($org: ID, $first: Int, $after: String) {
    auditLog(organizationId: $org, first: $first, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      nodes { id seq actor action targetType targetId organization { name } before after requestId prevHash hash }
    }
  }`;

  beforeAll(async () => {
    db = await createTestDatabase(backend);
    const seedStore = new PrismaStore(db, { actor: 'system:seed', requestId: null });
    await seedDemoData(seedStore, { clock: systemClock, ids: uuidIds });
    yoga = createGonghuiYoga({ db, auth: await testAuth(), production: false });
    const all = await post('{ organizations(first: 100) { nodes { id name } } }');
    const rows = await db.prisma.organization.findMany({ select: { id: true, name: true } });
    const local = new Map(rows.map((r) => [r.name, r.id]));
    for (const node of all.data.organizations.nodes) {
      ids.set(node.name, { id: node.id, local: local.get(node.name) as string });
    }
  });
  afterAll(() => db?.close());

  it('the seed is audited as system:seed, one entry per change, chained from the genesis hash', async () => {
    const entries = await db.prisma.auditEntry.findMany({ orderBy: { seq: 'asc' } });
    const organizations = await db.prisma.organization.count();
    const memberships = await db.prisma.federationMembership.count();
    const members = await db.prisma.member.count();
    // The demo congresses: one entry per congress, term, unit, apportionment, delegate, committee and position.
    const congressChanges = (
      await Promise.all([
        db.prisma.congress.count(),
        db.prisma.term.count(),
        db.prisma.electoralUnit.count(),
        db.prisma.seatApportionment.count(),
        db.prisma.delegate.count(),
        db.prisma.committee.count(),
        db.prisma.position.count(),
      ])
    ).reduce((sum, n) => sum + n, 0);
    expect(entries.filter((e) => /^(congress|committee)\./.test(e.action))).toHaveLength(congressChanges);
    // The demo fund, its program and run, and the carnival's activities: one entry each.
    const benefits = (
      await Promise.all([
        db.prisma.fund.count(),
        db.prisma.benefitProgram.count(),
        db.prisma.disbursementRun.count(),
        db.prisma.activity.count(),
      ])
    ).reduce((sum, n) => sum + n, 0);
    // 梅园村's bargaining case: one entry per step (opened, replied, negotiators named, meeting scheduled,
    // two drafts agreed, a vote rejecting and one adopting, filed).
    const bargaining = entries.filter((e) => e.targetType === 'BargainingCase');
    expect(bargaining).toHaveLength(9);
    expect(new Set(bargaining.map((e) => e.targetId)).size).toBe(await db.prisma.bargainingCase.count());
    // A federation membership is logged twice: for the federation and for the member union.
    expect(entries).toHaveLength(
      organizations + 2 * memberships + members + congressChanges + benefits + bargaining.length,
    );
    expect(entries.map((e) => e.seq)).toEqual(entries.map((_, i) => BigInt(i + 1)));
    expect(new Set(entries.map((e) => e.actor))).toEqual(new Set(['system:seed']));
    expect(entries.filter((e) => e.action === 'organization.created')).toHaveLength(organizations);
    expect(entries.filter((e) => e.action === 'federation.joined')).toHaveLength(memberships);
    expect(entries.filter((e) => e.action === 'federation.memberJoined')).toHaveLength(memberships);
    expect(entries.filter((e) => e.action === 'member.registered')).toHaveLength(members);
    expect(entries[0]?.prevHash).toBe(GENESIS_HASH);
    for (let i = 1; i < entries.length; i++) expect(entries[i]?.prevHash).toBe(entries[i - 1]?.hash);
    for (const entry of entries) {
      expect(entry.hash).toMatch(/^v2:[0-9a-f]{64}$/);
      expect(entry.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    }
    expect(new Set(entries.map((e) => e.id)).size).toBe(entries.length);
    const joined = entries.find((e) => e.action === 'federation.joined');
    expect(joined).toMatchObject({
      targetType: 'FederationMembership',
      organizationId: org(MEIYUAN_FEDERATION).local,
      before: null,
      requestId: null,
    });
    const result = await verifyAuditChain(db.prisma, testAuditKey);
    expect(result).toEqual({
      ok: true,
      count: entries.length,
      legacy: 0,
      head: { seq: BigInt(entries.length), hash: entries.at(-1)?.hash },
      checkpoint: null,
    });
    expect(describeVerification(result)).toMatch(/^audit log intact: \d+ entries; head is entry \d+/);
  });

  it('the seal is the HMAC-SHA-256, under the audit key, of the canonical JSON (RFC 8785) of every field', async () => {
    const entry = await lastEntry();
    const { hash, ...rest } = entry;
    const unhashed = { ...rest, before: rest.before as never, after: rest.after as never };
    const text = canonicalEntry(unhashed);
    expect(Object.keys(JSON.parse(text))).toEqual([
      'action',
      'actor',
      'after',
      'at',
      'before',
      'id',
      'organizationId',
      'prevHash',
      'requestId',
      'seq',
      'targetId',
      'targetType',
    ]);
    expect(sealEntry(unhashed, testAuditKey)).toBe(hash);
    expect(hash).toBe(`v2:${createHmac('sha256', auditEntryKey).update(text).digest('hex')}`);
  });

  it('a mutation through the API appends its change with the viewer, request id, before and after', async () => {
    const haishu = org('宁波市海曙区总工会');
    const alice = await adminOf('宁波市总工会', 'alice');
    const updated = await post(
      UPDATE,
      { input: { id: haishu.id, name: '宁波市海曙区总工会（新）' } },
      alice,
      'req-update-1',
    );
    expect(updated.data.updateOrganization.errors).toEqual([]);
    const entry = await lastEntry();
    expect(entry).toMatchObject({
      actor: 'alice',
      action: 'organization.updated',
      targetType: 'Organization',
      targetId: haishu.local,
      organizationId: haishu.local,
      requestId: 'req-update-1',
    });
    expect(entry.before).toMatchObject({ id: haishu.local, name: '宁波市海曙区总工会' });
    expect(entry.after).toMatchObject({ id: haishu.local, name: '宁波市海曙区总工会（新）' });

    // Without an X-Request-Id the server makes one.
    await post(UPDATE, { input: { id: haishu.id, name: '宁波市海曙区总工会' } }, alice);
    expect((await lastEntry()).requestId).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('moves and federation changes: before/after, and the federation as the organization', async () => {
    const both = await bearer(
      [
        { role: 'ORG_ADMIN', organizationId: org('嘉兴市总工会').local },
        { role: 'ORG_ADMIN', organizationId: org('湖州市总工会').local },
      ],
      'bob',
    );
    const moved = await post(
      MOVE,
      { input: { id: org('海盐县总工会').id, newParentId: org('湖州市总工会').id } },
      both,
    );
    expect(moved.data.moveOrganization.errors).toEqual([]);
    const [move, movedOut] = await db.prisma.auditEntry
      .findMany({ orderBy: { seq: 'desc' }, take: 2 })
      .then((e) => e.reverse());
    if (!move || !movedOut) throw new Error('two entries expected for a move');
    expect(move).toMatchObject({
      actor: 'bob',
      action: 'organization.moved',
      targetId: org('海盐县总工会').local,
      organizationId: org('海盐县总工会').local,
    });
    // The old parent keeps an entry of its own, so its admins still see that the subtree left.
    expect(movedOut).toMatchObject({
      actor: 'bob',
      action: 'organization.movedOut',
      targetId: org('海盐县总工会').local,
      organizationId: org('嘉兴市总工会').local,
    });
    const jiaxingLog = await post(
      '{ auditLog(organizationId: "' +
        org('嘉兴市总工会').id +
        '", first: 5) { nodes { action targetId } } }',
      {},
      await adminOf('嘉兴市总工会', 'dave'),
    );
    expect(jiaxingLog.data.auditLog.nodes[0]).toEqual({
      action: 'organization.movedOut',
      targetId: org('海盐县总工会').local,
    });
    expect((move.before as { parentId: string }).parentId).toBe(org('嘉兴市总工会').local);
    expect((move.after as { parentId: string }).parentId).toBe(org('湖州市总工会').local);

    const federation = org(MEIYUAN_FEDERATION);
    const member = org('宁波梅园石雕工艺品有限公司工会');
    const membership = await db.prisma.federationMembership.findFirstOrThrow({
      where: { federationId: federation.local, memberId: member.local },
    });
    const carol = await adminOf(MEIYUAN_FEDERATION, 'carol');
    const left = await post(LEAVE, { input: { federationId: federation.id, memberId: member.id } }, carol);
    expect(left.data.leaveFederation.errors).toEqual([]);
    const [leave, memberLeft] = await db.prisma.auditEntry
      .findMany({ orderBy: { seq: 'desc' }, take: 2 })
      .then((e) => e.reverse());
    expect(memberLeft).toMatchObject({
      actor: 'carol',
      action: 'federation.memberLeft',
      targetId: membership.id,
      organizationId: member.local,
    });
    expect(leave).toMatchObject({
      actor: 'carol',
      action: 'federation.left',
      targetType: 'FederationMembership',
      targetId: membership.id,
      organizationId: federation.local,
      after: null,
    });
    expect(leave?.before).toMatchObject({
      federationId: federation.local,
      memberId: member.local,
      segment: 'MIDSTREAM',
    });
    expect((await verifyAuditChain(db.prisma, testAuditKey)).ok).toBe(true);
  });

  it('a union enrolled in a federation of another subtree finds both changes in its own audit log', async () => {
    const JOIN = `mutation($input: JoinFederationInput!) { joinFederation(input: $input) { membership { id } errors { code } } }`;
    const federation = org(MEIYUAN_FEDERATION);
    const union = org('绍兴柯桥轻纺城印染有限公司工会'); // in 绍兴, the federation in 宁波
    const carol = await adminOf(MEIYUAN_FEDERATION, 'carol');
    const input = { federationId: federation.id, memberId: union.id };
    const joined = await post(JOIN, { input: { ...input, chain: '梅园石', segment: 'DOWNSTREAM' } }, carol);
    expect(joined.data.joinFederation.errors).toEqual([]);
    const left = await post(LEAVE, { input }, carol);
    expect(left.data.leaveFederation.errors).toEqual([]);
    const LOG = `query($org: ID) { auditLog(organizationId: $org, first: 10) { nodes { actor action organization { name } } } }`;
    // The admins of the union's subtree (here its county) see that carol enrolled it and took it out again …
    const ofUnion = await post(
      LOG,
      { org: org('绍兴市柯桥区总工会').id },
      await adminOf('绍兴市柯桥区总工会', 'erin'),
    );
    expect(ofUnion.errors).toBeUndefined();
    const unionName = '绍兴柯桥轻纺城印染有限公司工会';
    expect(ofUnion.data.auditLog.nodes.slice(0, 2)).toEqual([
      { actor: 'carol', action: 'federation.memberLeft', organization: { name: unionName } },
      { actor: 'carol', action: 'federation.memberJoined', organization: { name: unionName } },
    ]);
    // … and the federation's admins see the same changes as the federation's.
    const ofFederation = await post(LOG, { org: federation.id }, carol);
    expect(ofFederation.data.auditLog.nodes.slice(0, 2)).toEqual([
      { actor: 'carol', action: 'federation.left', organization: { name: MEIYUAN_FEDERATION } },
      { actor: 'carol', action: 'federation.joined', organization: { name: MEIYUAN_FEDERATION } },
    ]);
    expect((await verifyAuditChain(db.prisma, testAuditKey)).ok).toBe(true);
  });

  it('a refused change appends nothing: a broken rule, and a write outside the viewer’s scope', async () => {
    const before = await db.prisma.auditEntry.count();
    const admin = await adminBearer();
    // 宁波市总工会 has active children: dissolving it breaks a rule (errors as data).
    const refused = await post(DISSOLVE, { input: { id: org('宁波市总工会').id } }, admin);
    expect(refused.data.dissolveOrganization.errors).not.toEqual([]);
    // A bad credit code.
    const bad = await post(
      UPDATE,
      { input: { id: org('宁波市总工会').id, creditCode: 'not-a-code' } },
      admin,
    );
    expect(bad.data.updateOrganization.errors).not.toEqual([]);
    // Outside the viewer's subtree: FORBIDDEN before the command runs.
    const outsider = await adminOf('杭州市总工会', 'mallory');
    const forbidden = await post(UPDATE, { input: { id: org('宁波市总工会').id, name: '改名' } }, outsider);
    expect(forbidden.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(await db.prisma.auditEntry.count()).toBe(before);
  });

  it('concurrent mutations leave an intact chain without gaps', async () => {
    const before = await db.prisma.auditEntry.count();
    const admin = await adminBearer();
    const results = await Promise.all(
      Array.from({ length: 16 }, (_, i) =>
        post(
          CREATE,
          {
            input: {
              name: `并发街道总工会${i}`,
              kind: 'FEDERATION_OF_TRADE_UNIONS',
              level: 'TOWNSHIP',
              parentId: org(i % 2 ? '宁波市海曙区总工会' : '绍兴市越城区总工会').id,
            },
          },
          admin,
          `req-concurrent-${i}`,
        ),
      ),
    );
    for (const result of results) expect(result.data.createOrganization.errors).toEqual([]);
    const verified = await verifyAuditChain(db.prisma, testAuditKey);
    expect(verified).toMatchObject({ ok: true, count: before + 16 });
    const added = await db.prisma.auditEntry.findMany({ where: { seq: { gt: BigInt(before) } } });
    expect(new Set(added.map((e) => e.requestId)).size).toBe(16);
    // Streaming in small batches gives the same answer.
    expect(await verifyAuditChain(db.prisma, testAuditKey, { batchSize: 7 })).toEqual(verified);
  });

  it('the database refuses UPDATE, DELETE and TRUNCATE of the audit table, even for its owner', async () => {
    const attempts = [
      `UPDATE "AuditEntry" SET "actor" = 'mallory' WHERE "seq" = 1`,
      `UPDATE "AuditEntry" SET "actor" = 'mallory' WHERE false`,
      `DELETE FROM "AuditEntry" WHERE "seq" = 1`,
      `TRUNCATE "AuditEntry"`,
    ];
    for (const sql of attempts) {
      await expect(db.prisma.$executeRawUnsafe(sql), sql).rejects.toThrow(/append-only/);
    }
    const privileges = await db.prisma.$queryRawUnsafe<{ update: boolean }[]>(
      `SELECT has_table_privilege('public', '"AuditEntry"', 'UPDATE') AS update`,
    );
    expect(privileges[0]?.update).toBe(false);
    expect((await verifyAuditChain(db.prisma, testAuditKey)).ok).toBe(true);
  });

  it('tamper: changing any stored column of any entry is detected, naming that entry', async () => {
    const entries = await db.prisma.auditEntry.findMany({ orderBy: { seq: 'asc' } });
    const pick = random(20261129);
    const missed: string[] = [];
    for (const entry of entries) {
      const where = Prisma.sql`WHERE "seq" = ${entry.seq}`;
      const tampers: [string, (tx: Tx) => Promise<unknown>][] = [
        ['seq', (tx) => tx.$executeRaw`UPDATE "AuditEntry" SET "seq" = "seq" + 1000000 ${where}`],
        [
          'at',
          (tx) => tx.$executeRaw`UPDATE "AuditEntry" SET "at" = "at" + interval '1 millisecond' ${where}`,
        ],
      ];
      for (const column of TEXT_COLUMNS) {
        const value = entry[column];
        const changed = value === null ? 'x' : flipChar(value, pick);
        tampers.push([
          column,
          (tx) => tx.$executeRaw`UPDATE "AuditEntry" SET ${Prisma.raw(`"${column}"`)} = ${changed} ${where}`,
        ]);
      }
      for (const column of JSON_COLUMNS) {
        const value = entry[column] as Record<string, unknown> | null;
        const changed = JSON.stringify(value === null ? { id: 'x' } : flipJson(value, pick));
        tampers.push([
          column,
          (tx) =>
            tx.$executeRaw`UPDATE "AuditEntry" SET ${Prisma.raw(`"${column}"`)} = ${changed}::jsonb ${where}`,
        ]);
      }
      for (const [column, tamper] of tampers) {
        const result = await verifyTampered(db, tamper);
        if (result.ok || result.seq !== entry.seq) {
          missed.push(`entry ${entry.seq} column ${column}: ${describeVerification(result)}`);
        }
      }
    }
    expect(missed).toEqual([]);
    expect(entries.length).toBeGreaterThan(50);
    expect((await verifyAuditChain(db.prisma, testAuditKey)).ok).toBe(true);
  }, 240_000);

  it('tamper: a deleted entry, a rewritten entry with a fresh hash, a stray entry are detected', async () => {
    const count = await db.prisma.auditEntry.count();
    const middle = BigInt(Math.floor(count / 2));
    const deleted = await verifyTampered(
      db,
      (tx) => tx.$executeRaw`DELETE FROM "AuditEntry" WHERE "seq" = ${middle}`,
    );
    expect(deleted).toMatchObject({ ok: false, seq: middle, problem: 'sequence', count: Number(middle) - 1 });

    // Whoever holds the key and rewrites an entry with a fresh seal still breaks the link to the next one.
    const rewritten = await verifyTampered(db, async (tx) => {
      const entry = unsealedOf(await tx.auditEntry.findUniqueOrThrow({ where: { seq: middle } }));
      const hash = sealEntry({ ...entry, actor: 'mallory' }, testAuditKey);
      await tx.$executeRaw`UPDATE "AuditEntry" SET "actor" = 'mallory', "hash" = ${hash} WHERE "seq" = ${middle}`;
    });
    expect(rewritten).toMatchObject({ ok: false, seq: middle + 1n, problem: 'prevHash' });

    const stray = await verifyTampered(
      db,
      (
        tx,
      ) => tx.$executeRaw`INSERT INTO "AuditEntry" SELECT 0, "at", "actor", "action", "targetType", "targetId",
        "organizationId", "before", "after", "requestId", "prevHash", "hash", gen_random_uuid()::text
        FROM "AuditEntry" WHERE "seq" = 1`,
    );
    expect(stray).toMatchObject({ ok: false, seq: 0n, problem: 'sequence' });
    expect(describeVerification(deleted)).toMatch(
      new RegExp(`^audit log BROKEN at entry ${middle} \\(sequence\\)`),
    );
  });

  it('forgery: an INSERTed entry (blaming an admin for a reveal) sealed without the key fails, naming it', async () => {
    const head = await lastEntry();
    const forged: UnsealedRecord = {
      id: randomUUID(),
      seq: head.seq + 1n,
      at: new Date(),
      actor: 'alice',
      action: 'member.revealed',
      targetType: 'Member',
      targetId: 'someone',
      organizationId: null,
      before: null,
      after: { field: 'idNumber' },
      requestId: 'req-forged',
      prevHash: head.hash,
    };
    const seals = {
      'plain SHA-256, as a v1 entry': legacyEntryHash(forged),
      'plain SHA-256 under the v2 prefix': `v2:${createHash('sha256').update(canonicalEntry(forged)).digest('hex')}`,
      'HMAC under another key': sealEntry(forged, new AuditKey(randomBytes(32), 'mallory')),
    };
    const problems: Record<string, unknown> = {};
    for (const [how, hash] of Object.entries(seals)) {
      const result = await verifyTampered(db, (tx) => insertEntry(tx, { ...forged, hash }));
      problems[how] = result.ok ? 'passed' : [result.seq, result.problem];
      if (!result.ok) expect(result.message, how).toContain(`entry ${forged.seq}`);
    }
    expect(problems).toEqual({
      'plain SHA-256, as a v1 entry': [forged.seq, 'unkeyed'],
      'plain SHA-256 under the v2 prefix': [forged.seq, 'hash'],
      'HMAC under another key': [forged.seq, 'hash'],
    });
    // The same entry sealed with the key verifies: the check is the key, nothing else.
    const genuine = await verifyTampered(db, (tx) =>
      insertEntry(tx, { ...forged, hash: sealEntry(forged, testAuditKey) }),
    );
    expect(genuine).toMatchObject({ ok: true, head: { seq: forged.seq } });
  });

  it('auditLog lists the subtree of an admin’s organization, newest first, in pages', async () => {
    const ningbo = org('宁波市总工会');
    const alice = await adminOf('宁波市总工会', 'alice');
    const inSubtree = await db.prisma.auditEntry.count({
      where: { organization: { ancestorLinks: { some: { ancestorId: ningbo.local } } } },
    });
    const seen: any[] = [];
    let after: string | null = null;
    for (;;) {
      const page: { data?: any; errors?: any[] } = await post(
        AUDIT_LOG,
        { org: ningbo.id, first: 10, after },
        alice,
      );
      expect(page.errors).toBeUndefined();
      expect(page.data.auditLog.totalCount).toBe(inSubtree);
      seen.push(...page.data.auditLog.nodes);
      if (!page.data.auditLog.pageInfo.hasNextPage) break;
      after = page.data.auditLog.pageInfo.endCursor;
    }
    expect(seen).toHaveLength(inSubtree);
    const seqs = seen.map((node) => BigInt(node.seq));
    expect(seqs).toEqual([...seqs].sort((a, b) => (a > b ? -1 : a < b ? 1 : 0)));
    const ningboIds = new Set(
      (await db.prisma.organizationLink.findMany({ where: { ancestorId: ningbo.local } })).map(
        (l) => l.descendantId,
      ),
    );
    const outside = await db.prisma.auditEntry.findMany({
      where: { seq: { in: seqs } },
      select: { seq: true, organizationId: true },
    });
    expect(outside.filter((e) => !ningboIds.has(e.organizationId ?? ''))).toEqual([]);
    const update = seen.find((node) => node.requestId === 'req-update-1');
    expect(update).toMatchObject({
      actor: 'alice',
      action: 'organization.updated',
      organization: { name: '宁波市海曙区总工会' },
    });
    expect(JSON.parse(update.before).name).toBe('宁波市海曙区总工会');
    expect(JSON.parse(update.after).name).toBe('宁波市海曙区总工会（新）');
  });

  it('auditLog refuses viewers without ADMIN of the organization; the whole log is for system admins', async () => {
    const ningbo = org('宁波市总工会');
    const viewers = {
      anonymous: undefined,
      'ORG_VIEWER of it': await bearer([{ role: 'ORG_VIEWER', organizationId: ningbo.local }], 'v'),
      'ORG_ADMIN of a child': await adminOf('宁波市海曙区总工会', 'c'),
      'ORG_ADMIN elsewhere': await adminOf('杭州市总工会', 'h'),
    };
    for (const [who, authorization] of Object.entries(viewers)) {
      const result = await post(AUDIT_LOG, { org: ningbo.id, first: 5 }, authorization);
      const code = authorization === undefined ? 'UNAUTHENTICATED' : 'FORBIDDEN';
      expect(result.errors?.[0]?.extensions?.code, who).toBe(code);
      expect(result.data?.auditLog ?? null, who).toBeNull();
    }
    const alice = await adminOf('宁波市总工会', 'alice');
    const whole = await post(AUDIT_LOG, { first: 5 }, alice);
    expect(whole.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const all = await post(AUDIT_LOG, { first: 5 }, await adminBearer());
    expect(all.errors).toBeUndefined();
    expect(all.data.auditLog.totalCount).toBe(await db.prisma.auditEntry.count());
  });

  it('node(id:) and nodes(ids:) never hand an entry to a viewer outside its subtree', async () => {
    // One entry scoped to each city union (the seed grows with every module, so ask each city's log).
    const entryOf = async (name: string) => {
      const admin = await adminBearer();
      for (let after: string | null = null; ; ) {
        const page: any = (await post(AUDIT_LOG, { org: org(name).id, first: 100, after }, admin)).data
          .auditLog;
        const found = page.nodes.find((node: any) => node.organization?.name === name);
        if (found || !page.pageInfo.hasNextPage) return found;
        after = page.pageInfo.endCursor;
      }
    };
    const hangzhouEntry = await entryOf('杭州市总工会');
    const ningboEntry = await entryOf('宁波市总工会');
    expect(hangzhouEntry && ningboEntry).toBeTruthy();
    const NODE = `query($id: ID!) { node(id: $id) { __typename id ... on AuditEntry { seq actor action before } } }`;
    const NODES = `query($ids: [ID!]!) { nodes(ids: $ids) { __typename ... on AuditEntry { seq action } } }`;
    const alice = await adminOf('宁波市总工会', 'alice');

    const own = await post(NODE, { id: ningboEntry.id }, alice);
    expect(own.errors).toBeUndefined();
    expect(own.data.node).toMatchObject({ __typename: 'AuditEntry', seq: ningboEntry.seq });

    const viewers = {
      'ORG_ADMIN of 宁波': alice,
      'ORG_VIEWER of 杭州': await bearer(
        [{ role: 'ORG_VIEWER', organizationId: org('杭州市总工会').local }],
        'v',
      ),
      anonymous: undefined,
    };
    for (const [who, authorization] of Object.entries(viewers)) {
      // Exactly what a missing entry gets: null, no error (test/edge-limits.test.ts covers the rest).
      expect(await post(NODE, { id: hangzhouEntry.id }, authorization), who).toEqual({
        data: { node: null },
      });
      expect(await post(NODES, { ids: [hangzhouEntry.id] }, authorization), who).toEqual({
        data: { nodes: [null] },
      });
    }
  });
});
