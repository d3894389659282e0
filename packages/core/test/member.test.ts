import { describe, expect, it } from 'vitest';
import {
  acftu2016,
  type Clock,
  type CommandEnv,
  checkPhone,
  chinaToday,
  createOrganization,
  execute,
  type Grant,
  idCheckCharacter,
  MemoryStore,
  maskBirthDate,
  memberAccess,
  organizationChangeAuthority,
  registerMember,
  updateMemberContact,
  type Viewer,
  withRules,
} from '../src/index.js';

/** A valid ID number: 17 digits and their check character. */
const idNumber = (first17: string) => first17 + idCheckCharacter(first17);

function env(now = '2026-11-29T08:00:00Z'): CommandEnv {
  let n = 0;
  const clock: Clock = { now: () => new Date(now) };
  return { clock, ids: { next: () => `id-${++n}` } };
}

async function tree() {
  const store = new MemoryStore();
  const e = env();
  const create = async (
    name: string,
    kind: 'FEDERATION_OF_TRADE_UNIONS' | 'GRASSROOTS_UNION' | 'BRANCH',
    level: 'COUNTY' | 'GRASSROOTS',
    parentId: string | null,
  ) => {
    const r = await execute(store, e, createOrganization, { name, kind, level, parentId });
    if (!r.ok) throw new Error(r.error.message);
    return r.value.id;
  };
  const county = await create('余杭区总工会', 'FEDERATION_OF_TRADE_UNIONS', 'COUNTY', null);
  const kindergarten = await create('杭州市绿洲花园幼儿园工会', 'GRASSROOTS_UNION', 'GRASSROOTS', county);
  const branch = await create('教师分会', 'BRANCH', 'GRASSROOTS', kindergarten);
  return { store, env: e, county, kindergarten, branch };
}

describe('registerMember', () => {
  it('registers a member with gender and birth date from the ID number and a JOINED event', async () => {
    const t = await tree();
    const id = idNumber('33010619900307124').toLowerCase();
    const result = await execute(t.store, t.env, registerMember, {
      organizationId: t.kindergarten,
      name: ' 林晓雯 ',
      idNumber: id,
      phone: '138 0000 1234',
      joinedOn: '2020-09-01',
    });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const member = result.value;
    expect(member).toMatchObject({
      name: '林晓雯',
      idNumber: id.toUpperCase(),
      gender: 'FEMALE',
      birthDate: '1990-03-07',
      phone: '13800001234',
      membership: {
        status: 'ACTIVE',
        organizationId: t.kindergarten,
        memberSince: '2020-09-01',
        custody: 'EMPLOYER_UNION',
      },
    });
    expect(t.store.memberData.member(member.id)).toEqual(member);
    expect(t.store.memberData.membershipHistory(member.id)).toEqual([
      expect.objectContaining({
        type: 'JOINED',
        date: '2020-09-01',
        fromOrganizationId: null,
        toOrganizationId: t.kindergarten,
        memberId: member.id,
      }),
    ]);
    expect(result.changes?.map((c) => c.type)).toEqual(['member.registered']);
  });

  it('joins today (China Standard Time) when no date is given', async () => {
    const t = await tree();
    // 2026-11-29T20:00Z is already 11-30 in Beijing.
    const late = { ...t.env, clock: { now: () => new Date('2026-11-29T20:00:00Z') } };
    expect(chinaToday(late.clock)).toBe('2026-11-30');
    const r = await execute(t.store, late, registerMember, {
      organizationId: t.branch,
      name: '周',
      idNumber: idNumber('33011019850101002'),
    });
    expect(r.ok && r.value.membership.memberSince).toBe('2026-11-30');
  });

  it('refuses a second record for the same person, however the number is written', async () => {
    const t = await tree();
    const id = idNumber('33010619900307123');
    const first = await execute(t.store, t.env, registerMember, {
      organizationId: t.kindergarten,
      name: '甲',
      idNumber: id,
    });
    expect(first.ok).toBe(true);
    const again = await execute(t.store, t.env, registerMember, {
      organizationId: t.branch,
      name: '乙',
      idNumber: ` ${id.toLowerCase()} `,
    });
    expect(again).toMatchObject({ ok: false, error: { code: 'MEMBER_ID_NUMBER_TAKEN', path: ['idNumber'] } });
    expect(t.store.memberData.members()).toHaveLength(1);
  });

  it('is 16 exactly on the joining date: joins; one day short: refused', async () => {
    const t = await tree();
    const on16th = await execute(t.store, t.env, registerMember, {
      organizationId: t.kindergarten,
      name: '少年甲',
      idNumber: idNumber('33010620101129001'),
      joinedOn: '2026-11-29',
    });
    expect(on16th.ok).toBe(true);
    const short = await execute(t.store, t.env, registerMember, {
      organizationId: t.kindergarten,
      name: '少年乙',
      idNumber: idNumber('33010620101130001'),
      joinedOn: '2026-11-29',
    });
    expect(short).toMatchObject({
      ok: false,
      error: {
        code: 'MEMBERSHIP_UNDER_AGE',
        path: ['idNumber'],
        details: { age: 15, eligibleFrom: '2026-11-30' },
      },
    });
  });

  it('returns ID number errors with the path idNumber', async () => {
    const t = await tree();
    const good = idNumber('33010619900307123');
    const wrongCheck = good.slice(0, 17) + (good.endsWith('0') ? '1' : '0');
    const cases: [string, string][] = [
      ['12345', 'ID_FORMAT'],
      [wrongCheck, 'ID_CHECKSUM'],
      [idNumber('33010619900230123'), 'ID_BIRTH_DATE'],
      [idNumber('99010619900307123'), 'ID_REGION'],
    ];
    for (const [value, code] of cases) {
      const r = await execute(t.store, t.env, registerMember, {
        organizationId: t.kindergarten,
        name: '某',
        idNumber: value,
      });
      expect(r, value).toMatchObject({ ok: false, error: { code, path: ['idNumber'] } });
    }
    expect(t.store.memberData.members()).toEqual([]);
  });

  it('needs an active grassroots organization, a name, a valid phone and a past joining date', async () => {
    const t = await tree();
    const base = { organizationId: t.kindergarten, name: '某', idNumber: idNumber('33010619900307123') };
    const refusals: [Record<string, unknown>, string, string][] = [
      [{ organizationId: t.county }, 'MEMBER_ORGANIZATION_KIND', 'organizationId'],
      [{ organizationId: 'nope' }, 'ORG_NOT_FOUND', 'organizationId'],
      [{ name: '  ' }, 'MEMBER_NAME_INVALID', 'name'],
      [{ phone: '12345678901' }, 'MEMBER_PHONE_INVALID', 'phone'],
      [{ joinedOn: '2026-11-30' }, 'MEMBER_JOIN_DATE_FUTURE', 'joinedOn'],
      [{ joinedOn: '2026-02-30' }, 'MEMBERSHIP_INVALID_DATE', 'joinedOn'],
    ];
    for (const [change, code, field] of refusals) {
      const r = await execute(t.store, t.env, registerMember, { ...base, ...change });
      expect(r, code).toMatchObject({ ok: false, error: { code, path: [field] } });
    }
    expect(t.store.memberData.members()).toEqual([]);
  });

  it('updates the contact phone and clears it', async () => {
    const t = await tree();
    const r = await execute(t.store, t.env, registerMember, {
      organizationId: t.kindergarten,
      name: '某',
      idNumber: idNumber('33010619900307123'),
    });
    if (!r.ok) throw new Error(r.error.message);
    const set = await execute(t.store, t.env, updateMemberContact, {
      memberId: r.value.id,
      phone: '0571-87654321',
    });
    expect(set.ok && set.value.phone).toBe('0571-87654321');
    expect(t.store.memberData.member(r.value.id)?.phone).toBe('0571-87654321');
    const cleared = await execute(t.store, t.env, updateMemberContact, { memberId: r.value.id, phone: null });
    expect(cleared.ok && cleared.value.phone).toBeNull();
    expect(await execute(t.store, t.env, updateMemberContact, { memberId: 'x', phone: null })).toMatchObject({
      ok: false,
      error: { code: 'MEMBER_NOT_FOUND' },
    });
  });
});

describe('registerMember: the "already registered" answer', () => {
  const holderId = idNumber('33010619900307123');
  /** A tree with one member registered under `holderId` in the kindergarten union. */
  async function withHolder(rules = acftu2016) {
    const t = await tree();
    let now = Date.parse('2026-11-29T08:00:00Z');
    const env: CommandEnv = { ...t.env, clock: { now: () => new Date(now) }, rules };
    const first = await execute(t.store, env, registerMember, {
      organizationId: t.kindergarten,
      name: '甲',
      idNumber: holderId,
      joinedOn: '2010-01-01',
    });
    if (!first.ok) throw new Error(first.error.message);
    const advance = (ms: number) => {
      now += ms;
    };
    return { ...t, env, holder: first.value, advance };
  }

  it('comes only after every other check of the input passed', async () => {
    const t = await withHolder();
    const base = { organizationId: t.branch, name: '乙', idNumber: holderId, joinedOn: '2020-01-01' };
    const refusals: [Record<string, unknown>, string][] = [
      [{ organizationId: 'nope' }, 'ORG_NOT_FOUND'],
      [{ organizationId: t.county }, 'MEMBER_ORGANIZATION_KIND'],
      [{ name: ' ' }, 'MEMBER_NAME_INVALID'],
      [{ phone: '12345678901' }, 'MEMBER_PHONE_INVALID'],
      [{ joinedOn: '2026-11-30' }, 'MEMBER_JOIN_DATE_FUTURE'],
      [{ joinedOn: '2026-02-30' }, 'MEMBERSHIP_INVALID_DATE'],
      // The probe: a date on which the holder was not yet 16 must not reveal the holder.
      [{ joinedOn: '1900-01-01' }, 'MEMBERSHIP_UNDER_AGE'],
      [{ joinedOn: '2006-03-06' }, 'MEMBERSHIP_UNDER_AGE'],
    ];
    for (const [change, code] of refusals) {
      const r = await execute(t.store, t.env, registerMember, { ...base, ...change });
      expect(r, code).toMatchObject({ ok: false, error: { code } });
    }
    expect(t.store.memberData.idNumberClaims()).toEqual([]);
    // 16 exactly on the joining date: everything else passes, so now the registry answers.
    const r = await execute(t.store, t.env, registerMember, { ...base, joinedOn: '2006-03-07' });
    expect(r).toMatchObject({ ok: false, error: { code: 'MEMBER_ID_NUMBER_TAKEN', path: ['idNumber'] } });
  });

  it('is recorded for the union holding the membership: who asked from where, for whom', async () => {
    const t = await withHolder();
    const r = await execute(t.store, t.env, registerMember, {
      organizationId: t.branch,
      name: ' 乙 ',
      idNumber: holderId.toLowerCase(),
      phone: '13800001234',
      joinedOn: '2020-01-01',
    });
    expect(r).toMatchObject({ ok: false, error: { code: 'MEMBER_ID_NUMBER_TAKEN' } });
    expect(!r.ok && r.error.details).toBeUndefined(); // nothing about the holder goes back to the asker
    const claim = {
      at: '2026-11-29T08:00:00.000Z',
      holderId: t.holder.id,
      holderOrganizationId: t.kindergarten,
      organizationId: t.branch,
      organizationName: '教师分会',
      name: '乙',
      idNumber: holderId,
      phone: '13800001234',
      joinedOn: '2020-01-01',
    };
    expect(r.changes).toEqual([{ type: 'member.idNumberClaimed', claim }]);
    expect(t.store.memberData.idNumberClaims()).toEqual([claim]);
    expect(t.store.memberData.members()).toHaveLength(1);
  });

  it('is given at most idNumberTakenAnswersPerHour times an hour; beyond, no lookup happens', async () => {
    const limit = 3;
    const t = await withHolder(withRules(acftu2016, { identity: { idNumberTakenAnswersPerHour: limit } }));
    const attempt = (id: string) =>
      execute(t.store, t.env, registerMember, { organizationId: t.branch, name: '乙', idNumber: id });
    for (let i = 1; i <= limit; i++) {
      expect(await attempt(holderId), `answer ${i}`).toMatchObject({
        ok: false,
        error: { code: 'MEMBER_ID_NUMBER_TAKEN' },
      });
      t.advance(60_000);
    }
    // Answer limit + 1, taken or not: refused before the lookup, and not recorded.
    const free = idNumber('33010619900307135');
    for (const id of [holderId, free]) {
      expect(await attempt(id)).toMatchObject({
        ok: false,
        error: {
          code: 'MEMBER_ID_NUMBER_CHECK_LIMIT',
          path: ['idNumber'],
          details: { limit, answered: limit },
        },
      });
    }
    expect(t.store.memberData.idNumberClaims()).toHaveLength(limit);
    expect(t.store.memberData.members()).toHaveLength(1);
    // The first answer was at 08:00 and the clock is at 08:03: it counts until exactly 09:00 …
    t.advance(57 * 60_000 - 1);
    expect(await attempt(free)).toMatchObject({ ok: false, error: { code: 'MEMBER_ID_NUMBER_CHECK_LIMIT' } });
    t.advance(1);
    expect(await attempt(free)).toMatchObject({ ok: false, error: { code: 'MEMBER_ID_NUMBER_CHECK_LIMIT' } });
    // … and one millisecond later it has left the hour.
    t.advance(1);
    expect(await attempt(free)).toMatchObject({ ok: true });
  });
});

describe('checkPhone', () => {
  it('accepts mainland mobiles and hyphenated landlines only', () => {
    for (const ok of ['13800001234', '19912345678', '010-12345678', '0571-8765432', '0571-87654321'])
      expect(checkPhone(ok).ok, ok).toBe(true);
    for (const bad of [
      '12800001234',
      '1380000123',
      '138000012345',
      '057187654321',
      '0571-123456',
      '+8613800001234',
      '571-87654321',
    ])
      expect(checkPhone(bad), bad).toMatchObject({ ok: false, error: { code: 'MEMBER_PHONE_INVALID' } });
  });

  it('masks a birth date to its year', () => {
    expect(maskBirthDate('1990-03-07')).toBe('1990-**-**');
  });
});

describe('memberAccess', () => {
  const path = ['branch', 'kindergarten', 'county', 'city'];
  const viewer = (...grants: Grant[]): Viewer => ({ subject: 's', grants });

  it('lets the member themselves and ORG_ADMIN at or above the organization reveal', () => {
    expect(memberAccess(viewer({ role: 'MEMBER', memberId: 'm1' }), 'm1', path)).toBe('REVEAL');
    expect(memberAccess(viewer({ role: 'ORG_ADMIN', organizationId: 'branch' }), 'm1', path)).toBe('REVEAL');
    expect(memberAccess(viewer({ role: 'ORG_ADMIN', organizationId: 'city' }), 'm1', path)).toBe('REVEAL');
    expect(memberAccess(viewer({ role: 'SYSTEM_ADMIN' }), 'm1', path)).toBe('REVEAL');
  });

  it('lets ORG_VIEWER view masked only, and nobody else see the member', () => {
    expect(memberAccess(viewer({ role: 'ORG_VIEWER', organizationId: 'county' }), 'm1', path)).toBe('VIEW');
    expect(
      memberAccess(
        viewer({ role: 'ORG_VIEWER', organizationId: 'county' }, { role: 'MEMBER', memberId: 'm1' }),
        'm1',
        path,
      ),
    ).toBe('REVEAL');
    expect(memberAccess(viewer({ role: 'MEMBER', memberId: 'm2' }), 'm1', path)).toBe('NONE');
    expect(memberAccess(viewer({ role: 'ORG_ADMIN', organizationId: 'other' }), 'm1', path)).toBe('NONE');
    expect(memberAccess(viewer({ role: 'ELECTION_OFFICER', electionId: 'm1' }), 'm1', path)).toBe('NONE');
    expect(memberAccess({ subject: null, grants: [] }, 'm1', path)).toBe('NONE');
  });

  it('needs ADMIN of the organization a member joins to register them', () => {
    expect(organizationChangeAuthority({ type: 'registerMember', organizationId: 'kindergarten' })).toEqual({
      mode: 'ALL',
      organizationIds: ['kindergarten'],
    });
  });
});
