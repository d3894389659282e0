// The election process on both backends, races on PostgreSQL, and a DBA trying to join voters to ballots.
import { verifyElectionRecord } from '@gonghui/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../src/store/database.js';
import { createTestDatabase, testBackends, testPostgresUrl } from './support/database.js';
import {
  approving,
  electionStore,
  issueAll,
  openElection,
  unionWithMembers,
  value,
} from './support/election.js';

describe.each(testBackends())('an election from draft to approval (%s)', (backend) => {
  let db: Database;
  beforeAll(async () => {
    db = await createTestDatabase(backend);
  }, 60_000);
  afterAll(() => db?.close());

  it('runs every step, publishes a record that verifies and finds every receipt', async () => {
    const members = await unionWithMembers(db, 9);
    const { store, electionId, candidacyIds } = await openElection(db, members, { seats: 3, candidates: 4 });
    const [c1, c2, c3, c4] = candidacyIds as [string, string, string, string];
    const tokens = await issueAll(store, electionId, members.memberIds);
    const receipts: string[] = [];
    for (const [i, token] of tokens.entries()) {
      receipts.push(
        value(await store.cast(electionId, token, i < 5 ? approving(c1, c2, c3) : approving(c1, c2, c4)))
          .receipt,
      );
    }
    expect(await store.turnout(electionId)).toMatchObject({
      entitled: 9,
      present: 9,
      ballotsIssued: 9,
      ballotsCast: 9,
    });
    const used = await store.cast(electionId, tokens[0] as string, approving(c4));
    expect(used.ok || used.error.code).toBe('BALLOT_TOKEN_USED');
    const forged = await store.cast(
      electionId,
      'AAAAAAAAAAAAAAAAAAAAAA.AAAAAAAAAAAAAAAAAAAAAA',
      approving(c4),
    );
    expect(forged.ok || forged.error.code).toBe('BALLOT_TOKEN_INVALID');

    const counted = value(await store.close(electionId));
    expect(counted).toMatchObject({ status: 'COUNTED', ballotsReturned: 9 });
    // c1 and c2 have 9 votes each (listed in id order), c3 5, c4 4.
    expect(new Set(counted.result?.elected)).toEqual(new Set([c1, c2, c3]));
    const late = await store.cast(electionId, tokens[1] as string, approving(c4));
    expect(late.ok || late.error.code).toBe('ELECTION_STEP_NOT_ALLOWED');
    expect(await db.prisma.castBallot.count({ where: { electionId } })).toBe(0);

    value(await store.certify(electionId));
    value(await store.approve(electionId));
    const record = await store.record(electionId);
    expect(record?.certification).toBe('APPROVED');
    for (const receipt of receipts) {
      const checked = await verifyElectionRecord(record, { receipt, publishedSeal: record?.seal ?? '' });
      expect(checked.problems).toEqual([]);
    }
    const seals = await db.prisma.auditEntry.findMany({
      where: { targetId: electionId, action: { in: ['election.counted', 'election.approved'] } },
      orderBy: { seq: 'asc' },
    });
    expect(seals.map((e) => e.action)).toEqual(['election.counted', 'election.approved']);
    expect(seals[1]?.after).toMatchObject({ seal: record?.seal });
  }, 60_000);

  it('a seat left unfilled starts a further round (另行选举) among the rest, on the first round’s roll', async () => {
    const members = await unionWithMembers(db, 4);
    const { store, electionId, candidacyIds } = await openElection(db, members, { seats: 1, candidates: 2 });
    const [c1, c2] = candidacyIds as [string, string];
    const tokens = await issueAll(store, electionId, members.memberIds);
    // 4 entitled, 2 votes each: exactly half fails, nobody is elected.
    for (const [i, token] of tokens.entries())
      value(await store.cast(electionId, token, approving(i % 2 === 0 ? c1 : c2)));
    const counted = value(await store.close(electionId));
    expect(counted.result).toMatchObject({ elected: [], unfilledSeats: 1 });
    const next = value(await store.nextRound(electionId));
    expect(next).toMatchObject({ round: 2, firstRoundId: electionId, status: 'NOMINATIONS' });
    expect(next.roundKind).toBe('FURTHER');
    value(await store.freezeRoll(next.id));
    expect((await store.turnout(next.id))?.entitled).toBe(4);
  }, 60_000);

  it('paper ballots count once two different tellers agree on a batch', async () => {
    const members = await unionWithMembers(db, 3);
    const { store, electionId, candidacyIds } = await openElection(db, members, { seats: 1, candidates: 2 });
    const [c1] = candidacyIds as [string];
    for (const voter of members.memberIds) value(await store.issueBallot(electionId, voter));
    // A teller's slip (an id that is no candidate) is refused with the ballot's place; an over-marked
    // paper is a real ballot, entered as read and counted invalid.
    const slip = await store.enterPaperBatch(electionId, 'box0', 'teller-a', [
      approving(c1),
      approving('c-1'),
    ]);
    expect(slip.ok || [slip.error.code, slip.error.path, slip.error.message]).toEqual([
      'BALLOT_CANDIDATE_UNKNOWN',
      ['ballots', 1, 'approve', 0],
      'ballot 2 of batch box0: approve[0] is "c-1", which is not a candidate of round 1 (2 stand: the ids on the ballot paper)',
    ]);
    expect(await db.prisma.paperBallotEntry.count({ where: { electionId } })).toBe(0);
    const batch = [approving(c1), approving(c1), approving(c1, candidacyIds[1] as string)];
    expect(value(await store.enterPaperBatch(electionId, 'box1', 'teller-a', batch))).toEqual({
      accepted: 0,
    });
    const same = await store.enterPaperBatch(electionId, 'box1', 'teller-a', batch);
    expect(same.ok || same.error.code).toBe('PAPER_BATCH_ENTERED');
    const differ = await store.enterPaperBatch(electionId, 'box1', 'teller-b', [
      approving(c1),
      approving(),
      approving(c1, candidacyIds[1] as string),
    ]);
    expect(differ.ok || differ.error.code).toBe('PAPER_BATCH_MISMATCH');
    value(await store.enterPaperBatch(electionId, 'box1', 'teller-a', batch));
    expect(value(await store.enterPaperBatch(electionId, 'box1', 'teller-b', batch))).toEqual({
      accepted: 3,
    });
    const counted = value(await store.close(electionId));
    expect(counted.result?.elected).toEqual([c1]);
    expect(counted.result).toMatchObject({ validBallots: 2, invalidBallots: 1 });
  }, 60_000);
});

describe.skipIf(testPostgresUrl() === undefined)('races on PostgreSQL', () => {
  let db: Database;
  beforeAll(async () => {
    db = await createTestDatabase('postgres');
  }, 60_000);
  afterAll(() => db?.close());

  it('500 voters casting at once: one ballot per token, the count equals the casts', async () => {
    const members = await unionWithMembers(db, 500);
    const { store, electionId, candidacyIds } = await openElection(db, members, {
      seats: 2,
      candidates: 3,
      bulkAttendance: true,
    });
    const tokens = await issueAll(store, electionId, members.memberIds);
    const marks = (i: number) => approving(candidacyIds[i % 3] as string);
    const results = await Promise.all(
      tokens.map((token, i) => electionStore(db).cast(electionId, token, marks(i))),
    );
    expect(results.filter((r) => r.ok)).toHaveLength(500);
    expect(await db.prisma.castBallot.count({ where: { electionId } })).toBe(500);
    expect(await db.prisma.spentBallotToken.count({ where: { electionId } })).toBe(500);
    const counted = value(await store.close(electionId));
    expect(counted.ballotsReturned).toBe(500);
    expect(counted.result?.tally.map((e) => e.votes).sort()).toEqual([166, 167, 167]);
  }, 120_000);

  it('one token sent 20 times at once casts one ballot', async () => {
    const members = await unionWithMembers(db, 3);
    const { store, electionId, candidacyIds } = await openElection(db, members, { seats: 1, candidates: 2 });
    const [token] = await issueAll(store, electionId, members.memberIds.slice(0, 1));
    const results = await Promise.all(
      Array.from({ length: 20 }, () =>
        electionStore(db).cast(electionId, token as string, approving(candidacyIds[0] as string)),
      ),
    );
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.filter((r) => !r.ok).map((r) => !r.ok && r.error.code)).toEqual(
      Array(19).fill('BALLOT_TOKEN_USED'),
    );
    expect(await db.prisma.castBallot.count({ where: { electionId } })).toBe(1);
  }, 60_000);

  it('closing while casts are in flight: every accepted cast is counted, every later one refused', async () => {
    const members = await unionWithMembers(db, 60);
    const { store, electionId, candidacyIds } = await openElection(db, members, {
      seats: 1,
      candidates: 2,
      bulkAttendance: true,
    });
    const tokens = await issueAll(store, electionId, members.memberIds);
    const casts = tokens.map((token) =>
      electionStore(db).cast(electionId, token, approving(candidacyIds[0] as string)),
    );
    const closed = await store.close(electionId);
    const results = await Promise.all(casts);
    const accepted = results.filter((r) => r.ok).length;
    expect(
      results.filter((r) => !r.ok).every((r) => !r.ok && r.error.code === 'ELECTION_STEP_NOT_ALLOWED'),
    ).toBe(true);
    expect(value(closed).ballotsReturned).toBe(accepted);
  }, 60_000);
});

describe.skipIf(testPostgresUrl() === undefined)('secrecy against a database administrator', () => {
  let db: Database;
  beforeAll(async () => {
    db = await createTestDatabase('postgres');
  }, 60_000);
  afterAll(() => db?.close());

  it('finds no value, order or transaction shared by a voter and a ballot', async () => {
    // 30 voters cast in roll order, each writing in a name of their own: a link would show.
    const members = await unionWithMembers(db, 30);
    const { store, electionId, candidacyIds } = await openElection(db, members, { seats: 3, candidates: 4 });
    const voters = members.memberIds;
    const tokens = await issueAll(store, electionId, voters);
    const secretOf = new Map<string, string>();
    for (const [i, token] of tokens.entries()) {
      const writeIn = `选民${i}号`;
      const cast = value(
        await store.cast(electionId, token, { approve: [candidacyIds[0] as string], writeIns: [writeIn] }),
      );
      secretOf.set(voters[i] as string, cast.receipt);
    }
    // While open: the cast ballots are sealed (no receipt, no name in clear) and carry no voter.
    const open = await dump(db);
    for (const [voter, receipt] of secretOf) {
      expect(rowsHolding(open, voter).filter((r) => rowHoldsAny(r, [receipt, ...tokens]))).toEqual([]);
      expect(rowsHolding(open, receipt)).toEqual([]);
    }
    expect(rowsHolding(open, '选民0号')).toEqual([]);
    // No transaction wrote both a voter's row and a ballot's row (xmin): issuing and casting are apart.
    const voterXmins = new Set(voters.flatMap((v) => rowsHolding(open, v).map((r) => r.xmin)));
    const ballotRows = open.filter((r) => r.table === 'CastBallot' || r.table === 'SpentBallotToken');
    expect(ballotRows).toHaveLength(60);
    expect(ballotRows.filter((r) => voterXmins.has(r.xmin))).toEqual([]);
    value(await store.close(electionId));
    const closed = await dump(db);
    // Every ballot now lives in the record only: one row, one transaction, ballots ordered by hash.
    const holders = new Set(rowsHolding(closed, '选民0号').map((r) => r.table));
    expect([...holders]).toEqual(['Election']);
    expect(await db.prisma.castBallot.count()).toBe(0);
    const record = await store.record(electionId);
    const ballots = record?.rounds[0]?.ballots ?? [];
    expect(ballots.map((b) => b.hash)).toEqual(ballots.map((b) => b.hash).sort());
    // The attacker's best joins: by shared values (none but the election id), by issue order against record order.
    for (const [voter, receipt] of secretOf) {
      const sharing = rowsHolding(closed, voter).filter((r) => rowHoldsAny(r, [receipt]));
      expect(sharing).toEqual([]);
    }
    const issueOrder = (
      await db.prisma.auditEntry.findMany({
        where: { targetId: electionId, action: 'election.ballotIssued' },
        orderBy: { seq: 'asc' },
      })
    ).map((e) => (e.after as { voterId: string }).voterId);
    expect(issueOrder).toEqual(voters);
    const guessed = ballots.map((b, i) => [issueOrder[i], b.receipt] as const);
    const right = guessed.filter(([voter, receipt]) => secretOf.get(voter as string) === receipt).length;
    expect(right).toBeLessThan(ballots.length);
    // No audit entry names a receipt, a token or a written-in name.
    const audit = JSON.stringify(
      await db.prisma.auditEntry.findMany({ where: { targetId: electionId } }),
      (_k, v) => (typeof v === 'bigint' ? String(v) : v),
    );
    for (const secret of [...secretOf.values(), ...tokens, '选民0号']) expect(audit).not.toContain(secret);
  }, 60_000);
});

/** One row of any table, as a database administrator sees it: its table, its transaction (xmin) and every column as text. */
interface DumpedRow {
  readonly table: string;
  readonly xmin: string;
  readonly text: string;
}

/** Every row of every table of the public schema, with its xmin and ctid. */
async function dump(db: Database): Promise<DumpedRow[]> {
  const tables = await db.prisma.$queryRaw<{ name: string }[]>`
    SELECT table_name AS name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE'`;
  const rows: DumpedRow[] = [];
  for (const { name } of tables) {
    const found = await db.prisma.$queryRawUnsafe<{ xmin: string; row: unknown }[]>(
      `SELECT t.xmin::text AS xmin, row_to_json(t)::text AS row FROM "${name}" t`,
    );
    for (const r of found) rows.push({ table: name, xmin: r.xmin, text: String(r.row) });
  }
  return rows;
}

/** Rows whose text holds `value`. */
function rowsHolding(rows: readonly DumpedRow[], value: string): DumpedRow[] {
  return rows.filter((r) => r.text.includes(value));
}

/** Whether a row's text holds any of `values`. */
function rowHoldsAny(row: DumpedRow, values: readonly string[]): boolean {
  return values.some((v) => row.text.includes(v));
}
