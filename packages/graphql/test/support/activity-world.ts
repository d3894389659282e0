// A county federation, one union and `count` members inserted in bulk (their personal
// data sealed like the store does), for the activity and benefit tests that need many members fast.

import { createOrganization, execute, type Member, systemClock, uuidIds } from '@gonghui/core';
import type { Database } from '../../src/store/database.js';
import { PrismaStore } from '../../src/store/prisma-store.js';

/** The organizations and members of a test world. */
export interface ActivityWorld {
  readonly countyId: string;
  readonly unionId: string;
  /** Member ids, in creation order. */
  readonly memberIds: string[];
}

/** Creates the world in `db`; members have a phone (real-name verified) unless `withoutPhone` says how many at the end have none. */
export async function createActivityWorld(
  db: Database,
  count: number,
  withoutPhone = 0,
): Promise<ActivityWorld> {
  const store = new PrismaStore(db);
  const env = { clock: systemClock, ids: uuidIds };
  const county = await execute(store, env, createOrganization, {
    name: '杭州市余杭区总工会',
    kind: 'FEDERATION_OF_TRADE_UNIONS',
    level: 'COUNTY',
    parentId: null,
  });
  if (!county.ok) throw new Error(county.error.message);
  const union = await execute(store, env, createOrganization, {
    name: '杭州余杭测试科技有限公司工会',
    kind: 'GRASSROOTS_UNION',
    level: 'GRASSROOTS',
    parentId: county.value.id,
  });
  if (!union.ok) throw new Error(union.error.message);
  const memberIds = Array.from({ length: count }, () => uuidIds.next());
  // In statements of 5,000 rows (PostgreSQL takes at most 65,535 parameters in one).
  for (let start = 0; start < count; start += 5_000) {
    await db.prisma.member.createMany({
      data: memberIds.slice(start, start + 5_000).map((id, j) => {
        const i = start + j;
        // Never parsed, only sealed: any text unique per member does (a whole world may run twice in one database).
        const member: Pick<Member, 'idNumber' | 'phone' | 'birthDate'> = {
          idNumber: id.replaceAll('-', '').slice(0, 18).toUpperCase(),
          phone: i >= count - withoutPhone ? null : `138${String(i).padStart(8, '0')}`,
          birthDate: '1990-01-01',
        };
        return {
          id,
          name: `会员${i}`,
          ...db.personalData.seal(id, member),
          gender: 'FEMALE' as const,
          organizationId: union.value.id,
          status: 'ACTIVE' as const,
          custody: 'EMPLOYER_UNION' as const,
          memberSince: new Date('2015-01-01T00:00:00Z'),
          since: new Date('2015-01-01T00:00:00Z'),
        };
      }),
    });
  }
  return { countyId: county.value.id, unionId: union.value.id, memberIds };
}

/** The input of `createActivity` for an activity of `organizationId` (a global id) in two days, open for enrollment now (or at `now`, ms). */
export function openActivityInput(organizationId: string, title: string, places: number, now = Date.now()) {
  const hour = 3_600_000;
  const at = (offset: number) => new Date(now + offset).toISOString();
  return {
    organizationId,
    title,
    place: '余杭',
    startsAt: at(48 * hour),
    endsAt: at(50 * hour),
    enrollmentOpensAt: at(-hour),
    enrollmentClosesAt: at(24 * hour),
    places,
  };
}

/** The input of `createFund` for 余杭区总工会's 2018–2020 fund of 5,000,000 yuan with `budget2018` yuan for 2018, changed by `change`. */
export function yuhangFundInput(organizationId: string, budget2018: string, change: object = {}) {
  return {
    organizationId,
    name: '余杭区总工会普惠专项资金',
    total: '5000000',
    fromYear: 2018,
    toYear: 2020,
    budgets: [{ year: 2018, amount: budget2018 }],
    ...change,
  };
}

/** The input of `createBenefitProgram` for the 2018 mutual-aid subsidy (11 yuan + 5 per real-name member) of `fundId`, changed by `change`. */
export function mutualAidProgramInput(fundId: string, change: object = {}) {
  return {
    fundId,
    name: '2018年职工医疗互助补助',
    year: 2018,
    eligibility: 'LIVE_MEMBERS',
    amountPolicy: 'PER_MEMBER',
    amount: '11',
    realNameBonus: '5',
    ...change,
  };
}
