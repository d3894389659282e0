// The lifecycle commands on the memory store: who holds the membership after each, the history,
// and the boundaries (the joining age, the grace period, the township union, a stale holder).
import { describe, expect, it } from 'vitest';
import {
  type Command,
  type CommandEnv,
  createOrganization,
  execute,
  holdMembersOfDissolvedEmployer,
  idCheckCharacter,
  lapseBound,
  lapseMemberships,
  MemoryStore,
  reactivateMember,
  recordMemberEngagement,
  registerMember,
  retainMember,
  terminateMember,
  transferMember,
} from '../src/index.js';

const idNumber = (first17: string) => first17 + idCheckCharacter(first17);

/** A clock fixed at noon (China Standard Time) of `today`. */
function env(today: string): CommandEnv {
  let n = 0;
  return { clock: { now: () => new Date(`${today}T04:00:00Z`) }, ids: { next: () => `id-${++n}` } };
}

async function tree(today = '2026-11-30') {
  const store = new MemoryStore();
  const e = env(today);
  const create = async (
    name: string,
    kind: 'FEDERATION_OF_TRADE_UNIONS' | 'REGIONAL_FEDERATION' | 'GRASSROOTS_UNION',
    level: 'COUNTY' | 'TOWNSHIP' | 'GRASSROOTS',
    parentId: string | null,
  ) => {
    const r = await execute(store, e, createOrganization, { name, kind, level, parentId });
    if (!r.ok) throw new Error(r.error.message);
    return r.value.id;
  };
  const county = await create('余杭区总工会', 'FEDERATION_OF_TRADE_UNIONS', 'COUNTY', null);
  const township = await create('良渚街道总工会', 'FEDERATION_OF_TRADE_UNIONS', 'TOWNSHIP', county);
  const a = await create('甲公司工会', 'GRASSROOTS_UNION', 'GRASSROOTS', township);
  const b = await create('乙公司工会', 'GRASSROOTS_UNION', 'GRASSROOTS', township);
  const register = async (first17: string, joinedOn = '2020-01-01', at = a) => {
    const r = await execute(store, e, registerMember, {
      organizationId: at,
      name: '胡红军',
      idNumber: idNumber(first17),
      joinedOn,
    });
    if (!r.ok) throw new Error(r.error.message);
    return r.value.id;
  };
  return {
    store,
    env: e,
    county,
    township,
    a,
    b,
    register,
    /** Runs `command` on this tree's store today. */
    run: <I, T>(command: Command<I, T>, input: I) => execute(store, e, command, input),
    /** The member's membership as stored now. */
    membership: (id: string) => store.memberData.member(id)?.membership,
    /** The member's history as stored now. */
    history: (id: string) => store.memberData.membershipHistory(id),
  };
}

/** A tree with one member of 甲公司工会 (joined 2020-01-01), its id as `id`. */
async function withMember(today?: string) {
  const t = await tree(today);
  return { ...t, id: await t.register('33010619900307124') };
}

describe('transferMember (会籍转接)', () => {
  it('moves the membership to the new employer union with a TRANSFERRED record, memberSince kept', async () => {
    const { id, ...t } = await withMember();
    const r = await t.run(transferMember, {
      memberId: id,
      fromOrganizationId: t.a,
      employerUnionId: t.b,
      date: '2026-11-30',
    });
    expect(r.ok).toBe(true);
    expect(t.membership(id)).toMatchObject({
      status: 'ACTIVE',
      organizationId: t.b,
      memberSince: '2020-01-01',
      since: '2026-11-30',
      custody: 'EMPLOYER_UNION',
    });
    expect(t.history(id).map((e) => [e.type, e.fromOrganizationId, e.toOrganizationId])).toEqual([
      ['JOINED', null, t.a],
      ['TRANSFERRED', t.a, t.b],
    ]);
  });

  it('is held by the township/street union when the new employer has no union', async () => {
    const { id, ...t } = await withMember();
    const r = await t.run(transferMember, {
      memberId: id,
      fromOrganizationId: t.a,
      employerUnionId: null,
      townshipUnionId: t.township,
    });
    expect(r.ok).toBe(true);
    expect(t.membership(id)).toMatchObject({
      organizationId: t.township,
      custody: 'TOWNSHIP_UNION',
    });
    expect(t.history(id)[1]).toMatchObject({ reason: 'EMPLOYER_HAS_NO_UNION' });
  });

  it('refuses a county federation as the township union, and no holder at all', async () => {
    const { id, ...t } = await withMember();
    const base = { memberId: id, fromOrganizationId: t.a, employerUnionId: null };
    const county = await t.run(transferMember, { ...base, townshipUnionId: t.county });
    expect(county.ok || county.error).toMatchObject({
      code: 'MEMBER_HOLDER_KIND',
      path: ['townshipUnionId'],
    });
    const none = await t.run(transferMember, base);
    expect(none.ok || none.error.code).toBe('MEMBERSHIP_HOLDER_REQUIRED');
    const federation = await t.run(transferMember, {
      ...base,
      employerUnionId: t.township,
    });
    expect(federation.ok || federation.error.code).toBe('MEMBER_ORGANIZATION_KIND');
  });

  it('refuses a transfer from a union that no longer holds the membership: of two transfers one wins', async () => {
    const { id, ...t } = await withMember();
    const input = { memberId: id, fromOrganizationId: t.a, employerUnionId: t.b };
    const results = await Promise.all([
      t.run(transferMember, input),
      t.run(transferMember, {
        ...input,
        employerUnionId: null,
        townshipUnionId: t.township,
      }),
    ]);
    expect(results.map((r) => r.ok || r.error.code)).toEqual([true, 'MEMBER_HOLDER_CHANGED']);
    expect(t.history(id)).toHaveLength(2);
  });

  it('may be dated today, not tomorrow, and not before the current membership began', async () => {
    const t = await tree('2026-11-30');
    const id = await t.register('33010619900307124', '2026-11-29');
    const input = { memberId: id, fromOrganizationId: t.a, employerUnionId: t.b };
    const tomorrow = await t.run(transferMember, { ...input, date: '2026-12-01' });
    expect(tomorrow.ok || tomorrow.error.code).toBe('MEMBER_DATE_FUTURE');
    const before = await t.run(transferMember, { ...input, date: '2026-11-28' });
    expect(before.ok || before.error.code).toBe('MEMBERSHIP_DATE_ORDER');
    const today = await t.run(transferMember, { ...input, date: '2026-11-30' });
    expect(today.ok).toBe(true);
  });

  it('refuses an unknown member', async () => {
    const t = await tree();
    const r = await t.run(transferMember, {
      memberId: 'nobody',
      fromOrganizationId: t.a,
      employerUnionId: t.b,
    });
    expect(r.ok || r.error).toMatchObject({ code: 'MEMBER_NOT_FOUND', path: ['memberId'] });
  });
});

describe('registration age (the joining date is the boundary)', () => {
  it('admits a person who turns 16 on the joining date and refuses one day earlier', async () => {
    const t = await tree('2026-11-30');
    // Born 2010-11-30: 16 on 2026-11-30.
    const young = idNumber('33010620101130123');
    const early = await t.run(registerMember, {
      organizationId: t.a,
      name: '胡小军',
      idNumber: young,
      joinedOn: '2026-11-29',
    });
    expect(early.ok || early.error.code).toBe('MEMBERSHIP_UNDER_AGE');
    const onTime = await t.run(registerMember, {
      organizationId: t.a,
      name: '胡小军',
      idNumber: young,
      joinedOn: '2026-11-30',
    });
    expect(onTime.ok).toBe(true);
  });
});

describe('retainMember, reactivateMember, terminateMember', () => {
  it('retains, moves to the township union, reactivates at a new employer and ends', async () => {
    const { id, ...t } = await withMember();
    const retained = await t.run(retainMember, {
      memberId: id,
      reason: 'RETIRED',
      holderUnionId: t.township,
      date: '2026-01-01',
    });
    expect(retained.ok).toBe(true);
    expect(t.membership(id)).toMatchObject({
      status: 'RETAINED',
      organizationId: t.township,
      reason: 'RETIRED',
    });
    const again = await t.run(retainMember, { memberId: id, reason: 'UNEMPLOYED' });
    expect(again.ok || again.error.code).toBe('MEMBERSHIP_ALREADY_RETAINED');
    const back = await t.run(reactivateMember, {
      memberId: id,
      employerUnionId: t.b,
      date: '2026-06-01',
    });
    expect(back.ok).toBe(true);
    expect(t.membership(id)).toMatchObject({
      status: 'ACTIVE',
      organizationId: t.b,
    });
    const expelled = await t.run(terminateMember, { memberId: id, reason: 'EXPELLED' });
    expect(expelled.ok || expelled.error.code).toBe('MEMBERSHIP_REASON_REQUIRED');
    const left = await t.run(terminateMember, { memberId: id, reason: 'LEFT' });
    expect(left.ok).toBe(true);
    expect(t.history(id).map((e) => e.type)).toEqual(['JOINED', 'RETAINED', 'REACTIVATED', 'TERMINATED']);
    const reactivated = await t.run(reactivateMember, {
      memberId: id,
      employerUnionId: t.a,
    });
    expect(reactivated.ok || reactivated.error.code).toBe('MEMBERSHIP_NOT_RETAINED');
  });

  it('refuses a county federation as the holder of a retained membership', async () => {
    const { id, ...t } = await withMember();
    const r = await t.run(retainMember, {
      memberId: id,
      reason: 'RETIRED',
      holderUnionId: t.county,
    });
    expect(r.ok || r.error.code).toBe('MEMBER_HOLDER_KIND');
  });
});

describe('lapseMemberships (grace period)', () => {
  /** A member silent since 2026-05-31 (last dues), spoken to on 2026-06-15. */
  async function silent(today: string) {
    const t = await withMember(today);
    const recorded = await execute(t.store, env('2026-07-01'), recordMemberEngagement, {
      memberId: t.id,
      duesPaidOn: '2026-05-31',
      spokenToOn: '2026-06-15',
    });
    expect(recorded.ok).toBe(true);
    return t;
  }

  it('lapses the day after the grace period ends (silent from Jun 1: six months end Nov 30, lapses Dec 1), not on Nov 30', async () => {
    const before = await silent('2026-11-30');
    const none = await before.run(lapseMemberships, {
      organizationId: before.county,
      preview: false,
    });
    expect(none.ok && none.value.members).toEqual([]);
    const on = await silent('2026-12-01');
    const preview = await on.run(lapseMemberships, {
      organizationId: on.county,
      preview: true,
    });
    expect(preview.ok && preview.value.members.map((m) => m.membership.status)).toEqual(['ENDED']);
    expect(on.store.memberData.member(on.id)?.membership.status).toBe('ACTIVE');
    const run = await on.run(lapseMemberships, {
      organizationId: on.county,
      preview: false,
    });
    expect(run.ok && run.value).toMatchObject({ more: false, members: [{ id: on.id }] });
    expect(on.store.memberData.member(on.id)?.membership).toMatchObject({
      status: 'ENDED',
      reason: 'LAPSED',
      since: '2026-12-01',
    });
  });

  it('skips members outside the subtree and members never spoken to', async () => {
    const t = await silent('2026-12-31');
    const other = await t.register('33010619900307140', '2020-01-01', t.b);
    const outside = await t.run(lapseMemberships, { organizationId: t.b, preview: false });
    expect(outside.ok && outside.value.members).toEqual([]);
    expect(t.membership(other)?.status).toBe('ACTIVE');
  });

  it('bounds the store prefilter to the end of the month (Aug 31 + 6 months = Feb 28)', () => {
    expect(lapseBound('2027-02-28', 6)).toBe('2026-08-31');
    expect(lapseBound('2026-11-30', 6)).toBe('2026-05-31');
  });
});

describe('holdMembersOfDissolvedEmployer', () => {
  it('hands every live membership of the union to its parent, leaving ended ones', async () => {
    const t = await tree();
    const one = await t.register('33010619900307124');
    const two = await t.register('33010619900307140');
    await t.run(terminateMember, { memberId: two, reason: 'LEFT' });
    const r = await t.run(holdMembersOfDissolvedEmployer, { organizationId: t.a });
    expect(r.ok && r.value.members.map((m) => m.id)).toEqual([one]);
    expect(t.membership(one)).toMatchObject({
      organizationId: t.township,
      custody: 'HIGHER_UNION',
    });
    expect(t.membership(two)).toMatchObject({
      organizationId: t.a,
      status: 'ENDED',
    });
  });

  it('refuses a root union, which has no higher union', async () => {
    const t = await tree();
    const r = await t.run(holdMembersOfDissolvedEmployer, { organizationId: t.county });
    expect(r.ok || r.error.code).toBe('MEMBER_NO_HIGHER_UNION');
  });
});
