// The columnar form of a bulk import's audit entry (src/store/member-import-audit.ts): what it keeps
// once, as an alias and as columns, that it gives every member back as `member.registered` logs one,
// and that an entry of the older form (one object per member) reads the same.
import { describe, expect, it } from 'vitest';
import type { Json } from '../src/store/audit-seal.js';
import {
  importedColumns,
  loggedImportedMembers,
  membersOfColumns,
} from '../src/store/member-import-audit.js';

/** A member as `member.registered` logs one (masked), with its joining event. */
function logged(n: number, phone: string | null): Record<string, Json> {
  const id = `member-${n}`;
  return {
    id,
    name: `会员${n}`,
    idNumber: `11${'*'.repeat(16)}`,
    gender: n % 2 === 0 ? 'FEMALE' : 'MALE',
    birthDate: `19${60 + n}-**-**`,
    phone,
    membership: {
      organizationId: 'union',
      status: 'ACTIVE',
      custody: 'EMPLOYER_UNION',
      memberSince: '2020-01-01',
      since: '2020-01-01',
      statusReason: null,
      statusNote: null,
    },
    event: {
      id: `event-${n}`,
      memberId: id,
      type: 'JOINED',
      date: '2020-01-01',
      fromOrganizationId: null,
      toOrganizationId: 'union',
      reason: null,
      note: null,
    },
  };
}

describe('the columnar audit entry of an imported batch', () => {
  const members = [logged(1, '138****0001'), logged(2, null), logged(3, '138****0003')];

  it('keeps shared fields once, the event’s member id as an alias of the id, the rest as columns', () => {
    const form = importedColumns(members);
    expect(form.count).toBe(3);
    expect(form.same).toMatchObject({ idNumber: `11${'*'.repeat(16)}`, 'membership.status': 'ACTIVE' });
    expect(form.same['event.fromOrganizationId']).toBeNull();
    expect(form.alias).toEqual({ 'event.memberId': 'id' });
    expect(Object.keys(form.columns).sort()).toEqual([
      'birthDate',
      'event.id',
      'gender',
      'id',
      'name',
      'phone',
    ]);
    expect(form.columns.phone).toEqual(['138****0001', null, '138****0003']);
    // A batch's size: well under half of one object per member.
    const batch = Array.from({ length: 100 }, (_, n) => logged(n, `138****${String(n).padStart(4, '0')}`));
    expect(JSON.stringify(importedColumns(batch)).length).toBeLessThan(JSON.stringify(batch).length / 2);
  });

  it('gives every member back whole, in order, and a single member too', () => {
    expect(membersOfColumns(importedColumns(members))).toEqual(members);
    const [one] = members;
    expect(membersOfColumns(importedColumns([one as Record<string, Json>]))).toEqual([one]);
  });

  it('reads an entry of either form the same', () => {
    expect(loggedImportedMembers({ members: importedColumns(members) } as unknown as Json)).toEqual(members);
    expect(loggedImportedMembers({ members })).toEqual(members);
    expect(() => loggedImportedMembers({ members: 3 })).toThrow(/holds no members/);
  });

  it('refuses members that do not all have the same fields', () => {
    const [first, second] = members;
    const { phone: _phone, ...without } = second as Record<string, Json>;
    expect(() => importedColumns([first as Record<string, Json>, without])).toThrow(
      /not every member has phone/,
    );
  });
});
