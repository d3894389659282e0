// RULES.md "Benefits and activities": first come, first served, with a waiting list that moves up
// when someone cancels. With places per member above one, a request that does not fit keeps its
// place in the queue while later, smaller ones that fit are served (first fit), on arrival and on
// moving up alike: no place stays free while a waiting member fits in it, and a newcomer never
// takes a place an earlier waiting member could have had.
import { describe, expect, it } from 'vitest';
import type { ActivityDraft } from '../src/activity/activity.js';
import { cancelEnrollment, createActivity, enroll } from '../src/activity/commands.js';
import { person, world } from './support/benefit-world.js';

const draft: ActivityDraft = {
  title: '亲子陶艺',
  place: '余杭区职工文化中心',
  startsAt: '2018-07-10T09:00:00+08:00',
  endsAt: '2018-07-10T11:00:00+08:00',
  enrollmentOpensAt: '2018-07-01T09:00:00+08:00',
  enrollmentClosesAt: '2018-07-08T00:00:00+08:00',
  places: 3,
  placesPerMember: 2,
};

describe('first come, first served with places per member', () => {
  it('serves the earliest request that fits, on arrival and when places free up', async () => {
    const members = ['m1', 'm2', 'm3', 'm4', 'm5', 'm6'].map((id) => person(id, 'kindergarten'));
    const w = await world('2018-07-02T00:00:00Z', members);
    const created = await w.run(createActivity, { organizationId: 'county', ...draft });
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
