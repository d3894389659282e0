// Builders for election tests: an organization with members written straight into the tables
// (their personal data is never opened by an election), and an election store on a test database.
import { randomUUID } from 'node:crypto';
import type { Ballot } from '@gonghui/core';
import { expect } from 'vitest';
import { SYSTEM_ACTOR } from '../../src/store/audit.js';
import type { Database } from '../../src/store/database.js';
import { ElectionStore } from '../../src/store/election.js';

/** A grassroots union with `n` active members; returns its id and the member ids in order. */
export async function unionWithMembers(
  db: Database,
  n: number,
): Promise<{ organizationId: string; memberIds: string[] }> {
  const organizationId = randomUUID();
  await db.prisma.organization.create({
    data: {
      id: organizationId,
      name: `工会${organizationId.slice(0, 6)}`,
      kind: 'GRASSROOTS_UNION',
      level: 'GRASSROOTS',
      depth: 0,
    },
  });
  await db.prisma.organizationLink.create({
    data: { ancestorId: organizationId, descendantId: organizationId, distance: 0, descendantName: 'x' },
  });
  const memberIds = Array.from({ length: n }, () => randomUUID());
  await db.prisma.member.createMany({
    data: memberIds.map((id, i) => ({
      id,
      name: `会员${String(i).padStart(4, '0')}`,
      idNumberHash: `test:${id}`,
      idNumberEncrypted: 'v1:x',
      birthDateEncrypted: 'v1:x',
      gender: 'FEMALE' as const,
      organizationId,
      status: 'ACTIVE' as const,
      custody: 'EMPLOYER_UNION' as const,
      memberSince: new Date('2020-01-01'),
      since: new Date('2020-01-01'),
    })),
  });
  return { organizationId, memberIds };
}

/** An election store on a test database, acting as `actor`. */
export function electionStore(db: Database, actor = 'test-officer'): ElectionStore {
  return new ElectionStore(db, { ...SYSTEM_ACTOR, actor });
}

/** Unwraps a step's result, failing with its error. */
export function value<T>(
  result: { ok: true; value: T } | { ok: false; error: { code: string; message: string } },
): T {
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.value;
}

/**
 * An election of `seats` seats among `candidates` members (the first ones), opened with every
 * member present (registered one by one, or all at once with `bulkAttendance`); returns the store, the election id and the candidacy ids.
 */
export async function openElection(
  db: Database,
  members: { organizationId: string; memberIds: string[] },
  options: { seats: number; candidates: number; bulkAttendance?: boolean },
): Promise<{ store: ElectionStore; electionId: string; candidacyIds: string[] }> {
  const store = electionStore(db);
  const e = value(
    await store.draft({
      organizationId: members.organizationId,
      title: '第一届工会委员会选举',
      body: 'COMMITTEE',
      seats: options.seats,
      contested: true,
    }),
  );
  value(await store.openNominations(e.id));
  const candidacyIds: string[] = [];
  for (const memberId of members.memberIds.slice(0, options.candidates)) {
    const c = value(
      await store.nominate(e.id, {
        memberId,
        foreignStaff: false,
        employerRole: null,
        closeRelativeOf: null,
      }),
    );
    candidacyIds.push(c.id);
  }
  value(await store.freezeRoll(e.id));
  if (options.bulkAttendance) {
    // Setup only: everyone present in one statement instead of one registration each.
    await db.prisma.electionRollEntry.updateMany({ where: { electionId: e.id }, data: { present: true } });
    await db.prisma.$executeRaw`UPDATE "Election" SET "present" = "entitled" WHERE "id" = ${e.id}`;
  } else {
    for (const voter of members.memberIds) value(await store.registerAttendance(e.id, voter));
  }
  value(await store.openVoting(e.id));
  return { store, electionId: e.id, candidacyIds };
}

/** Issues a token to every voter, in order. */
export async function issueAll(
  store: ElectionStore,
  electionId: string,
  voterIds: readonly string[],
): Promise<string[]> {
  const tokens: string[] = [];
  for (const voter of voterIds) tokens.push(value(await store.issueBallot(electionId, voter)).token);
  return tokens;
}

/** A ballot approving the given candidates. */
export const approving = (...ids: string[]): Ballot => ({ approve: ids });

/**
 * POSTs GraphQL to a test server as `authorization` (both read when called, so they may be set in a
 * `beforeAll`): `post` answers `data` and fails on top-level errors, `must` answers the payload of a
 * mutation whose `errors` must be empty.
 */
export function graphqlPoster(
  server: () => { fetch(url: string, init: RequestInit): Promise<Response> | Response },
  authorization: () => string,
) {
  const post = async (query: string, variables: object) => {
    const response = await server().fetch('http://test/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: authorization() },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as { data?: Record<string, any>; errors?: unknown[] };
    if (body.errors) throw new Error(JSON.stringify(body.errors));
    return body.data as Record<string, any>;
  };
  const must = async (query: string, variables: object) => {
    const payload = Object.values(await post(query, variables))[0] as Record<string, any>;
    expect(payload.errors).toEqual([]);
    return payload;
  };
  return { post, must };
}
