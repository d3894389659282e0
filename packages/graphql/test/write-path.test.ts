// The write path: idempotency keys, payloads from the transaction, the statements of a create, and
// (on PostgreSQL, where writes really run at once) row locks instead of one lock for every write.
import {
  type Command,
  checkNoCycle,
  createOrganization,
  creditCodeCheckCharacter,
  execute,
  idCheckCharacter,
  type Organization,
  systemClock,
  uuidIds,
} from '@gonghui/core';
import { encodeGlobalID } from '@pothos/plugin-relay';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createGonghuiYoga } from '../src/server.js';
import { verifyAuditChain } from '../src/store/audit.js';
import type { Database } from '../src/store/database.js';
import { IDEMPOTENCY_TTL_MS } from '../src/store/idempotency.js';
import { PrismaStore } from '../src/store/prisma-store.js';
import { observeStatements } from '../src/store/statements.js';
import { moveLocks } from '../src/store/write-lock.js';
import { adminBearer, bearer, testAuth } from './support/auth.js';
import { countQueries, createTestDatabase, testBackends } from './support/database.js';

const env = { clock: systemClock, ids: uuidIds };
/** A command that decides nothing: its unit of work only takes its lock plan. */
const noop: Command<object, null> = async () => ({ ok: true, value: { value: null, changes: [] } });
const CREATE = `mutation($input: CreateOrganizationInput!) {
  createOrganization(input: $input) { organization { id name depth parent { name } } errors { code } } }`;
const MOVE = `mutation($input: MoveOrganizationInput!) {
  moveOrganization(input: $input) { organization { depth } errors { code } } }`;
const REGISTER = `mutation($input: RegisterMemberInput!) {
  registerMember(input: $input) { member { id name } errors { code path } } }`;

/** A valid ID number from 17 digits. */
const idNumber = (first17: string) => first17 + idCheckCharacter(first17);
const gid = (id: string) => encodeGlobalID('Organization', id);

interface Response {
  status: number;
  data?: any;
  errors?: { message: string; extensions?: { code?: string } }[];
}

describe.each(testBackends())('write path on %s', (backend) => {
  let db: Database;
  let yoga: ReturnType<typeof createGonghuiYoga>;
  let admin: string;
  const tree: Record<'root' | 'a' | 'b' | 'union', Organization> = {} as never;

  const post = async (
    query: string,
    variables: Record<string, unknown>,
    headers: Record<string, string> = {},
  ): Promise<Response> => {
    const response = await yoga.fetch('http://test/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: admin, ...headers },
      body: JSON.stringify({ query, variables }),
    });
    return { status: response.status, ...((await response.json()) as object) };
  };
  const create = async (input: Parameters<typeof createOrganization>[2]) => {
    const result = await execute(new PrismaStore(db), env, createOrganization, input);
    if (!result.ok) throw new Error(result.error.message);
    return result.value;
  };
  const township = (name: string, parent: Organization) => ({
    input: { name, kind: 'FEDERATION_OF_TRADE_UNIONS', level: 'TOWNSHIP', parentId: gid(parent.id) },
  });
  const count = (name: string) => db.prisma.organization.count({ where: { name } });

  /** The closure table matches the parent pointers and the depths, and the tree has no cycle. */
  const expectTreeConsistent = async () => {
    const rows = await db.prisma.organization.findMany({ select: { id: true, parentId: true, depth: true } });
    const parent = new Map(rows.map((r) => [r.id, r.parentId]));
    for (const row of rows) {
      const chain: string[] = [];
      for (let at: string | null | undefined = row.id; at; at = parent.get(at)) {
        expect(chain).not.toContain(at);
        chain.push(at);
      }
      const links = await db.prisma.organizationLink.findMany({
        where: { descendantId: row.id },
        orderBy: { distance: 'asc' },
      });
      expect(
        links.map((l) => l.ancestorId),
        row.id,
      ).toEqual(chain);
      expect(row.depth).toBe(chain.length - 1);
    }
  };

  beforeAll(async () => {
    db = await createTestDatabase(backend);
    yoga = createGonghuiYoga({ db, auth: await testAuth(), production: false });
    admin = await adminBearer();
    const fed = { kind: 'FEDERATION_OF_TRADE_UNIONS', regionCode: null } as const;
    tree.root = await create({ ...fed, name: '浙江省总工会', level: 'PROVINCIAL', parentId: null });
    tree.a = await create({ ...fed, name: '甲县总工会', level: 'COUNTY', parentId: tree.root.id });
    tree.b = await create({ ...fed, name: '乙县总工会', level: 'COUNTY', parentId: tree.root.id });
    tree.union = await create({
      name: '甲县某公司工会',
      kind: 'GRASSROOTS_UNION',
      level: 'GRASSROOTS',
      parentId: tree.a.id,
    });
  });
  afterAll(() => db?.close());

  it('a retry with the same Idempotency-Key and input gets the first answer; the work is done once', async () => {
    const key = { 'idempotency-key': 'create-once-1' };
    const first = await post(CREATE, township('幂等镇总工会', tree.a), key);
    expect(first.data.createOrganization.errors).toEqual([]);
    const audit = await db.prisma.auditEntry.count();
    const again = await post(CREATE, township('幂等镇总工会', tree.a), key);
    expect(again).toEqual(first);
    expect(await count('幂等镇总工会')).toBe(1);
    expect(await db.prisma.auditEntry.count()).toBe(audit);
    // Without a key, the same input is a second organization.
    await post(CREATE, township('幂等镇总工会', tree.a));
    expect(await count('幂等镇总工会')).toBe(2);
  });

  it('a refusal is a first answer too: the retry gets it, even when the input would now pass', async () => {
    const key = { 'idempotency-key': 'refused-1' };
    const input = { input: { name: '无上级的镇工会', kind: 'GRASSROOTS_UNION', level: 'TOWNSHIP' } };
    const first = await post(CREATE, input, key);
    expect(first.data.createOrganization.errors).toEqual([{ code: 'ORG_LEVEL_NOT_ALLOWED' }]);
    expect(await post(CREATE, input, key)).toEqual(first);
  });

  it('the same key with another input is IDEMPOTENCY_KEY_REUSED; another viewer or mutation alias has its own keys', async () => {
    const key = { 'idempotency-key': 'reused-1' };
    await post(CREATE, township('甲镇总工会', tree.a), key);
    const reused = await post(CREATE, township('乙镇总工会', tree.a), key);
    expect(reused.errors?.[0]?.extensions?.code).toBe('IDEMPOTENCY_KEY_REUSED');
    expect(reused.errors?.[0]?.message).toContain("'reused-1'");
    expect(await count('乙镇总工会')).toBe(0);

    const other = await bearer([{ role: 'ORG_ADMIN', organizationId: tree.root.id }], 'another-admin');
    const theirs = await post(CREATE, township('乙镇总工会', tree.a), { ...key, authorization: other });
    expect(theirs.data.createOrganization.errors).toEqual([]);
    expect(await count('乙镇总工会')).toBe(1);

    // Two mutations of one request share the header and are told apart by their response keys.
    const two = await post(
      `mutation($one: CreateOrganizationInput!, $two: CreateOrganizationInput!) {
        one: createOrganization(input: $one) { organization { name } errors { code } }
        two: createOrganization(input: $two) { organization { name } errors { code } } }`,
      { one: township('丙镇总工会', tree.b).input, two: township('丁镇总工会', tree.b).input },
      { 'idempotency-key': 'two-in-one' },
    );
    expect(two.data).toEqual({
      one: { organization: { name: '丙镇总工会' }, errors: [] },
      two: { organization: { name: '丁镇总工会' }, errors: [] },
    });
  });

  it('a key expires after 24 hours: then the same key does the work again', async () => {
    const key = { 'idempotency-key': 'expires-1' };
    await post(CREATE, township('过期镇总工会', tree.b), key);
    // Age the stored answer to exactly the time to live.
    await db.prisma.idempotencyKey.updateMany({
      where: { key: 'expires-1' },
      data: { createdAt: new Date(Date.now() - IDEMPOTENCY_TTL_MS) },
    });
    await post(CREATE, township('过期镇总工会', tree.b), key);
    expect(await count('过期镇总工会')).toBe(2);
    // And the key now remembers the second answer.
    await post(CREATE, township('过期镇总工会', tree.b), key);
    expect(await count('过期镇总工会')).toBe(2);
  });

  it('refuses a malformed Idempotency-Key with 400 BAD_USER_INPUT', async () => {
    for (const bad of ['', 'x'.repeat(256), 'with space', '键']) {
      const response = await post(CREATE, township('坏键镇总工会', tree.b), { 'idempotency-key': bad });
      expect(response.status, JSON.stringify(bad)).toBe(400);
      expect(response.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    }
    expect(await count('坏键镇总工会')).toBe(0);
  });

  it('the payload comes from the transaction: after COMMIT only the statements of the audit sealer', async () => {
    // The parent too: the transaction locked its row.
    const COUNTED = `mutation($input: CreateOrganizationInput!) {
      createOrganization(input: $input) { organization { id name depth createdAt parent { name } } errors { code } } }`;
    const counter = countQueries(db.prisma);
    try {
      const created = await post(COUNTED, township('计数镇总工会', tree.a));
      expect(created.data.createOrganization.organization).toMatchObject({
        name: '计数镇总工会',
        depth: 2,
        parent: { name: '甲县总工会' },
      });
      // Lock the parent (its row answers `parent`), then one statement inserts the row, its closure
      // rows and the audit entry (BEGIN/COMMIT not counted); after COMMIT only the audit sealer's
      // pass (read the head and the pending entries, write the sealed ones: audit.ts), nothing for
      // the payload. The old path sent 9 statements: a second advisory lock, the parent read twice,
      // the last entry read, and the row read again after commit.
      const statements = counter.statements();
      expect(statements.map((sql) => sql.trim().split(/\s+/)[0])).toEqual([
        'SELECT',
        'WITH',
        'SELECT',
        'WITH',
      ]);
      expect(statements[1]).toMatch(
        /INSERT INTO "Organization"[\s\S]*INSERT INTO "OrganizationLink"[\s\S]*INSERT INTO "AuditPending"/,
      );
      expect(statements[2]).toContain('"AuditHead"');
      expect(statements[3]).toContain('"AuditEntry"');
      counter.reset();
      await post(COUNTED, township('计数镇总工会二', tree.a), { 'idempotency-key': 'count-1' });
      // A key costs one lookup; its answer is stored in the same statement as the row and the entry.
      expect(counter.count(), counter.statements().join('\n')).toBe(5);
      expect(counter.statements()[2]).toMatch(/"Organization"[\s\S]*"AuditPending"[\s\S]*"IdempotencyKey"/);
    } finally {
      counter.stop();
    }
  });

  it.runIf(backend === 'postgres')(
    'the lock plan finds its rows by index, never by reading every organization',
    async () => {
      // An `id = ANY(…) OR id IN (subtree)` filter reads every organization (a sequential scan, or
      // the whole primary key with a filter): 6 ms of the database's CPU per write on the 99,903
      // organizations of bench:peers. Every scan of "Organization" must look its rows up by an index
      // condition, even with sequential scans disabled (a small table is cheaper to scan).
      const locks: { sql: string; args: readonly unknown[] }[] = [];
      const stop = observeStatements(db.prisma, (sql, args) => {
        if (/FOR (SHARE|UPDATE|KEY SHARE|NO KEY UPDATE)/.test(sql) && sql.includes('"Organization"'))
          locks.push({ sql, args });
      });
      try {
        expect((await post(CREATE, township('计划镇总工会', tree.a))).data.createOrganization.errors).toEqual(
          [],
        );
        await execute(
          new PrismaStore(db).unit({ locks: moveLocks(tree.union.id, tree.b.id) }),
          env,
          noop,
          {},
        );
      } finally {
        stop();
      }
      expect(locks.length).toBe(2);
      /** Scans of "Organization" in a JSON plan that do not look rows up by an index condition. */
      type PlanNode = { 'Relation Name'?: string; 'Index Cond'?: string; Plans?: PlanNode[] };
      const unbounded = (node: PlanNode): PlanNode[] => [
        ...(node['Relation Name'] === 'Organization' && node['Index Cond'] === undefined ? [node] : []),
        ...(node.Plans ?? []).flatMap(unbounded),
      ];
      for (const { sql, args } of locks) {
        const [explained] = await db.prisma.$transaction(async (tx) => {
          await tx.$executeRawUnsafe('SET LOCAL enable_seqscan = off');
          return tx.$queryRawUnsafe<{ 'QUERY PLAN': [{ Plan: PlanNode }] }[]>(
            `EXPLAIN (FORMAT JSON) ${sql}`,
            ...args,
          );
        });
        const plan = explained?.['QUERY PLAN'][0].Plan as PlanNode;
        expect(unbounded(plan), `${sql}\n${JSON.stringify(plan, null, 1)}`).toEqual([]);
      }
    },
  );

  it('concurrent registrations of one ID number: exactly one member, the others MEMBER_ID_NUMBER_TAKEN', async () => {
    const id = idNumber('33020319800101001');
    // Three admins (one viewer's registrations queue behind its hourly-limit count): at once, the
    // unique index on the ID number decides.
    const admins = await Promise.all(
      [1, 2, 3].map((n) => bearer([{ role: 'ORG_ADMIN', organizationId: tree.a.id }], `registrar-${n}`)),
    );
    const responses = await Promise.all(
      admins.map((authorization, n) =>
        post(
          REGISTER,
          {
            input: {
              organizationId: gid(tree.union.id),
              name: `同号${n}`,
              idNumber: id,
              joinedOn: '2020-01-01',
            },
          },
          { authorization },
        ),
      ),
    );
    const codes = responses.map((r) => r.data.registerMember.errors[0]?.code ?? 'OK').sort();
    expect(codes).toEqual(['MEMBER_ID_NUMBER_TAKEN', 'MEMBER_ID_NUMBER_TAKEN', 'OK']);
    expect(await db.prisma.member.count({ where: { idNumberHash: db.personalData.idNumberHash(id) } })).toBe(
      1,
    );
  });

  it('concurrent creates with one credit code: exactly one organization, the others ORG_CREDIT_CODE_TAKEN', async () => {
    // All three pass core's look-up at once: the unique index decides, answered as the rule's error.
    const creditCode = `91330203MA0000099${creditCodeCheckCharacter('91330203MA0000099')}`;
    const responses = await Promise.all(
      [1, 2, 3].map((n) => {
        const { input } = township(`同码${n}镇总工会`, tree.a);
        return post(CREATE, { input: { ...input, creditCode } });
      }),
    );
    const codes = responses.map((r) => r.data.createOrganization.errors[0]?.code ?? 'OK').sort();
    expect(codes).toEqual(['OK', 'ORG_CREDIT_CODE_TAKEN', 'ORG_CREDIT_CODE_TAKEN']);
    expect(await db.prisma.organization.count({ where: { creditCode } })).toBe(1);
  });

  it('concurrent moves that would form a cycle: exactly one wins, the other is ORG_CYCLE', async () => {
    // Today's kind and level rules refuse every move into a descendant anyway (ORG_PARENT_NOT_ALLOWED
    // or ORG_LEVEL_ORDER), so this move checks only the cycle: the locks alone must keep the tree a tree.
    const cycleOnlyMove: Command<{ id: string; newParentId: string }, Organization> = async (
      uow,
      _e,
      input,
    ) => {
      const before = await uow.organizations.findById(input.id);
      const parent = await uow.organizations.findById(input.newParentId);
      if (!before || !parent) throw new Error('test tree incomplete');
      const acyclic = checkNoCycle(before.id, parent.id, await uow.organizations.ancestorIds(parent.id));
      if (!acyclic.ok) return acyclic;
      const after = { ...before, parentId: parent.id };
      return { ok: true, value: { value: after, changes: [{ type: 'organization.moved', before, after }] } };
    };
    const store = new PrismaStore(db);
    const fed = { kind: 'FEDERATION_OF_TRADE_UNIONS', level: 'TOWNSHIP' } as const;
    for (let round = 0; round < 4; round++) {
      // x and y side by side, each with a child; move x under y's child and y under x's child at once
      // (with the API's lock plan, and in odd rounds without one: each row locked as it is read).
      const x = await create({ ...fed, name: `环甲${round}`, parentId: tree.b.id });
      const y = await create({ ...fed, name: `环乙${round}`, parentId: tree.b.id });
      const xs = await create({
        kind: 'REGIONAL_FEDERATION',
        level: 'VILLAGE',
        name: `环甲分${round}`,
        parentId: x.id,
      });
      const ys = await create({
        kind: 'REGIONAL_FEDERATION',
        level: 'VILLAGE',
        name: `环乙分${round}`,
        parentId: y.id,
      });
      const move = (id: string, newParentId: string) =>
        execute(
          round % 2 === 0 ? store.unit({ locks: moveLocks(id, newParentId) }) : store,
          env,
          cycleOnlyMove,
          {
            id,
            newParentId,
          },
        );
      const results = await Promise.all([move(x.id, ys.id), move(y.id, xs.id)]);
      const codes = results.map((r) => (r.ok ? 'OK' : r.error.code)).sort();
      expect(codes, `round ${round}`).toEqual(['OK', 'ORG_CYCLE']);
    }
    await expectTreeConsistent();
    expect(await verifyAuditChain(db.prisma, db.auditKey)).toMatchObject({ ok: true });
  });

  it.runIf(backend === 'postgres')(
    'a move and creates below the moved node at once: every create lands in the moved subtree with its closure rows',
    async () => {
      // A create locks its parent FOR SHARE and writes its rows in its last statement; a move locks
      // the subtree it moves FOR UPDATE. Whichever comes first, the other waits: the new nodes'
      // closure rows name their ancestors after (or before) the move, never a mix.
      const fed = { kind: 'FEDERATION_OF_TRADE_UNIONS', level: 'TOWNSHIP' } as const;
      for (let round = 0; round < 4; round++) {
        const x = await create({ ...fed, name: `迁甲${round}`, parentId: round % 2 ? tree.a.id : tree.b.id });
        const xs = await create({
          kind: 'REGIONAL_FEDERATION',
          level: 'VILLAGE',
          name: `迁乙${round}`,
          parentId: x.id,
        });
        const union = (n: number) => ({
          input: {
            name: `迁丙${round}-${n}`,
            kind: 'GRASSROOTS_UNION',
            level: 'GRASSROOTS',
            parentId: gid(xs.id),
          },
        });
        const [moved, ...created] = await Promise.all([
          post(MOVE, { input: { id: gid(x.id), newParentId: gid(round % 2 ? tree.b.id : tree.a.id) } }),
          ...[1, 2, 3].map((n) => post(CREATE, union(n))),
        ]);
        expect(moved, `round ${round}`).toMatchObject({
          status: 200,
          data: { moveOrganization: { errors: [] } },
        });
        for (const answer of created) {
          expect(answer, `round ${round}`).toMatchObject({
            status: 200,
            data: { createOrganization: { errors: [], organization: { depth: 4 } } },
          });
        }
      }
      await expectTreeConsistent();
      expect(await verifyAuditChain(db.prisma, db.auditKey)).toMatchObject({ ok: true });
    },
  );

  it.runIf(backend === 'postgres')(
    'a move does not wait for a write that only references the moved node (its foreign-key check)',
    async () => {
      // A create below a moved node checks the foreign keys of its closure rows, which holds the
      // node's ancestors FOR KEY SHARE. A move locked its subtree FOR UPDATE, which waits for that:
      // with the create waiting for the move's lock on its parent, PostgreSQL broke the circle by
      // aborting one of them, and a move that lost five times in a row failed (stop 24's CI).
      const x = await create({
        kind: 'FEDERATION_OF_TRADE_UNIONS',
        level: 'TOWNSHIP',
        name: '键锁甲',
        parentId: tree.a.id,
      });
      let release: () => void = () => {};
      const held = new Promise<void>((resolve) => {
        release = resolve;
      });
      let taken: () => void = () => {};
      const lockTaken = new Promise<void>((resolve) => {
        taken = resolve;
      });
      const holder = db.prisma.$transaction(
        async (tx) => {
          await tx.$queryRaw`SELECT 1 FROM "Organization" WHERE "id" = ${x.id} FOR KEY SHARE`;
          taken();
          await held;
        },
        { timeout: 30_000 },
      );
      await lockTaken;
      let settled = false;
      const moving = post(MOVE, { input: { id: gid(x.id), newParentId: gid(tree.b.id) } }).finally(() => {
        settled = true;
      });
      /** Resolves once a statement of this database waits for a lock (the move, if anything). */
      const aWait = async () => {
        while (!settled) {
          const [row] = await db.prisma.$queryRaw<{ waiting: number }[]>`
            SELECT count(*)::int AS "waiting" FROM pg_stat_activity
            WHERE "datname" = current_database() AND "wait_event_type" = 'Lock'`;
          if (row && row.waiting > 0) return 'the move waited for the lock';
          await new Promise((resolve) => setTimeout(resolve, 10));
        }
        return 'moved';
      };
      const first = await Promise.race([moving.then(() => 'moved'), aWait()]);
      release();
      await holder;
      expect(first).toBe('moved');
      expect(await moving).toMatchObject({
        data: { moveOrganization: { errors: [], organization: { depth: 2 } } },
      });
    },
  );

  it.runIf(backend === 'postgres')(
    'writes to different subtrees hold their transactions open at the same time; the chain verifies',
    async () => {
      // Each create waits, inside its transaction and holding its row locks, until the other has
      // arrived at the same point. Under one lock for every write the second never arrives.
      /** A meeting point for two writes: each waits (at most 10 s) until the other has arrived. */
      const barrier = () => {
        let arrived = 0;
        let release: () => void = () => {};
        const bothInside = new Promise<void>((resolve) => {
          release = resolve;
        });
        return async () => {
          arrived += 1;
          if (arrived === 2) release();
          const timeout = new Promise<never>((_, reject) =>
            setTimeout(
              () => reject(new Error(`only ${arrived} of 2 writes got inside a transaction`)),
              10_000,
            ),
          );
          await Promise.race([bothInside, timeout]);
        };
      };
      const store = new PrismaStore(db);
      const under = (wait: () => Promise<void>, parent: Organization, name: string) => {
        const held: Command<Parameters<typeof createOrganization>[2], Organization> = async (
          uow,
          e,
          input,
        ) => {
          const decided = await createOrganization(uow, e, input);
          await wait();
          return decided;
        };
        return execute(store.unit({ locks: { mode: 'share', organizations: [parent.id] } }), env, held, {
          name,
          kind: 'FEDERATION_OF_TRADE_UNIONS',
          level: 'TOWNSHIP',
          parentId: parent.id,
        });
      };
      const apart = barrier();
      const [ina, inb] = await Promise.all([
        under(apart, tree.a, '并行甲镇'),
        under(apart, tree.b, '并行乙镇'),
      ]);
      expect(ina.ok && inb.ok).toBe(true);
      // Creates under the same parent share its row lock: they overlap too.
      const together = barrier();
      const same = await Promise.all([
        under(together, tree.a, '并行丙镇'),
        under(together, tree.a, '并行丁镇'),
      ]);
      expect(same.every((r) => r.ok)).toBe(true);
      const chain = await verifyAuditChain(db.prisma, db.auditKey);
      expect(chain).toMatchObject({ ok: true });
      expect(chain.ok && chain.count).toBe(await db.prisma.auditEntry.count());
    },
  );

  it.runIf(backend === 'postgres')(
    "one viewer's concurrent duplicate registrations still get at most the hourly number of answers",
    async () => {
      const id = idNumber('33020319800101002');
      const input = (n: number) => ({
        input: { organizationId: gid(tree.union.id), name: `限额${n}`, idNumber: id, joinedOn: '2020-01-01' },
      });
      const registrar = await bearer([{ role: 'ORG_ADMIN', organizationId: tree.a.id }], 'hourly-registrar');
      await post(REGISTER, input(0));
      const responses = await Promise.all(
        Array.from({ length: 12 }, (_, n) => post(REGISTER, input(n + 1), { authorization: registrar })),
      );
      const codes = responses.map((r) => r.data.registerMember.errors[0]?.code);
      // acftu2016: 10 answers per viewer per hour, then the check is refused without a lookup.
      expect(codes.filter((c) => c === 'MEMBER_ID_NUMBER_TAKEN')).toHaveLength(10);
      expect(codes.filter((c) => c === 'MEMBER_ID_NUMBER_CHECK_LIMIT')).toHaveLength(2);
    },
  );

  it.runIf(backend === 'postgres')(
    'the same key sent twice at once: one does the work, both get its answer',
    async () => {
      const key = { 'idempotency-key': 'twice-at-once' };
      const [one, two] = await Promise.all([
        post(CREATE, township('同时镇总工会', tree.b), key),
        post(CREATE, township('同时镇总工会', tree.b), key),
      ]);
      expect(one).toEqual(two);
      expect(await count('同时镇总工会')).toBe(1);
    },
  );
});
