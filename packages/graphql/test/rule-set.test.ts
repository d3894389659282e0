// RULES.md: every number is a parameter of a named rule set, and a union whose local rules differ
// passes its own. The server's rule set (`createGonghuiYoga({ rules })`) reaches the election steps
// as it reaches the other commands — the competitive margin when the roll is frozen, the quorum when
// voting opens, the threshold when the round is counted (the record names the rule set and recounts
// under it) — and the member search's reading of an ID
// number; each tested at its boundary under a rule set whose numbers differ from acftu2016's.
import {
  acftu2016,
  fraction,
  idCheckCharacter,
  systemClock,
  uuidIds,
  verifyElectionRecord,
  withRules,
} from '@gonghui/core';
import { encodeGlobalID } from '@pothos/plugin-relay';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createGonghuiYoga } from '../src/server.js';
import { SYSTEM_ACTOR } from '../src/store/audit.js';
import type { Database } from '../src/store/database.js';
import { ElectionStore } from '../src/store/election.js';
import { adminBearer, testAuth } from './support/auth.js';
import { createTestDatabase, testBackends } from './support/database.js';
import { approving, graphqlPoster, issueAll, unionWithMembers, value } from './support/election.js';

/** Margin 1/2 (acftu2016: 1/20), quorum 3/4 (2/3), threshold 2/3 of the entitled (1/2); birth years from 1850 (1900). */
const RULES = withRules(acftu2016, {
  name: 'stricter',
  identity: { earliestBirthYear: 1850 },
  election: { committeeMargin: fraction(1, 2), quorum: fraction(3, 4), threshold: fraction(2, 3) },
});

const ERRORS = 'errors { code message }';
const CREATE = `mutation($input: CreateElectionInput!) { createElection(input: $input) { election { id } ${ERRORS} } }`;
const STEP = (name: string) =>
  `mutation($e: ID!) { ${name}(input: { electionId: $e }) { election { status } ${ERRORS} } }`;
const SEARCH = `query($o: ID!, $id: String!) { members(organizationId: $o, filter: { idNumber: $id }, first: 5) { totalCount } }`;
const NOMINATE = `mutation($input: NominateCandidateInput!) { nominateCandidate(input: $input) { candidacy { id } ${ERRORS} } }`;

describe.each(testBackends())('a server under a rule set other than acftu2016 (%s)', (backend) => {
  let db: Database;
  let yoga: ReturnType<typeof createGonghuiYoga>;
  let auth: string;
  const { post, must } = graphqlPoster(
    () => yoga,
    () => auth,
  );
  beforeAll(async () => {
    db = await createTestDatabase(backend);
    yoga = createGonghuiYoga({ db, auth: await testAuth(), production: false, rules: RULES });
    auth = await adminBearer();
  }, 60_000);
  afterAll(() => db?.close());

  it('through the API, 4 committee seats need 6 candidates under a margin of 1/2: 5 cannot freeze the roll, 6 can', async () => {
    const members = await unionWithMembers(db, 12);
    const input = {
      organizationId: encodeGlobalID('Organization', members.organizationId),
      title: '第一届工会委员会选举',
      body: 'COMMITTEE',
      seats: 4,
      contested: true,
    };
    const e = (await must(CREATE, { input })).election.id as string;
    await must(STEP('openNominations'), { e });
    const nominate = (id: string) =>
      must(NOMINATE, { input: { electionId: e, memberId: encodeGlobalID('Member', id) } });
    for (const id of members.memberIds.slice(0, 5)) await nominate(id);
    const five = (await post(STEP('freezeRoll'), { e })).freezeRoll;
    expect(five.errors).toEqual([
      { code: 'ELECTION_CANDIDATES_TOO_FEW', message: '4 seat(s) need at least 6 candidates, 5 standing' },
    ]);
    await nominate(members.memberIds[5] as string);
    expect((await must(STEP('freezeRoll'), { e })).election.status).toBe('ROLL_FROZEN');
  });

  it('opens with 9 of 12 present under a quorum of 3/4, not with 8; elects with more than 2/3 of the 12 entitled, 9 votes, not 8', async () => {
    const store = new ElectionStore(db, SYSTEM_ACTOR, { clock: systemClock, ids: uuidIds, rules: RULES });
    const members = await unionWithMembers(db, 12);
    const e = value(
      await store.draft({
        organizationId: members.organizationId,
        title: '第一届工会委员会选举',
        body: 'COMMITTEE',
        seats: 2,
        contested: true,
      }),
    );
    value(await store.openNominations(e.id));
    const candidacies: string[] = [];
    for (const memberId of members.memberIds.slice(0, 3)) {
      const facts = { memberId, foreignStaff: false, employerRole: null, closeRelativeOf: null };
      candidacies.push(value(await store.nominate(e.id, facts)).id);
    }
    value(await store.freezeRoll(e.id));
    const present = members.memberIds.slice(0, 9);
    for (const voter of present.slice(0, 8)) value(await store.registerAttendance(e.id, voter));
    // 8 of 12 is two thirds (acftu2016's quorum), short of three quarters.
    const eight = await store.openVoting(e.id);
    expect(eight.ok || eight.error.code).toBe('ELECTION_QUORUM_NOT_MET');
    value(await store.registerAttendance(e.id, present[8] as string));
    value(await store.openVoting(e.id));
    const [a, b, c] = candidacies as [string, string, string];
    const tokens = await issueAll(store, e.id, present);
    // a: 9 votes, b: 8 (enough under acftu2016's more than half of 12), c: 1.
    for (const [i, token] of tokens.entries()) {
      value(await store.cast(e.id, token, i === 0 ? approving(a, c) : approving(a, b)));
    }
    const counted = value(await store.close(e.id));
    expect(counted.result).toMatchObject({ threshold: 9, elected: [a], unfilledSeats: 1 });
    // The record names the rule set, and recounts under it.
    const record = await store.record(e.id);
    expect(record?.rounds.map((r) => r.ruleSet)).toEqual(['stricter']);
    expect((await verifyElectionRecord(record, { rules: RULES })).problems).toEqual([]);
  });

  it('searches members by the ID number of someone born in 1890, which acftu2016 (from 1900) refuses', async () => {
    const { organizationId } = await unionWithMembers(db, 1);
    const first17 = '33010618900101123';
    const found = await post(SEARCH, {
      o: encodeGlobalID('Organization', organizationId),
      id: first17 + idCheckCharacter(first17),
    });
    expect(found.members.totalCount).toBe(0);
  });
});
