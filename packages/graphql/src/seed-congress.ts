// Demo congresses (issue 10), through the core commands so every rule applies:
//  * 绍兴市工会代表会议 (a standing council of delegates) apportioning the 57 delegates Shaoxing sends to
//    the 15th Zhejiang provincial union congress among its districts and counties by membership, one
//    seat reserved for a professional union worker of 柯桥区. The member counts are ILLUSTRATIVE: the
//    districts' and counties' real figures are not in the seed article, so these are made up (reported
//    counts, 统计报表), and so are the council's seats and term dates.
//  * 梅园村's industry-chain federation: its delegates' congress with one electoral unit per member
//    union, delegates, its union committee, and a chair and vice-chairs in position (one chair since
//    2024, the previous one 2019–2024). People, counts and dates are fictional.

import {
  addDelegate,
  appointPosition,
  apportionDelegateSeats,
  type Command,
  type CommandEnv,
  createCommittee,
  createCongress,
  createElectoralUnit,
  execute,
  openTerm,
  type Store,
} from '@gonghui/core';
import { DEMO_MEMBERS, demoIdNumber } from './seed.js';

/** The Shaoxing council's name. */
export const SHAOXING_COUNCIL = '绍兴市工会代表会议';
/** The higher congress Shaoxing's 57 delegates go to. */
export const ZHEJIANG_15TH_CONGRESS = '浙江省工会第十五次代表大会';
/** What the reserved seat is for. */
export const RESERVED_FOR = '职业化工会工作者';

/** Shaoxing's districts and counties with ILLUSTRATIVE reported member counts (not real figures). */
export const SHAOXING_UNITS: readonly { readonly organization: string; readonly members: number }[] = [
  { organization: '绍兴市越城区总工会', members: 310_000 },
  { organization: '绍兴市柯桥区总工会', members: 420_000 },
  { organization: '绍兴市上虞区总工会', members: 250_000 },
  { organization: '诸暨市总工会', members: 330_000 },
  { organization: '嵊州市总工会', members: 150_000 },
  { organization: '新昌县总工会', members: 100_000 },
];

/** The 梅园村 congress's name. */
export const MEIYUAN_CONGRESS = '梅园村梅园石产业链工会联合会会员代表大会';

async function run<I, T>(store: Store, env: CommandEnv, command: Command<I, T>, input: I, what: string) {
  const result = await execute(store, env, command, input);
  if (!result.ok) throw new Error(`demo congress: ${what}: ${result.error.code} ${result.error.message}`);
  return result.value;
}

/**
 * Creates the demo congresses after the organization and member seeds (`ids`: organization name → id);
 * the demo members are looked up by their ID numbers.
 */
export async function seedDemoCongresses(
  store: Store,
  env: CommandEnv,
  ids: ReadonlyMap<string, string>,
): Promise<void> {
  const id = (name: string) => {
    const found = ids.get(name);
    if (found === undefined) throw new Error(`demo congress: ${name} is missing`);
    return found;
  };

  // 绍兴: the council of the municipal federation, its units, and the 57 seats for the provincial congress.
  const council = await run(
    store,
    env,
    createCongress,
    {
      organizationId: id('绍兴市总工会'),
      name: SHAOXING_COUNCIL,
      form: 'DELEGATES_CONFERENCE',
      seats: 200,
      reportedMembers: SHAOXING_UNITS.reduce((sum, u) => sum + u.members, 0),
    },
    SHAOXING_COUNCIL,
  );
  await run(
    store,
    env,
    openTerm,
    { congressId: council.id, startsOn: '2022-12-20', years: 5 },
    'Shaoxing term',
  );
  const units = new Map<string, string>();
  for (const u of SHAOXING_UNITS) {
    const unit = await run(
      store,
      env,
      createElectoralUnit,
      {
        congressId: council.id,
        name: u.organization,
        organizationIds: [id(u.organization)],
        reportedMembers: u.members,
      },
      u.organization,
    );
    units.set(u.organization, unit.id);
  }
  await run(
    store,
    env,
    apportionDelegateSeats,
    {
      congressId: council.id,
      delegationTo: ZHEJIANG_15TH_CONGRESS,
      seats: 57,
      method: 'largest-remainder',
      cutoffDate: '2022-12-31',
      units: [{ unitId: units.get('绍兴市柯桥区总工会') as string, reserved: 1, reservedFor: RESERVED_FOR }],
    },
    'Shaoxing apportionment',
  );

  // 梅园村: the congress with one unit per member union, delegates, the union committee and its chair
  // and vice-chairs.
  const people = new Map<string, string>();
  for (const m of DEMO_MEMBERS) {
    const found = await store.transaction((uow) => uow.members.findByIdNumber(demoIdNumber(m.first17)));
    if (found) people.set(m.name, found.id);
  }
  const person = (name: string) => {
    const found = people.get(name);
    if (found === undefined) throw new Error(`demo congress: member ${name} is missing`);
    return found;
  };
  const federation = id('宁波市海曙区梅园村梅园石产业链工会联合会');
  const congress = await run(
    store,
    env,
    createCongress,
    {
      organizationId: federation,
      name: MEIYUAN_CONGRESS,
      form: 'DELEGATES_CONGRESS',
      seats: 45,
      reportedMembers: 320,
    },
    MEIYUAN_CONGRESS,
  );
  const term = await run(
    store,
    env,
    openTerm,
    { congressId: congress.id, startsOn: '2024-03-01', years: 5 },
    'Meiyuan term',
  );
  const unitOf = new Map<string, string>();
  for (const union of [
    '宁波梅园石矿开采有限公司工会',
    '宁波梅园石材加工有限公司工会',
    '宁波梅园石雕工艺品有限公司工会',
    '宁波梅园石文化旅游开发有限公司工会',
  ]) {
    const unit = await run(
      store,
      env,
      createElectoralUnit,
      { congressId: congress.id, name: union, organizationIds: [id(union)] },
      union,
    );
    unitOf.set(union, unit.id);
  }
  const delegates = [
    {
      name: '周建国',
      union: '宁波梅园石雕工艺品有限公司工会',
      frontLine: false,
      manager: true,
      unionWorker: true,
    },
    {
      name: '张海燕',
      union: '宁波梅园石雕工艺品有限公司工会',
      frontLine: true,
      manager: false,
      unionWorker: false,
    },
    {
      name: '李国强',
      union: '宁波梅园石矿开采有限公司工会',
      frontLine: true,
      manager: false,
      unionWorker: false,
    },
    {
      name: '王秀珍',
      union: '宁波梅园石材加工有限公司工会',
      frontLine: true,
      manager: false,
      unionWorker: false,
    },
    {
      name: '陈立新',
      union: '宁波梅园石文化旅游开发有限公司工会',
      frontLine: true,
      manager: false,
      unionWorker: false,
    },
  ];
  for (const d of delegates) {
    await run(
      store,
      env,
      addDelegate,
      {
        termId: term.id,
        unitId: unitOf.get(d.union) as string,
        memberId: person(d.name),
        frontLine: d.frontLine,
        manager: d.manager,
        unionWorker: d.unionWorker,
        modelWorker: false,
        since: '2024-03-01',
      },
      `delegate ${d.name}`,
    );
  }
  const committee = await run(
    store,
    env,
    createCommittee,
    { organizationId: federation, kind: 'UNION_COMMITTEE', seats: 7 },
    'Meiyuan committee',
  );
  const positions = [
    { name: '周建国', role: 'CHAIR', startsOn: '2019-03-01', endsOn: '2024-02-29' },
    { name: '张海燕', role: 'CHAIR', startsOn: '2024-03-01', endsOn: null },
    { name: '周建国', role: 'VICE_CHAIR', startsOn: '2024-03-01', endsOn: null },
    { name: '李国强', role: 'VICE_CHAIR', startsOn: '2024-03-01', endsOn: null },
    { name: '王秀珍', role: 'MEMBER', startsOn: '2024-03-01', endsOn: null },
  ] as const;
  for (const p of positions) {
    await run(
      store,
      env,
      appointPosition,
      {
        committeeId: committee.id,
        memberId: person(p.name),
        role: p.role,
        startsOn: p.startsOn,
        endsOn: p.endsOn,
      },
      `${p.name} ${p.role}`,
    );
  }
}
