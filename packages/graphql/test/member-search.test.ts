// Member search and coverage through the API: what each filter finds (红军 finds 胡红军, hhj and
// huhongjun too, the exact ID number and phone through their blind indexes), and on a large table
// the plan of every search uses indexes: no sequential scan of "Member" (coverage reads "MemberTally"
// by its primary key's prefix, a few hundred rows per organization).
import { chinaToday, systemClock } from '@gonghui/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { memberSearchColumns, recountMemberTallies } from '../src/store/member.js';
import { observeStatements } from '../src/store/statements.js';
import { testBackends } from './support/database.js';
import { idNumber, type MemberApi, memberApi } from './support/member-api.js';

const year = Number(chinaToday(systemClock).slice(0, 4));

/** Members made with SQL besides the real ones: enough that a sequential scan would lose to every index. */
const BULK = 20_000;
/** Grassroots unions the bulk is spread over. */
const UNIONS = 200;
const SURNAMES = [...'王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗'];
const GIVEN = [...'伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂'];

const SEARCH = `query($org: ID!, $subtree: Boolean, $filter: MemberFilter) {
  members(organizationId: $org, includeSubtree: $subtree, filter: $filter, first: 20) { totalCount nodes { name } } }`;
const PAGE = `query($org: ID!, $subtree: Boolean, $filter: MemberFilter) {
  members(organizationId: $org, includeSubtree: $subtree, filter: $filter, first: 20) { nodes { name } } }`;
const COVERAGE = `query($id: ID!) { node(id: $id) { ... on Organization { memberCoverage {
  active retained ended live male female withPhone realNameShare joinedThisYear employerUnion ageBands { from to count } } } } }`;

describe.each(testBackends())('member search on %s', (backend) => {
  let api: MemberApi;
  const local = (name: string) => api.local(name);
  const org = (name: string) => api.org(name);
  const post = (query: string, variables: Record<string, unknown>) => api.post(query, variables);
  const names = async (filter: Record<string, unknown>, at = '浙江省总工会', subtree = true) => {
    const { data, errors } = await post(SEARCH, { org: org(at), subtree, filter });
    expect(errors).toBeUndefined();
    return data.members.nodes.map((n: { name: string }) => n.name) as string[];
  };

  beforeAll(async () => {
    api = await memberApi(backend);
    const { db } = api;
    await api.organization('浙江省总工会', 'FEDERATION_OF_TRADE_UNIONS', 'PROVINCIAL', null);
    await api.organization('杭州市总工会', 'FEDERATION_OF_TRADE_UNIONS', 'MUNICIPAL', '浙江省总工会');
    await api.organization('宁波市总工会', 'FEDERATION_OF_TRADE_UNIONS', 'MUNICIPAL', '浙江省总工会');
    await api.organization('杭州甲公司工会', 'GRASSROOTS_UNION', 'GRASSROOTS', '杭州市总工会');
    await api.organization('宁波乙公司工会', 'GRASSROOTS_UNION', 'GRASSROOTS', '宁波市总工会');
    const register = (at: string, name: string, first17: string, phone: string | null, joinedOn: string) =>
      api.member({ at, name, first17, phone, joinedOn });
    await register('杭州甲公司工会', '胡红军', '33010619900307101', '13800001111', '2015-06-01');
    await register('杭州甲公司工会', '李红', '33010619950307202', '13800002222', '2020-06-01');
    await register('宁波乙公司工会', '单雄信', '33020619800307113', null, '2010-01-01');
    await register('宁波乙公司工会', '胡建军', '33020620000307124', '0574-87654321', `${year}-01-01`);
    // The bulk: UNIONS grassroots unions, half under each city, and BULK members spread over them,
    // with the plaintext columns as the store writes them; the personal-data columns are placeholders
    // (these rows are never opened) and the blind indexes made up.
    await db.prisma.$executeRawUnsafe(
      `INSERT INTO "Organization" ("id", "name", "kind", "level", "parentId", "depth", "updatedAt")
       SELECT 'bulk-union-' || j, '工会' || j, 'GRASSROOTS_UNION', 'GRASSROOTS', CASE WHEN j < ${UNIONS / 2} THEN $1 ELSE $2 END, 2, now()
       FROM generate_series(0, ${UNIONS - 1}) AS j`,
      local('杭州市总工会'),
      local('宁波市总工会'),
    );
    await db.prisma.$executeRawUnsafe(
      `INSERT INTO "OrganizationLink" ("ancestorId", "descendantId", "distance", "descendantName")
       SELECT o."id", o."id", 0, o."name" FROM "Organization" o WHERE o."id" LIKE 'bulk-union-%'
       UNION ALL SELECT l."ancestorId", o."id", l."distance" + 1, o."name"
       FROM "Organization" o JOIN "OrganizationLink" l ON l."descendantId" = o."parentId" WHERE o."id" LIKE 'bulk-union-%'`,
    );
    const pool = SURNAMES.flatMap((s) => GIVEN.map((g) => `${s}${g}`));
    const columns = pool.map((name) => ({ name, ...memberSearchColumns(name, '1985-01-01') }));
    await db.prisma.$executeRawUnsafe(
      `INSERT INTO "Member" ("id", "name", "idNumberHash", "idNumberEncrypted", "gender", "birthDateEncrypted",
         "phoneHash", "organizationId", "status", "custody", "memberSince", "since", "namePinyin", "nameInitials",
         "nameGrams", "birthYear", "updatedAt")
       SELECT 'bulk-' || i, p->>'name', 'bulk-hash-' || i, 'x', CASE WHEN i % 2 = 0 THEN 'MALE' ELSE 'FEMALE' END::"Gender",
         'x', 'bulk-phone-' || i, 'bulk-union-' || (i % ${UNIONS}),
         CASE WHEN i % 10 = 0 THEN 'RETAINED' ELSE 'ACTIVE' END::"MembershipStatus", 'EMPLOYER_UNION',
         DATE '2000-01-01' + (i % 9000), DATE '2000-01-01' + (i % 9000), p->>'namePinyin', p->>'nameInitials',
         ARRAY(SELECT jsonb_array_elements_text(p->'nameGrams')), 1950 + i % 50, now()
       FROM generate_series(1, ${BULK}) AS i, LATERAL (SELECT $1::jsonb -> (i % ${pool.length}) AS p) AS picked`,
      JSON.stringify(columns),
    );
    await db.prisma.$transaction(async (tx) => recountMemberTallies(tx));
    await db.prisma.$executeRawUnsafe('ANALYZE');
  }, 120_000);
  afterAll(() => api?.db.close());

  it('finds a name by a Chinese substring, by pinyin initials and by full pinyin', async () => {
    expect(await names({ nameContains: '红军' })).toEqual(['胡红军']);
    expect(await names({ nameContains: '胡红军' })).toEqual(['胡红军']);
    const red = await names({ nameContains: '红' });
    expect(red).toHaveLength(2);
    expect(red).toEqual(expect.arrayContaining(['李红', '胡红军']));
    expect(await names({ pinyin: 'hhj' })).toEqual(['胡红军']);
    expect(await names({ pinyin: 'huhongjun' })).toEqual(['胡红军']);
    expect(await names({ pinyin: "Hu Hong'jun" })).toEqual(['胡红军']);
    // Surnames read as surnames: 单 is shan.
    expect(await names({ pinyin: 'shanxiongxin' })).toEqual(['单雄信']);
  });

  it('finds one person by the exact ID number and by phone, through the blind indexes', async () => {
    expect(await names({ idNumber: idNumber('33010619900307101') })).toEqual(['胡红军']);
    expect(await names({ phone: '0574-87654321' })).toEqual(['胡建军']);
    expect(await names({ phone: '138 0000 2222' })).toEqual(['李红']);
    const bad = await post(SEARCH, { org: org('浙江省总工会'), filter: { idNumber: '330106199003071019' } });
    expect(bad.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
  });

  it('narrows by subtree, status, gender, age and joining date', async () => {
    expect(await names({ nameContains: '建军' }, '宁波市总工会')).toEqual(['胡建军']);
    expect(await names({ nameContains: '红军' }, '宁波市总工会')).toEqual([]);
    expect(await names({ nameContains: '胡红军' }, '杭州市总工会', false)).toEqual([]);
    expect(await names({ nameContains: '胡红军' }, '杭州甲公司工会', false)).toEqual(['胡红军']);
    expect(
      await names({
        nameContains: '红',
        gender: 'FEMALE',
        status: ['ACTIVE'],
        ageFrom: 20,
        ageTo: 40,
        joinedFrom: '2019-01-01',
      }),
    ).toEqual(['李红']);
    const young = year - 2000;
    expect(await names({ pinyin: 'hjj', ageFrom: young, ageTo: young })).toEqual(['胡建军']);
    expect(await names({ pinyin: 'hjj', ageFrom: young + 1 })).toEqual([]);
    expect(await names({ nameContains: '军', joinedFrom: '2015-06-01', joinedTo: '2015-06-01' })).toEqual([
      '胡红军',
    ]);
  });

  it('answers coverage from the counters, per subtree', async () => {
    const { data } = await post(COVERAGE, { id: org('宁波市总工会') });
    const c = data.node.memberCoverage;
    expect(c.live).toBe(BULK / 2 + 2);
    // Every tenth bulk member is retained, as many under each city.
    expect(c.retained).toBe(BULK / 20);
    const province = (await post(COVERAGE, { id: org('浙江省总工会') })).data.node.memberCoverage;
    expect(province.retained).toBe(BULK / 10);
    expect(province.live).toBe(BULK + 4);
    expect(c.withPhone).toBe(1);
    expect(c.joinedThisYear).toBe(1);
    expect(c.ageBands.reduce((n: number, b: { count: number }) => n + b.count, 0)).toBe(c.live);
    expect(c.realNameShare).toBeCloseTo(1 / c.live);
  });

  it('plans every search without a sequential scan of the large member table', async () => {
    const statements: { sql: string; args: readonly unknown[] }[] = [];
    const stop = observeStatements(api.db.prisma, (sql, args) => {
      if (/FROM "public"\."(Member|MemberTally)"|FROM "Member"/.test(sql)) statements.push({ sql, args });
    });
    try {
      // Pages with every filter; totals where the filter is selective (or none: the counters answer).
      const selective = [
        {},
        { status: ['RETAINED'] },
        { nameContains: '红军' },
        { pinyin: 'hhj' },
        { pinyin: 'huhongjun' },
        { idNumber: idNumber('33010619900307101') },
        { phone: '13800001111' },
        { joinedFrom: '2024-01-01', joinedTo: '2024-01-02' },
      ];
      const broad = [
        { status: ['ACTIVE'], gender: 'MALE' },
        { nameContains: '红' },
        { ageFrom: 30, ageTo: 40 },
      ];
      for (const filter of [...selective, ...broad]) {
        for (const [at, subtree] of [
          ['浙江省总工会', true],
          ['杭州甲公司工会', false],
        ] as const) {
          const query = selective.includes(filter) ? SEARCH : PAGE;
          expect((await post(query, { org: org(at), subtree, filter })).errors).toBeUndefined();
        }
      }
      await post(COVERAGE, { id: org('浙江省总工会') });
    } finally {
      stop();
    }
    expect(statements.length).toBeGreaterThan(25);
    for (const { sql, args } of statements) {
      const plan = await api.db.prisma.$queryRawUnsafe<{ 'QUERY PLAN': string }[]>(`EXPLAIN ${sql}`, ...args);
      const text = plan.map((row) => row['QUERY PLAN']).join('\n');
      expect(text, `${sql}\n${JSON.stringify(args)}\n${text}`).not.toMatch(/Seq Scan on "?Member"? /);
    }
  });
});
