import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addDelegate,
  appointPosition,
  apportionDelegateSeats,
  type Command,
  type CommandEnv,
  changeDelegateStatus,
  createCommittee,
  createCongress,
  createElectoralUnit,
  createOrganization,
  delayTermElection,
  endPosition,
  execute,
  idCheckCharacter,
  joinFederation,
  MAX_ELECTORAL_UNITS,
  MAX_UNIT_ORGANIZATIONS,
  type Member,
  MemoryStore,
  openTerm,
  planApportionment,
  type Result,
  reapportion,
  recordSession,
  registerMember,
  removeOfficer,
} from '../src/index.js';

function env(now = '2026-11-29T08:00:00Z'): CommandEnv {
  let n = 0;
  return { clock: { now: () => new Date(now) }, ids: { next: () => `id-${++n}` } };
}

function value<T>(r: Result<T>): T {
  if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message}`);
  return r.value;
}

const code = (r: Result<unknown>) => (r.ok ? 'OK' : r.error.code);

/** A world: a county federation, unions under it with `sizes` members each (women first), and the congress memory. */
async function world(sizes: readonly { men: number; women: number }[]) {
  const store = new MemoryStore();
  const e = env();
  const org = async (
    name: string,
    kind: 'FEDERATION_OF_TRADE_UNIONS' | 'GRASSROOTS_UNION',
    parentId: string | null,
  ) =>
    value(
      await execute(store, e, createOrganization, {
        name,
        kind,
        level: kind === 'GRASSROOTS_UNION' ? 'GRASSROOTS' : 'COUNTY',
        parentId,
      }),
    ).id;
  const county = await org('海曙区总工会', 'FEDERATION_OF_TRADE_UNIONS', null);
  let seq = 0;
  const register = async (organizationId: string, female: boolean, joinedOn = '2020-01-01') => {
    seq++;
    // Sequence codes: odd male, even female.
    const s = String(seq * 2 + (female ? 0 : 1)).padStart(3, '0');
    const first17 = `3302031990${String(1 + (Math.floor(seq / 900) % 12)).padStart(2, '0')}01${s.slice(-3)}`;
    return value(
      await execute(store, e, registerMember, {
        organizationId,
        name: `会员${seq}`,
        idNumber: first17 + idCheckCharacter(first17),
        joinedOn,
      }),
    );
  };
  const unions: { id: string; members: Member[] }[] = [];
  for (const [i, size] of sizes.entries()) {
    const id = await org(`第${i + 1}工会`, 'GRASSROOTS_UNION', county);
    const members: Member[] = [];
    for (let w = 0; w < size.women; w++) members.push(await register(id, true));
    for (let m = 0; m < size.men; m++) members.push(await register(id, false));
    unions.push({ id, members });
  }
  /** Runs `command` on this world's store. */
  const run = <I, T>(command: Command<I, T>, input: I) => execute(store, e, command, input);
  /** The members' assembly (会员大会) of the first union. */
  const assembly = async () =>
    value(
      await execute(store, e, createCongress, {
        organizationId: unions[0]?.id as string,
        name: '会员大会',
        form: 'MEMBERS_ASSEMBLY',
      }),
    );
  /** A term of `congressId` from `startsOn` for `years`. */
  const term = async (congressId: string, startsOn: string, years: number) =>
    value(await execute(store, e, openTerm, { congressId, startsOn, years }));
  return { store, env: e, county, unions, org, register, run, assembly, term };
}

describe('createCongress', () => {
  it('gives 99 members an assembly only and 100 a delegates congress, by the live count', async () => {
    const w = await world([{ men: 99, women: 0 }]);
    const union = w.unions[0]?.id as string;
    expect(
      code(
        await w.run(createCongress, {
          organizationId: union,
          name: '职代会',
          form: 'DELEGATES_CONGRESS',
          seats: 30,
        }),
      ),
    ).toBe('CONGRESS_FORM_NOT_ALLOWED');
    await w.register(union, false);
    expect(
      code(
        await w.run(createCongress, {
          organizationId: union,
          name: '会员代表大会',
          form: 'DELEGATES_CONGRESS',
          seats: 29,
        }),
      ),
    ).toBe('CONGRESS_SEATS_OUT_OF_RANGE');
    const made = await w.run(createCongress, {
      organizationId: union,
      name: '会员代表大会',
      form: 'DELEGATES_CONGRESS',
      seats: 30,
    });
    expect(code(made)).toBe('OK');
    expect(
      code(
        await w.run(createCongress, {
          organizationId: union,
          name: '又一个',
          form: 'MEMBERS_ASSEMBLY',
        }),
      ),
    ).toBe('CONGRESS_EXISTS');
  });

  it('refuses a reported count from a grassroots union, unknown organizations and bad names', async () => {
    const w = await world([{ men: 3, women: 0 }]);
    const union = w.unions[0]?.id as string;
    expect(
      code(
        await w.run(createCongress, {
          organizationId: union,
          name: '会员大会',
          form: 'MEMBERS_ASSEMBLY',
          reportedMembers: 500,
        }),
      ),
    ).toBe('CONGRESS_REPORTED_MEMBERS_NOT_ALLOWED');
    expect(
      code(
        await w.run(createCongress, {
          organizationId: 'nope',
          name: 'x',
          form: 'MEMBERS_ASSEMBLY',
        }),
      ),
    ).toBe('ORG_NOT_FOUND');
    expect(
      code(
        await w.run(createCongress, {
          organizationId: union,
          name: ' ',
          form: 'MEMBERS_ASSEMBLY',
        }),
      ),
    ).toBe('CONGRESS_NAME_INVALID');
  });
});

describe('terms and sessions', () => {
  it('opens numbered terms of allowed years, closes the previous, and refuses reversed starts', async () => {
    const w = await world([{ men: 10, women: 0 }]);
    const congress = await w.assembly();
    expect(
      code(
        await w.run(openTerm, {
          congressId: congress.id,
          startsOn: '2021-01-01',
          years: 4,
        }),
      ),
    ).toBe('TERM_YEARS_NOT_ALLOWED');
    const first = await w.term(congress.id, '2021-01-01', 3);
    expect(first).toMatchObject({ number: 1, endsOn: '2024-01-01', current: true });
    expect(
      code(
        await w.run(openTerm, {
          congressId: congress.id,
          startsOn: '2021-01-01',
          years: 3,
        }),
      ),
    ).toBe('CONGRESS_DATES_REVERSED');
    expect(
      code(
        await w.run(openTerm, {
          congressId: congress.id,
          startsOn: '2021-02-30',
          years: 3,
        }),
      ),
    ).toBe('CONGRESS_DATE_INVALID');
    const second = await w.term(congress.id, '2024-01-01', 5);
    expect(second.number).toBe(2);
    expect(
      code(
        await w.run(recordSession, {
          termId: first.id,
          heldOn: '2022-01-01',
          present: 10,
        }),
      ),
    ).toBe('CONGRESS_TERM_NOT_CURRENT');
  });

  it('convenes an assembly of 30 members with 20 present and not 19', async () => {
    const w = await world([{ men: 30, women: 0 }]);
    const congress = await w.assembly();
    const term = await w.term(congress.id, '2024-01-01', 3);
    const refused = await w.run(recordSession, {
      termId: term.id,
      heldOn: '2024-03-01',
      present: 19,
    });
    expect(refused.ok ? null : refused.error.details).toEqual({ present: 19, entitled: 30, needed: 20 });
    expect(w.store.congressData.sessions(term.id)).toEqual([]);
    const held = value(
      await w.run(recordSession, {
        termId: term.id,
        heldOn: '2024-03-01',
        present: 20,
      }),
    );
    expect(held).toMatchObject({ number: 1, entitled: 30, present: 20 });
    // Members who joined after the session's day are not entitled to it.
    await w.register(w.unions[0]?.id as string, false, '2025-01-01');
    const early = value(
      await w.run(recordSession, {
        termId: term.id,
        heldOn: '2024-06-01',
        present: 20,
      }),
    );
    expect(early).toMatchObject({ number: 2, entitled: 30 });
  });

  it('delays an election by at most 6 months, with an approval', async () => {
    const w = await world([{ men: 5, women: 0 }]);
    const congress = await w.assembly();
    const term = await w.term(congress.id, '2021-12-31', 5);
    expect(
      code(
        await w.run(delayTermElection, {
          termId: term.id,
          months: 7,
          approval: '海总工〔2026〕1号',
        }),
      ),
    ).toBe('ELECTION_DELAY_TOO_LONG');
    expect(code(await w.run(delayTermElection, { termId: term.id, months: 6, approval: ' ' }))).toBe(
      'ELECTION_DELAY_NOT_APPROVED',
    );
    const delayed = value(
      await w.run(delayTermElection, {
        termId: term.id,
        months: 6,
        approval: '海总工〔2026〕1号',
      }),
    );
    expect(delayed.delayedUntil).toBe('2027-06-30');
  });
});

/** A county federation's delegates congress over unions of these sizes, with one unit per union and a term. */
async function delegatesCongress(
  sizes: readonly { men: number; women: number }[],
  seats: number,
  reported?: readonly number[],
) {
  const w = await world(sizes);
  const congress = value(
    await w.run(createCongress, {
      organizationId: w.county,
      name: '海曙区工会代表大会',
      form: 'DELEGATES_CONGRESS',
      seats,
    }),
  );
  const term = await w.term(congress.id, '2025-01-01', 5);
  const units = [];
  for (const [i, u] of w.unions.entries()) {
    units.push(
      value(
        await w.run(createElectoralUnit, {
          congressId: congress.id,
          name: `第${i + 1}选举单位`,
          organizationIds: [u.id],
          reportedMembers: reported?.[i] ?? null,
        }),
      ),
    );
  }
  return { ...w, congress, term, units };
}

describe('electoral units and apportionment', () => {
  it('refuses an organization outside the congress, and one already in a unit', async () => {
    const w = await delegatesCongress([{ men: 2, women: 0 }], 30);
    const outside = await w.org('外区总工会', 'FEDERATION_OF_TRADE_UNIONS', null);
    expect(
      code(
        await w.run(createElectoralUnit, {
          congressId: w.congress.id,
          name: 'x',
          organizationIds: [outside],
        }),
      ),
    ).toBe('CONGRESS_UNIT_ORGANIZATION');
    expect(
      code(
        await w.run(createElectoralUnit, {
          congressId: w.congress.id,
          name: 'x',
          organizationIds: [w.unions[0]?.id as string],
        }),
      ),
    ).toBe('CONGRESS_UNIT_OVERLAP');
    expect(
      code(
        await w.run(createElectoralUnit, {
          congressId: w.congress.id,
          name: 'x',
          organizationIds: [],
        }),
      ),
    ).toBe('CONGRESS_UNIT_EMPTY');
  });

  it(`makes a unit of at most ${MAX_UNIT_ORGANIZATIONS} organizations and a congress of at most ${MAX_ELECTORAL_UNITS} units`, async () => {
    // One unit per union: MAX_ELECTORAL_UNITS - 1 of them.
    const empty = Array.from({ length: MAX_ELECTORAL_UNITS - 2 }, () => ({ men: 0, women: 0 }));
    const w = await delegatesCongress([{ men: 100, women: 0 }, ...empty], 30);
    expect(w.units).toHaveLength(MAX_ELECTORAL_UNITS - 1);
    const more: string[] = [];
    for (let i = 0; i <= MAX_UNIT_ORGANIZATIONS; i++)
      more.push(await w.org(`新工会${i}`, 'GRASSROOTS_UNION', w.county));
    const unit = (name: string, organizationIds: string[]) =>
      w.run(createElectoralUnit, { congressId: w.congress.id, name, organizationIds });
    const large = more;
    expect(code(await unit('大单位', large))).toBe('CONGRESS_UNIT_TOO_LARGE');
    expect(code(await unit('大单位', large.slice(1)))).toBe('OK');
    expect(code(await unit('多一个', [more[0] as string]))).toBe('CONGRESS_UNITS_TOO_MANY');
  });

  it('refuses an organization above or below one of another unit', async () => {
    const w = await delegatesCongress([{ men: 2, women: 0 }], 30);
    const union = w.unions[0]?.id as string;
    const branch = value(
      await w.run(createOrganization, {
        name: '一分会',
        kind: 'BRANCH',
        level: 'GRASSROOTS',
        parentId: union,
      }),
    ).id;
    const other = await w.org('另一工会', 'GRASSROOTS_UNION', w.county);
    const otherBranch = value(
      await w.run(createOrganization, {
        name: '二分会',
        kind: 'BRANCH',
        level: 'GRASSROOTS',
        parentId: other,
      }),
    ).id;
    const unit = (name: string, id: string) =>
      w.run(createElectoralUnit, {
        congressId: w.congress.id,
        name,
        organizationIds: [id],
      });
    expect(code(await unit('分会单位', branch))).toBe('CONGRESS_UNIT_OVERLAP');
    expect(code(await unit('二分会单位', otherBranch))).toBe('OK');
    expect(code(await unit('另一工会单位', other))).toBe('CONGRESS_UNIT_OVERLAP');
  });

  it('stores method, counts and result once; the stored inputs give the same seats again', async () => {
    const w = await delegatesCongress(
      [
        { men: 5, women: 2 },
        { men: 3, women: 0 },
        { men: 1, women: 1 },
      ],
      30,
    );
    const input = {
      congressId: w.congress.id,
      cutoffDate: '2026-01-01',
      method: 'sainte-lague' as const,
      units: [{ unitId: w.units[2]?.id as string, min: 3, reserved: 1, reservedFor: '职业化工会工作者' }],
    };
    const preview = value(await planApportionmentIn(w, input));
    const stored = value(await w.run(apportionDelegateSeats, input));
    expect(stored.units.map((u) => u.apportioned)).toEqual(preview.units.map((u) => u.apportioned));
    expect(stored.units.map((u) => [u.members, u.source, u.reserved])).toEqual([
      [7, 'REGISTRY', 0],
      [3, 'REGISTRY', 0],
      [2, 'REGISTRY', 1],
    ]);
    expect(stored.units.reduce((s, u) => s + u.apportioned + u.reserved, 0)).toBe(30);
    expect(value(reapportion(stored))).toEqual(
      Object.fromEntries(stored.units.map((u) => [u.unitId, u.apportioned])),
    );
    // A unit's count changing later leaves the stored seats as they are; a second apportionment is refused.
    await w.register(w.unions[1]?.id as string, false);
    expect(code(await w.run(apportionDelegateSeats, input))).toBe('CONGRESS_APPORTIONMENT_EXISTS');
    expect(w.store.congressData.storedApportionments()).toEqual([stored]);
  });

  it("refuses seats other than the congress's, unknown units, too many reserved and infeasible minimums", async () => {
    const w = await delegatesCongress(
      [
        { men: 2, women: 0 },
        { men: 1, women: 0 },
      ],
      30,
    );
    const base = { congressId: w.congress.id, cutoffDate: '2026-01-01' };
    expect(code(await w.run(apportionDelegateSeats, { ...base, seats: 31 }))).toBe(
      'CONGRESS_APPORTIONMENT_SEATS',
    );
    expect(code(await w.run(apportionDelegateSeats, { ...base, units: [{ unitId: 'nope' }] }))).toBe(
      'CONGRESS_APPORTIONMENT_UNIT',
    );
    expect(
      code(
        await w.run(apportionDelegateSeats, {
          ...base,
          units: [{ unitId: w.units[0]?.id as string, reserved: 31 }],
        }),
      ),
    ).toBe('CONGRESS_APPORTIONMENT_SEATS');
    expect(
      code(
        await w.run(apportionDelegateSeats, {
          ...base,
          units: [
            { unitId: w.units[0]?.id as string, min: 20 },
            { unitId: w.units[1]?.id as string, min: 11 },
          ],
        }),
      ),
    ).toBe('APPORTION_INFEASIBLE');
    expect(code(await w.run(apportionDelegateSeats, { ...base, cutoffDate: '2026-13-01' }))).toBe(
      'CONGRESS_DATE_INVALID',
    );
    expect(w.store.congressData.storedApportionments()).toEqual([]);
  });

  it('apportions a delegation to a higher congress apart from the own seats', async () => {
    const w = await delegatesCongress(
      [
        { men: 2, women: 0 },
        { men: 1, women: 0 },
      ],
      30,
    );
    const own = { congressId: w.congress.id, cutoffDate: '2026-01-01' };
    const higher = { ...own, delegationTo: '宁波市工会第十五次代表大会', seats: 5 };
    expect(code(await w.run(apportionDelegateSeats, { ...own, delegationTo: '宁波' }))).toBe(
      'CONGRESS_APPORTIONMENT_SEATS',
    );
    expect(value(await w.run(apportionDelegateSeats, higher)).seats).toBe(5);
    expect(value(await w.run(apportionDelegateSeats, own)).seats).toBe(30);
  });

  it('is reproducible from the stored inputs for any counts, minimums, reserved seats and method', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.record({ weight: fc.nat(50), min: fc.nat(2), reserved: fc.nat(1) }), {
          minLength: 1,
          maxLength: 4,
        }),
        fc.constantFrom('largest-remainder', 'dhondt', 'sainte-lague', 'huntington-hill'),
        async (units, method) => {
          // The county federation's units report their counts (the registry is empty here).
          const w = await delegatesCongress(
            units.map(() => ({ men: 0, women: 0 })),
            30,
            units.map((u) => u.weight),
          );
          const r = await w.run(apportionDelegateSeats, {
            congressId: w.congress.id,
            cutoffDate: '2026-01-01',
            method,
            units: units.map((u, i) => ({
              unitId: w.units[i]?.id as string,
              min: u.min,
              reserved: u.reserved,
            })),
          });
          if (!r.ok) return;
          expect(value(reapportion(r.value))).toEqual(
            Object.fromEntries(r.value.units.map((u) => [u.unitId, u.apportioned])),
          );
        },
      ),
      { numRuns: 15 },
    );
  });
});

function planApportionmentIn(
  w: Awaited<ReturnType<typeof delegatesCongress>>,
  input: Parameters<typeof planApportionment>[2],
) {
  return w.store.transaction((uow) => planApportionment(uow, w.env, input));
}

describe('delegates', () => {
  it('adds active members of the unit up to its seats, once each, and refuses the rest', async () => {
    const w = await delegatesCongress(
      [
        { men: 3, women: 2 },
        { men: 1, women: 0 },
      ],
      30,
    );
    value(
      await w.run(apportionDelegateSeats, {
        congressId: w.congress.id,
        cutoffDate: '2026-01-01',
        units: [{ unitId: w.units[1]?.id as string, min: 1, max: 1 }],
      }),
    );
    const flags = { frontLine: true, manager: false, unionWorker: false, modelWorker: false };
    const [a, b] = (w.unions[0] as { members: Member[] }).members;
    const [z] = (w.unions[1] as { members: Member[] }).members;
    const add = (memberId: string, unitId: string | undefined, extra = {}) =>
      w.run(addDelegate, { termId: w.term.id, unitId, memberId, ...flags, ...extra });
    expect(code(await add(a?.id as string, w.units[1]?.id))).toBe('CONGRESS_DELEGATE_NOT_IN_UNIT');
    expect(code(await add(a?.id as string, undefined))).toBe('CONGRESS_UNIT_NOT_FOUND');
    expect(code(await add('nobody', w.units[0]?.id))).toBe('MEMBER_NOT_FOUND');
    expect(code(await add(a?.id as string, w.units[0]?.id, { manager: true }))).toBe(
      'CONGRESS_DELEGATE_ATTRIBUTES',
    );
    const delegate = value(await add(a?.id as string, w.units[0]?.id));
    expect(delegate).toMatchObject({ gender: 'FEMALE', status: 'SERVING', since: '2026-11-29' });
    expect(code(await add(a?.id as string, w.units[0]?.id))).toBe('CONGRESS_DELEGATE_ALREADY');
    expect(code(await add(z?.id as string, w.units[1]?.id))).toBe('OK');
    // Unit 2 got 1 seat: a second delegate from it is refused.
    const second = await w.register(w.unions[1]?.id as string, false);
    expect(code(await add(second.id, w.units[1]?.id))).toBe('CONGRESS_UNIT_SEATS_FULL');

    // A retained member cannot be a delegate.
    await w.store.transaction(async (uow) => {
      const before = (await uow.members.findById(b?.id as string)) as Member;
      const held = before.membership as Extract<Member['membership'], { status: 'ACTIVE' }>;
      const after: Member = {
        ...before,
        membership: { ...held, status: 'RETAINED', reason: 'RETIRED', since: '2026-06-01' },
      };
      await uow.apply([{ type: 'member.updated', before, after }]);
    });
    expect(code(await add(b?.id as string, w.units[0]?.id))).toBe('CONGRESS_DELEGATE_NOT_ACTIVE');

    // Replacing keeps the history; a replaced delegate cannot be replaced again, nor before they began.
    expect(
      code(
        await w.run(changeDelegateStatus, {
          delegateId: delegate.id,
          status: 'REPLACED',
          date: '2026-01-01',
        }),
      ),
    ).toBe('CONGRESS_DATES_REVERSED');
    value(
      await w.run(changeDelegateStatus, {
        delegateId: delegate.id,
        status: 'REPLACED',
        date: '2026-12-01',
      }),
    );
    expect(
      code(
        await w.run(changeDelegateStatus, {
          delegateId: delegate.id,
          status: 'REMOVED',
          date: '2026-12-02',
        }),
      ),
    ).toBe('CONGRESS_DELEGATE_NOT_SERVING');
    expect(w.store.congressData.delegateHistory(delegate.id).map((e) => e.status)).toEqual([
      'SERVING',
      'REPLACED',
    ]);
  });

  it('stops at the congress seats', async () => {
    const w = await world([{ men: 100, women: 0 }]);
    const union = w.unions[0] as { id: string; members: Member[] };
    const congress = value(
      await w.run(createCongress, {
        organizationId: union.id,
        name: '代表大会',
        form: 'DELEGATES_CONGRESS',
        seats: 30,
      }),
    );
    const term = await w.term(congress.id, '2025-01-01', 5);
    const flags = { frontLine: true, manager: false, unionWorker: false, modelWorker: false };
    for (const m of union.members.slice(0, 30)) {
      value(await w.run(addDelegate, { termId: term.id, memberId: m.id, ...flags }));
    }
    expect(
      code(
        await w.run(addDelegate, {
          termId: term.id,
          memberId: union.members[30]?.id as string,
          ...flags,
        }),
      ),
    ).toBe('CONGRESS_SEATS_FULL');
    // 30 serving delegates: a session with 20 convenes, 19 does not.
    expect(
      code(
        await w.run(recordSession, {
          termId: term.id,
          heldOn: '2025-06-01',
          present: 19,
        }),
      ),
    ).toBe('CONGRESS_QUORUM_NOT_MET');
    expect(
      code(
        await w.run(recordSession, {
          termId: term.id,
          heldOn: '2025-06-01',
          present: 20,
        }),
      ),
    ).toBe('OK');
  });
});

describe('committees and positions', () => {
  it('sizes a union committee at 24 and 25 members', async () => {
    const w = await world([{ men: 24, women: 0 }]);
    const union = w.unions[0]?.id as string;
    const committee = async (kind: 'UNION_COMMITTEE' | 'STANDING', seats: number) =>
      code(await w.run(createCommittee, { organizationId: union, kind, seats }));
    expect(await committee('UNION_COMMITTEE', 3)).toBe('COMMITTEE_SIZE_OUT_OF_RANGE');
    await w.register(union, false);
    expect(await committee('UNION_COMMITTEE', 4)).toBe('COMMITTEE_SEATS_INVALID');
    expect(await committee('UNION_COMMITTEE', 9)).toBe('COMMITTEE_SIZE_OUT_OF_RANGE');
    expect(await committee('UNION_COMMITTEE', 3)).toBe('OK');
    expect(await committee('UNION_COMMITTEE', 3)).toBe('COMMITTEE_EXISTS');
    expect(await committee('STANDING', 3)).toBe('COMMITTEE_UNION_COMMITTEE_FIRST');
  });

  it('has a women workers committee from 10 women members, not 9', async () => {
    const w = await world([{ men: 20, women: 9 }]);
    const union = w.unions[0]?.id as string;
    const women = () => w.run(createCommittee, { organizationId: union, kind: 'WOMEN_WORKERS', seats: 3 });
    const refused = await women();
    expect(refused.ok ? null : refused.error.details).toEqual({ women: 9, from: 10 });
    await w.register(union, true);
    expect(code(await women())).toBe('OK');
  });

  it('keeps a history of positions without overlaps', async () => {
    const w = await world([{ men: 30, women: 0 }]);
    const union = w.unions[0] as { id: string; members: Member[] };
    const committee = value(
      await w.run(createCommittee, {
        organizationId: union.id,
        kind: 'UNION_COMMITTEE',
        seats: 5,
      }),
    );
    const [m1, m2] = union.members;
    const appoint = (
      memberId: string,
      role: 'CHAIR' | 'MEMBER',
      startsOn: string,
      endsOn: string | null = null,
    ) =>
      w.run(appointPosition, {
        committeeId: committee.id,
        memberId,
        role,
        startsOn,
        endsOn,
      });
    const first = value(await appoint(m1?.id as string, 'CHAIR', '2016-07-01'));
    expect(code(await appoint(m2?.id as string, 'CHAIR', '2019-07-01'))).toBe('POSITION_CHAIR_OVERLAP');
    expect(code(await w.run(endPosition, { positionId: first.id, endsOn: '2016-06-30' }))).toBe(
      'CONGRESS_DATES_REVERSED',
    );
    value(await w.run(endPosition, { positionId: first.id, endsOn: '2019-06-30' }));
    expect(code(await w.run(endPosition, { positionId: first.id, endsOn: '2019-07-30' }))).toBe(
      'POSITION_ENDED',
    );
    expect(code(await appoint(m2?.id as string, 'CHAIR', '2019-06-30'))).toBe('POSITION_CHAIR_OVERLAP');
    expect(code(await appoint(m2?.id as string, 'CHAIR', '2019-07-01'))).toBe('OK');
    expect(code(await appoint(m2?.id as string, 'MEMBER', '2020-01-01'))).toBe('POSITION_MEMBER_OVERLAP');
    const outsider = await w.register(await w.org('别的工会', 'GRASSROOTS_UNION', w.county), false);
    expect(code(await appoint(outsider.id, 'MEMBER', '2020-01-01'))).toBe('POSITION_HOLDER_NOT_MEMBER');
  });
});

describe('a federation congress', () => {
  it('draws units and delegates from its member unions', async () => {
    const w = await world([
      { men: 4, women: 1 },
      { men: 2, women: 0 },
    ]);
    const chain = value(
      await w.run(createOrganization, {
        name: '梅园村产业链工会联合会',
        kind: 'INDUSTRY_CHAIN_FEDERATION',
        level: 'VILLAGE',
        parentId: w.county,
      }),
    ).id;
    for (const [i, u] of w.unions.entries()) {
      value(
        await w.run(joinFederation, {
          federationId: chain,
          memberId: u.id,
          chain: '石斛',
          segment: i === 0 ? 'UPSTREAM' : 'DOWNSTREAM',
        }),
      );
    }
    const congress = value(
      await w.run(createCongress, {
        organizationId: chain,
        name: '代表大会',
        form: 'DELEGATES_CONGRESS',
        seats: 5,
      }),
    );
    const term = await w.term(congress.id, '2025-01-01', 5);
    const flags = { frontLine: true, manager: false, unionWorker: false, modelWorker: false };
    const member = w.unions[1]?.members[0] as Member;
    expect(code(await w.run(addDelegate, { termId: term.id, memberId: member.id, ...flags }))).toBe('OK');
    const unit = await w.run(createElectoralUnit, {
      congressId: congress.id,
      name: '上游',
      organizationIds: [w.unions[0]?.id as string],
    });
    expect(code(unit)).toBe('OK');
    expect(
      code(
        await w.run(createCommittee, {
          organizationId: chain,
          kind: 'UNION_COMMITTEE',
          seats: 1,
        }),
      ),
    ).toBe('OK');
  });
});

describe('removeOfficer (罢免)', () => {
  /** A union of `size` members with a members' assembly, a term and a committee: a chair and a committee member. */
  async function withChair(size: number) {
    const w = await world([{ men: size, women: 0 }]);
    const union = w.unions[0] as { id: string; members: Member[] };
    const committee = value(
      await w.run(createCommittee, { organizationId: union.id, kind: 'UNION_COMMITTEE', seats: 3 }),
    );
    const appoint = async (member: Member | undefined, role: 'CHAIR' | 'VICE_CHAIR' | 'MEMBER') =>
      value(
        await w.run(appointPosition, {
          committeeId: committee.id,
          memberId: member?.id as string,
          role,
          startsOn: '2025-07-01',
        }),
      );
    const chair = await appoint(union.members[0], 'CHAIR');
    const vice = await appoint(union.members[1], 'VICE_CHAIR');
    const member = await appoint(union.members[2], 'MEMBER');
    const remove = (positionId: string, votesFor: number, removedOn = '2026-06-30') =>
      w.run(removeOfficer, { positionId, removedOn, votesFor });
    return { ...w, union, chair, vice, member, remove };
  }

  it('removes a chair with more than half of ALL members: 15 of 30 fails, 16 passes', async () => {
    const w = await withChair(30);
    expect(code(await w.remove(w.chair.id, 16))).toBe('CONGRESS_NOT_FOUND');
    const assembly = await w.assembly();
    expect(code(await w.remove(w.chair.id, 16))).toBe('CONGRESS_NO_TERM');
    await w.term(assembly.id, '2025-07-01', 3);
    const half = await w.remove(w.chair.id, 15);
    expect(half.ok ? null : half.error).toMatchObject({
      code: 'POSITION_REMOVAL_NOT_PASSED',
      path: ['votesFor'],
      details: { votesFor: 15, entitled: 30, fewestNeeded: 16 },
    });
    expect(code(await w.remove(w.chair.id, 31))).toBe('POSITION_REMOVAL_VOTES_INVALID');
    const removed = await w.remove(w.chair.id, 16);
    expect(removed).toMatchObject({
      ok: true,
      value: { id: w.chair.id, role: 'CHAIR', endsOn: '2026-06-30' },
    });
    // Its own change, carrying the vote (the audit log records it as a removal, not a plain end).
    expect(removed.changes).toEqual([
      {
        type: 'committee.officerRemoved',
        before: { ...w.chair, endsOn: null },
        after: { ...w.chair, endsOn: '2026-06-30' },
        vote: { votesFor: 16, entitled: 30, fewestNeeded: 16 },
      },
    ]);
    expect(code(await w.remove(w.chair.id, 16))).toBe('POSITION_ENDED');
  });

  it('counts all members on the day of the vote: 31 need 16; a member who joined before counts, one after not', async () => {
    const odd = await withChair(31);
    await odd.term((await odd.assembly()).id, '2025-07-01', 3);
    expect(code(await odd.remove(odd.vice.id, 15))).toBe('POSITION_REMOVAL_NOT_PASSED');
    expect(code(await odd.remove(odd.vice.id, 16))).toBe('OK');
    await odd.register(odd.union.id, false, '2026-07-01');
    expect(code(await odd.remove(odd.chair.id, 16))).toBe('OK');

    const joined = await withChair(31);
    await joined.term((await joined.assembly()).id, '2025-07-01', 3);
    await joined.register(joined.union.id, false, '2026-06-01');
    const half = await joined.remove(joined.chair.id, 16);
    expect(half.ok ? null : half.error.details).toEqual({ votesFor: 16, entitled: 32, fewestNeeded: 17 });
    expect(code(await joined.remove(joined.chair.id, 17))).toBe('OK');
  });

  it('counts the serving delegates of a delegates congress, not its members: 15 of 30 fails, 16 passes', async () => {
    const w = await withChair(100);
    const congress = value(
      await w.run(createCongress, {
        organizationId: w.union.id,
        name: '会员代表大会',
        form: 'DELEGATES_CONGRESS',
        seats: 30,
      }),
    );
    const term = await w.term(congress.id, '2025-07-01', 5);
    const flags = { frontLine: true, manager: false, unionWorker: false, modelWorker: false };
    const delegates = [];
    for (const m of w.union.members.slice(0, 30)) {
      delegates.push(value(await w.run(addDelegate, { termId: term.id, memberId: m.id, ...flags })));
    }
    const half = await w.remove(w.vice.id, 15);
    expect(half.ok ? null : half.error.details).toEqual({ votesFor: 15, entitled: 30, fewestNeeded: 16 });
    expect(code(await w.remove(w.vice.id, 16))).toBe('OK');
    // One delegate replaced (today, when the delegates were added): 29 serving, 15 is more than half.
    value(
      await w.run(changeDelegateStatus, {
        delegateId: delegates[29]?.id as string,
        status: 'REPLACED',
        date: '2026-11-29',
      }),
    );
    expect(code(await w.remove(w.chair.id, 14))).toBe('POSITION_REMOVAL_NOT_PASSED');
    expect(code(await w.remove(w.chair.id, 15))).toBe('OK');
  });

  it('removes only a chair or vice-chair, open, on a day not before it began', async () => {
    const w = await withChair(30);
    await w.term((await w.assembly()).id, '2025-07-01', 3);
    expect(code(await w.remove(w.member.id, 30))).toBe('POSITION_NOT_OFFICER');
    expect(code(await w.remove(w.chair.id, 30, '2025-06-30'))).toBe('CONGRESS_DATES_REVERSED');
    expect(code(await w.remove(w.chair.id, 30, '2026-02-30'))).toBe('CONGRESS_DATE_INVALID');
    expect(code(await w.remove('nobody', 30))).toBe('POSITION_NOT_FOUND');
  });
});
