// A small world for the activity and benefit commands: a county federation with two unions, a union
// outside it, members in each, in a memory store; `run` executes a command and applies
// its changes in one unit of work.
import type { Member } from '../../src/member/member.js';
import type { MembershipState } from '../../src/member/membership.js';
import { type Command, type CommandEnv, execute } from '../../src/organization/commands.js';
import type { Organization } from '../../src/organization/organization.js';
import { MemoryStore } from '../../src/ports/memory/memory-store.js';

const org = (id: string, parentId: string | null): Organization => ({
  id,
  name: id,
  kind: parentId === null ? 'FEDERATION_OF_TRADE_UNIONS' : 'GRASSROOTS_UNION',
  level: parentId === null ? 'COUNTY' : 'GRASSROOTS',
  status: 'ACTIVE',
  regionCode: null,
  creditCode: null,
  parentId,
  dissolvedAt: null,
});

/** A member of `organizationId`; `phone` makes them real-name verified. */
export function person(
  id: string,
  organizationId: string,
  options: {
    phone?: boolean;
    status?: 'ACTIVE' | 'RETAINED' | 'ENDED';
    memberSince?: string;
    since?: string;
  } = {},
): Member {
  const memberSince = options.memberSince ?? '2015-01-01';
  const since = options.since ?? memberSince;
  const status = options.status ?? 'ACTIVE';
  const membership = (
    status === 'ENDED'
      ? { status, organizationId, memberSince, since, reason: 'LEFT', note: null }
      : status === 'RETAINED'
        ? { status, organizationId, memberSince, since, custody: 'EMPLOYER_UNION', reason: 'RETIRED' }
        : { status, organizationId, memberSince, since, custody: 'EMPLOYER_UNION' }
  ) as Exclude<MembershipState, { status: 'NONE' }>;
  return {
    id,
    name: id,
    idNumber: `id-${id}`,
    gender: 'FEMALE',
    birthDate: '1990-01-01',
    phone: options.phone === false ? null : '13800000000',
    membership,
  };
}

/** Builds the world at `now` in a memory store; `members` defaults to none. */
export async function world(now: string, members: Member[] = []) {
  const store = new MemoryStore();
  const orgs = [
    org('county', null),
    org('kindergarten', 'county'),
    org('factory', 'county'),
    org('elsewhere', null),
  ];
  await store.transaction((uow) =>
    uow.apply([
      ...orgs.map((organization) => ({ type: 'organization.created' as const, organization })),
      ...members.map((member) => ({
        type: 'member.registered' as const,
        member,
        event: {
          id: `joined-${member.id}`,
          memberId: member.id,
          type: 'JOINED' as const,
          date: member.membership.memberSince,
          fromOrganizationId: null,
          toOrganizationId: member.membership.organizationId,
          reason: null,
          note: null,
        },
      })),
    ]),
  );
  let clock = new Date(now);
  let n = 0;
  const env: CommandEnv = { clock: { now: () => clock }, ids: { next: () => `id-${++n}` } };
  return {
    activities: store.activityData,
    benefits: store.benefitData,
    /** Moves the clock. */
    at(instant: string) {
      clock = new Date(instant);
    },
    /** Runs a command in the store. */
    run<I, T>(command: Command<I, T>, input: I) {
      return execute(store, env, command, input);
    },
  };
}
