import { describe, expect, it } from 'vitest';
import {
  type Activity,
  type ActivityDraft,
  checkActivityDraft,
  checkActivityEligibility,
  checkEnrollmentWindow,
  type Enrollment,
  promoteFromWaitingList,
  waitingPosition,
} from '../src/activity/activity.js';
import { cancelEnrollment, createActivity, enroll } from '../src/activity/commands.js';
import { person, world } from './support/benefit-world.js';

const draft: ActivityDraft = {
  title: ' 亲子陶艺 ',
  place: '余杭区职工文化中心',
  startsAt: '2018-07-10T09:00:00+08:00',
  endsAt: '2018-07-10T11:00:00+08:00',
  enrollmentOpensAt: '2018-07-01T09:00:00+08:00',
  enrollmentClosesAt: '2018-07-08T00:00:00+08:00',
  places: 3,
};

describe('checkActivityDraft', () => {
  it('normalises texts and instants and fills in the defaults', () => {
    const result = checkActivityDraft(draft);
    expect(result).toEqual({
      ok: true,
      value: expect.objectContaining({
        title: '亲子陶艺',
        description: '',
        startsAt: '2018-07-10T01:00:00.000Z',
        enrollmentOpensAt: '2018-07-01T01:00:00.000Z',
        placesPerMember: 1,
        waitingList: true,
        eligibility: 'SUBTREE_MEMBERS',
      }),
    });
  });

  it.each([
    [
      'a reversed window',
      { enrollmentOpensAt: draft.enrollmentClosesAt, enrollmentClosesAt: draft.enrollmentOpensAt },
      'ACTIVITY_WINDOW_INVALID',
    ],
    [
      'an empty window (opens = closes)',
      { enrollmentClosesAt: draft.enrollmentOpensAt },
      'ACTIVITY_WINDOW_INVALID',
    ],
    [
      'a window closing after the end',
      { enrollmentClosesAt: '2018-07-10T11:00:00.001+08:00' },
      'ACTIVITY_WINDOW_INVALID',
    ],
    ['a reversed time', { endsAt: draft.startsAt }, 'ACTIVITY_TIME_INVALID'],
    ['a date without time', { startsAt: '2018-07-10' }, 'ACTIVITY_TIME_INVALID'],
    ['no places', { places: 0 }, 'ACTIVITY_PLACES_INVALID'],
    ['100,001 places', { places: 100_001 }, 'ACTIVITY_PLACES_INVALID'],
    ['fractional places', { places: 2.5 }, 'ACTIVITY_PLACES_INVALID'],
    ['more places per member than places', { placesPerMember: 4 }, 'ACTIVITY_PLACES_INVALID'],
    ['no places per member', { placesPerMember: 0 }, 'ACTIVITY_PLACES_INVALID'],
    ['a blank title', { title: '  ' }, 'ACTIVITY_TITLE_INVALID'],
    ['a description of 2,001 characters', { description: '陶'.repeat(2001) }, 'ACTIVITY_TEXT_INVALID'],
  ])('refuses %s', (_, change, code) => {
    expect(checkActivityDraft({ ...draft, ...change })).toMatchObject({ ok: false, error: { code } });
  });

  it.each([
    ['a window closing when the activity ends', { enrollmentClosesAt: draft.endsAt }],
    ['100,000 places', { places: 100_000 }],
    ['as many places per member as places', { placesPerMember: 3 }],
    ['a description of 2,000 characters', { description: '陶'.repeat(2000) }],
  ])('accepts %s', (_, change) => {
    expect(checkActivityDraft({ ...draft, ...change }).ok).toBe(true);
  });
});

const activity = (overrides: Partial<Activity> = {}): Activity => {
  const checked = checkActivityDraft(draft);
  if (!checked.ok) throw new Error(checked.error.message);
  return { id: 'a', organizationId: 'county', ...checked.value, ...overrides };
};

describe('checkEnrollmentWindow', () => {
  const opens = Date.parse(draft.enrollmentOpensAt);
  const closes = Date.parse(draft.enrollmentClosesAt);
  it.each([
    [opens - 1, 'ACTIVITY_NOT_OPEN'],
    [opens, null],
    [closes - 1, null],
    [closes, 'ACTIVITY_CLOSED'],
  ])('at %i: %s', (at, code) => {
    const result = checkEnrollmentWindow(activity(), new Date(at));
    expect(result.ok ? null : result.error.code).toBe(code);
  });
});

describe('checkActivityEligibility', () => {
  const facts = {
    memberId: 'm',
    status: 'ACTIVE' as const,
    organizationSelfAndAncestorIds: ['factory', 'county'],
    realName: true,
  };
  it.each([
    ['a live member of the subtree', {}, {}, null],
    ['a retained member', { status: 'RETAINED' as const }, {}, null],
    ['an ended membership', { status: 'ENDED' as const }, {}, 'ACTIVITY_NOT_ELIGIBLE'],
    [
      'a member outside the subtree',
      { organizationSelfAndAncestorIds: ['elsewhere'] },
      {},
      'ACTIVITY_NOT_ELIGIBLE',
    ],
    [
      'a member without real name for a real-name activity',
      { realName: false },
      { eligibility: 'SUBTREE_REAL_NAME_MEMBERS' as const },
      'ACTIVITY_NOT_ELIGIBLE',
    ],
    ['a member without real name for an open activity', { realName: false }, {}, null],
  ])('%s', (_, member, act, code) => {
    const result = checkActivityEligibility(activity(act), { ...facts, ...member });
    expect(result.ok ? null : result.error.code).toBe(code);
  });
});

describe('the waiting list', () => {
  const waiting = (arrival: number, places: number): Enrollment => ({
    id: `e${arrival}`,
    activityId: 'a',
    memberId: `m${arrival}`,
    places,
    status: 'WAITING',
    arrival,
    enrolledAt: '2018-07-01T01:00:00.000Z',
  });

  it('moves up, in arrival order, every waiting member who fits (first fit)', () => {
    // One place: the pair at the head does not fit, the single behind it does.
    expect(promoteFromWaitingList(1, [waiting(9, 1), waiting(7, 2)]).map((e) => e.id)).toEqual(['e9']);
    expect(promoteFromWaitingList(1, [waiting(7, 2), waiting(8, 2)]).map((e) => e.id)).toEqual([]);
    expect(promoteFromWaitingList(2, [waiting(9, 1), waiting(7, 2)]).map((e) => e.id)).toEqual(['e7']);
    expect(promoteFromWaitingList(2, [waiting(7, 2), waiting(8, 1), waiting(9, 1)]).map((e) => e.id)).toEqual(
      ['e7'],
    );
    expect(promoteFromWaitingList(3, [waiting(9, 1), waiting(7, 2)])).toEqual([
      { ...waiting(7, 2), status: 'ENROLLED' },
      { ...waiting(9, 1), status: 'ENROLLED' },
    ]);
    expect(promoteFromWaitingList(3, [waiting(6, 2), waiting(7, 2), waiting(8, 1)]).map((e) => e.id)).toEqual(
      ['e6', 'e8'],
    );
    expect(promoteFromWaitingList(0, [waiting(1, 1)])).toEqual([]);
  });

  it('numbers waiting positions from 1', () => {
    const list = [waiting(4, 1), waiting(6, 1), waiting(9, 1)];
    expect(list.map((e) => waitingPosition(e, list))).toEqual([1, 2, 3]);
    expect(waitingPosition({ ...waiting(2, 1), status: 'ENROLLED' }, list)).toBeNull();
  });
});

describe('enroll and cancelEnrollment', () => {
  const open = '2018-07-02T00:00:00Z';
  const members = ['m1', 'm2', 'm3', 'm4', 'm5'].map((id) => person(id, 'kindergarten'));

  async function setUp(overrides: Partial<ActivityDraft> = {}) {
    const w = await world(open, [
      ...members,
      person('outsider', 'elsewhere'),
      person('anonymous', 'factory', { phone: false }),
    ]);
    const created = await w.run(createActivity, { organizationId: 'county', ...draft, ...overrides });
    if (!created.ok) throw new Error(created.error.message);
    return { w, id: created.value.id };
  }

  it('enrols first come, first served, then puts the rest on the waiting list in arrival order', async () => {
    const { w, id } = await setUp();
    const outcomes = [];
    for (const m of members) outcomes.push(await w.run(enroll, { activityId: id, memberId: m.id }));
    expect(
      outcomes.map((o) => o.ok && [o.value.enrollment.status, o.value.enrollment.arrival, o.value.remaining]),
    ).toEqual([
      ['ENROLLED', 1, 2],
      ['ENROLLED', 2, 1],
      ['ENROLLED', 3, 0],
      ['WAITING', 4, 0],
      ['WAITING', 5, 0],
    ]);
  });

  it('refuses a second enrollment of the same member, also from the waiting list', async () => {
    const { w, id } = await setUp({ places: 1 });
    await w.run(enroll, { activityId: id, memberId: 'm1' });
    await w.run(enroll, { activityId: id, memberId: 'm2' });
    for (const memberId of ['m1', 'm2']) {
      expect(await w.run(enroll, { activityId: id, memberId })).toMatchObject({
        ok: false,
        error: { code: 'ACTIVITY_ALREADY_ENROLLED', path: ['memberId'] },
      });
    }
  });

  it('answers ACTIVITY_FULL without a waiting list, storing nothing', async () => {
    const { w, id } = await setUp({ places: 1, waitingList: false });
    await w.run(enroll, { activityId: id, memberId: 'm1' });
    const full = await w.run(enroll, { activityId: id, memberId: 'm2' });
    expect(full).toMatchObject({
      ok: false,
      error: { code: 'ACTIVITY_FULL', details: { places: 1, taken: 1 } },
    });
    expect(w.activities.enrollmentsOf(id).map((e) => e.memberId)).toEqual(['m1']);
  });

  it('refuses enrolling outside the window, someone ineligible, too many places and unknown ids', async () => {
    const { w, id } = await setUp({ eligibility: 'SUBTREE_REAL_NAME_MEMBERS', placesPerMember: 2 });
    const code = async (input: Parameters<typeof enroll>[2]) => {
      const r = await w.run(enroll, input);
      return r.ok ? null : r.error.code;
    };
    expect(await code({ activityId: id, memberId: 'outsider' })).toBe('ACTIVITY_NOT_ELIGIBLE');
    expect(await code({ activityId: id, memberId: 'anonymous' })).toBe('ACTIVITY_NOT_ELIGIBLE');
    expect(await code({ activityId: id, memberId: 'm1', places: 3 })).toBe('ACTIVITY_PLACES_INVALID');
    expect(await code({ activityId: id, memberId: 'nobody' })).toBe('MEMBER_NOT_FOUND');
    expect(await code({ activityId: 'nothing', memberId: 'm1' })).toBe('ACTIVITY_NOT_FOUND');
    w.at('2018-07-01T00:59:59.999Z');
    expect(await code({ activityId: id, memberId: 'm1' })).toBe('ACTIVITY_NOT_OPEN');
    w.at('2018-07-07T16:00:00.000Z');
    expect(await code({ activityId: id, memberId: 'm1' })).toBe('ACTIVITY_CLOSED');
    expect(w.activities.enrollmentsOf(id)).toEqual([]);
  });

  it('gives a cancelled place to the first waiting member', async () => {
    const { w, id } = await setUp({ places: 2 });
    for (const m of members) await w.run(enroll, { activityId: id, memberId: m.id });
    const cancelled = await w.run(cancelEnrollment, { activityId: id, memberId: 'm1' });
    expect(cancelled.ok && cancelled.value.promoted.map((e) => e.memberId)).toEqual(['m3']);
    expect(cancelled.ok && cancelled.value.remaining).toBe(0);
    const statuses = Object.fromEntries(w.activities.enrollmentsOf(id).map((e) => [e.memberId, e.status]));
    expect(statuses).toEqual({
      m1: 'CANCELLED',
      m2: 'ENROLLED',
      m3: 'ENROLLED',
      m4: 'WAITING',
      m5: 'WAITING',
    });
    // Leaving the waiting list frees nothing and moves nobody up.
    const left = await w.run(cancelEnrollment, { activityId: id, memberId: 'm4' });
    expect(left.ok && left.value.promoted).toEqual([]);
    // The cancelled member may enrol again, at the end of the queue.
    const again = await w.run(enroll, { activityId: id, memberId: 'm1' });
    expect(again.ok && again.value.enrollment).toMatchObject({ status: 'WAITING', arrival: 6 });
  });

  it('keeps places per member: a waiting pair moves up only when two places are free', async () => {
    const { w, id } = await setUp({ places: 3, placesPerMember: 2 });
    const take = (memberId: string, places: number) => w.run(enroll, { activityId: id, memberId, places });
    expect((await take('m1', 2)).ok && 'ENROLLED').toBe('ENROLLED');
    const pair = await take('m2', 2);
    expect(pair.ok && pair.value.enrollment.status).toBe('WAITING');
    const single = await take('m3', 1);
    expect(single.ok && single.value.enrollment.status).toBe('ENROLLED');
    const out = await w.run(cancelEnrollment, { activityId: id, memberId: 'm3' });
    expect(out.ok && out.value.promoted).toEqual([]);
    const freed = await w.run(cancelEnrollment, { activityId: id, memberId: 'm1' });
    expect(freed.ok && freed.value.promoted.map((e) => e.memberId)).toEqual(['m2']);
    expect(freed.ok && freed.value.remaining).toBe(1);
  });

  it('refuses cancelling once the activity started, or without an enrollment', async () => {
    const { w, id } = await setUp();
    await w.run(enroll, { activityId: id, memberId: 'm1' });
    expect(await w.run(cancelEnrollment, { activityId: id, memberId: 'm2' })).toMatchObject({
      ok: false,
      error: { code: 'ENROLLMENT_NOT_FOUND' },
    });
    w.at('2018-07-10T01:00:00.000Z');
    expect(await w.run(cancelEnrollment, { activityId: id, memberId: 'm1' })).toMatchObject({
      ok: false,
      error: { code: 'ACTIVITY_CLOSED' },
    });
  });
});

// RULES.md "Benefits and activities": first come, first served, with a waiting list that moves up
// when someone cancels. With places per member above one, a request that does not fit keeps its
// place in the queue while later, smaller ones that fit are served (first fit), on arrival and on
// moving up alike: no place stays free while a waiting member fits in it, and a newcomer never
// takes a place an earlier waiting member could have had.
describe('first come, first served with places per member', () => {
  it('serves the earliest request that fits, on arrival and when places free up', async () => {
    const members = ['m1', 'm2', 'm3', 'm4', 'm5', 'm6'].map((id) => person(id, 'kindergarten'));
    const w = await world('2018-07-02T00:00:00Z', members);
    const created = await w.run(createActivity, {
      organizationId: 'county',
      ...draft,
      placesPerMember: 2,
    });
    if (!created.ok) throw new Error(created.error.message);
    const id = created.value.id;
    const take = async (memberId: string, places: number) => {
      const r = await w.run(enroll, { activityId: id, memberId, places });
      return r.ok ? r.value.enrollment.status : r.error.code;
    };
    const cancel = async (memberId: string) => {
      const r = await w.run(cancelEnrollment, { activityId: id, memberId });
      if (!r.ok) throw new Error(r.error.message);
      return { promoted: r.value.promoted.map((e) => e.memberId), remaining: r.value.remaining };
    };
    expect(await take('m1', 2)).toBe('ENROLLED'); // 1 place left
    expect(await take('m2', 2)).toBe('WAITING'); // a pair does not fit
    expect(await take('m3', 1)).toBe('ENROLLED'); // a single does: full
    expect(await take('m4', 1)).toBe('WAITING'); // behind m2
    // m3 cancels: one place, the pair at the head does not fit, m4 behind it does and moves up.
    expect(await cancel('m3')).toEqual({ promoted: ['m4'], remaining: 0 });
    // m5 arrives last, wanting one place: none is free, it waits (m4, earlier, had it).
    expect(await take('m5', 1)).toBe('WAITING');
    // m1 cancels two places: the pair at the head moves up first and takes both; m5 still waits.
    expect(await cancel('m1')).toEqual({ promoted: ['m2'], remaining: 0 });
    // m4 cancels one: m5 is the only waiting member and fits.
    expect(await cancel('m4')).toEqual({ promoted: ['m5'], remaining: 0 });
    expect(await take('m6', 1)).toBe('WAITING');
  });
});
