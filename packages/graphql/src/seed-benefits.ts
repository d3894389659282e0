// Demo data of funds, benefits and activities: 余杭区总工会's special fund (5,000,000 yuan over
// 2018–2020) with the 2018 medical mutual-aid subsidy paid at the end of 2018, and the 2018 summer
// carnival (暑期嘉年华) — parent-child pottery, musical instruments, 番茄田 art classes, 250 places in
// all. Everything goes through the core commands, at 2018 dates.

import {
  type Clock,
  type CommandEnv,
  createActivity,
  createBenefitProgram,
  createFund,
  disburse,
  execute,
  type Store,
} from '@gonghui/core';

/** The federation the demo fund and carnival belong to. */
export const DEMO_BENEFITS_ORGANIZATION = '杭州市余杭区总工会';
/** The demo fund's name. */
export const DEMO_FUND = '余杭区总工会普惠专项资金';
/** The demo mutual-aid program's name. */
export const DEMO_MUTUAL_AID = '2018年职工医疗互助补助';

/** The summer carnival's activities: 250 places in all. */
export const DEMO_CARNIVAL = [
  { title: '暑期嘉年华·亲子陶艺', place: '余杭区职工文化中心陶艺室', day: '2018-07-14', places: 100 },
  { title: '暑期嘉年华·乐器体验', place: '余杭区职工文化中心音乐厅', day: '2018-07-21', places: 80 },
  { title: '暑期嘉年华·番茄田艺术课', place: '番茄田艺术余杭中心', day: '2018-07-28', places: 70 },
] as const;

/** A clock stopped at an instant. */
const at = (instant: string): Clock => ({ now: () => new Date(instant) });

/** Throws with the demo step's name when a command refused. */
function must<T>(
  step: string,
  result: { ok: true; value: T } | { ok: false; error: { code: string; message: string } },
): T {
  if (!result.ok) throw new Error(`demo data: ${step}: ${result.error.code} ${result.error.message}`);
  return result.value;
}

/** Creates the demo fund, its program and run, and the carnival (`orgIds`: organization name → id). */
export async function seedBenefitsDemo(
  store: Store,
  env: CommandEnv,
  orgIds: ReadonlyMap<string, string>,
): Promise<void> {
  const organizationId = orgIds.get(DEMO_BENEFITS_ORGANIZATION);
  if (organizationId === undefined) throw new Error(`demo data: ${DEMO_BENEFITS_ORGANIZATION} is missing`);
  const in2018 = (instant: string): CommandEnv => ({ ...env, clock: at(instant) });
  const fund = must(
    'fund',
    await execute(store, in2018('2018-01-02T01:00:00Z'), createFund, {
      organizationId,
      name: DEMO_FUND,
      total: '5000000',
      fromYear: 2018,
      toYear: 2020,
      budgets: [
        { year: 2018, amount: '1500000' },
        { year: 2019, amount: '1500000' },
        { year: 2020, amount: '2000000' },
      ],
    }),
  );
  const mutualAid = must(
    'mutual-aid program',
    await execute(store, in2018('2018-01-02T01:00:00Z'), createBenefitProgram, {
      fundId: fund.id,
      name: DEMO_MUTUAL_AID,
      year: 2018,
      eligibility: 'LIVE_MEMBERS',
      amountPolicy: 'PER_MEMBER',
      amount: '11',
      realNameBonus: '5',
    }),
  );
  must(
    'mutual-aid run',
    await execute(store, in2018('2018-12-28T02:00:00Z'), disburse, {
      programId: mutualAid.id,
      organizationId,
      cutoff: '2018-12-28',
      commit: true,
    }),
  );
  for (const activity of DEMO_CARNIVAL) {
    must(
      activity.title,
      await execute(store, in2018('2018-06-20T01:00:00Z'), createActivity, {
        organizationId,
        title: activity.title,
        description: '余杭区总工会2018年暑期嘉年华：会员子女与家长同来，每位会员可报两个名额（一大一小）。',
        place: activity.place,
        startsAt: `${activity.day}T09:00:00+08:00`,
        endsAt: `${activity.day}T11:30:00+08:00`,
        enrollmentOpensAt: '2018-07-01T09:00:00+08:00',
        enrollmentClosesAt: '2018-07-10T18:00:00+08:00',
        places: activity.places,
        placesPerMember: 2,
      }),
    );
  }
}
