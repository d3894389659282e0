// Demo elections of 梅园村's industry-chain federation, chained to its delegates' congress and union
// committee (seed-congress.ts): yesterday the congress (its term's serving delegates) elected the
// committee's 7 members — counted, certified, approved, the members seated from that day, the
// published record and the voters' receipts printed; today the committee (its members) elects its
// chair — left open, with one ballot token printed so a newcomer can cast it from GraphiQL.
import { type CommandEnv, chinaToday, dayBefore, execute, registerMember, type Store } from '@gonghui/core';
import { demoIdNumber, MEIYUAN_FEDERATION } from './seed.js';
import { MEIYUAN_CONGRESS } from './seed-congress.js';
import type { AuditActor } from './store/audit.js';
import type { Database } from './store/database.js';
import { ElectionStore } from './store/election.js';

/** Fictional voters registered in 梅园村's member unions for the demo elections (with 周建国 and 张海燕 of the seed). */
const MEIYUAN_VOTERS = [
  {
    union: '宁波梅园石矿开采有限公司工会',
    name: '李明华',
    first17: '33020319790512051',
    joinedOn: '2008-06-01',
  },
  {
    union: '宁波梅园石矿开采有限公司工会',
    name: '王秀英',
    first17: '33020319810707062',
    joinedOn: '2009-03-01',
  },
  {
    union: '宁波梅园石材加工有限公司工会',
    name: '陈国强',
    first17: '33020319760223071',
    joinedOn: '2006-09-01',
  },
  {
    union: '宁波梅园石材加工有限公司工会',
    name: '赵丽娟',
    first17: '33020319880930082',
    joinedOn: '2013-04-01',
  },
  {
    union: '宁波梅园石文化旅游开发有限公司工会',
    name: '孙志刚',
    first17: '33020319850115091',
    joinedOn: '2015-07-01',
  },
  {
    union: '宁波梅园石文化旅游开发有限公司工会',
    name: '吴美玲',
    first17: '33020319920808102',
    joinedOn: '2017-10-01',
  },
  {
    union: '宁波梅园石雕工艺品有限公司工会',
    name: '郑伟',
    first17: '33020319900404111',
    joinedOn: '2016-02-01',
  },
] as const;

/** What the demo printed: the elections and the token a newcomer casts. */
export interface ElectionSeedReport {
  readonly committeeElectionId: string;
  readonly committeeSeal: string;
  readonly receipts: readonly string[];
  readonly chairElectionId: string;
  /** The ballot token of one committee member, for the open chair election. */
  readonly token: string;
  /** The member id of the voter holding `token`. */
  readonly tokenHolder: string;
}

function must<T>(
  result: { ok: true; value: T } | { ok: false; error: { code: string; message: string } },
  what: string,
): T {
  if (!result.ok) throw new Error(`demo elections: ${what}: ${result.error.code} ${result.error.message}`);
  return result.value;
}

/** The committee election's 8 candidates for 7 seats (差额: 7 seats need 8). */
const COMMITTEE_CANDIDATES = ['张海燕', '周建国', '李国强', '王秀珍', '陈立新', '李明华', '王秀英', '陈国强'];

/**
 * Seeds the demo elections when 梅园村's federation exists and holds no election yet: registers the
 * voters, runs the committee election chained to the congress's current term and union committee
 * to approval as of yesterday (the five serving delegates vote; 8 candidates, 7 seats; certification
 * seats the 7 elected as the committee's members from that day) and opens the chair election
 * chained to the committee (its 7 members vote; 5 present). Returns null when there was nothing to do
 * (no federation, elections already there, or no demo congress term and committee to chain them to).
 */
export async function seedDemoElections(
  db: Pick<Database, 'prisma' | 'personalData' | 'auditKey'>,
  store: Store,
  env: CommandEnv,
  who: AuditActor,
): Promise<ElectionSeedReport | null> {
  const { prisma } = db;
  const federation = await prisma.organization.findFirst({
    where: { name: MEIYUAN_FEDERATION },
    select: { id: true },
  });
  if (federation === null || (await prisma.election.count({ where: { organizationId: federation.id } })) > 0)
    return null;
  const congress = await prisma.congress.findFirst({
    where: { organizationId: federation.id, name: MEIYUAN_CONGRESS },
    select: { terms: { where: { current: true }, select: { id: true } } },
  });
  const termId = congress?.terms[0]?.id;
  const committee = await prisma.committee.findFirst({
    where: { organizationId: federation.id, kind: 'UNION_COMMITTEE' },
    select: { id: true },
  });
  // A data directory seeded before the demo congress existed has nothing to chain them to.
  if (termId === undefined || committee === null) return null;
  for (const voter of MEIYUAN_VOTERS) {
    const union = await prisma.organization.findFirst({ where: { name: voter.union }, select: { id: true } });
    if (union === null) throw new Error(`demo elections: ${voter.union} is missing`);
    must(
      await execute(store, env, registerMember, {
        organizationId: union.id,
        name: voter.name,
        idNumber: demoIdNumber(voter.first17),
        phone: null,
        joinedOn: voter.joinedOn,
      }),
      voter.name,
    );
  }
  const unions = await prisma.federationMembership.findMany({
    where: { federationId: federation.id },
    select: { memberId: true },
  });
  const people = await prisma.member.findMany({
    where: { organizationId: { in: unions.map((u) => u.memberId) }, status: 'ACTIVE' },
    select: { id: true, name: true },
  });
  const id = (name: string) => people.find((p) => p.name === name)?.id ?? '';
  const facts = { foreignStaff: false, employerRole: null, closeRelativeOf: null };

  // Yesterday: the congress elects the committee — its roll is the term's serving delegates.
  const yesterday = new Date(`${dayBefore(chinaToday(env.clock))}T04:00:00Z`);
  const held = new ElectionStore(db, who, { ...env, clock: { now: () => yesterday } });
  const committeeElection = must(
    await held.draft({
      organizationId: federation.id,
      title: '梅园石产业链工会联合会委员会选举',
      body: 'COMMITTEE',
      seats: 7,
      contested: true,
      termId,
      committeeId: committee.id,
    }),
    'committee',
  );
  must(await held.openNominations(committeeElection.id), 'nominations');
  const candidates = new Map<string, string>();
  for (const name of COMMITTEE_CANDIDATES) {
    const nominated = must(await held.nominate(committeeElection.id, { memberId: id(name), ...facts }), name);
    candidates.set(name, nominated.id);
  }
  must(await held.freezeRoll(committeeElection.id), 'roll');
  const delegates = await prisma.delegate.findMany({
    where: { termId, status: 'SERVING' },
    select: { memberId: true },
    orderBy: { since: 'asc' },
  });
  for (const { memberId } of delegates)
    must(await held.registerAttendance(committeeElection.id, memberId), 'attendance');
  must(await held.openVoting(committeeElection.id), 'open');
  // Every delegate approves the first six; three approve 王秀英 (3 of 5: elected), two 陈国强 (2: not).
  const receipts: string[] = [];
  for (const [i, { memberId }] of delegates.entries()) {
    const token = must(await held.issueBallot(committeeElection.id, memberId), 'ballot').token;
    const names = [...COMMITTEE_CANDIDATES.slice(0, 6), i < 3 ? '王秀英' : '陈国强'];
    const marks = { approve: names.map((name) => candidates.get(name) ?? '') };
    receipts.push(must(await held.cast(committeeElection.id, token, marks), 'cast').receipt);
  }
  must(await held.close(committeeElection.id), 'close');
  must(await held.certify(committeeElection.id), 'certify');
  const approved = must(await held.approve(committeeElection.id), 'approve');
  const record = await held.record(approved.id);

  // Today: the committee elects its chair — its roll is the committee's seven members; uncontested,
  // five present (the quorum of seven), open for the newcomer.
  const elections = new ElectionStore(db, who, env);
  const chair = must(
    await elections.draft({
      organizationId: federation.id,
      title: '梅园石产业链工会联合会委员会主席选举',
      body: 'CHAIR',
      seats: 1,
      contested: false,
      parentElectionId: committeeElection.id,
      committeeId: committee.id,
    }),
    'chair',
  );
  must(await elections.openNominations(chair.id), 'chair nominations');
  must(await elections.nominate(chair.id, { memberId: id('张海燕'), ...facts }), 'chair candidate');
  must(await elections.freezeRoll(chair.id), 'chair roll');
  for (const voter of COMMITTEE_CANDIDATES.slice(0, 5))
    must(await elections.registerAttendance(chair.id, id(voter)), `chair attendance of ${voter}`);
  must(await elections.openVoting(chair.id), 'chair open');
  const token = must(await elections.issueBallot(chair.id, id('张海燕')), 'chair ballot').token;
  return {
    committeeElectionId: committeeElection.id,
    committeeSeal: record?.seal ?? '',
    receipts,
    chairElectionId: chair.id,
    token,
    tokenHolder: id('张海燕'),
  };
}
