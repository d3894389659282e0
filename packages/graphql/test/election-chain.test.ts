// A whole chain of elections through the API, on the demo's 梅园村 federation (its delegates'
// congress with one electoral unit per member union, its union committee of 7 seats): a new term
// opens, two units elect its delegates, the congress (its serving delegates) elects the committee,
// the committee elects its chair; each certification seats the result in the same transaction
// (delegates, positions), audited. Then seat reduction at the committee size boundary (320 members
// reported: 7–15).
import { chinaToday, dayBefore, systemClock, uuidIds, verifyElectionRecord } from '@gonghui/core';
import { encodeGlobalID } from '@pothos/plugin-relay';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MEIYUAN_FEDERATION, seedDemoData } from '../src/seed.js';
import { seedDemoElections } from '../src/seed-election.js';
import { createGonghuiYoga } from '../src/server.js';
import { SYSTEM_ACTOR } from '../src/store/audit.js';
import type { Database } from '../src/store/database.js';
import { PrismaStore } from '../src/store/prisma-store.js';
import { adminBearer, testAuth } from './support/auth.js';
import { createTestDatabase, testBackends } from './support/database.js';
import { graphqlPoster } from './support/election.js';

const ERRORS = 'errors { code message path }';
const STEP = (name: string) =>
  `mutation($e: ID!) { ${name}(input: { electionId: $e }) { election { id status reducedSeats count { elected unfilledSeats } } ${ERRORS} } }`;
const CREATE = `mutation($input: CreateElectionInput!) { createElection(input: $input) { election { id } ${ERRORS} } }`;
const NOMINATE = `mutation($input: NominateCandidateInput!) { nominateCandidate(input: $input) { candidacy { id name } ${ERRORS} } }`;
const ATTEND = `mutation($e: ID!, $v: ID!) { registerAttendance(input: { electionId: $e, voterId: $v }) { ${ERRORS} } }`;
const ISSUE = `mutation($e: ID!, $v: ID!) { issueBallotToken(input: { electionId: $e, voterId: $v }) { token ${ERRORS} } }`;
const CAST = `mutation($input: CastBallotInput!) { castBallot(input: $input) { receipt ${ERRORS} } }`;
const TURNOUT = `query($e: ID!) { node(id: $e) { ... on Election { entitled present } } }`;
const OPEN_TERM = `mutation($input: OpenTermInput!) { openTerm(input: $input) { term { id number } ${ERRORS} } }`;
const DELEGATES = `query($t: ID!) { node(id: $t) { ... on Term { delegates(first: 20) { nodes { member { name } unit { name } frontLine since status } } } } }`;
const CERTIFY = `mutation($input: CertifyElectionInput!) { certifyElection(input: $input) { election { status } ${ERRORS} } }`;
const RECORD = `query($e: ID!) { node(id: $e) { ... on Election { record seal } } }`;
const CANDIDATES = `query($e: ID!) { node(id: $e) { ... on Election { candidates { id name writtenIn } } } }`;
const POSITIONS = `query($o: ID!, $role: PositionRole, $on: String) { node(id: $o) { ... on Organization {
  positions(role: $role, heldOn: $on, first: 20) { nodes { role startsOn endsOn member { name } } } } } }`;

describe.each(testBackends())('chained elections through the API on %s', (backend) => {
  let db: Database;
  let yoga: ReturnType<typeof createGonghuiYoga>;
  let auth: string;
  let federation: string;
  const today = chinaToday(systemClock);
  const { post, must } = graphqlPoster(
    () => yoga,
    () => auth,
  );
  const member = (id: string) => encodeGlobalID('Member', id);
  const memberId = async (name: string) => (await db.prisma.member.findFirstOrThrow({ where: { name } })).id;
  const unionMembers = async (union: string) => {
    const org = await db.prisma.organization.findFirstOrThrow({ where: { name: union } });
    const rows = await db.prisma.member.findMany({
      where: { organizationId: org.id, status: 'ACTIVE' },
      orderBy: { name: 'asc' },
      select: { id: true, name: true },
    });
    return rows;
  };

  /**
   * Runs an election from draft to certification: nominates `candidates` (member ids), registers
   * every voter on the roll present, gives `voting` of them a token each and has them approve
   * `chosen` (candidate indices); closes and counts. Returns the election id and the closed round.
   */
  async function hold(
    input: Record<string, unknown>,
    candidates: { id: string; extra?: object }[],
    voters: string[],
    options: { chosen: number[]; voting?: number; writeIns?: string[] },
  ) {
    const created = await must(CREATE, { input: { organizationId: federation, title: '选举', ...input } });
    const e = created.election.id as string;
    await must(STEP('openNominations'), { e });
    const ids: string[] = [];
    for (const c of candidates) {
      const nominated = await must(NOMINATE, {
        input: { electionId: e, memberId: member(c.id), ...c.extra },
      });
      ids.push(nominated.candidacy.id);
    }
    await must(STEP('freezeRoll'), { e });
    for (const v of voters) await must(ATTEND, { e, v: member(v) });
    const roll = (await post(TURNOUT, { e })).node;
    expect(roll).toEqual({ entitled: voters.length, present: voters.length });
    await must(STEP('openVoting'), { e });
    for (const v of voters.slice(0, options.voting ?? voters.length)) {
      const { token } = await must(ISSUE, { e, v: member(v) });
      const ballot = { approve: options.chosen.map((i) => ids[i]), writeIns: options.writeIns ?? [] };
      await must(CAST, { input: { electionId: e, token, ballot } });
    }
    const closed = await must(STEP('closeElection'), { e });
    return { e, closed: closed.election };
  }

  beforeAll(async () => {
    db = await createTestDatabase(backend);
    const store = new PrismaStore(db);
    const env = { clock: systemClock, ids: uuidIds };
    await seedDemoData(store, env);
    await seedDemoElections(db, store, env, SYSTEM_ACTOR);
    yoga = createGonghuiYoga({ db, auth: await testAuth() });
    auth = await adminBearer();
    const org = await db.prisma.organization.findFirstOrThrow({ where: { name: MEIYUAN_FEDERATION } });
    federation = encodeGlobalID('Organization', org.id);
  }, 180_000);
  afterAll(() => db?.close());

  it('the demo: yesterday the congress’s delegates elected the committee’s 7 members, seated from that day', async () => {
    const yesterday = dayBefore(today);
    const held = (await post(POSITIONS, { o: federation, on: yesterday })).node.positions.nodes;
    expect(held.map((p: any) => [p.member.name, p.role, p.startsOn]).sort()).toEqual(
      ['张海燕', '周建国', '李国强', '王秀珍', '陈立新', '李明华', '王秀英']
        .map((n) => [n, 'MEMBER', yesterday])
        .sort(),
    );
    // The chair elected by the congress's committee of 2024 held office until the day before.
    const chairs = (await post(POSITIONS, { o: federation, role: 'CHAIR', on: dayBefore(yesterday) })).node;
    expect(chairs.positions.nodes).toEqual([
      { role: 'CHAIR', startsOn: '2024-03-01', endsOn: dayBefore(yesterday), member: { name: '张海燕' } },
    ]);
  });

  it('units elect delegates → the congress elects the committee → the committee elects its chair', async () => {
    const org = await db.prisma.organization.findFirstOrThrow({ where: { name: MEIYUAN_FEDERATION } });
    const congress = await db.prisma.congress.findFirstOrThrow({ where: { organizationId: org.id } });
    const committee = await db.prisma.committee.findFirstOrThrow({
      where: { organizationId: org.id, kind: 'UNION_COMMITTEE' },
    });
    const opened = await must(OPEN_TERM, {
      input: { congressId: encodeGlobalID('Congress', congress.id), startsOn: today, years: 5 },
    });
    const term = opened.term.id as string;
    expect(opened.term.number).toBe(2);
    const unitOf = async (union: string) =>
      encodeGlobalID(
        'ElectoralUnit',
        (await db.prisma.electoralUnit.findFirstOrThrow({ where: { congressId: congress.id, name: union } }))
          .id,
      );

    // 1. Two units elect the new term's delegates: 石矿开采 two, 石材加工 one (uncontested).
    const delegates: string[] = [];
    for (const [union, seats] of [
      ['宁波梅园石矿开采有限公司工会', 2],
      ['宁波梅园石材加工有限公司工会', 1],
    ] as const) {
      const people = await unionMembers(union);
      const chosen = people.slice(0, seats);
      const { e, closed } = await hold(
        { body: 'DELEGATES', seats, contested: false, termId: term, unitId: await unitOf(union) },
        chosen.map((p) => ({ id: p.id, extra: { frontLine: true } })),
        people.map((p) => p.id),
        { chosen: chosen.map((_, i) => i) },
      );
      expect([...closed.count.elected].sort()).toEqual(chosen.map((p) => p.name).sort());
      await must(STEP('certifyElection'), { e });
      delegates.push(...chosen.map((p) => p.name));
    }
    const roll = (await post(DELEGATES, { t: term })).node.delegates.nodes;
    expect(roll.map((d: { member: { name: string } }) => d.member.name).sort()).toEqual(
      [...delegates].sort(),
    );
    expect(roll[0]).toMatchObject({ frontLine: true, since: today, status: 'SERVING' });

    // 2. The congress elects the committee: its roll is the term's three serving delegates; 3 of 4 candidates.
    const candidates = await Promise.all(['周建国', '张海燕', '李明华', '王秀英'].map(memberId));
    const delegateIds = await Promise.all(delegates.map(memberId));
    const elected = await hold(
      {
        body: 'COMMITTEE',
        seats: 3,
        contested: true,
        termId: term,
        committeeId: encodeGlobalID('Committee', committee.id),
      },
      candidates.map((id) => ({ id })),
      delegateIds,
      { chosen: [0, 1, 2] },
    );
    expect([...elected.closed.count.elected].sort()).toEqual(['周建国', '张海燕', '李明华'].sort());
    await must(STEP('certifyElection'), { e: elected.e });
    const members = (await post(POSITIONS, { o: federation, on: today })).node.positions.nodes;
    expect(members.map((p: any) => [p.member.name, p.role, p.startsOn]).sort()).toEqual([
      ['周建国', 'MEMBER', today],
      ['张海燕', 'MEMBER', today],
      ['李明华', 'MEMBER', today],
    ]);
    // The demo's committee, seated yesterday, held office for that one day.
    const before = (await post(POSITIONS, { o: federation, on: dayBefore(today) })).node.positions.nodes;
    expect(before).toHaveLength(7);
    expect(before.every((p: any) => p.endsOn === dayBefore(today))).toBe(true);

    // 3. The committee elects its chair: its roll is the three members; the member's position becomes the chair's.
    const chair = await hold(
      { body: 'CHAIR', seats: 1, contested: false, committeeId: encodeGlobalID('Committee', committee.id) },
      [{ id: candidates[1] as string }],
      candidates.slice(0, 3),
      { chosen: [0] },
    );
    expect(chair.closed.count.elected).toEqual(['张海燕']);
    await must(STEP('certifyElection'), { e: chair.e });
    const chairs = (await post(POSITIONS, { o: federation, role: 'CHAIR', on: today })).node.positions.nodes;
    expect(chairs).toEqual([{ role: 'CHAIR', startsOn: today, endsOn: null, member: { name: '张海燕' } }]);

    // Each seat was written and audited by the certification's transaction.
    const newTerm = await db.prisma.delegate.findMany({
      where: { term: { number: 2, congressId: congress.id } },
    });
    const started = await db.prisma.position.findMany({
      where: { committeeId: committee.id, startsOn: new Date(`${today}T00:00:00Z`) },
    });
    const ended = await db.prisma.position.findMany({
      where: { committeeId: committee.id, endsOn: new Date(`${dayBefore(today)}T00:00:00Z`) },
    });
    const entries = await db.prisma.auditEntry.findMany({
      where: {
        OR: [
          { action: 'congress.delegateAdded', targetId: { in: newTerm.map((d) => d.id) } },
          { action: 'committee.positionAppointed', targetId: { in: started.map((p) => p.id) } },
          { action: 'committee.positionRoleChanged', targetId: { in: started.map((p) => p.id) } },
          { action: 'committee.positionEnded', targetId: { in: ended.map((p) => p.id) } },
        ],
      },
      select: { action: true },
    });
    const counted: Record<string, number> = {};
    for (const { action } of entries) counted[action] = (counted[action] ?? 0) + 1;
    expect(counted).toEqual({
      'congress.delegateAdded': 3,
      'committee.positionEnded': 7,
      'committee.positionAppointed': 3,
      'committee.positionRoleChanged': 1,
    });
    const certified = await db.prisma.auditEntry.findFirstOrThrow({
      where: { action: 'election.certified', targetId: idOf(chair.e) },
    });
    expect(certified.after).toMatchObject({ seated: { delegates: 0, positions: 1 } });
  }, 240_000);

  it('a committee re-elected the day it was seated: today’s positions are rescinded, none ends before it began', async () => {
    const org = await db.prisma.organization.findFirstOrThrow({ where: { name: MEIYUAN_FEDERATION } });
    const committee = await db.prisma.committee.findFirstOrThrow({
      where: { organizationId: org.id, kind: 'UNION_COMMITTEE' },
    });
    const term = await db.prisma.term.findFirstOrThrow({
      where: { number: 2, congress: { organizationId: org.id } },
    });
    const serving = await db.prisma.delegate.findMany({ where: { termId: term.id, status: 'SERVING' } });
    const seatedToday = await db.prisma.position.findMany({
      where: { committeeId: committee.id, startsOn: new Date(`${today}T00:00:00Z`), endsOn: null },
    });
    expect(seatedToday).toHaveLength(3);
    const candidates = await Promise.all(['周建国', '张海燕', '李明华', '王秀英'].map(memberId));
    const again = await hold(
      {
        body: 'COMMITTEE',
        seats: 3,
        contested: true,
        termId: encodeGlobalID('Term', term.id),
        committeeId: encodeGlobalID('Committee', committee.id),
      },
      candidates.map((id) => ({ id })),
      serving.map((d) => d.memberId),
      { chosen: [1, 2, 3] },
    );
    await must(STEP('certifyElection'), { e: again.e });
    const members = (await post(POSITIONS, { o: federation, on: today })).node.positions.nodes;
    expect(members.map((p: any) => [p.member.name, p.role, p.startsOn, p.endsOn]).sort()).toEqual([
      ['张海燕', 'MEMBER', today, null],
      ['李明华', 'MEMBER', today, null],
      ['王秀英', 'MEMBER', today, null],
    ]);
    const reversed = await db.prisma.$queryRaw<{ n: number }[]>`
      SELECT count(*)::int AS n FROM "Position" WHERE "endsOn" < "startsOn"`;
    expect(reversed).toEqual([{ n: 0 }]);
    const rescinded = await db.prisma.auditEntry.findMany({
      where: { action: 'committee.positionRescinded', targetId: { in: seatedToday.map((p) => p.id) } },
    });
    expect(rescinded.map((r) => (r.before as { role: string }).role).sort()).toEqual([
      'CHAIR',
      'MEMBER',
      'MEMBER',
    ]);
  }, 240_000);

  it('a unit’s delegates elected again the day they were seated: no more than the vacant seats, no member twice', async () => {
    const org = await db.prisma.organization.findFirstOrThrow({ where: { name: MEIYUAN_FEDERATION } });
    const congress = await db.prisma.congress.findFirstOrThrow({ where: { organizationId: org.id } });
    const term = await db.prisma.term.findFirstOrThrow({ where: { number: 2, congressId: congress.id } });
    const union = '宁波梅园石矿开采有限公司工会';
    const unit = await db.prisma.electoralUnit.findFirstOrThrow({
      where: { congressId: congress.id, name: union },
    });
    const serving = await db.prisma.delegate.count({ where: { termId: term.id, status: 'SERVING' } });
    const vacant = (congress.seats ?? 0) - serving;
    const input = {
      organizationId: federation,
      title: '补选代表',
      body: 'DELEGATES',
      contested: false,
      termId: encodeGlobalID('Term', term.id),
      unitId: encodeGlobalID('ElectoralUnit', unit.id),
    };
    const over = await post(CREATE, { input: { ...input, seats: vacant + 1 } });
    expect(over.createElection.errors).toEqual([
      expect.objectContaining({ code: 'ELECTION_CHAIN_INVALID', path: ['input', 'seats'] }),
    ]);
    expect(over.createElection.errors[0].message).toContain(`fills at most ${vacant} vacant seats`);
    const e = (await must(CREATE, { input: { ...input, seats: 1 } })).election.id as string;
    await must(STEP('openNominations'), { e });
    // The unit seated its first two members (by name) today; the third is not on the term's roll.
    const [seatedToday, , free] = await unionMembers(union);
    const again = await post(NOMINATE, {
      input: { electionId: e, memberId: member(seatedToday?.id as string) },
    });
    expect(again.nominateCandidate.errors).toEqual([
      expect.objectContaining({ code: 'CONGRESS_DELEGATE_ALREADY', path: ['input', 'memberId'] }),
    ]);
    await must(NOMINATE, { input: { electionId: e, memberId: member(free?.id as string) } });
  }, 240_000);

  it('refuses what an election cannot be chained to, as data', async () => {
    const org = await db.prisma.organization.findFirstOrThrow({ where: { name: MEIYUAN_FEDERATION } });
    const committee = await db.prisma.committee.findFirstOrThrow({ where: { organizationId: org.id } });
    const created = await post(CREATE, {
      input: {
        organizationId: federation,
        title: '代表选举',
        body: 'DELEGATES',
        seats: 1,
        contested: false,
      },
    });
    expect(created.createElection.errors).toEqual([
      {
        code: 'ELECTION_CHAIN_INVALID',
        message: "a delegates' election names the congress term its delegates join",
        path: ['input', 'termId'],
      },
    ]);
    const tooMany = await post(CREATE, {
      input: {
        organizationId: federation,
        title: '委员会选举',
        body: 'COMMITTEE',
        seats: 9,
        contested: true,
        committeeId: encodeGlobalID('Committee', committee.id),
      },
    });
    expect(tooMany.createElection.errors[0]).toMatchObject({
      code: 'ELECTION_CHAIN_INVALID',
      message: "9 seats exceed the committee's 7",
    });
  });

  it('reduces a committee election’s seats only to a size 320 members allow (7–15, odd)', async () => {
    const org = await db.prisma.organization.findFirstOrThrow({ where: { name: MEIYUAN_FEDERATION } });
    const unions = await db.prisma.federationMembership.findMany({ where: { federationId: org.id } });
    const people = await db.prisma.member.findMany({
      where: { status: 'ACTIVE', organizationId: { in: unions.map((u) => u.memberId) } },
      select: { id: true },
      orderBy: { name: 'asc' },
    });
    const voters = people.map((p) => p.id);
    const candidates = voters.slice(0, 10).map((id) => ({ id }));
    const majority = Math.floor(voters.length / 2) + 1;
    const six = await hold({ body: 'COMMITTEE', seats: 9, contested: true }, candidates, voters, {
      chosen: [0, 1, 2, 3, 4, 5],
      voting: majority,
    });
    expect(six.closed.count.unfilledSeats).toBe(3);
    const refused = (await post(STEP('reduceSeats'), { e: six.e })).reduceSeats;
    expect(refused.errors).toEqual([
      {
        code: 'ELECTION_SEATS_NOT_REDUCIBLE',
        message: '6 elected: a union of 320 members has a committee of 7–15, not 6; hold a further round',
        path: ['input'],
      },
    ]);
    // One further round per counted round: asked for twice, the second is refused (it made a second round 2).
    await must(STEP('startNextRound'), { e: six.e });
    expect((await post(STEP('startNextRound'), { e: six.e })).startNextRound.errors[0]).toMatchObject({
      code: 'ELECTION_STEP_NOT_ALLOWED',
      message: 'round 2 was started already',
    });
    expect(await db.prisma.election.count({ where: { firstRoundId: idOf(six.e), round: 2 } })).toBe(1);
    // Chained to the union committee (enlarged to 9 seats for this test): the committee's seats follow.
    const committee = await db.prisma.committee.update({
      where: { organizationId_kind: { organizationId: org.id, kind: 'UNION_COMMITTEE' } },
      data: { seats: 9 },
    });
    const committeeId = encodeGlobalID('Committee', committee.id);
    const seven = await hold(
      { body: 'COMMITTEE', seats: 9, contested: true, committeeId },
      candidates,
      voters,
      {
        chosen: [0, 1, 2, 3, 4, 5, 6],
        voting: majority,
      },
    );
    const reduced = await must(STEP('reduceSeats'), { e: seven.e });
    expect(reduced.election).toMatchObject({ status: 'COUNTED', reducedSeats: 7 });
    expect((await db.prisma.committee.findUniqueOrThrow({ where: { id: committee.id } })).seats).toBe(7);
    const entry = await db.prisma.auditEntry.findFirstOrThrow({
      where: { action: 'committee.seatsReduced', targetId: committee.id },
    });
    expect([entry.before, entry.after]).toMatchObject([{ seats: 9 }, { seats: 7 }]);
    expect((await post(STEP('startNextRound'), { e: seven.e })).startNextRound.errors[0].code).toBe(
      'ELECTION_STEP_NOT_ALLOWED',
    );
  }, 240_000);

  it('a chained election that elected a write-in: certified once certification says who they are', async () => {
    const org = await db.prisma.organization.findFirstOrThrow({ where: { name: MEIYUAN_FEDERATION } });
    const committee = await db.prisma.committee.findFirstOrThrow({
      where: { organizationId: org.id, kind: 'UNION_COMMITTEE' },
    });
    const on = new Date(`${today}T00:00:00Z`);
    const holders = await db.prisma.position.findMany({
      where: {
        committeeId: committee.id,
        startsOn: { lte: on },
        OR: [{ endsOn: null }, { endsOn: { gte: on } }],
      },
      select: { memberId: true, member: { select: { name: true } } },
      orderBy: { memberId: 'asc' },
    });
    const voters = holders.map((p) => p.memberId);
    const [first, second, third] = voters as [string, string, string];
    const committeeId = encodeGlobalID('Committee', committee.id);
    // An outsider cannot even be nominated here.
    const created = await must(CREATE, {
      input: {
        organizationId: federation,
        title: '副主席选举',
        body: 'VICE_CHAIR',
        seats: 1,
        contested: false,
        committeeId,
      },
    });
    await must(STEP('openNominations'), { e: created.election.id });
    const outsider = await post(NOMINATE, { input: { electionId: created.election.id, name: '王写' } });
    expect(outsider.nominateCandidate.errors[0]).toMatchObject({ code: 'CANDIDATE_NOT_MEMBER' });
    // Every voter writes in the same outsider instead of the candidate: the count elects the write-in.
    const vice = await hold(
      { body: 'VICE_CHAIR', seats: 1, contested: false, committeeId },
      [{ id: first }],
      voters,
      { chosen: [], writeIns: ['王写'] },
    );
    expect(vice.closed.count.elected).toEqual(['王写']);
    const refused = (await post(STEP('certifyElection'), { e: vice.e })).certifyElection;
    expect(refused.errors).toEqual([
      {
        code: 'ELECTION_ELECTED_NOT_MEMBER',
        message:
          '王写 (written in) was elected but is no registered member: only members take seats as delegates or positions; ' +
          'on certification identify them as a member, or as taking no seat (a further round fills it)',
        path: ['input', 'electionId'],
      },
    ]);
    expect((await db.prisma.election.findUniqueOrThrow({ where: { id: idOf(vice.e) } })).status).toBe(
      'COUNTED',
    );
    // A member registered under another name is not the one written in.
    const mismatch = await post(CERTIFY, {
      input: { electionId: vice.e, writeIns: [{ name: '王写', memberId: member(second) }] },
    });
    expect(mismatch.certifyElection.errors[0]).toMatchObject({
      code: 'ELECTION_WRITE_IN_MISMATCH',
      path: ['input', 'writeIns', '0', 'memberId'],
    });
    // 王写 is no member: certified as taking no seat, the seat goes to a further round (另行选举).
    const certified = await must(CERTIFY, { input: { electionId: vice.e, writeIns: [{ name: '王写' }] } });
    expect(certified.election.status).toBe('CERTIFIED');
    const vices = async () =>
      (await post(POSITIONS, { o: federation, role: 'VICE_CHAIR', on: today })).node.positions.nodes
        .map((p: any) => p.member.name)
        .sort();
    expect(await vices()).toEqual([]);
    const started = await must(STEP('startNextRound'), { e: vice.e });
    const further = started.election.id as string;
    // Starting it changes the record (the election is no longer certified as a whole): its seal is published.
    const published = await db.prisma.auditEntry.findFirstOrThrow({
      where: { action: 'election.roundStarted', targetId: idOf(vice.e) },
    });
    const current = (await post(RECORD, { e: vice.e })).node;
    expect(JSON.parse(current.record).certification).toBe('COUNTED');
    const checked = await verifyElectionRecord(JSON.parse(current.record), {
      publishedSeal: (published.after as { seal?: string }).seal ?? 'none published',
    });
    expect(checked.problems).toEqual([]);
    expect(current.seal).toBe(JSON.parse(current.record).seal);
    const [candidate] = (await post(CANDIDATES, { e: further })).node.candidates;
    expect(candidate.name).toBe(holders[0]?.member.name);
    await must(STEP('freezeRoll'), { e: further });
    for (const v of voters) await must(ATTEND, { e: further, v: member(v) });
    await must(STEP('openVoting'), { e: further });
    for (const v of voters) {
      const { token } = await must(ISSUE, { e: further, v: member(v) });
      await must(CAST, { input: { electionId: further, token, ballot: { approve: [candidate.id] } } });
    }
    expect((await must(STEP('closeElection'), { e: further })).election.count.elected).toEqual([
      candidate.name,
    ]);
    await must(STEP('certifyElection'), { e: further });
    expect(await vices()).toEqual([candidate.name]);

    // Voters write in a committee member by name: identified as that member (checked as a nomination), seated.
    const name = holders[1]?.member.name as string;
    const again = await hold(
      { body: 'VICE_CHAIR', seats: 1, contested: false, committeeId },
      [{ id: third }],
      voters,
      { chosen: [], writeIns: [name] },
    );
    expect(again.closed.count.elected).toEqual([name]);
    const hrHead = await post(CERTIFY, {
      input: { electionId: again.e, writeIns: [{ name, memberId: member(second), employerRole: 'HR_HEAD' }] },
    });
    expect(hrHead.certifyElection.errors[0]).toMatchObject({
      code: 'CANDIDATE_HR_HEAD',
      path: ['input', 'writeIns', '0', 'memberId'],
    });
    await must(CERTIFY, { input: { electionId: again.e, writeIns: [{ name, memberId: member(second) }] } });
    expect(await vices()).toEqual([candidate.name, name].sort());
    const entry = await db.prisma.auditEntry.findFirstOrThrow({
      where: { action: 'election.certified', targetId: idOf(again.e) },
    });
    expect(entry.after).toMatchObject({
      seated: { positions: 1 },
      writeIns: [{ name, memberId: second }],
    });
    const written = await post(CANDIDATES, { e: again.e });
    expect(written.node.candidates).toContainEqual(expect.objectContaining({ name, writtenIn: true }));
  }, 240_000);
});

/** The database id behind a global ID. */
function idOf(globalId: string): string {
  return Buffer.from(globalId, 'base64').toString('utf8').split(':').slice(1).join(':');
}
