import { describe, expect, it } from 'vitest';
import {
  type Clock,
  type CommandEnv,
  checkKindLevel,
  checkParent,
  createOrganization,
  creditCodeCheckCharacter,
  dissolveOrganization,
  execute,
  joinFederation,
  leaveFederation,
  MAX_TREE_DEPTH,
  MemoryStore,
  moveOrganization,
  type Organization,
  parseCreditCode,
  updateOrganization,
} from '../src/index.js';

function env(): CommandEnv {
  let n = 0;
  const clock: Clock = { now: () => new Date('2026-11-29T08:00:00Z') };
  return { clock, ids: { next: () => `org-${++n}` } };
}

describe('parseCreditCode (GB 32100-2015)', () => {
  it('accepts published codes of real companies', () => {
    for (const code of ['9144030071526726XG', '91440300708461136T', '91330100799655058B']) {
      const parsed = parseCreditCode(code);
      expect(parsed.ok, code).toBe(true);
    }
  });

  it('normalises case and reads the region code', () => {
    const parsed = parseCreditCode(' 9144030071526726xg ');
    expect(parsed).toEqual({
      ok: true,
      value: { value: '9144030071526726XG', authority: '9', category: '1', regionCode: '440300' },
    });
  });

  it('rejects a wrong check character and says which it expected', () => {
    const parsed = parseCreditCode('9144030071526726XH');
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) {
      expect(parsed.error.code).toBe('CREDIT_CODE_CHECKSUM');
      expect(parsed.error.details).toEqual({ expected: 'G' });
    }
  });

  it('rejects wrong length and letters outside the charset (I O Z S V), naming the position', () => {
    expect(parseCreditCode('9144030071526726X').ok).toBe(false);
    const withI = parseCreditCode('91440300I15267260G');
    expect(withI.ok ? null : withI.error).toMatchObject({
      code: 'CREDIT_CODE_FORMAT',
      details: { position: 9 },
    });
  });

  it('detects every single-character change of a valid code', () => {
    const valid = '91330100799655058B';
    const charset = '0123456789ABCDEFGHJKLMNPQRTUWXY';
    for (let i = 0; i < 17; i++) {
      for (const c of charset) {
        if (c === valid[i] || (i >= 2 && i < 8 && !/\d/.test(c))) continue;
        const changed = valid.slice(0, i) + c + valid.slice(i + 1);
        expect(parseCreditCode(changed).ok, changed).toBe(false);
      }
    }
    expect(creditCodeCheckCharacter(valid.slice(0, 17))).toBe('B');
  });
});

describe('kinds, levels and parents', () => {
  const province = {
    id: 'p',
    name: '浙江省总工会',
    kind: 'FEDERATION_OF_TRADE_UNIONS',
    level: 'PROVINCIAL',
    status: 'ACTIVE',
  } as const;
  const county = { ...province, id: 'c', name: '海曙区总工会', level: 'COUNTY' } as const;
  const grassroots = {
    ...province,
    id: 'g',
    name: '某公司工会',
    kind: 'GRASSROOTS_UNION',
    level: 'GRASSROOTS',
  } as const;

  it('a grassroots union sits only at the grassroots level', () => {
    expect(checkKindLevel('GRASSROOTS_UNION', 'GRASSROOTS').ok).toBe(true);
    expect(checkKindLevel('GRASSROOTS_UNION', 'COUNTY').ok).toBe(false);
  });

  it('only a federation of trade unions may be a root', () => {
    expect(checkParent({ kind: 'FEDERATION_OF_TRADE_UNIONS', level: 'PROVINCIAL' }, null).ok).toBe(true);
    const r = checkParent({ kind: 'GRASSROOTS_UNION', level: 'GRASSROOTS' }, null);
    expect(r.ok ? null : r.error.code).toBe('ORG_ROOT_NOT_ALLOWED');
  });

  it('a child sits strictly below its parent, except branches and groups of a grassroots union', () => {
    const same = checkParent({ kind: 'FEDERATION_OF_TRADE_UNIONS', level: 'COUNTY' }, county);
    expect(same.ok ? null : same.error.code).toBe('ORG_LEVEL_ORDER');
    expect(checkParent({ kind: 'FEDERATION_OF_TRADE_UNIONS', level: 'TOWNSHIP' }, county).ok).toBe(true);
    expect(checkParent({ kind: 'BRANCH', level: 'GRASSROOTS' }, grassroots).ok).toBe(true);
    const branchUnderCounty = checkParent({ kind: 'BRANCH', level: 'GRASSROOTS' }, county);
    expect(branchUnderCounty.ok ? null : branchUnderCounty.error.code).toBe('ORG_PARENT_NOT_ALLOWED');
  });

  it('nothing sits under a dissolved parent', () => {
    const r = checkParent(
      { kind: 'GRASSROOTS_UNION', level: 'GRASSROOTS' },
      { ...county, status: 'DISSOLVED' },
    );
    expect(r.ok ? null : r.error.code).toBe('ORG_DISSOLVED');
  });
});

describe('organization commands on the memory store', () => {
  async function tree() {
    const store = new MemoryStore();
    const e = env();
    const create = async (input: Parameters<typeof createOrganization>[2]): Promise<Organization> => {
      const r = await execute(store, e, createOrganization, input);
      if (!r.ok) throw new Error(r.error.message);
      return r.value;
    };
    const province = await create({
      name: '浙江省总工会',
      kind: 'FEDERATION_OF_TRADE_UNIONS',
      level: 'PROVINCIAL',
      parentId: null,
      regionCode: '330000',
    });
    const city = await create({
      name: '宁波市总工会',
      kind: 'FEDERATION_OF_TRADE_UNIONS',
      level: 'MUNICIPAL',
      parentId: province.id,
    });
    const district = await create({
      name: '海曙区总工会',
      kind: 'FEDERATION_OF_TRADE_UNIONS',
      level: 'COUNTY',
      parentId: city.id,
    });
    const chain = await create({
      name: '梅园村产业链工会联合会',
      kind: 'INDUSTRY_CHAIN_FEDERATION',
      level: 'VILLAGE',
      parentId: district.id,
    });
    const union = await create({
      name: '梅园石材公司工会',
      kind: 'GRASSROOTS_UNION',
      level: 'GRASSROOTS',
      parentId: district.id,
      creditCode: '91330100799655058B',
    });
    return { store, e, create, province, city, district, chain, union };
  }

  it('creates a tree and reads ancestors and subtree', async () => {
    const { store, province, district, union } = await tree();
    expect(store.organizationData.ancestors(union.id).map((o) => o.name)).toEqual([
      '海曙区总工会',
      '宁波市总工会',
      '浙江省总工会',
    ]);
    expect(store.organizationData.subtree(province.id)).toHaveLength(5);
    expect(store.organizationData.children(district.id)).toHaveLength(2);
  });

  it('refuses a second organization with the same credit code, and stores nothing', async () => {
    const { store, e, district } = await tree();
    const r = await execute(store, e, createOrganization, {
      name: '另一家工会',
      kind: 'GRASSROOTS_UNION',
      level: 'GRASSROOTS',
      parentId: district.id,
      creditCode: '91330100799655058b',
    });
    expect(r.ok ? null : r.error).toMatchObject({ code: 'ORG_CREDIT_CODE_TAKEN', path: ['creditCode'] });
    expect(store.organizationData.organizations()).toHaveLength(5);
  });

  it('refuses a bad name and a bad region code with their field paths', async () => {
    const { store, e, district } = await tree();
    const blank = await execute(store, e, createOrganization, {
      name: '   ',
      kind: 'GRASSROOTS_UNION',
      level: 'GRASSROOTS',
      parentId: district.id,
    });
    expect(blank.ok ? null : blank.error).toMatchObject({ code: 'ORG_NAME_INVALID', path: ['name'] });
    const region = await execute(store, e, createOrganization, {
      name: 'x',
      kind: 'GRASSROOTS_UNION',
      level: 'GRASSROOTS',
      parentId: district.id,
      regionCode: '33020',
    });
    expect(region.ok ? null : region.error).toMatchObject({
      code: 'ORG_REGION_INVALID',
      path: ['regionCode'],
    });
    const parent = await execute(store, e, createOrganization, {
      name: 'x',
      kind: 'GRASSROOTS_UNION',
      level: 'GRASSROOTS',
      parentId: 'nope',
    });
    expect(parent.ok ? null : parent.error).toMatchObject({ code: 'ORG_NOT_FOUND', path: ['parentId'] });
  });

  it('moves without cycles and respects level order', async () => {
    const { store, e, city, district, union } = await tree();
    const cycle = await execute(store, e, moveOrganization, { id: city.id, newParentId: district.id });
    expect(cycle.ok ? null : cycle.error.code).toBe('ORG_CYCLE');
    const self = await execute(store, e, moveOrganization, { id: city.id, newParentId: city.id });
    expect(self.ok ? null : self.error.code).toBe('ORG_CYCLE');
    const order = await execute(store, e, moveOrganization, {
      id: city.id,
      newParentId: union.id,
    });
    expect(order.ok).toBe(false);
    const moved = await execute(store, e, moveOrganization, { id: union.id, newParentId: city.id });
    expect(moved.ok).toBe(true);
    expect(store.organizationData.organization(union.id)?.parentId).toBe(city.id);
  });

  it('dissolves only organizations without active children or member unions', async () => {
    const { store, e, district, chain, union } = await tree();
    const busy = await execute(store, e, dissolveOrganization, { id: district.id });
    expect(busy.ok ? null : busy.error).toMatchObject({
      code: 'ORG_HAS_CHILDREN',
      details: { activeChildren: 2 },
    });
    await execute(store, e, joinFederation, {
      federationId: chain.id,
      memberId: union.id,
      chain: '梅园石',
      segment: 'UPSTREAM',
    });
    const withMembers = await execute(store, e, dissolveOrganization, { id: chain.id });
    expect(withMembers.ok ? null : withMembers.error.code).toBe('ORG_HAS_MEMBER_UNIONS');
    await execute(store, e, leaveFederation, { federationId: chain.id, memberId: union.id });
    const done = await execute(store, e, dissolveOrganization, { id: chain.id });
    expect(done.ok ? done.value : null).toMatchObject({
      status: 'DISSOLVED',
      dissolvedAt: '2026-11-29T08:00:00.000Z',
    });
    const again = await execute(store, e, dissolveOrganization, { id: chain.id });
    expect(again.ok ? null : again.error.code).toBe('ORG_DISSOLVED');
    const renamed = await execute(store, e, updateOrganization, { id: chain.id, name: 'x' });
    expect(renamed.ok ? null : renamed.error.code).toBe('ORG_DISSOLVED');
  });

  it(`nests at most MAX_TREE_DEPTH (${MAX_TREE_DEPTH}) organizations deep: one per level, then a branch and a group`, async () => {
    const store = new MemoryStore();
    const e = env();
    const steps: [Organization['kind'], Organization['level']][] = [
      ['FEDERATION_OF_TRADE_UNIONS', 'NATIONAL'],
      ['FEDERATION_OF_TRADE_UNIONS', 'PROVINCIAL'],
      ['FEDERATION_OF_TRADE_UNIONS', 'MUNICIPAL'],
      ['FEDERATION_OF_TRADE_UNIONS', 'COUNTY'],
      ['FEDERATION_OF_TRADE_UNIONS', 'TOWNSHIP'],
      ['REGIONAL_FEDERATION', 'VILLAGE'],
      ['GRASSROOTS_UNION', 'GRASSROOTS'],
      ['BRANCH', 'GRASSROOTS'],
      ['GROUP', 'GRASSROOTS'],
    ];
    const chain: Organization[] = [];
    for (const [i, [kind, level]] of steps.entries()) {
      const parentId = chain.at(-1)?.id ?? null;
      const r = await execute(store, e, createOrganization, { name: `第${i}层`, kind, level, parentId });
      if (!r.ok) throw new Error(r.error.message);
      chain.push(r.value);
    }
    const parentId = (chain.at(-1) as Organization).id;
    expect(chain).toHaveLength(MAX_TREE_DEPTH);
    expect(store.organizationData.ancestors(parentId)).toHaveLength(MAX_TREE_DEPTH - 1);
    // Nothing sits below a group, whatever its kind and level.
    for (const [kind, level] of steps) {
      const below = await execute(store, e, createOrganization, { name: '更深', kind, level, parentId });
      expect(below.ok ? null : below.error.code).toMatch(
        /^ORG_(PARENT_NOT_ALLOWED|LEVEL_ORDER|ROOT_NOT_ALLOWED)$/,
      );
    }
  });

  it('changes no level above a dissolved child either (the tree would nest deeper than its levels)', async () => {
    const { store, e, create, district } = await tree();
    const township = await create({
      name: '鄞江镇工会联合会',
      kind: 'REGIONAL_FEDERATION',
      level: 'TOWNSHIP',
      parentId: district.id,
    });
    const village = await create({
      name: '它山村工会联合会',
      kind: 'REGIONAL_FEDERATION',
      level: 'VILLAGE',
      parentId: township.id,
    });
    expect((await execute(store, e, dissolveOrganization, { id: village.id })).ok).toBe(true);
    // Lowered to VILLAGE above its VILLAGE child, then moved under a new TOWNSHIP: one level deeper each time.
    const lowered = await execute(store, e, updateOrganization, { id: township.id, level: 'VILLAGE' });
    expect(lowered.ok ? null : lowered.error).toMatchObject({ code: 'ORG_HAS_CHILDREN', path: ['level'] });
    expect(store.organizationData.organization(township.id)?.level).toBe('TOWNSHIP');
    // Without children (dissolved or not) the level may change.
    const lone = await create({
      name: '孤村工会联合会',
      kind: 'REGIONAL_FEDERATION',
      level: 'TOWNSHIP',
      parentId: district.id,
    });
    expect((await execute(store, e, updateOrganization, { id: lone.id, level: 'VILLAGE' })).ok).toBe(true);
  });

  it('industry-chain membership records chain and segment; other federations refuse a segment', async () => {
    const { store, e, district, chain, union } = await tree();
    const noSegment = await execute(store, e, joinFederation, { federationId: chain.id, memberId: union.id });
    expect(noSegment.ok ? null : noSegment.error.code).toBe('FEDERATION_SEGMENT_REQUIRED');
    const badChain = await execute(store, e, joinFederation, {
      federationId: chain.id,
      memberId: union.id,
      chain: '梅园石\u202Eexe',
      segment: 'MIDSTREAM',
    });
    expect(badChain.ok ? null : badChain.error).toMatchObject({
      code: 'FEDERATION_CHAIN_INVALID',
      path: ['chain'],
    });
    const joined = await execute(store, e, joinFederation, {
      federationId: chain.id,
      memberId: union.id,
      chain: ' 梅园石 ',
      segment: 'MIDSTREAM',
    });
    expect(joined.ok ? joined.value : null).toMatchObject({ chain: '梅园石', segment: 'MIDSTREAM' });
    const twice = await execute(store, e, joinFederation, {
      federationId: chain.id,
      memberId: union.id,
      segment: 'MIDSTREAM',
    });
    expect(twice.ok ? null : twice.error.code).toBe('FEDERATION_ALREADY_MEMBER');
    const notFed = await execute(store, e, joinFederation, { federationId: district.id, memberId: union.id });
    expect(notFed.ok ? null : notFed.error.code).toBe('FEDERATION_NOT_A_FEDERATION');
    const notUnion = await execute(store, e, joinFederation, {
      federationId: chain.id,
      memberId: district.id,
      segment: 'UPSTREAM',
    });
    expect(notUnion.ok ? null : notUnion.error.code).toBe('FEDERATION_MEMBER_KIND');
    expect(store.organizationData.memberUnions(chain.id)).toHaveLength(1);
    const left = await execute(store, e, leaveFederation, { federationId: chain.id, memberId: union.id });
    expect(left.ok).toBe(true);
    const leftAgain = await execute(store, e, leaveFederation, {
      federationId: chain.id,
      memberId: union.id,
    });
    expect(leftAgain.ok ? null : leftAgain.error.code).toBe('FEDERATION_NOT_MEMBER');
  });

  it('a level change must still fit the parent', async () => {
    const { store, e, union, district } = await tree();
    const bad = await execute(store, e, updateOrganization, { id: district.id, level: 'MUNICIPAL' });
    expect(bad.ok ? null : bad.error.code).toBe('ORG_LEVEL_ORDER');
    const renamed = await execute(store, e, updateOrganization, {
      id: union.id,
      name: '  梅园石材有限公司工会 ',
    });
    expect(renamed.ok ? renamed.value.name : null).toBe('梅园石材有限公司工会');
  });
});

describe('region codes of organizations', () => {
  it('accept 6 digits starting with a province-level code, refuse others with the field path', async () => {
    const store = new MemoryStore();
    const e = env();
    const make = (regionCode: string) =>
      execute(store, e, createOrganization, {
        name: '测试总工会',
        kind: 'FEDERATION_OF_TRADE_UNIONS',
        level: 'PROVINCIAL',
        parentId: null,
        regionCode,
      });
    expect((await make('330203')).ok).toBe(true);
    for (const bad of ['990000', '33020', '3302030', '33020a']) {
      const r = await make(bad);
      expect(r.ok ? null : r.error, bad).toMatchObject({ code: 'ORG_REGION_INVALID', path: ['regionCode'] });
    }
  });
});
