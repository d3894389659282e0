import { describe, expect, it } from 'vitest';
import {
  ANONYMOUS,
  type Grant,
  organizationChangeAuthority,
  organizationScopes,
  parseGrants,
  permitsOrganization,
  type Viewer,
} from '../src/index.js';

const viewer = (...grants: Grant[]): Viewer => ({ subject: 'u1', grants });

describe('parseGrants', () => {
  it('accepts every role with its scope', () => {
    const parsed = parseGrants([
      { role: 'SYSTEM_ADMIN' },
      { role: 'ORG_ADMIN', organizationId: 'a' },
      { role: 'ORG_VIEWER', organizationId: 'b' },
      { role: 'ELECTION_OFFICER', electionId: 'e' },
      { role: 'MEMBER', memberId: 'm' },
    ]);
    expect(parsed.ok ? parsed.value.map((g) => g.role) : null).toEqual([
      'SYSTEM_ADMIN',
      'ORG_ADMIN',
      'ORG_VIEWER',
      'ELECTION_OFFICER',
      'MEMBER',
    ]);
  });

  it('refuses unknown roles, missing scopes and non-lists, saying where', () => {
    expect(parseGrants('ORG_ADMIN').ok).toBe(false);
    const unknown = parseGrants([{ role: 'ROOT' }]);
    expect(unknown.ok ? null : unknown.error.path).toEqual([0, 'role']);
    const unscoped = parseGrants([{ role: 'SYSTEM_ADMIN' }, { role: 'ORG_ADMIN' }]);
    expect(unscoped.ok ? null : unscoped.error.path).toEqual([1, 'organizationId']);
    const wrongScope = parseGrants([{ role: 'MEMBER', organizationId: 'x' }]);
    expect(wrongScope.ok).toBe(false);
  });

  it('drops fields that do not belong to the role', () => {
    const parsed = parseGrants([{ role: 'ORG_VIEWER', organizationId: 'a', memberId: 'sneaky' }]);
    expect(parsed.ok ? parsed.value : null).toEqual([{ role: 'ORG_VIEWER', organizationId: 'a' }]);
  });
});

describe('organization scopes', () => {
  // Tree: root > city > district; the path of `district` is [district, city, root].
  const path = ['district', 'city', 'root'];

  it('a grant covers its organization and the whole subtree below, not above', () => {
    expect(permitsOrganization(viewer({ role: 'ORG_ADMIN', organizationId: 'city' }), 'ADMIN', path)).toBe(
      true,
    );
    expect(
      permitsOrganization(viewer({ role: 'ORG_ADMIN', organizationId: 'city' }), 'ADMIN', ['city', 'root']),
    ).toBe(true);
    expect(
      permitsOrganization(viewer({ role: 'ORG_ADMIN', organizationId: 'district' }), 'ADMIN', [
        'city',
        'root',
      ]),
    ).toBe(false);
  });

  it('a viewer role views but never administers', () => {
    const v = viewer({ role: 'ORG_VIEWER', organizationId: 'root' });
    expect(permitsOrganization(v, 'VIEW', path)).toBe(true);
    expect(permitsOrganization(v, 'ADMIN', path)).toBe(false);
    expect(organizationScopes(v, 'ADMIN')).toEqual([]);
  });

  it('system admin may do anything; anonymous and other roles nothing', () => {
    expect(permitsOrganization(viewer({ role: 'SYSTEM_ADMIN' }), 'ADMIN', path)).toBe(true);
    expect(permitsOrganization(ANONYMOUS, 'VIEW', path)).toBe(false);
    expect(permitsOrganization(viewer({ role: 'MEMBER', memberId: 'district' }), 'VIEW', path)).toBe(false);
    expect(permitsOrganization(viewer({ role: 'ELECTION_OFFICER', electionId: 'root' }), 'VIEW', path)).toBe(
      false,
    );
  });

  it('several grants add up', () => {
    const v = viewer(
      { role: 'ORG_VIEWER', organizationId: 'x' },
      { role: 'ORG_ADMIN', organizationId: 'city' },
    );
    expect(organizationScopes(v, 'VIEW').sort()).toEqual(['city', 'x']);
    expect(organizationScopes(v, 'ADMIN')).toEqual(['city']);
  });
});

describe('who may change what', () => {
  it('roots and their dissolution belong to the system admin', () => {
    expect(organizationChangeAuthority({ type: 'create', parentId: null }).organizationIds).toEqual([]);
    expect(organizationChangeAuthority({ type: 'dissolve', parentId: null }).organizationIds).toEqual([]);
    expect(
      organizationChangeAuthority({ type: 'move', parentId: null, newParentId: 'p' }).organizationIds,
    ).toEqual([]);
  });

  it('a move needs the old and the new parent; leaving needs either side', () => {
    expect(organizationChangeAuthority({ type: 'move', parentId: 'a', newParentId: 'b' })).toEqual({
      mode: 'ALL',
      organizationIds: ['a', 'b'],
    });
    expect(organizationChangeAuthority({ type: 'leave', federationId: 'f', memberId: 'm' })).toEqual({
      mode: 'ANY',
      organizationIds: ['f', 'm'],
    });
    expect(organizationChangeAuthority({ type: 'update', id: 'o' })).toEqual({
      mode: 'ALL',
      organizationIds: ['o'],
    });
    expect(organizationChangeAuthority({ type: 'join', federationId: 'f' })).toEqual({
      mode: 'ALL',
      organizationIds: ['f'],
    });
  });
});
