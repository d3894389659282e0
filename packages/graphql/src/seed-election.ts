// Demo elections of 梅园村's industry-chain federation: its committee elected and certified (the
// published record and the voters' receipts), then the committee electing its chair — left open,
// with one ballot token printed so a newcomer can cast it from GraphiQL.
import { type CommandEnv, execute, registerMember, type Store } from '@gonghui/core';
import { demoIdNumber, MEIYUAN_FEDERATION } from './seed.js';
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

/**
 * Seeds the demo elections when 梅园村's federation exists and holds no election yet: registers the
 * voters, runs the committee election to approval (everyone on the roll votes; 4 candidates, 3 seats) and opens the
 * chair election chained to it. Returns null when there was nothing to do.
 */
export async function seedDemoElections(
  db: Pick<Database, 'prisma' | 'personalData' | 'auditKey'>,
  store: Store,
  env: CommandEnv,
  who: AuditActor,
): Promise<ElectionSeedReport | null> {
  const { prisma } = db;
  const elections = new ElectionStore(db, who);
  const federation = await prisma.organization.findFirst({
    where: { name: MEIYUAN_FEDERATION },
    select: { id: true },
  });
  if (federation === null || (await prisma.election.count({ where: { organizationId: federation.id } })) > 0)
    return null;
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
  // The roll: every active member of the federation's member unions (the voters above, 周建国 and
  // 张海燕 of the seed, and the demo congress's delegates).
  const unions = await prisma.federationMembership.findMany({
    where: { federationId: federation.id },
    select: { memberId: true },
  });
  const people = await prisma.member.findMany({
    where: { organizationId: { in: unions.map((u) => u.memberId) }, status: 'ACTIVE' },
    select: { id: true, name: true },
    orderBy: { name: 'asc' },
  });
  const id = (name: string) => people.find((p) => p.name === name)?.id ?? '';
  const facts = { foreignStaff: false, employerRole: null, closeRelativeOf: null };

  // The committee: 3 seats, contested (4 candidates), everyone on the roll present and voting.
  const committee = must(
    await elections.draft({
      organizationId: federation.id,
      title: '梅园石产业链工会联合会第一届委员会选举',
      body: 'COMMITTEE',
      seats: 3,
      contested: true,
    }),
    'committee',
  );
  must(await elections.openNominations(committee.id), 'nominations');
  const candidates = new Map<string, string>();
  for (const name of ['周建国', '张海燕', '李明华', '王秀英']) {
    const nominated = must(await elections.nominate(committee.id, { memberId: id(name), ...facts }), name);
    candidates.set(name, nominated.id);
  }
  must(await elections.freezeRoll(committee.id), 'roll');
  const voters = people.map((p) => p.id);
  for (const voter of voters) must(await elections.registerAttendance(committee.id, voter), 'attendance');
  must(await elections.openVoting(committee.id), 'open');
  // 周建国 on every ballot; then 张海燕 and 李明华 ×4, 张海燕 and 王秀英 ×3, 李明华 and 王秀英 ×2,
  // and 张海燕 and 李明华 on the rest.
  const pairs = [
    ...Array(4).fill(['张海燕', '李明华']),
    ...Array(3).fill(['张海燕', '王秀英']),
    ...Array(2).fill(['李明华', '王秀英']),
  ] as [string, string][];
  const receipts: string[] = [];
  for (const [i, voter] of voters.entries()) {
    const token = must(await elections.issueBallot(committee.id, voter), 'ballot').token;
    const [a, b] = pairs[i] ?? ['张海燕', '李明华'];
    const marks = { approve: ['周建国', a, b].map((name) => candidates.get(name) ?? '') };
    receipts.push(must(await elections.cast(committee.id, token, marks), 'cast').receipt);
  }
  must(await elections.close(committee.id), 'close');
  must(await elections.certify(committee.id), 'certify');
  const approved = must(await elections.approve(committee.id), 'approve');
  const record = await elections.record(approved.id);

  // The chair: elected by the committee (the chained roll), uncontested, open for the newcomer.
  const chair = must(
    await elections.draft({
      organizationId: federation.id,
      title: '梅园石产业链工会联合会第一届委员会主席选举',
      body: 'CHAIR',
      seats: 1,
      contested: false,
      parentElectionId: committee.id,
    }),
    'chair',
  );
  must(await elections.openNominations(chair.id), 'chair nominations');
  must(await elections.nominate(chair.id, { memberId: id('周建国'), ...facts }), 'chair candidate');
  must(await elections.freezeRoll(chair.id), 'chair roll');
  for (const voter of ['周建国', '张海燕', '李明华'])
    must(await elections.registerAttendance(chair.id, id(voter)), `chair attendance of ${voter}`);
  must(await elections.openVoting(chair.id), 'chair open');
  const token = must(await elections.issueBallot(chair.id, id('张海燕')), 'chair ballot').token;
  return {
    committeeElectionId: committee.id,
    committeeSeal: record?.seal ?? '',
    receipts,
    chairElectionId: chair.id,
    token,
    tokenHolder: id('张海燕'),
  };
}
