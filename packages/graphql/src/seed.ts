import {
  type ChainSegment,
  type CommandEnv,
  createOrganization,
  creditCodeCheckCharacter,
  execute,
  idCheckCharacter,
  joinFederation,
  type OrganizationKind,
  type OrganizationLevel,
  registerMember,
  type Store,
} from '@gonghui/core';
import { seedDemoBargaining } from './seed-bargaining.js';
import { seedBenefitsDemo } from './seed-benefits.js';
import { seedDemoCongresses } from './seed-congress.js';

/** One organization of the demo tree, with its children. */
interface DemoOrg {
  readonly name: string;
  readonly kind: OrganizationKind;
  readonly level: OrganizationLevel;
  readonly regionCode?: string;
  /** Fictional units get a computed, valid credit code. */
  readonly unit?: boolean;
  readonly children?: readonly DemoOrg[];
  /** Joins the named industry-chain federation in this segment. */
  readonly chainSegment?: ChainSegment;
}

const fed = (
  name: string,
  level: OrganizationLevel,
  regionCode: string,
  children: DemoOrg[] = [],
): DemoOrg => ({
  name,
  kind: 'FEDERATION_OF_TRADE_UNIONS',
  level,
  regionCode,
  children,
});
const union = (name: string, regionCode: string, extra: Partial<DemoOrg> = {}): DemoOrg => ({
  name,
  kind: 'GRASSROOTS_UNION',
  level: 'GRASSROOTS',
  regionCode,
  unit: true,
  ...extra,
});

/** The demo chain federation of 梅园村 and its chain. */
export const MEIYUAN_FEDERATION = '宁波市海曙区梅园村梅园石产业链工会联合会';
const MEIYUAN_CHAIN = '梅园石';

/**
 * The organizations of the seed articles (Zhejiang union press). The structure follows the
 * articles; the enterprises under them and every credit code are fictional.
 */
export const DEMO_TREE: DemoOrg = fed('浙江省总工会', 'PROVINCIAL', '330000', [
  fed('杭州市总工会', 'MUNICIPAL', '330100', [
    fed('杭州市余杭区总工会', 'COUNTY', '330110', [
      union('杭州市绿洲花园幼儿园工会', '330110'),
      union('杭州余杭未来智造科技有限公司工会', '330110', {
        children: [
          { name: '研发中心分会', kind: 'BRANCH', level: 'GRASSROOTS', regionCode: '330110' },
          { name: '生产车间分会', kind: 'BRANCH', level: 'GRASSROOTS', regionCode: '330110' },
        ],
      }),
    ]),
  ]),
  fed('绍兴市总工会', 'MUNICIPAL', '330600', [
    fed('绍兴市越城区总工会', 'COUNTY', '330602'),
    fed('绍兴市柯桥区总工会', 'COUNTY', '330603', [union('绍兴柯桥轻纺城印染有限公司工会', '330603')]),
    fed('绍兴市上虞区总工会', 'COUNTY', '330604'),
    fed('诸暨市总工会', 'COUNTY', '330681'),
    fed('嵊州市总工会', 'COUNTY', '330683'),
    fed('新昌县总工会', 'COUNTY', '330624'),
  ]),
  fed('嘉兴市总工会', 'MUNICIPAL', '330400', [
    fed('海盐县总工会', 'COUNTY', '330424', [
      fed('海盐县通元镇总工会', 'TOWNSHIP', '330424', [union('海盐通元紧固件有限公司工会', '330424')]),
      fed('海盐县元通街道总工会', 'TOWNSHIP', '330424'),
      fed('海盐县百步镇总工会（百步经济开发区总工会）', 'TOWNSHIP', '330424', [
        union('海盐百步电子元件有限公司工会', '330424'),
        {
          name: '百步经济开发区小微企业联合工会',
          kind: 'JOINT_GRASSROOTS_UNION',
          level: 'GRASSROOTS',
          regionCode: '330424',
        },
      ]),
    ]),
  ]),
  fed('宁波市总工会', 'MUNICIPAL', '330200', [
    fed('宁波市海曙区总工会', 'COUNTY', '330203', [
      {
        name: MEIYUAN_FEDERATION,
        kind: 'INDUSTRY_CHAIN_FEDERATION',
        level: 'VILLAGE',
        regionCode: '330203',
      },
      union('宁波梅园石矿开采有限公司工会', '330203', { chainSegment: 'UPSTREAM' }),
      union('宁波梅园石材加工有限公司工会', '330203', { chainSegment: 'MIDSTREAM' }),
      union('宁波梅园石雕工艺品有限公司工会', '330203', { chainSegment: 'MIDSTREAM' }),
      union('宁波梅园石文化旅游开发有限公司工会', '330203', { chainSegment: 'DOWNSTREAM' }),
    ]),
  ]),
  fed('湖州市总工会', 'MUNICIPAL', '330500', [
    fed('安吉县总工会', 'COUNTY', '330523', [
      union('安吉白茶合作社联合工会', '330523', { kind: 'JOINT_GRASSROOTS_UNION' }),
    ]),
  ]),
]);

/** The demo union whose members the demo registers in 杭州. */
export const DEMO_KINDERGARTEN_UNION = '杭州市绿洲花园幼儿园工会';
/** The 梅园村 member union whose members the demo registers. */
export const DEMO_STONE_CARVING_UNION = '宁波梅园石雕工艺品有限公司工会';

/** A fictional member of the demo: a name and what their (computed, valid) ID number encodes. */
interface DemoMember {
  readonly union: string;
  readonly name: string;
  /** Address code, birth date `YYYYMMDD` and 3-digit sequence code (odd male, even female). */
  readonly first17: string;
  readonly phone: string | null;
  readonly joinedOn: string;
}

/** Fictional people (names, ID numbers and phone numbers are made up; the check characters are computed). */
export const DEMO_MEMBERS: readonly DemoMember[] = [
  {
    union: DEMO_KINDERGARTEN_UNION,
    name: '林晓雯',
    first17: '33011019880314002',
    phone: '13800000001',
    joinedOn: '2012-09-01',
  },
  {
    union: DEMO_KINDERGARTEN_UNION,
    name: '陈思远',
    first17: '33011019950622013',
    phone: '13800000002',
    joinedOn: '2018-09-01',
  },
  {
    union: DEMO_KINDERGARTEN_UNION,
    name: '王雨桐',
    first17: '33010620000105024',
    phone: null,
    joinedOn: '2022-08-15',
  },
  {
    union: DEMO_STONE_CARVING_UNION,
    name: '周建国',
    first17: '33020319720918031',
    phone: '0574-87000001',
    joinedOn: '2005-03-01',
  },
  {
    union: DEMO_STONE_CARVING_UNION,
    name: '张海燕',
    first17: '33020319830401042',
    phone: '13900000003',
    joinedOn: '2010-05-04',
  },
  // 梅园村's other member unions (delegates and committee members of the demo congress).
  {
    union: '宁波梅园石矿开采有限公司工会',
    name: '李国强',
    first17: '33020319780512053',
    phone: null,
    joinedOn: '2008-04-01',
  },
  {
    union: '宁波梅园石材加工有限公司工会',
    name: '王秀珍',
    first17: '33020319810723064',
    phone: null,
    joinedOn: '2011-06-01',
  },
  {
    union: '宁波梅园石文化旅游开发有限公司工会',
    name: '陈立新',
    first17: '33020319900201075',
    phone: null,
    joinedOn: '2016-03-01',
  },
];

/** The full ID number of a demo member. */
export function demoIdNumber(first17: string): string {
  return first17 + idCheckCharacter(first17);
}

/** A fictional but valid credit code for the n-th demo unit in a region. */
export function demoCreditCode(regionCode: string, n: number): string {
  const first17 = `91${regionCode}MA${String(n).padStart(7, '0')}`;
  return first17 + creditCodeCheckCharacter(first17);
}

/** Counts of what `seedDemoData` created. */
export interface SeedReport {
  readonly organizations: number;
  readonly federationMemberships: number;
  readonly members: number;
  /** 梅园村's demo bargaining case (seed-bargaining.ts). */
  readonly bargainingCaseId: string;
}

/**
 * Creates the demo data through the core commands, so every rule applies to it too: the hierarchy, its
 * members, congresses, benefits and 梅园村's bargaining case (the elections need the database: seed-election.ts).
 */
export async function seedDemoData(store: Store, env: CommandEnv): Promise<SeedReport> {
  let organizations = 0;
  let units = 0;
  const chainMembers: { id: string; segment: ChainSegment }[] = [];
  let meiyuanId = null as string | null;
  const unionIds = new Map<string, string>();

  async function create(org: DemoOrg, parentId: string | null): Promise<void> {
    const result = await execute(store, env, createOrganization, {
      name: org.name,
      kind: org.kind,
      level: org.level,
      parentId,
      regionCode: org.regionCode ?? null,
      creditCode: org.unit && org.regionCode ? demoCreditCode(org.regionCode, ++units) : null,
    });
    if (!result.ok) throw new Error(`demo data: ${org.name}: ${result.error.code} ${result.error.message}`);
    organizations++;
    if (org.name === MEIYUAN_FEDERATION) meiyuanId = result.value.id;
    unionIds.set(org.name, result.value.id);
    if (org.chainSegment) chainMembers.push({ id: result.value.id, segment: org.chainSegment });
    for (const child of org.children ?? []) await create(child, result.value.id);
  }

  await create(DEMO_TREE, null);
  const federationId = meiyuanId;
  if (federationId === null) throw new Error(`demo data: ${MEIYUAN_FEDERATION} is missing`);
  for (const member of chainMembers) {
    const joined = await execute(store, env, joinFederation, {
      federationId,
      memberId: member.id,
      chain: MEIYUAN_CHAIN,
      segment: member.segment,
    });
    if (!joined.ok) throw new Error(`demo data: join federation: ${joined.error.message}`);
  }
  await seedDemoMembers(store, env, unionIds);
  await seedDemoCongresses(store, env, unionIds);
  await seedBenefitsDemo(store, env, unionIds);
  const bargainingCaseId = await seedDemoBargaining(store, env, federationId);
  return {
    organizations,
    federationMemberships: chainMembers.length,
    members: DEMO_MEMBERS.length,
    bargainingCaseId,
  };
}

/** Registers the demo members in their unions (`unionIds`: union name → id) through the core command. */
export async function seedDemoMembers(
  store: Store,
  env: CommandEnv,
  unionIds: ReadonlyMap<string, string>,
): Promise<number> {
  for (const person of DEMO_MEMBERS) {
    const organizationId = unionIds.get(person.union);
    if (organizationId === undefined) throw new Error(`demo data: ${person.union} is missing`);
    const registered = await execute(store, env, registerMember, {
      organizationId,
      name: person.name,
      idNumber: demoIdNumber(person.first17),
      phone: person.phone,
      joinedOn: person.joinedOn,
    });
    if (!registered.ok) throw new Error(`demo data: member ${person.name}: ${registered.error.message}`);
  }
  return DEMO_MEMBERS.length;
}
