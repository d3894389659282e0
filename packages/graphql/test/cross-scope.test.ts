// Randomized cross-scope test: random organization trees, random viewers, every organization
// mutation, congress, committee and openBargaining mutations, and every read of protected data (the
// audit log, audit entries, members, congresses, committees and bargaining cases by global ID and
// through their organization, members' clear ID numbers, member
// search and coverage statistics of a subtree, import jobs — uploads to `importMembers` and reads of
// their jobs — and the downloads: a subtree's member export and a job's problem report); no write
// outside a viewer's scope may succeed or change anything, every write inside it must get past
// authorization, and no protected id outside the scope may appear in a response.
// Seeded and reproducible: CROSS_SCOPE_SEED=<n> (tree k runs on seed n + k, one test each: vitest's
// `-t 'tree k'` replays one) and CROSS_SCOPE_STEPS=<n> for a shorter run.

import {
  createOrganization,
  execute,
  type Grant,
  idCheckCharacter,
  type OrganizationKind,
  type OrganizationLevel,
  openBargaining,
  registerMember,
  seededUniform,
  systemClock,
  uuidIds,
} from '@gonghui/core';
import { decodeGlobalID, encodeGlobalID } from '@pothos/plugin-relay';
import { afterAll, describe, expect, it } from 'vitest';
import { memoryEventBus } from '../src/events.js';
import { ImportRunner } from '../src/import/runner.js';
import { defaultLogger } from '../src/observe/log.js';
import { createGonghuiYoga } from '../src/server.js';
import type { Database } from '../src/store/database.js';
import { PrismaStore } from '../src/store/prisma-store.js';
import { bearer, testAuth } from './support/auth.js';
import { createTestDatabase, testBackends } from './support/database.js';

const SEED = Number(process.env.CROSS_SCOPE_SEED ?? 20261129);
/** Six trees of 30 steps, each its own test with its own time limit (three of 60 hit the limit at load 12). */
const TREES = 6;
const STEPS_PER_TREE = Number(process.env.CROSS_SCOPE_STEPS ?? 30);
const VIEWERS_PER_STEP = 8;
/** Fewer (viewer, operation) pairs than this per step of a tree (66–73 with the default seed) means the test stopped checking. */
const PAIRS_PER_STEP = 40;

/** A seeded PRNG with helpers, so a failing run can be replayed. */
function prng(seed: number) {
  const next = seededUniform(seed);
  const int = (n: number) => Math.floor(next() * n);
  const pick = <T>(items: readonly T[]): T => items[int(items.length)] as T;
  return { next, int, pick, chance: (p: number) => next() < p };
}
type Rand = ReturnType<typeof prng>;

interface Node {
  id: string;
  parentId: string | null;
  kind: OrganizationKind;
  level: OrganizationLevel;
}

/** The tree as the database holds it now: parents, kinds, and federation memberships. */
async function snapshot(db: Database) {
  const orgs = await db.prisma.organization.findMany({
    select: {
      id: true,
      parentId: true,
      kind: true,
      level: true,
      name: true,
      status: true,
      regionCode: true,
      creditCode: true,
    },
    orderBy: { id: 'asc' },
  });
  const memberships = await db.prisma.federationMembership.findMany({
    select: { federationId: true, memberId: true, segment: true },
    orderBy: [{ federationId: 'asc' }, { memberId: 'asc' }],
  });
  const congresses = await db.prisma.congress.findMany({
    select: {
      id: true,
      organizationId: true,
      form: true,
      seats: true,
      terms: { select: { id: true, current: true } },
    },
    orderBy: { id: 'asc' },
  });
  const committees = await db.prisma.committee.findMany({
    select: { id: true, organizationId: true, kind: true, seats: true },
    orderBy: { id: 'asc' },
  });
  const imports = await db.prisma.memberImport.findMany({
    select: { id: true, organizationId: true, imported: true },
    orderBy: { id: 'asc' },
  });
  const bargainingCases = await db.prisma.bargainingCase.findMany({
    select: { id: true, organizationId: true, stage: true },
    orderBy: { id: 'asc' },
  });
  const members = await db.prisma.member.count();
  const rows = { orgs, memberships, congresses, committees, imports, bargainingCases };
  return { ...rows, fingerprint: JSON.stringify([...Object.values(rows), members]) };
}

/**
 * Builds a random tree: province → cities → counties → towns, grassroots unions, chain federations,
 * branches; every county's chain federation (or the county's federation, without one) has a
 * bargaining case, so every step reads one.
 */
async function randomTree(db: Database, rand: Rand): Promise<void> {
  const store = new PrismaStore(db);
  const env = { clock: systemClock, ids: uuidIds };
  let n = 0;
  const make = async (kind: OrganizationKind, level: OrganizationLevel, parentId: string | null) => {
    const r = await execute(store, env, createOrganization, {
      name: `${level}-${++n}`,
      kind,
      level,
      parentId,
    });
    if (!r.ok) throw new Error(`tree: ${r.error.message}`);
    return r.value.id;
  };
  const root = await make('FEDERATION_OF_TRADE_UNIONS', 'PROVINCIAL', null);
  for (let c = 0; c < 1 + rand.int(3); c++) {
    const city = await make('FEDERATION_OF_TRADE_UNIONS', 'MUNICIPAL', root);
    for (let k = 0; k < 1 + rand.int(3); k++) {
      const county = await make('FEDERATION_OF_TRADE_UNIONS', 'COUNTY', city);
      const bargaining = rand.chance(0.6)
        ? await make('INDUSTRY_CHAIN_FEDERATION', 'VILLAGE', county)
        : county;
      const opened = await execute(store, env, openBargaining, {
        organizationId: bargaining,
        employer: `employer-${++n}`,
        firmWorkers: 120,
        requestedOn: '2026-03-06',
      });
      if (!opened.ok) throw new Error(`tree: ${opened.error.message}`);
      for (let t = 0; t < rand.int(3); t++) {
        const town = await make('FEDERATION_OF_TRADE_UNIONS', 'TOWNSHIP', county);
        for (let u = 0; u < rand.int(3); u++) {
          const union = await make('GRASSROOTS_UNION', 'GRASSROOTS', town);
          if (rand.chance(0.3)) await make('BRANCH', 'GRASSROOTS', union);
          for (let m = 0; m < rand.int(3); m++) {
            const first17 = `330106198${rand.int(10)}0${1 + rand.int(9)}1${rand.int(10)}${String(rand.int(1000)).padStart(3, '0')}`;
            const r = await execute(store, env, registerMember, {
              organizationId: union,
              name: `member-${++n}`,
              idNumber: first17 + idCheckCharacter(first17),
              joinedOn: '2020-01-01',
            });
            // A rare clash of two random ID numbers is refused by the registry itself: skip it.
            if (!r.ok && r.error.code !== 'MEMBER_ID_NUMBER_TAKEN')
              throw new Error(`tree: ${r.error.message}`);
          }
        }
      }
    }
  }
  // A city with nothing in it: off every case's path, so every case has a viewer of another subtree.
  await make('FEDERATION_OF_TRADE_UNIONS', 'MUNICIPAL', root);
}

describe.each(testBackends())('cross-scope authorization on %s', (backend) => {
  let db: Database;
  let yoga: ReturnType<typeof createGonghuiYoga>;
  let imports: ImportRunner;

  /** A fresh database (the audit trail is append-only, so every tree gets its own) with a new tree. */
  async function freshTree(rand: Rand): Promise<void> {
    await db?.close();
    db = await createTestDatabase(backend);
    const pubsub = memoryEventBus();
    imports = new ImportRunner(db, pubsub, defaultLogger());
    yoga = createGonghuiYoga({ db, auth: await testAuth(), production: false, pubsub, imports });
    await randomTree(db, rand);
  }
  afterAll(() => db?.close());

  async function post(
    query: string,
    variables: Record<string, unknown>,
    authorization: string | null,
    upload?: string,
  ) {
    // With `upload`, a multipart request by the spec, the file as `input.file`.
    let body: string | FormData = JSON.stringify({ query, variables });
    if (upload !== undefined) {
      body = new FormData();
      const input = { ...(variables.input as object), file: null };
      body.append('operations', JSON.stringify({ query, variables: { ...variables, input } }));
      body.append('map', JSON.stringify({ 0: ['variables.input.file'] }));
      body.append('0', new Blob([upload]), 'roster.csv');
    }
    const response = await yoga.fetch('http://test/graphql', {
      method: 'POST',
      headers: {
        ...(upload === undefined ? { 'content-type': 'application/json' } : { 'x-graphql-csrf': '1' }),
        ...(authorization ? { authorization } : {}),
      },
      body,
    });
    return (await response.json()) as {
      data?: any;
      errors?: { message: string; extensions?: { code?: string } }[];
    };
  }

  /** A GET of a download path (src/import/download.ts) through the same yoga. */
  function download(path: string, authorization: string | null) {
    return yoga.fetch(`http://test${path}`, { headers: authorization ? { authorization } : {} });
  }

  // One test per tree, each on its own seeded stream (seed + tree), so each has its own time limit and
  // a failure names the tree to replay.
  it.each(Array.from({ length: TREES }, (_, tree) => tree))(
    `no write or read outside a viewer's scope succeeds, none inside is refused (seed ${SEED}, tree %i)`,
    { timeout: 300_000 },
    async (tree) => {
      const rand = prng(SEED + tree);
      let pairs = 0;
      let hiddenCases = 0;
      await freshTree(rand);
      let before = await snapshot(db);
      for (let op = 0; op < STEPS_PER_TREE; op++) {
        const nodes: Node[] = before.orgs;
        const byId = new Map(nodes.map((o) => [o.id, o]));
        const path = (id: string): string[] => {
          const ids: string[] = [];
          for (let at = byId.get(id); at; at = at.parentId ? byId.get(at.parentId) : undefined)
            ids.push(at.id);
          return ids;
        };
        // A random viewer: anonymous, system admin, or one to three scoped grants (some unrelated roles).
        const randomViewer = (): Grant[] => {
          const grants: Grant[] = [];
          const shape = rand.int(12);
          if (shape === 1) grants.push({ role: 'SYSTEM_ADMIN' });
          else if (shape > 1) {
            for (let g = 0; g < 1 + rand.int(3); g++) {
              const org = rand.pick(nodes).id;
              const role = rand.pick([
                'ORG_ADMIN',
                'ORG_ADMIN',
                'ORG_VIEWER',
                'ELECTION_OFFICER',
                'MEMBER',
              ] as const);
              if (role === 'ORG_ADMIN' || role === 'ORG_VIEWER') grants.push({ role, organizationId: org });
              else if (role === 'ELECTION_OFFICER') grants.push({ role, electionId: org });
              else grants.push({ role, memberId: org });
            }
          }
          return grants;
        };
        // The oracle: who may change what, computed here from the tree, independently of the server.
        const adminOf = (grants: Grant[], id: string | null) =>
          id !== null &&
          (grants.some((g) => g.role === 'SYSTEM_ADMIN') ||
            path(id).some((a) => grants.some((g) => g.role === 'ORG_ADMIN' && g.organizationId === a)));
        const system = (grants: Grant[]) => grants.some((g) => g.role === 'SYSTEM_ADMIN');
        const parentOf = (id: string) => byId.get(id)?.parentId ?? null;
        // Ids: mostly existing organizations, sometimes one that does not exist.
        const anyId = () => (rand.chance(0.05) ? uuidIds.next() : rand.pick(nodes).id);
        const gid = (id: string) => encodeGlobalID('Organization', id);

        /** A mutation `name` creating `created` in a random organization: its ORG_ADMIN or above may. */
        const onOrganization = (name: string, created: string, fields: Record<string, unknown>) => {
          const organizationId = anyId();
          const input = `${name[0]?.toUpperCase()}${name.slice(1)}Input`;
          return {
            name,
            allowed: (g: Grant[]) => adminOf(g, organizationId),
            query: `mutation($input: ${input}!) { ${name}(input: $input) { ${created} { id } errors { code } } }`,
            input: { organizationId: gid(organizationId), ...fields },
          };
        };
        const kind = rand.pick([
          'FEDERATION_OF_TRADE_UNIONS',
          'GRASSROOTS_UNION',
          'BRANCH',
          'INDUSTRY_CHAIN_FEDERATION',
        ] as const);
        const level = rand.pick(['COUNTY', 'TOWNSHIP', 'VILLAGE', 'GRASSROOTS'] as const);
        const operations = [
          () => {
            const parentId = rand.chance(0.05) ? null : anyId();
            return {
              name: 'createOrganization',
              allowed: (g: Grant[]) => (parentId === null ? system(g) : adminOf(g, parentId)),
              query: `mutation($input: CreateOrganizationInput!) { createOrganization(input: $input) { organization { id } errors { code } } }`,
              input: { name: `new-${op}`, kind, level, parentId: parentId && gid(parentId) },
            };
          },
          () => {
            const id = anyId();
            return {
              name: 'updateOrganization',
              allowed: (g: Grant[]) => adminOf(g, id),
              query: `mutation($input: UpdateOrganizationInput!) { updateOrganization(input: $input) { organization { id } errors { code } } }`,
              input: { id: gid(id), name: `renamed-${op}` },
            };
          },
          () => {
            const id = anyId();
            const newParentId = anyId();
            const parent = parentOf(id);
            return {
              name: 'moveOrganization',
              allowed: (g: Grant[]) =>
                parent === null ? system(g) : adminOf(g, parent) && adminOf(g, newParentId),
              query: `mutation($input: MoveOrganizationInput!) { moveOrganization(input: $input) { organization { id } errors { code } } }`,
              input: { id: gid(id), newParentId: gid(newParentId) },
            };
          },
          () => {
            const id = anyId();
            const parent = parentOf(id);
            return {
              name: 'dissolveOrganization',
              allowed: (g: Grant[]) => (parent === null ? system(g) : adminOf(g, parent)),
              query: `mutation($input: DissolveOrganizationInput!) { dissolveOrganization(input: $input) { organization { id } errors { code } } }`,
              input: { id: gid(id) },
            };
          },
          () => {
            const federationId = anyId();
            return {
              name: 'joinFederation',
              allowed: (g: Grant[]) => adminOf(g, federationId),
              query: `mutation($input: JoinFederationInput!) { joinFederation(input: $input) { membership { id } errors { code } } }`,
              input: { federationId: gid(federationId), memberId: gid(anyId()), segment: 'UPSTREAM' },
            };
          },
          () => {
            const membership =
              before.memberships.length > 0 && rand.chance(0.7) ? rand.pick(before.memberships) : null;
            const federationId = membership?.federationId ?? anyId();
            const memberId = membership?.memberId ?? anyId();
            return {
              name: 'leaveFederation',
              allowed: (g: Grant[]) => adminOf(g, federationId) || adminOf(g, memberId),
              query: `mutation($input: LeaveFederationInput!) { leaveFederation(input: $input) { federation { id } errors { code } } }`,
              input: { federationId: gid(federationId), memberId: gid(memberId) },
            };
          },
          () => {
            const form = rand.pick([
              'MEMBERS_ASSEMBLY',
              'DELEGATES_CONGRESS',
              'DELEGATES_CONFERENCE',
            ] as const);
            return onOrganization('createCongress', 'congress', {
              name: `congress-${op}`,
              form,
              seats: form === 'MEMBERS_ASSEMBLY' ? null : 7,
            });
          },
          () => {
            const congress =
              before.congresses.length > 0 && rand.chance(0.9) ? rand.pick(before.congresses) : null;
            return {
              name: 'openTerm',
              allowed: (g: Grant[]) => (congress === null ? system(g) : adminOf(g, congress.organizationId)),
              query: `mutation($input: OpenTermInput!) { openTerm(input: $input) { term { id } errors { code } } }`,
              input: {
                congressId: encodeGlobalID('Congress', congress?.id ?? uuidIds.next()),
                startsOn: `20${10 + op}-01-01`,
                years: 5,
              },
            };
          },
          () => {
            const organizationId = anyId();
            const first17 = `33010619900101${String(op % 1000).padStart(3, '0')}`;
            return {
              name: 'importMembers',
              allowed: (g: Grant[]) => adminOf(g, organizationId),
              query: `mutation($input: ImportMembersInput!) { importMembers(input: $input) { job { id } errors { code } } }`,
              input: { organizationId: gid(organizationId) },
              upload: `姓名,身份证号\nmember-imported-${tree}-${op},${first17}${idCheckCharacter(first17)}\n`,
            };
          },
          () =>
            onOrganization('openBargaining', 'bargainingCase', {
              employer: `employer-${op}`,
              firmWorkers: 30,
              requestedOn: '2026-03-06',
            }),
          () =>
            onOrganization('createCommittee', 'committee', {
              kind: rand.pick(['UNION_COMMITTEE', 'FUNDS_AUDIT'] as const),
              seats: 1,
            }),
        ];
        const operation = rand.pick(operations)();
        const upload =
          'upload' in operation && typeof operation.upload === 'string' ? operation.upload : undefined;
        // Several random viewers try it: the refused ones first (nothing may change), then one allowed.
        const viewers = Array.from({ length: VIEWERS_PER_STEP }, randomViewer);
        const refused = viewers.filter((g) => !operation.allowed(g));
        const permitted = viewers.find((g) => operation.allowed(g)) ?? [{ role: 'SYSTEM_ADMIN' as const }];
        const context = (g: Grant[]) =>
          `seed ${SEED} tree ${tree} step ${op}: ${operation.name} ${JSON.stringify(operation.input)} by ${JSON.stringify(g)}`;
        for (const grants of refused) {
          const authorization = grants.length === 0 ? null : await bearer(grants, `viewer-${op}`);
          const body = await post(operation.query, { input: operation.input }, authorization, upload);
          const refusal = authorization === null ? 'UNAUTHENTICATED' : 'FORBIDDEN';
          const forbidden = body.errors?.some((e) => e.extensions?.code === refusal) ?? false;
          expect(forbidden, `${context(grants)} was not refused: ${JSON.stringify(body)}`).toBe(true);
          pairs++;
        }
        const unchanged = await snapshot(db);
        expect(
          unchanged.fingerprint,
          `${context(refused[0] ?? [])}: a refused write changed the database`,
        ).toBe(before.fingerprint);
        if (operation.allowed(permitted)) {
          const body = await post(
            operation.query,
            { input: operation.input },
            await bearer(permitted, `viewer-${op}`),
            upload,
          );
          expect(body.errors, `${context(permitted)} was refused`).toBeUndefined();
          await imports.idle(); // an import runs after its answer
          pairs++;
          before = await snapshot(db);
        }

        // Reads of protected data: the audit log of a random subtree, and a random entry by its global ID.
        const entries = await db.prisma.auditEntry.findMany({
          select: { id: true, seq: true, organizationId: true },
        });
        const current = new Map((await snapshot(db)).orgs.map((o) => [o.id, o]));
        const currentPath = (id: string): string[] => {
          const ids: string[] = [];
          for (let at = current.get(id); at; at = at.parentId ? current.get(at.parentId) : undefined)
            ids.push(at.id);
          return ids;
        };
        const currentAdminOf = (grants: Grant[], id: string) =>
          system(grants) ||
          currentPath(id).some((a) => grants.some((g) => g.role === 'ORG_ADMIN' && g.organizationId === a));
        const subtreeRoot = rand.pick([...current.keys()]);
        const entry = entries.length > 0 ? rand.pick(entries) : null;
        // A random import job, read with the entry: only by ORG_ADMIN of its organization or above.
        const jobs = await db.prisma.memberImport.findMany({
          select: { id: true, organizationId: true, imported: true },
        });
        const job = jobs.length > 0 ? rand.pick(jobs) : null;
        const jobId = job && encodeGlobalID('MemberImportJob', job.id);
        for (const grants of viewers) {
          const authorization = grants.length === 0 ? null : await bearer(grants, `reader-${op}`);
          const log = await post(
            'query($id: ID) { auditLog(organizationId: $id, first: 100) { nodes { seq organization { id } } } }',
            { id: gid(subtreeRoot) },
            authorization,
          );
          const logContext = `seed ${SEED} tree ${tree} step ${op}: auditLog(${subtreeRoot}) by ${JSON.stringify(grants)}`;
          if (currentAdminOf(grants, subtreeRoot)) {
            expect(log.errors, logContext).toBeUndefined();
            for (const node of log.data.auditLog.nodes) {
              const orgId = decodeGlobalID(node.organization.id).id;
              expect(currentPath(orgId), `${logContext} leaked entry ${node.seq}`).toContain(subtreeRoot);
            }
          } else {
            expect(log.errors?.[0]?.extensions?.code, `${logContext} was not refused`).toBe(
              authorization === null ? 'UNAUTHENTICATED' : 'FORBIDDEN',
            );
            expect(log.data?.auditLog ?? null, logContext).toBeNull();
          }
          pairs++;
          // The subtree's members exported with clear values: only by its ORG_ADMIN or above, each export
          // one audit entry; anyone else is refused with the same answer whatever the subtree holds.
          const reveals = () => db.prisma.auditEntry.count({ where: { action: 'member.exportRevealed' } });
          const revealsBefore = await reveals();
          const exported = await download(
            `/exports/members?${new URLSearchParams({ organizationId: gid(subtreeRoot), format: 'csv', reveal: 'true' })}`,
            authorization,
          );
          const exportContext = `seed ${SEED} tree ${tree} step ${op}: export of ${subtreeRoot} by ${JSON.stringify(grants)}`;
          if (currentAdminOf(grants, subtreeRoot)) {
            expect(exported.status, exportContext).toBe(200);
            const held = (await db.prisma.member.findMany({ select: { organizationId: true } })).filter((m) =>
              currentPath(m.organizationId).includes(subtreeRoot),
            );
            expect((await exported.text()).trimEnd().split('\n').length - 1, exportContext).toBe(held.length);
            expect(await reveals(), exportContext).toBe(revealsBefore + 1);
          } else {
            expect(exported.status, `${exportContext} was not refused`).toBe(
              authorization === null ? 401 : 403,
            );
            expect(JSON.parse(await exported.text()), `${exportContext} leaked`).toEqual({
              errors: [
                authorization === null
                  ? {
                      message: 'a download needs a token: Authorization: Bearer <token>',
                      extensions: { code: 'UNAUTHENTICATED' },
                    }
                  : {
                      message:
                        'organizationId: exporting members needs ORG_ADMIN of the organization or above (or SYSTEM_ADMIN)',
                      extensions: { code: 'FORBIDDEN' },
                    },
              ],
            });
            expect(await reveals(), exportContext).toBe(revealsBefore);
          }
          pairs++;
          if (entry === null) continue;
          const read = await post(
            job === null
              ? 'query($id: ID!) { node(id: $id) { id ... on AuditEntry { seq } } }'
              : `query($id: ID!, $job: ID!) { node(id: $id) { id ... on AuditEntry { seq } }
                  job: importJob(id: $job) { id imported } jobNode: node(id: $job) { id } }`,
            { id: encodeGlobalID('AuditEntry', entry.id), ...(jobId === null ? {} : { job: jobId }) },
            authorization,
          );
          if (job !== null) {
            const jobContext = `seed ${SEED} tree ${tree} step ${op}: import job ${job.id} by ${JSON.stringify(grants)}`;
            if (currentAdminOf(grants, job.organizationId)) {
              expect(read.data?.job, jobContext).toEqual({ id: jobId, imported: job.imported });
              expect(read.data?.jobNode, jobContext).toEqual({ id: jobId });
            } else {
              expect(read.data?.job ?? null, `${jobContext} leaked`).toBeNull();
              expect(read.data?.jobNode ?? null, `${jobContext} leaked`).toBeNull();
            }
            // Its problem report: served to the same viewers, 404 (as if there were none) to the others.
            const report = await download(
              `/imports/${encodeURIComponent(jobId ?? '')}/problems.csv`,
              authorization,
            );
            const expected =
              authorization === null ? 401 : currentAdminOf(grants, job.organizationId) ? 200 : 404;
            expect(report.status, `${jobContext}: problems.csv`).toBe(expected);
            if (expected === 200) {
              const problems = await db.prisma.memberImportProblem.count({ where: { importId: job.id } });
              expect((await report.text()).trimEnd().split('\n').length - 1, jobContext).toBe(problems);
            } else {
              expect(JSON.parse(await report.text()), `${jobContext}: problems.csv leaked`).toEqual({
                errors: [
                  expected === 401
                    ? {
                        message: 'a download needs a token: Authorization: Bearer <token>',
                        extensions: { code: 'UNAUTHENTICATED' },
                      }
                    : { message: 'no import job you may see has this ID', extensions: { code: 'NOT_FOUND' } },
                ],
              });
            }
            pairs++;
          }
          const visible =
            entry.organizationId === null ? system(grants) : currentAdminOf(grants, entry.organizationId);
          const nodeContext = `seed ${SEED} tree ${tree} step ${op}: node(AuditEntry ${entry.seq}) by ${JSON.stringify(grants)}`;
          if (visible) expect(read.data?.node?.seq, nodeContext).toBe(entry.seq.toString());
          else expect(read.data?.node ?? null, `${nodeContext} leaked`).toBeNull();
          pairs++;
        }

        // A random congress (with its current term), committee and bargaining case read by each viewer,
        // by its global ID and through its organization: within VIEW scope only.
        const now = await snapshot(db);
        const viewable = (grants: Grant[], id: string) =>
          system(grants) ||
          currentPath(id).some((a) =>
            grants.some((g) => (g.role === 'ORG_ADMIN' || g.role === 'ORG_VIEWER') && g.organizationId === a),
          );
        const reads = [
          ...(now.congresses.length > 0 ? [{ type: 'Congress', row: rand.pick(now.congresses) }] : []),
          ...(now.committees.length > 0 ? [{ type: 'Committee', row: rand.pick(now.committees) }] : []),
          ...(now.bargainingCases.length > 0
            ? [{ type: 'BargainingCase', row: rand.pick(now.bargainingCases) }]
            : []),
        ];
        for (const { type, row } of reads) {
          // A case is also read by an ORG_VIEWER of another subtree (an organization off its path).
          const outside = [...current.keys()]
            .sort()
            .find((id) => !currentPath(row.organizationId).includes(id));
          if (outside === undefined)
            throw new Error(`tree ${tree}: no organization off ${row.organizationId}'s path`);
          const outsider: Grant[] = [{ role: 'ORG_VIEWER', organizationId: outside }];
          for (const grants of type === 'BargainingCase' ? [...viewers, outsider] : viewers) {
            const authorization = grants.length === 0 ? null : await bearer(grants, `congress-reader-${op}`);
            const read = await post(
              `query($id: ID!, $org: ID!) { node(id: $id) { id ... on Congress { currentTerm { id } }
                  ... on BargainingCase { employer stage } }
                organization(id: $org) { congress { id } committees { id } bargainingCases(first: 50) { nodes { id } } } }`,
              { id: encodeGlobalID(type, row.id), org: gid(row.organizationId) },
              authorization,
            );
            const context = `seed ${SEED} tree ${tree} step ${op}: ${type} ${row.id} by ${JSON.stringify(grants)}`;
            if (viewable(grants, row.organizationId)) {
              expect(read.errors, context).toBeUndefined();
              expect(read.data?.node?.id, context).toBe(encodeGlobalID(type, row.id));
              if ('stage' in row) {
                expect(read.data.node.stage, context).toBe(row.stage);
                expect(read.data.organization.bargainingCases.nodes, context).toContainEqual({
                  id: encodeGlobalID(type, row.id),
                });
              }
            } else {
              expect(read.data?.node ?? null, `${context} leaked`).toBeNull();
              expect(read.data?.organization?.congress ?? null, `${context} leaked`).toBeNull();
              expect(read.data?.organization?.committees ?? null, `${context} leaked`).toBeNull();
              expect(read.data?.organization?.bargainingCases ?? null, `${context} leaked`).toBeNull();
              if (grants === outsider) hiddenCases++;
            }
            pairs++;
          }
        }

        // A random member read by each viewer: seen only within VIEW scope (or by the member),
        // its clear ID number only within ADMIN scope (or by the member), never otherwise.
        const members = await db.prisma.member.findMany({
          select: { id: true, organizationId: true, idNumberEncrypted: true },
        });
        const picked = members.length > 0 ? rand.pick(members) : null;
        const member = picked && { ...picked, idNumber: db.personalData.open(picked, 'idNumber') };
        if (member !== null) {
          for (const base of viewers) {
            const grants: Grant[] = rand.chance(0.2)
              ? [...base, { role: 'MEMBER', memberId: member.id }]
              : base;
            const authorization = grants.length === 0 ? null : await bearer(grants, `member-reader-${op}`);
            const own = grants.some((g) => g.role === 'MEMBER' && g.memberId === member.id);
            const viewScope = currentPath(member.organizationId).some((a) =>
              grants.some(
                (g) => (g.role === 'ORG_ADMIN' || g.role === 'ORG_VIEWER') && g.organizationId === a,
              ),
            );
            const canView = own || system(grants) || viewScope;
            const canReveal = own || currentAdminOf(grants, member.organizationId);
            const answer = await post(
              'query($id: ID!) { node(id: $id) { ... on Member { name masked: idNumber clear: idNumber(reveal: true) } } }',
              { id: encodeGlobalID('Member', member.id) },
              authorization,
            );
            const context = `seed ${SEED} tree ${tree} step ${op}: Member ${member.id} by ${JSON.stringify(grants)}`;
            const text = JSON.stringify(answer.data ?? null);
            if (!canView) expect(answer.data?.node ?? null, `${context} leaked`).toBeNull();
            else expect(answer.data?.node?.name, `${context} hidden`).toBeTruthy();
            if (canReveal) expect(answer.data?.node?.clear, context).toBe(member.idNumber);
            else expect(text, `${context} leaked the ID number`).not.toContain(member.idNumber);
            pairs++;
          }
        }

        // Listing, search and coverage of a random subtree: within VIEW scope exactly the members the
        // rows say (the filter applied here, independently), counters equal to a count of the rows;
        // outside it refused, nothing shown.
        const everyone = await db.prisma.member.findMany({
          select: { id: true, organizationId: true, status: true, name: true },
        });
        const searchRoot = rand.pick([...current.keys()]);
        const inSubtree = everyone.filter((m) => currentPath(m.organizationId).includes(searchRoot));
        const sample = everyone.length > 0 ? rand.pick(everyone).name : 'member-1';
        const start = rand.int(Math.max(1, sample.length - 1));
        const filter: { status?: string[]; nameContains?: string; pinyin?: string } = rand.pick([
          {},
          { status: ['ACTIVE'] },
          { nameContains: sample.slice(start, start + 1 + rand.int(3)) },
          { pinyin: 'member' },
        ]);
        const contains = filter.nameContains?.toLowerCase();
        const matches = (m: (typeof everyone)[number]) =>
          (filter.status?.includes(m.status) ?? true) &&
          (contains === undefined || m.name.toLowerCase().includes(contains));
        const expected = inSubtree
          .filter(matches)
          .map((m) => encodeGlobalID('Member', m.id))
          .sort();
        const statuses = (status: string) => inSubtree.filter((m) => m.status === status).length;
        for (const grants of viewers) {
          const authorization = grants.length === 0 ? null : await bearer(grants, `searcher-${op}`);
          const found = await post(
            `query($id: ID!, $filter: MemberFilter) {
              members(organizationId: $id, filter: $filter, first: 100) { totalCount nodes { id organization { id } } }
              node(id: $id) { ... on Organization { memberCoverage { active retained ended } } } }`,
            { id: gid(searchRoot), filter },
            authorization,
          );
          const context = `seed ${SEED} tree ${tree} step ${op}: members(${searchRoot}, ${JSON.stringify(filter)}) by ${JSON.stringify(grants)}`;
          const viewScope = currentPath(searchRoot).some((a) =>
            grants.some((g) => (g.role === 'ORG_ADMIN' || g.role === 'ORG_VIEWER') && g.organizationId === a),
          );
          if (system(grants) || viewScope) {
            expect(found.errors, context).toBeUndefined();
            expect(found.data.members.nodes.map((n: { id: string }) => n.id).sort(), context).toEqual(
              expected,
            );
            expect(found.data.members.totalCount, context).toBe(expected.length);
            expect(found.data.node.memberCoverage, context).toEqual({
              active: statuses('ACTIVE'),
              retained: statuses('RETAINED'),
              ended: statuses('ENDED'),
            });
          } else {
            expect(found.data?.members ?? null, `${context} leaked`).toBeNull();
            expect(found.data?.node?.memberCoverage ?? null, `${context} leaked coverage`).toBeNull();
          }
          pairs++;
        }
      }
      // Thousands of (viewer, operation) pairs per tree.
      expect(pairs).toBeGreaterThan(STEPS_PER_TREE * PAIRS_PER_STEP);
      // Every step's bargaining case was read by an ORG_VIEWER of another subtree, and hidden from it.
      expect(hiddenCases).toBe(STEPS_PER_TREE);
    },
  );
});
