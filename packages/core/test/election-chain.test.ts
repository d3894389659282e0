import { describe, expect, it } from 'vitest';
import { checkElectionChain, rollSource } from '../src/election/chain.js';
import type { Election } from '../src/election/process.js';

/** A first-round MEMBERS election of org-1 chained to nothing, with `over` changed. */
function election(over: Partial<Election>): Election {
  const base = {
    id: 'e-1',
    organizationId: 'org-1',
    body: 'COMMITTEE',
    firstRoundId: 'e-1',
    roundKind: 'FIRST',
    parentElectionId: null,
    termId: null,
    unitId: null,
    committeeId: null,
  };
  return { ...base, ...over } as Election;
}

describe('rollSource', () => {
  it('a later round keeps the first round roll, whatever it is chained to', () => {
    expect(rollSource(election({ roundKind: 'FURTHER', firstRoundId: 'e-0', unitId: 'u' }))).toEqual({
      kind: 'FIRST_ROUND',
      electionId: 'e-0',
    });
  });
  it('a delegates election in a unit: the unit members', () => {
    expect(rollSource(election({ body: 'DELEGATES', unitId: 'u-1', termId: 't-1' }))).toEqual({
      kind: 'UNIT_MEMBERS',
      unitId: 'u-1',
    });
  });
  it('a committee election with a term: the serving delegates', () => {
    expect(rollSource(election({ termId: 't-1', parentElectionId: 'p' }))).toEqual({
      kind: 'SERVING_DELEGATES',
      termId: 't-1',
    });
  });
  it('a chair election with a committee: its members', () => {
    expect(rollSource(election({ body: 'CHAIR', committeeId: 'c-1', parentElectionId: 'p' }))).toEqual({
      kind: 'COMMITTEE_MEMBERS',
      committeeId: 'c-1',
    });
  });
  it('a committee election naming only its committee and a parent: those the parent elected', () => {
    expect(rollSource(election({ committeeId: 'c-1', parentElectionId: 'p' }))).toEqual({
      kind: 'ELECTED_BY',
      electionId: 'p',
    });
  });
  it('chained to nothing: the organization members', () => {
    expect(rollSource(election({}))).toEqual({ kind: 'MEMBERS', organizationId: 'org-1' });
  });
});

describe('checkElectionChain refuses before reading the store', () => {
  const refusals: [string, Partial<Election>, string][] = [
    ['delegates without a term', { body: 'DELEGATES' }, 'termId'],
    ['a unit on a non-delegates election', { unitId: 'u-1' }, 'unitId'],
    ['a term on a chair election', { body: 'CHAIR', termId: 't-1' }, 'termId'],
    [
      'a committee on a delegates election',
      { body: 'DELEGATES', termId: 't-1', committeeId: 'c-1' },
      'committeeId',
    ],
  ];
  for (const [name, over, field] of refusals) {
    it(name, async () => {
      const result = await checkElectionChain(undefined as never, undefined as never, election(over));
      expect(result).toMatchObject({ ok: false, error: { code: 'ELECTION_CHAIN_INVALID', path: [field] } });
    });
  }
});
