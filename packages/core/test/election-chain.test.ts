import { describe, expect, it } from 'vitest';
import { checkDelegateNominee, checkElectionChain, rollSource, seatElected } from '../src/election/chain.js';
import { reduceCommitteeSeats } from '../src/election/commands.js';
import {
  type Candidacy,
  draftElection,
  type Election,
  identifyWriteIn,
  nextRoundOf,
  nominate,
} from '../src/election/process.js';
import {
  appointPosition,
  apportionDelegateSeats,
  type Command,
  type CommandEnv,
  changeDelegateStatus,
  createCommittee,
  createCongress,
  createElectoralUnit,
  createOrganization,
  execute,
  idCheckCharacter,
  MemoryStore,
  openTerm,
  type PositionRole,
  type Result,
  registerMember,
  rescindPosition,
} from '../src/index.js';

/** A first-round MEMBERS election of org-1 chained to nothing, with `over` changed. */
function election(over: Partial<Election>): Election {
  const base = {
    id: 'e-1',
    organizationId: 'org-1',
    body: 'COMMITTEE',
    firstRoundId: 'e-1',
    roundKind: 'FIRST',
    parentElectionId: null,
    termId: null,
    unitId: null,
    committeeId: null,
  };
  return { ...base, ...over } as Election;
}

describe('rollSource', () => {
  it('a later round keeps the first round roll, whatever it is chained to', () => {
    expect(rollSource(election({ roundKind: 'FURTHER', firstRoundId: 'e-0', unitId: 'u' }))).toEqual({
      kind: 'FIRST_ROUND',
      electionId: 'e-0',
    });
  });
  it('a delegates election in a unit: the unit members', () => {
    expect(rollSource(election({ body: 'DELEGATES', unitId: 'u-1', termId: 't-1' }))).toEqual({
      kind: 'UNIT_MEMBERS',
      unitId: 'u-1',
    });
  });
  it('a committee election with a term: the serving delegates', () => {
    expect(rollSource(election({ termId: 't-1', parentElectionId: 'p' }))).toEqual({
      kind: 'SERVING_DELEGATES',
      termId: 't-1',
    });
  });
  it('a chair election with a committee: its members', () => {
    expect(rollSource(election({ body: 'CHAIR', committeeId: 'c-1', parentElectionId: 'p' }))).toEqual({
      kind: 'COMMITTEE_MEMBERS',
      committeeId: 'c-1',
    });
  });
  it('a committee election naming only its committee and a parent: those the parent elected', () => {
    expect(rollSource(election({ committeeId: 'c-1', parentElectionId: 'p' }))).toEqual({
      kind: 'ELECTED_BY',
      electionId: 'p',
    });
  });
  it('chained to nothing: the organization members', () => {
    expect(rollSource(election({}))).toEqual({ kind: 'MEMBERS', organizationId: 'org-1' });
  });
});

describe('checkElectionChain refuses before reading the store', () => {
  const refusals: [string, Partial<Election>, string][] = [
    ['delegates without a term', { body: 'DELEGATES' }, 'termId'],
    ['a unit on a non-delegates election', { unitId: 'u-1' }, 'unitId'],
    ['a term on a chair election', { body: 'CHAIR', termId: 't-1' }, 'termId'],
    [
      'a committee on a delegates election',
      { body: 'DELEGATES', termId: 't-1', committeeId: 'c-1' },
      'committeeId',
    ],
  ];
  for (const [name, over, field] of refusals) {
    it(name, async () => {
      const result = await checkElectionChain(undefined as never, undefined as never, election(over));
      expect(result).toMatchObject({ ok: false, error: { code: 'ELECTION_CHAIN_INVALID', path: [field] } });
    });
  }
});

function value<T>(r: Result<T>): T {
  if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message}`);
  return r.value;
}

const TODAY = '2026-11-29';
const YESTERDAY = '2026-11-28';

/**
 * A county federation reporting 320 members (committee 7–15) with a grassroots union of eight
 * registered members under it, its delegates' congress (term from 2024-03-01, one electoral unit:
 * the union), a union committee of 11 seats and a standing committee of 7; the union's own members'
 * assembly; and another federation. Today is 2026-11-29.
 */
async function world() {
  const store = new MemoryStore();
  let n = 0;
  const env: CommandEnv = {
    clock: { now: () => new Date(`${TODAY}T08:00:00Z`) },
    ids: { next: () => `id-${++n}` },
  };
  const run = <I, T>(command: Command<I, T>, input: I) => execute(store, env, command, input);
  /** A county federation (no parent) or a grassroots union under `parentId`. */
  const org = async (name: string, parentId: string | null) =>
    value(
      await run(createOrganization, {
        name,
        kind: parentId === null ? 'FEDERATION_OF_TRADE_UNIONS' : 'GRASSROOTS_UNION',
        level: parentId === null ? 'COUNTY' : 'GRASSROOTS',
        parentId,
      }),
    ).id;
  const county = await org('海曙区总工会', null);
  const other = await org('江北区总工会', null);
  const union = await org('石材工会', county);
  const outsider = await org('江北工会', other);
  const register = async (organizationId: string, i: number) => {
    const first17 = `33020319900101${String(100 + i * 2 + 1)}`;
    return value(
      await run(registerMember, {
        organizationId,
        name: `会员${i}`,
        idNumber: first17 + idCheckCharacter(first17),
        joinedOn: '2020-01-01',
      }),
    ).id;
  };
  const members: string[] = [];
  for (let i = 0; i < 8; i++) members.push(await register(union, i));
  const stranger = await register(outsider, 9);
  const congress = value(
    await run(createCongress, {
      organizationId: county,
      name: '海曙区工会代表大会',
      form: 'DELEGATES_CONGRESS',
      seats: 45,
      reportedMembers: 320,
    }),
  );
  const term = value(await run(openTerm, { congressId: congress.id, startsOn: '2024-03-01', years: 5 }));
  const unit = value(
    await run(createElectoralUnit, { congressId: congress.id, name: '石材工会', organizationIds: [union] }),
  );
  const committee = value(
    await run(createCommittee, { organizationId: county, kind: 'UNION_COMMITTEE', seats: 11 }),
  );
  const standing = value(await run(createCommittee, { organizationId: county, kind: 'STANDING', seats: 7 }));
  const assembly = value(
    await run(createCongress, { organizationId: union, name: '会员大会', form: 'MEMBERS_ASSEMBLY' }),
  );
  const assemblyTerm = value(
    await run(openTerm, { congressId: assembly.id, startsOn: '2024-03-01', years: 5 }),
  );
  /** An election of `organizationId` (the county by default) drafted with `over`. */
  const election = (over: Partial<Parameters<typeof draftElection>[1]> & { organizationId?: string }) =>
    value(
      draftElection(`e-${++n}`, {
        organizationId: county,
        title: '选举',
        body: 'COMMITTEE',
        seats: 1,
        contested: false,
        ...over,
      }),
    );
  const check = async (e: Election) => {
    const r = await run(checkElectionChain, e);
    return r.ok ? 'OK' : { code: r.error.code, path: r.error.path };
  };
  const positions = () => store.transaction((uow) => uow.congresses.positionsOf(committee.id));
  /** Appoints member `i` to the committee from `startsOn` (to `endsOn`) in `role`. */
  const appoint = (
    i: number,
    startsOn: string,
    endsOn: string | null = null,
    role: PositionRole = 'MEMBER',
  ) =>
    run(appointPosition, {
      committeeId: committee.id,
      memberId: members[i] as string,
      role,
      startsOn,
      endsOn,
    });
  return {
    appoint,
    store,
    env,
    run,
    county,
    other,
    union,
    members,
    stranger,
    congress,
    term,
    unit,
    committee,
    standing,
    assemblyTerm,
    election,
    check,
    positions,
  };
}

/** A candidacy of `election` for `memberId` (null: someone outside the registry). */
function candidacy(election: Election, id: string, memberId: string | null): Candidacy {
  return {
    id,
    electionId: election.id,
    memberId,
    name: memberId ?? id,
    status: 'NOMINATED',
    attributes: { membershipStatus: 'ACTIVE', foreignStaff: false, employerRole: null },
    delegate: { frontLine: true, manager: false, unionWorker: false, modelWorker: true },
  };
}

/**
 * Certifies round `id`, a first round of a committee election of the world's committee that elected
 * members `indices` (candidacies `c-<i>`), through `seatElected`.
 */
function seatCommitteeRound(w: Awaited<ReturnType<typeof world>>, id: string, indices: readonly number[]) {
  const e = { ...w.election({ seats: indices.length, contested: true, committeeId: w.committee.id }), id };
  const cs = indices.map((i) => candidacy(e, `c-${i}`, w.members[i] as string));
  return w.run(seatElected, {
    election: counted(
      e,
      cs.map((c) => c.id),
    ),
    candidacies: cs,
  });
}

/** `election` counted (or certified) with `elected` and `unfilledSeats`. */
function counted(
  election: Election,
  elected: readonly string[],
  unfilledSeats = 0,
  status: Election['status'] = 'CERTIFIED',
): Election {
  const result = { status: 'COMPLETE', elected, tied: [], unfilledSeats } as unknown as Election['result'];
  return { ...election, status, result };
}

describe('checkElectionChain reads the congress and its committees', () => {
  it('accepts a delegates election in the term’s unit, a committee election at the committee’s 11 seats, a chair election naming the committee', async () => {
    const w = await world();
    expect(await w.check(w.election({ body: 'DELEGATES', termId: w.term.id, unitId: w.unit.id }))).toBe('OK');
    expect(
      await w.check(
        w.election({ seats: 11, contested: true, termId: w.term.id, committeeId: w.committee.id }),
      ),
    ).toBe('OK');
    expect(await w.check(w.election({ body: 'CHAIR', committeeId: w.committee.id }))).toBe('OK');
  });

  it('refuses 12 seats for a committee of 11', async () => {
    const w = await world();
    expect(await w.check(w.election({ seats: 12, contested: true, committeeId: w.committee.id }))).toEqual({
      code: 'ELECTION_CHAIN_INVALID',
      path: ['seats'],
    });
  });

  it('refuses an unknown term, a term followed by another, and another organization’s term', async () => {
    const w = await world();
    expect(await w.check(w.election({ termId: 'nope' }))).toEqual({
      code: 'CONGRESS_TERM_NOT_FOUND',
      path: ['termId'],
    });
    expect(await w.check(w.election({ organizationId: w.union, termId: w.term.id }))).toEqual({
      code: 'ELECTION_CHAIN_INVALID',
      path: ['termId'],
    });
    value(await w.run(openTerm, { congressId: w.congress.id, startsOn: '2026-11-01', years: 5 }));
    expect(await w.check(w.election({ termId: w.term.id }))).toEqual({
      code: 'CONGRESS_TERM_NOT_CURRENT',
      path: ['termId'],
    });
  });

  it('refuses a members’ assembly’s term: every member votes there', async () => {
    const w = await world();
    expect(await w.check(w.election({ organizationId: w.union, termId: w.assemblyTerm.id }))).toEqual({
      code: 'CONGRESS_NOT_DELEGATES',
      path: ['termId'],
    });
  });

  it('refuses a delegates election in no unit, or in a unit of no such congress, when the congress has units', async () => {
    const w = await world();
    for (const unitId of [null, 'nope']) {
      expect(await w.check(w.election({ body: 'DELEGATES', termId: w.term.id, unitId }))).toEqual({
        code: 'CONGRESS_UNIT_NOT_FOUND',
        path: ['unitId'],
      });
    }
  });

  it('refuses an unknown committee, another organization’s, and a committee of the other kind', async () => {
    const w = await world();
    expect(await w.check(w.election({ committeeId: 'nope' }))).toEqual({
      code: 'COMMITTEE_NOT_FOUND',
      path: ['committeeId'],
    });
    expect(await w.check(w.election({ organizationId: w.other, committeeId: w.committee.id }))).toEqual({
      code: 'COMMITTEE_NOT_FOUND',
      path: ['committeeId'],
    });
    expect(await w.check(w.election({ committeeId: w.standing.id }))).toEqual({
      code: 'ELECTION_CHAIN_INVALID',
      path: ['committeeId'],
    });
    expect(await w.check(w.election({ body: 'STANDING_COMMITTEE', committeeId: w.standing.id }))).toBe('OK');
  });
});

describe('nominations of an election whose result takes seats', () => {
  it('refuses someone outside the registry in a chained election, and takes them in one chained to nothing', async () => {
    const w = await world();
    const attributes = { membershipStatus: 'ACTIVE', foreignStaff: false, employerRole: null } as const;
    const outsider = { memberId: null, name: '王外', attributes };
    const chained = { ...w.election({ committeeId: w.committee.id }), status: 'NOMINATIONS' as const };
    expect(nominate(chained, [], 'c-1', outsider)).toMatchObject({
      ok: false,
      error: { code: 'CANDIDATE_NOT_MEMBER', path: ['memberId'] },
    });
    const delegates = {
      ...w.election({ body: 'DELEGATES', termId: w.term.id, unitId: w.unit.id }),
      status: 'NOMINATIONS' as const,
    };
    expect(nominate(delegates, [], 'c-1', outsider)).toMatchObject({
      ok: false,
      error: { code: 'CANDIDATE_NOT_MEMBER' },
    });
    const free = { ...w.election({}), status: 'NOMINATIONS' as const };
    expect(nominate(free, [], 'c-1', outsider)).toMatchObject({
      ok: true,
      value: { memberId: null, name: '王外' },
    });
  });
});

describe('seatElected', () => {
  it('seats nobody for an election chained to nothing, whoever it elected (a write-in too)', async () => {
    const w = await world();
    const e = counted(w.election({}), ['李四']);
    expect(await w.run(seatElected, { election: e, candidacies: [] })).toMatchObject({
      ok: true,
      value: { delegates: 0, positions: 0 },
    });
  });

  it('adds each elected member as a delegate of the term and unit from today, with the nomination’s attributes', async () => {
    const w = await world();
    const e = w.election({ body: 'DELEGATES', seats: 2, termId: w.term.id, unitId: w.unit.id });
    const cs = [candidacy(e, 'c-1', w.members[0] as string), candidacy(e, 'c-2', w.members[1] as string)];
    const seated = await w.run(seatElected, { election: counted(e, ['c-1', 'c-2']), candidacies: cs });
    expect(seated).toMatchObject({ ok: true, value: { delegates: 2, positions: 0 } });
    const delegates = await w.store.transaction((uow) => uow.congresses.delegatesOf(w.term.id));
    expect(
      delegates.map((d) => [d.memberId, d.unitId, d.since, d.frontLine, d.modelWorker, d.status]),
    ).toEqual([
      [w.members[0], w.unit.id, TODAY, true, true, 'SERVING'],
      [w.members[1], w.unit.id, TODAY, true, true, 'SERVING'],
    ]);
  });

  it('refuses an elected member outside the unit through the congress’s own rule', async () => {
    const w = await world();
    const e = w.election({ body: 'DELEGATES', termId: w.term.id, unitId: w.unit.id });
    const seated = await w.run(seatElected, {
      election: counted(e, ['c-1']),
      candidacies: [candidacy(e, 'c-1', w.stranger)],
    });
    expect(seated).toMatchObject({ ok: false, error: { code: 'CONGRESS_DELEGATE_NOT_IN_UNIT' } });
  });

  it('refuses an elected write-in and an elected outsider of a chained election, naming them, and seats nobody', async () => {
    const w = await world();
    const e = w.election({ seats: 2, contested: true, committeeId: w.committee.id });
    const cs = [candidacy(e, 'c-1', w.members[0] as string), candidacy(e, 'c-2', null)];
    for (const [elected, named] of [
      [['c-1', '王写'], '王写 (written in)'],
      [['c-2'], 'c-2'],
    ] as const) {
      const seated = await w.run(seatElected, { election: counted(e, elected), candidacies: cs });
      expect(seated).toMatchObject({
        ok: false,
        error: { code: 'ELECTION_ELECTED_NOT_MEMBER', path: ['electionId'] },
      });
      expect(seated.ok ? '' : seated.error.message).toContain(
        `${named} was elected but is no registered member`,
      );
    }
    expect(await w.positions()).toEqual([]);
  });

  it('a committee’s first round ends the open positions held yesterday and seats those elected from today; a further round only adds', async () => {
    const w = await world();
    value(await w.appoint(5, '2024-03-01'));
    value(await w.appoint(6, '2024-03-01', '2026-12-31'));
    value(await w.appoint(7, '2026-12-01'));
    expect(await seatCommitteeRound(w, 'e-first', [0, 1])).toMatchObject({
      ok: true,
      value: { delegates: 0, positions: 2 },
    });
    const first = w.election({ seats: 2, contested: true, committeeId: w.committee.id });
    const further = { ...counted(first, ['c-3']), id: 'e-further', roundKind: 'FURTHER' as const, round: 2 };
    const more = [candidacy(further, 'c-3', w.members[2] as string)];
    expect(await w.run(seatElected, { election: further, candidacies: more })).toMatchObject({
      ok: true,
      value: { positions: 1 },
    });
    const held = (await w.positions()).map((p) => [p.memberId, p.role, p.startsOn, p.endsOn]);
    expect(held).toEqual([
      [w.members[5], 'MEMBER', '2024-03-01', YESTERDAY],
      [w.members[6], 'MEMBER', '2024-03-01', '2026-12-31'],
      [w.members[7], 'MEMBER', '2026-12-01', null],
      [w.members[0], 'MEMBER', TODAY, null],
      [w.members[1], 'MEMBER', TODAY, null],
      [w.members[2], 'MEMBER', TODAY, null],
    ]);
  });

  it('a committee re-elected: positions seated yesterday end yesterday, those seated today are rescinded, never reversed', async () => {
    const w = await world();
    value(await w.appoint(5, YESTERDAY));
    expect(await seatCommitteeRound(w, 'e-first', [0, 1])).toMatchObject({
      ok: true,
      value: { positions: 2 },
    });
    // Re-elected the same day: member 1 again, member 2 instead of member 0.
    expect(await seatCommitteeRound(w, 'e-again', [1, 2])).toMatchObject({
      ok: true,
      value: { positions: 2 },
    });
    const held = (await w.positions()).map((p) => [p.memberId, p.role, p.startsOn, p.endsOn]);
    expect(held).toEqual([
      [w.members[5], 'MEMBER', YESTERDAY, YESTERDAY],
      [w.members[1], 'MEMBER', TODAY, null],
      [w.members[2], 'MEMBER', TODAY, null],
    ]);
  });

  it('a chair election: a member since before today becomes chair from today, one seated today changes role, a sitting chair stays', async () => {
    const w = await world();
    value(await w.appoint(0, '2024-03-01'));
    value(await w.appoint(1, TODAY));
    const chair = w.election({ body: 'CHAIR', committeeId: w.committee.id });
    const c0 = [candidacy(chair, 'c-0', w.members[0] as string)];
    expect(await w.run(seatElected, { election: counted(chair, ['c-0']), candidacies: c0 })).toMatchObject({
      ok: true,
      value: { positions: 1 },
    });
    expect(await w.run(seatElected, { election: counted(chair, ['c-0']), candidacies: c0 })).toMatchObject({
      ok: true,
      value: { positions: 0 },
    });
    const vice = w.election({ body: 'VICE_CHAIR', committeeId: w.committee.id });
    const c1 = [candidacy(vice, 'c-1', w.members[1] as string)];
    expect(await w.run(seatElected, { election: counted(vice, ['c-1']), candidacies: c1 })).toMatchObject({
      ok: true,
      value: { positions: 1 },
    });
    const held = (await w.positions()).map((p) => [p.memberId, p.role, p.startsOn, p.endsOn]);
    expect(held).toEqual([
      [w.members[0], 'MEMBER', '2024-03-01', YESTERDAY],
      [w.members[1], 'VICE_CHAIR', TODAY, null],
      [w.members[0], 'CHAIR', TODAY, null],
    ]);
  });
});

// Delegates serve for the term (常任制, RULES.md "Congresses and delegates"): within a term a unit's
// delegates' election fills vacant seats only (a by-election, 补选), and a member is on a term's roll
// once. So a unit that seated its delegates today and elects again the same day can neither ask for
// more seats than are vacant nor nominate the same members again: both refused before anyone votes.
describe('a unit’s delegates elected again the day they were seated', () => {
  /**
   * The world with its term's 45 seats apportioned: `seats` to the union's unit, the rest to a second
   * unit (another union of one member); or, with `seats` null, not apportioned.
   */
  async function units(seats: number | null) {
    const w = await world();
    const org = {
      name: '石矿工会',
      kind: 'GRASSROOTS_UNION',
      level: 'GRASSROOTS',
      parentId: w.county,
    } as const;
    const second = value(await w.run(createOrganization, org)).id;
    const first17 = '33020319900101121';
    const idNumber = first17 + idCheckCharacter(first17);
    value(
      await w.run(registerMember, {
        organizationId: second,
        name: '会员10',
        idNumber,
        joinedOn: '2020-01-01',
      }),
    );
    value(
      await w.run(createElectoralUnit, {
        congressId: w.congress.id,
        name: '石矿工会',
        organizationIds: [second],
      }),
    );
    if (seats !== null) {
      const only = { unitId: w.unit.id, min: seats, max: seats };
      value(
        await w.run(apportionDelegateSeats, { congressId: w.congress.id, cutoffDate: TODAY, units: [only] }),
      );
    }
    /** A first-round delegates' election of the union's unit for `n` seats. */
    const delegates = (n: number) =>
      w.election({ body: 'DELEGATES', seats: n, termId: w.term.id, unitId: w.unit.id });
    /** Certifies a delegates' election of the union's unit that elected members `indices`. */
    const seat = (indices: readonly number[]) => {
      const e = delegates(indices.length);
      const cs = indices.map((i) => candidacy(e, `c-${i}`, w.members[i] as string));
      return w.run(seatElected, {
        election: counted(
          e,
          cs.map((c) => c.id),
        ),
        candidacies: cs,
      });
    };
    const serving = async () =>
      (await w.store.transaction((uow) => uow.congresses.delegatesOf(w.term.id))).filter(
        (d) => d.status === 'SERVING',
      );
    const replace = async (memberId: string | undefined) => {
      const delegate = (await serving()).find((d) => d.memberId === memberId);
      value(
        await w.run(changeDelegateStatus, {
          delegateId: delegate?.id as string,
          status: 'REPLACED',
          date: TODAY,
        }),
      );
    };
    /** Whether the world's member `i` may be nominated in `e`. */
    const nominee = async (e: Election, memberId: string | null) => {
      const r = await w.run(checkDelegateNominee, { election: e, memberId });
      return r.ok ? 'OK' : { code: r.error.code, path: r.error.path, message: r.error.message };
    };
    return { ...w, delegates, seat, serving, replace, nominee };
  }

  it('a unit apportioned 3 seats that seated 2 today drafts a by-election for 1 seat, not for 2', async () => {
    const w = await units(3);
    expect(await w.seat([0, 1])).toMatchObject({ ok: true, value: { delegates: 2 } });
    expect(await w.check(w.delegates(1))).toBe('OK');
    expect(await w.check(w.delegates(2))).toEqual({ code: 'ELECTION_CHAIN_INVALID', path: ['seats'] });
    const two = await w.run(checkElectionChain, w.delegates(2));
    expect(two.ok ? '' : two.error.message).toContain(
      "the unit '石材工会' has 3 seats and 2 serving delegates: a delegates' election of the term fills at most 1",
    );
    expect(two.ok ? null : two.error.details).toEqual({ seats: 2, vacant: 1 });
  });

  it('all 3 seated: even one seat is refused; one replaced today frees one again', async () => {
    const w = await units(3);
    value(await w.seat([0, 1, 2]));
    expect(await w.check(w.delegates(1))).toEqual({ code: 'ELECTION_CHAIN_INVALID', path: ['seats'] });
    await w.replace(w.members[0]);
    expect(await w.check(w.delegates(1))).toBe('OK');
  });

  it('not apportioned: the congress’s vacant seats bound it, 45 seats with 2 serving take 43, not 44', async () => {
    const w = await units(null);
    value(await w.seat([0, 1]));
    expect(await w.check(w.delegates(43))).toBe('OK');
    const over = await w.run(checkElectionChain, w.delegates(44));
    expect(over.ok ? null : over.error.details).toEqual({ seats: 44, vacant: 43 });
  });

  it('a member seated today cannot be nominated again in the term, nor one replaced today; another member can', async () => {
    const w = await units(null);
    value(await w.seat([0, 1]));
    const again = w.delegates(1);
    expect(await w.nominee(again, w.members[1] as string)).toEqual({
      code: 'CONGRESS_DELEGATE_ALREADY',
      path: ['memberId'],
      message: expect.stringContaining(`serving since ${TODAY}`),
    });
    expect(await w.nominee(again, w.members[2] as string)).toBe('OK');
    await w.replace(w.members[0]);
    expect(await w.nominee(again, w.members[0] as string)).toMatchObject({
      code: 'CONGRESS_DELEGATE_ALREADY',
    });
    // Someone outside the registry, or an election that elects no delegates, is not checked against the roll.
    expect(await w.nominee(again, null)).toBe('OK');
    expect(await w.nominee(w.election({ committeeId: w.committee.id }), w.members[1] as string)).toBe('OK');
  });

  it('certifying the same members again is still refused by the congress’s own rule', async () => {
    const w = await units(null);
    value(await w.seat([0, 1]));
    expect(await w.seat([1])).toMatchObject({ ok: false, error: { code: 'CONGRESS_DELEGATE_ALREADY' } });
    expect((await w.serving()).map((d) => d.memberId)).toEqual([w.members[0], w.members[1]]);
  });
});

describe('an elected write-in of a chained election', () => {
  const attributes = { membershipStatus: 'ACTIVE', foreignStaff: false, employerRole: null } as const;
  /** A counted committee election of 2 seats that elected c-1 and the write-in `written`, with c-2 not elected. */
  const round = (w: Awaited<ReturnType<typeof world>>, written: string, committeeId: string | null) => {
    const e = w.election({ seats: 2, contested: true, committeeId });
    const cs = [candidacy(e, 'c-1', w.members[0] as string), candidacy(e, 'c-2', w.members[1] as string)];
    return { e: counted(e, ['c-1', written], 0, 'COUNTED'), cs };
  };
  /** The identity of member `i` (named 会员i), as the store gives it from the registry. */
  const identity = (w: Awaited<ReturnType<typeof world>>, i: number, over: object = {}) => ({
    memberId: w.members[i] as string,
    name: `会员${i}`,
    attributes,
    ...over,
  });

  it('identified as an eligible member whose registered name is the one written in, takes the seat', async () => {
    const w = await world();
    const { e, cs } = round(w, '会员3', w.committee.id);
    const identified = identifyWriteIn(e, cs, 'w-1', '会员3', identity(w, 3));
    expect(identified).toMatchObject({
      ok: true,
      value: { id: 'w-1', memberId: w.members[3], name: '会员3', status: 'WRITTEN_IN' },
    });
    const all = [...cs, value(identified)];
    expect(await w.run(seatElected, { election: e, candidacies: all })).toMatchObject({
      ok: true,
      value: { positions: 2 },
    });
    expect((await w.positions()).map((p) => p.memberId).sort()).toEqual([w.members[0], w.members[3]].sort());
    // Seated: nothing left for a further round.
    expect(nextRoundOf({ ...e, status: 'CERTIFIED' }, all)).toBeNull();
  });

  it('in a delegates election: identified with the delegate facts given, the write-in joins the term in the unit', async () => {
    const w = await world();
    const e = w.election({ body: 'DELEGATES', seats: 2, termId: w.term.id, unitId: w.unit.id });
    const cs = [candidacy(e, 'c-1', w.members[0] as string)];
    const delegate = { frontLine: false, manager: true, unionWorker: false, modelWorker: false };
    const elected = counted(e, ['c-1', '会员3'], 0, 'COUNTED');
    const written = value(identifyWriteIn(elected, cs, 'w-1', '会员3', identity(w, 3, { delegate })));
    expect(await w.run(seatElected, { election: elected, candidacies: [...cs, written] })).toMatchObject({
      ok: true,
      value: { delegates: 2 },
    });
    const delegates = await w.store.transaction((uow) => uow.congresses.delegatesOf(w.term.id));
    expect(delegates.map((d) => [d.memberId, d.unitId, d.manager])).toEqual([
      [w.members[0], w.unit.id, false],
      [w.members[3], w.unit.id, true],
    ]);
  });

  it('refuses another name, a name the round did not elect as a write-in, twice, and a member already standing', async () => {
    const w = await world();
    const { e, cs } = round(w, '会员3', w.committee.id);
    const code = (r: { ok: boolean; error?: { code: string } }) => (r.ok ? 'OK' : r.error?.code);
    expect(code(identifyWriteIn(e, cs, 'w-1', '会员3', identity(w, 4)))).toBe('ELECTION_WRITE_IN_MISMATCH');
    expect(code(identifyWriteIn(e, cs, 'w-1', '王五', identity(w, 3, { name: '王五' })))).toBe(
      'ELECTION_WRITE_IN_UNKNOWN',
    );
    expect(code(identifyWriteIn(e, cs, 'w-1', 'c-1', identity(w, 3, { name: 'c-1' })))).toBe(
      'ELECTION_WRITE_IN_UNKNOWN',
    );
    const once = value(identifyWriteIn(e, cs, 'w-1', '会员3', identity(w, 3)));
    expect(code(identifyWriteIn(e, [...cs, once], 'w-2', '会员3', identity(w, 3)))).toBe(
      'ELECTION_WRITE_IN_UNKNOWN',
    );
    const both = round(w, '会员0', w.committee.id);
    expect(code(identifyWriteIn(both.e, both.cs, 'w-1', '会员0', identity(w, 0)))).toBe(
      'CANDIDATE_ALREADY_NOMINATED',
    );
  });

  it('checks eligibility exactly as a nomination does', async () => {
    const w = await world();
    const { e, cs } = round(w, '会员3', w.committee.id);
    for (const [over, expected] of [
      [{ membershipStatus: 'RETAINED' }, 'CANDIDATE_RETAINED'],
      [{ foreignStaff: true }, 'CANDIDATE_FOREIGN_STAFF'],
      [{ employerRole: 'HR_HEAD' }, 'CANDIDATE_HR_HEAD'],
      [{ closeRelativeOf: 'LEGAL_REPRESENTATIVE' }, 'CANDIDATE_EMPLOYER_RELATIVE'],
    ] as const) {
      const who = identity(w, 3, { attributes: { ...attributes, ...over } });
      const nominated = nominate({ ...e, status: 'NOMINATIONS', result: null }, cs, 'n-1', who);
      expect(nominated).toMatchObject({ ok: false, error: { code: expected } });
      expect(identifyWriteIn(e, cs, 'w-1', '会员3', who)).toMatchObject({
        ok: false,
        error: { code: expected, path: ['memberId'] },
      });
    }
  });

  it('declared no member (or not eligible): certification seats the others, the seat goes to a further round', async () => {
    const w = await world();
    const { e, cs } = round(w, '王写', w.committee.id);
    const unseated = value(identifyWriteIn(e, cs, 'w-1', '王写', null));
    expect(unseated).toMatchObject({ memberId: null, name: '王写', status: 'WRITTEN_IN' });
    const all = [...cs, unseated];
    expect(await w.run(seatElected, { election: e, candidacies: all })).toMatchObject({
      ok: true,
      value: { positions: 1 },
    });
    expect(nextRoundOf({ ...e, status: 'CERTIFIED' }, all)).toEqual({
      kind: 'FURTHER',
      seats: 1,
      candidacyIds: ['c-2'],
    });
    // Not identified at all: still refused, saying how to go on.
    const refused = await w.run(seatElected, { election: e, candidacies: cs });
    expect(refused).toMatchObject({ ok: false, error: { code: 'ELECTION_ELECTED_NOT_MEMBER' } });
  });

  it('is refused for an election chained to nothing (it seats nobody) and outside certification', async () => {
    const w = await world();
    const free = round(w, '会员3', null);
    expect(identifyWriteIn(free.e, free.cs, 'w-1', '会员3', identity(w, 3))).toMatchObject({
      ok: false,
      error: { code: 'ELECTION_STEP_NOT_ALLOWED' },
    });
    const { e, cs } = round(w, '会员3', w.committee.id);
    expect(identifyWriteIn({ ...e, status: 'CERTIFIED' }, cs, 'w-1', '会员3', identity(w, 3))).toMatchObject({
      ok: false,
      error: { code: 'ELECTION_STEP_NOT_ALLOWED' },
    });
  });
});

describe('rescindPosition', () => {
  it('removes only an open position that began that day: one from yesterday or one ended is refused', async () => {
    const w = await world();
    const fromYesterday = value(await w.appoint(0, YESTERDAY));
    const endedToday = value(await w.appoint(1, TODAY, TODAY));
    const fromToday = value(await w.appoint(2, TODAY));
    for (const p of [fromYesterday, endedToday]) {
      expect(await w.run(rescindPosition, { positionId: p.id, on: TODAY })).toMatchObject({
        ok: false,
        error: { code: 'POSITION_NOT_RESCINDABLE', path: ['positionId'] },
      });
    }
    expect(await w.run(rescindPosition, { positionId: fromToday.id, on: TODAY })).toMatchObject({
      ok: true,
      changes: [{ type: 'committee.positionRescinded', before: fromToday }],
    });
    expect((await w.positions()).map((p) => p.id)).toEqual([fromYesterday.id, endedToday.id]);
  });
});

describe('reduceCommitteeSeats', () => {
  /** A counted first round of 11 seats for the committee with `elected` members elected. */
  const round = (w: Awaited<ReturnType<typeof world>>, elected: number, committeeId: string | null) =>
    counted(
      w.election({ seats: 11, contested: true, committeeId }),
      Array.from({ length: elected }, (_, i) => `c-${i}`),
      11 - elected,
      'COUNTED',
    );
  const seats = async (w: Awaited<ReturnType<typeof world>>) =>
    (await w.store.transaction((uow) => uow.congresses.findCommittee(w.committee.id)))?.seats;

  it('reduces the election’s seats and the committee’s to the 9 elected (320 members: 7–15, odd)', async () => {
    const w = await world();
    const reduced = await w.run(reduceCommitteeSeats, {
      election: round(w, 9, w.committee.id),
      electedSoFar: 9,
    });
    expect(reduced).toMatchObject({ ok: true, value: { seats: 11, reducedSeats: 9 } });
    expect(await seats(w)).toBe(9);
  });

  it('refuses 8 (even) and 6 (below 7), leaving the committee at 11', async () => {
    const w = await world();
    for (const n of [8, 6]) {
      const refused = await w.run(reduceCommitteeSeats, {
        election: round(w, n, w.committee.id),
        electedSoFar: n,
      });
      expect(refused).toMatchObject({ ok: false, error: { code: 'ELECTION_SEATS_NOT_REDUCIBLE' } });
    }
    expect(await seats(w)).toBe(11);
  });

  it('refuses 7: the union committee must stay larger than its standing committee of 7', async () => {
    const w = await world();
    const refused = await w.run(reduceCommitteeSeats, {
      election: round(w, 7, w.committee.id),
      electedSoFar: 7,
    });
    expect(refused).toMatchObject({ ok: false, error: { code: 'ELECTION_SEATS_NOT_REDUCIBLE' } });
    expect(refused.ok ? '' : refused.error.message).toContain('standing committee of 7');
    expect(await seats(w)).toBe(11);
  });

  it('leaves every committee alone when the election fills none', async () => {
    const w = await world();
    const reduced = await w.run(reduceCommitteeSeats, { election: round(w, 9, null), electedSoFar: 9 });
    expect(reduced).toMatchObject({ ok: true, value: { reducedSeats: 9 }, changes: [] });
    expect(await seats(w)).toBe(11);
  });
});
