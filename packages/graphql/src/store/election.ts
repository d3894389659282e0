// Elections on Prisma: every step runs core's pure step (core/src/election/process.ts) in one
// transaction that locks the election's row, writes what the step decided and appends its audit
// entry — except casting a ballot, which is never audited and never touches the voter's side.
//
// Secrecy (no stored data, log line, audit entry, timestamp or storage order joins a voter to a ballot):
// - A ballot token is `<nonce>.<mac>`: 128 random bits and an HMAC under a key derived from the data
//   key (which the database does not hold), bound to the election. Issuing one marks the voter's
//   roll entry `ballotIssued` and stores nothing about the token: no row, no hash, no audit field.
// - Casting checks the MAC, inserts SHA-256(token) into "SpentBallotToken" (its primary key decides
//   a race: one token, one ballot) and the ballot into "CastBallot" under a random id, sealed with
//   AES-256-GCM under another derived key (receipt and marks inside); no voter, no time, no serial.
//   It is one statement that takes only a KEY SHARE lock on the election row (casts run in
//   parallel; closing waits for them) and updates no counter.
// - Counting opens every cast ballot, deletes them all, and publishes the round's ballots in the
//   record (core's `anonymiseBallots`: sorted by hash). The heap order, xmin and WAL of "CastBallot"
//   show when sealed ballots arrived, never what they say; the record's order is by hash.
import {
  createCipheriv,
  createDecipheriv,
  createHash,
  createHmac,
  randomBytes,
  randomUUID,
  timingSafeEqual,
} from 'node:crypto';
import {
  acceptBallots,
  acftu2016,
  anonymiseBallots,
  approveElection,
  type Ballot,
  ballotsDigest,
  type Candidacy,
  type CandidateAttributes,
  type Command,
  type CommandEnv,
  certifyElection,
  checkBallotChoices,
  checkBallotShape,
  checkDelegateNominee,
  checkElectionChain,
  chinaToday,
  closeVoting,
  countRound,
  type DelegateAttributes,
  type DomainError,
  type DraftElectionInput,
  draftElection,
  type Election,
  type ElectionRecord,
  type ElectionResult,
  type EmployerRole,
  err,
  execute,
  freezeRoll,
  identifyWriteIn,
  issueBallot,
  type MembershipStatus,
  type NominationInput,
  nextRoundOf,
  nominate,
  ok,
  openNominations,
  openVoting,
  type RecordRound,
  type Result,
  type RollEntry,
  reconcilePaperBatch,
  recordResult,
  reduceCommitteeSeats,
  registerAttendance,
  rollHash,
  rollSource,
  sealElectionRecord,
  seatElected,
  startRound,
  statusesAllowing,
  systemClock,
  uuidIds,
  withdrawCandidacy,
} from '@gonghui/core';
import { Prisma, type PrismaClient } from '../generated/prisma/client.js';
import { type AuditActor, type AuditEvent, auditSealer, queueAuditEntry, SYSTEM_ACTOR } from './audit.js';
import type { AuditKey } from './audit-seal.js';
import type { Database } from './database.js';
import type { PersonalDataCipher } from './personal-data.js';
import { finishUnit, unitOfWork } from './prisma-store.js';
import { toDbDate, type UnitContext } from './unit.js';

type Tx = Prisma.TransactionClient;
type ElectionRow = Prisma.ElectionGetPayload<object>;
type CandidacyRow = Prisma.CandidacyGetPayload<object>;

/** Maps an election row to core's entity. */
export function toElection(row: ElectionRow): Election {
  return {
    id: row.id,
    organizationId: row.organizationId,
    title: row.title,
    body: row.body,
    seats: row.seats,
    method: row.method,
    contested: row.contested,
    status: row.status,
    firstRoundId: row.firstRoundId,
    round: row.round,
    roundKind: row.roundKind,
    parentElectionId: row.parentElectionId,
    termId: row.termId,
    unitId: row.unitId,
    committeeId: row.committeeId,
    rollHash: row.rollHash,
    entitled: row.entitled,
    present: row.present,
    ballotsIssued: row.ballotsIssued,
    ballotsReturned: row.ballotsReturned,
    result: (row.result as Election['result']) ?? null,
    reducedSeats: row.reducedSeats,
  };
}

function electionColumns(e: Election) {
  return {
    organizationId: e.organizationId,
    title: e.title,
    body: e.body,
    seats: e.seats,
    method: e.method,
    contested: e.contested,
    status: e.status,
    firstRoundId: e.firstRoundId,
    round: e.round,
    roundKind: e.roundKind,
    parentElectionId: e.parentElectionId,
    termId: e.termId,
    unitId: e.unitId,
    committeeId: e.committeeId,
    rollHash: e.rollHash,
    entitled: e.entitled,
    present: e.present,
    ballotsIssued: e.ballotsIssued,
    ballotsReturned: e.ballotsReturned,
    result: e.result === null ? undefined : (JSON.parse(JSON.stringify(e.result)) as Prisma.InputJsonValue),
    reducedSeats: e.reducedSeats,
  };
}

/** Maps a candidacy row to core's entity. */
export function toCandidacy(row: CandidacyRow): Candidacy {
  return {
    id: row.id,
    electionId: row.electionId,
    memberId: row.memberId,
    name: row.name,
    status: row.status,
    attributes: {
      membershipStatus: row.membershipStatus as MembershipStatus,
      foreignStaff: row.foreignStaff,
      employerRole: row.employerRole as EmployerRole | null,
      closeRelativeOf: row.closeRelativeOf as EmployerRole | null,
    },
    delegate: (row.delegate as DelegateAttributes | null) ?? null,
  };
}

/** The columns of a candidacy, from core's entity. */
function candidacyColumns(c: Candidacy) {
  const a = c.attributes;
  return {
    id: c.id,
    electionId: c.electionId,
    memberId: c.memberId,
    name: c.name,
    status: c.status,
    membershipStatus: a.membershipStatus,
    foreignStaff: a.foreignStaff,
    employerRole: a.employerRole,
    closeRelativeOf: a.closeRelativeOf ?? null,
    delegate: c.delegate === null ? Prisma.DbNull : { ...c.delegate },
  };
}

/** What a nomination gives besides the member: the facts about the employer that eligibility needs. */
export interface NominationFacts {
  readonly memberId: string | null;
  /** Required when `memberId` is null (someone outside the registry); otherwise the member's name. */
  readonly name?: string | null;
  readonly foreignStaff: boolean;
  readonly employerRole: EmployerRole | null;
  readonly closeRelativeOf: EmployerRole | null;
  /** In a delegates' election: what the delegate's composition is checked on once elected. */
  readonly delegate?: DelegateAttributes | null;
}

/**
 * Who an elected write-in is, as the certifying admin says: the member (with the facts a nomination
 * gives), or `memberId: null` for someone who takes no seat (no registered member, or not eligible).
 */
export interface WriteInFacts extends Omit<NominationFacts, 'name'> {
  /** The name as written in on the ballots (as the count lists it). */
  readonly name: string;
}

/** Turnout of one round: never a partial tally. */
export interface Turnout {
  readonly electionId: string;
  readonly status: Election['status'];
  readonly entitled: number;
  readonly present: number;
  readonly ballotsIssued: number;
  /** Ballots cast so far (online and paper), counted, never opened. */
  readonly ballotsCast: number;
}

/** The outcome of a cast: the receipt code the voter keeps. */
export interface CastReceipt {
  readonly receipt: string;
}

const TOKEN_LABEL = 'election ballot token v1: HMAC-SHA-256';
const SEAL_LABEL = 'election ballot seal v1: AES-256-GCM';
const IV_BYTES = 12;
const TAG_BYTES = 16;
const MAC_BYTES = 16;

/** Where ballots are kept apart from voters: the keys of ballot tokens and of sealed ballots, both derived from the data key. */
export class BallotKeys {
  readonly #tokenKey: Buffer;
  readonly #sealKey: Buffer;

  /** Derives both keys from the personal-data cipher's data key, each under its own label. */
  constructor(personalData: PersonalDataCipher) {
    this.#tokenKey = personalData.subkey(TOKEN_LABEL);
    this.#sealKey = personalData.subkey(SEAL_LABEL);
  }

  /** A new ballot token of an election: `<nonce>.<mac>`, base64url; nothing of it is stored. */
  issueToken(electionId: string): string {
    const nonce = randomBytes(16).toString('base64url');
    return `${nonce}.${this.#mac(electionId, nonce).toString('base64url')}`;
  }

  /** Whether a token was issued for this election by this server's key. */
  tokenValid(electionId: string, token: string): boolean {
    const [nonce, mac, extra] = token.split('.');
    if (nonce === undefined || mac === undefined || extra !== undefined || !/^[A-Za-z0-9_-]{22}$/.test(nonce))
      return false;
    const given = Buffer.from(mac, 'base64url');
    return given.length === MAC_BYTES && timingSafeEqual(given, this.#mac(electionId, nonce));
  }

  #mac(electionId: string, nonce: string): Buffer {
    return createHmac('sha256', this.#tokenKey)
      .update(`${electionId}\n${nonce}`)
      .digest()
      .subarray(0, MAC_BYTES);
  }

  /** Seals a cast ballot (receipt and marks) for the election: `v1:` + base64url(iv|tag|ciphertext). */
  seal(electionId: string, ballot: { receipt: string; marks: Ballot }): string {
    const iv = randomBytes(IV_BYTES);
    const cipher = createCipheriv('aes-256-gcm', this.#sealKey, iv);
    cipher.setAAD(Buffer.from(`CastBallot:${electionId}`));
    const body = Buffer.concat([cipher.update(JSON.stringify(ballot), 'utf8'), cipher.final()]);
    return `v1:${Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64url')}`;
  }

  /** Opens a sealed ballot of the election; throws when it does not authenticate. */
  open(electionId: string, sealed: string): { receipt: string; marks: Ballot } {
    const raw = Buffer.from(sealed.slice(3), 'base64url');
    const decipher = createDecipheriv('aes-256-gcm', this.#sealKey, raw.subarray(0, IV_BYTES));
    decipher.setAAD(Buffer.from(`CastBallot:${electionId}`));
    decipher.setAuthTag(raw.subarray(IV_BYTES, IV_BYTES + TAG_BYTES));
    const text = Buffer.concat([
      decipher.update(raw.subarray(IV_BYTES + TAG_BYTES)),
      decipher.final(),
    ]).toString('utf8');
    return JSON.parse(text) as { receipt: string; marks: Ballot };
  }
}

/** A round open for votes with its candidates, as a cast ballot is checked against it. */
interface OpenRound {
  readonly election: Election;
  readonly candidacies: readonly Candidacy[];
}

/** How many open rounds a store keeps in memory for checking ballots. */
const OPEN_ROUNDS_KEPT = 256;

/**
 * Open rounds by id, read once: while a round is open its seats, method and candidates cannot change
 * (nominations and withdrawals end before it opens), so a cast checks its ballot without a read.
 */
class OpenRounds {
  readonly #rounds = new Map<string, OpenRound>();

  /** The round as it is now, kept when it is open. */
  async get(prisma: PrismaClient, electionId: string): Promise<OpenRound | null> {
    const kept = this.#rounds.get(electionId);
    if (kept !== undefined) return kept;
    const row = await prisma.election.findUnique({
      where: { id: electionId },
      include: { candidacies: true },
    });
    if (row === null) return null;
    const round = { election: toElection(row), candidacies: row.candidacies.map(toCandidacy) };
    if (round.election.status === 'OPEN') {
      if (this.#rounds.size >= OPEN_ROUNDS_KEPT)
        this.#rounds.delete(this.#rounds.keys().next().value as string);
      this.#rounds.set(electionId, round);
    }
    return round;
  }
}

/** SHA-256 (hex) of a token: what "SpentBallotToken" keeps. */
function tokenHash(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** A receipt code: 80 random bits as five groups of four hex digits. */
function newReceipt(): string {
  return (randomBytes(10).toString('hex').match(/.{4}/g) ?? []).join('-');
}

function notFound(id: string): ElectionResult<never> {
  return err('ELECTION_NOT_FOUND', `no election with id '${id}'`, { path: ['electionId'] });
}

/** A refusal that undoes a step whose core command had already written changes (thrown out of its transaction). */
class StepRefused extends Error {
  /** Wraps the refusal the step returns. */
  constructor(readonly refusal: { readonly ok: false; readonly error: DomainError }) {
    super(refusal.error.message);
  }
}

/** What a step decided, for the audit entry: its action and what it shows after. */
interface Step<T> {
  readonly value: T;
  readonly election: Election;
  readonly action: string;
  readonly after?: unknown;
}

/**
 * The election store: one method per step of the process, each one transaction that locks the
 * election's row (`FOR UPDATE`), runs core's step, writes the outcome and appends its audit entry.
 */
export class ElectionStore {
  private readonly prisma: PrismaClient;
  private readonly keys: BallotKeys;
  private readonly auditKey: AuditKey;
  private readonly openRounds: OpenRounds;

  /** Wraps an open database (its Prisma client, data key and audit key); steps are audited as `who` (default: `system`). */
  constructor(
    private readonly db: Pick<Database, 'prisma' | 'personalData' | 'auditKey'>,
    /** Who the audit entries of this store's steps name. */
    readonly who: AuditActor = SYSTEM_ACTOR,
    /** Clock, ids and rule set of the core commands a step runs (certification's chain, seat reduction). */
    private readonly env: CommandEnv = { clock: systemClock, ids: uuidIds },
    shared?: { readonly keys: BallotKeys; readonly openRounds: OpenRounds },
  ) {
    this.prisma = db.prisma;
    this.keys = shared?.keys ?? new BallotKeys(db.personalData);
    this.auditKey = db.auditKey;
    this.openRounds = shared?.openRounds ?? new OpenRounds();
  }

  /** The same store acting for another actor (e.g. one API request's viewer). */
  as(who: AuditActor): ElectionStore {
    return new ElectionStore(this.db, who, this.env, { keys: this.keys, openRounds: this.openRounds });
  }

  /**
   * Runs a core command in a step's transaction, over a unit of work of the Prisma store's modules:
   * its changes are written and audited there. A refusal after it applied changes of its own (a
   * command that applies as it goes) undoes the whole step.
   */
  private async command<I, T>(tx: Tx, command: Command<I, T>, input: I): Promise<Result<T>> {
    const audit: AuditEvent[] = [];
    const unit: UnitContext = {
      tx,
      state: { plan: undefined, locked: new Map(), rows: new Map(), trailing: [] },
      personalData: this.db.personalData,
      who: this.who,
    };
    const uow = unitOfWork(unit, audit);
    const done = await execute({ transaction: (work) => work(uow) }, this.env, command, input);
    if (!done.ok && audit.length > 0) throw new StepRefused(done);
    if (done.ok) await finishUnit(unit, audit, null);
    return done;
  }

  /** Whether a ballot token was issued for this election (by this installation's key); says nothing of its use. */
  tokenValid(electionId: string, token: string): boolean {
    return this.keys.tokenValid(electionId, token);
  }

  private ids(): string {
    return randomUUID();
  }

  /** Runs a step on the locked election and writes it, with its audit entry, in one transaction. */
  private async step<T>(
    electionId: string,
    work: (tx: Tx, election: Election) => Promise<Result<Step<T>>>,
  ): Promise<Result<T>> {
    try {
      return await this.stepOnce(electionId, work);
    } catch (error) {
      if (error instanceof StepRefused) return error.refusal;
      throw error;
    }
  }

  private async stepOnce<T>(
    electionId: string,
    work: (tx: Tx, election: Election) => Promise<Result<Step<T>>>,
  ): Promise<Result<T>> {
    const result = await this.prisma.$transaction(
      async (tx) => {
        const [row] = await tx.$queryRaw<
          ElectionRow[]
        >`SELECT * FROM "Election" WHERE "id" = ${electionId} FOR UPDATE`;
        if (row === undefined) return notFound(electionId);
        const decided = await work(tx, toElection(row));
        if (!decided.ok) return decided;
        const { election, action, after, value } = decided.value;
        await tx.election.update({ where: { id: election.id }, data: electionColumns(election) });
        await queueAuditEntry(tx, this.who, {
          action,
          targetType: 'Election',
          targetId: election.id,
          organizationId: election.organizationId,
          after: after ?? { status: election.status },
        });
        return ok(value);
      },
      { maxWait: 10_000, timeout: 60_000 },
    );
    return this.sealed(result);
  }

  /** A committed step's result once its audit entry is sealed into the chain (a refusal queued none). */
  private async sealed<R extends Result<unknown>>(result: R): Promise<R> {
    if (result.ok) await auditSealer(this.prisma, this.auditKey).sealCommitted();
    return result;
  }

  /** Drafts an election of an organization. */
  async draft(input: DraftElectionInput): Promise<Result<Election>> {
    const drafted = draftElection(this.ids(), input);
    if (!drafted.ok) return drafted;
    const e = drafted.value;
    const result = await this.prisma.$transaction(async (tx): Promise<Result<Election>> => {
      const org = await tx.organization.findUnique({ where: { id: e.organizationId }, select: { id: true } });
      if (org === null) {
        return err('ELECTION_NOT_FOUND', `no organization with id '${e.organizationId}'`, {
          path: ['organizationId'],
        });
      }
      if (e.parentElectionId !== null) {
        const parent = await tx.election.findUnique({
          where: { id: e.parentElectionId },
          select: { status: true },
        });
        if (parent === null) return notFound(e.parentElectionId);
      }
      const chained = await this.command(tx, checkElectionChain, e);
      if (!chained.ok) return chained;
      await tx.election.create({ data: { id: e.id, ...electionColumns(e) } });
      await queueAuditEntry(tx, this.who, {
        action: 'election.drafted',
        targetType: 'Election',
        targetId: e.id,
        organizationId: e.organizationId,
        after: { title: e.title, body: e.body, seats: e.seats, method: e.method, contested: e.contested },
      });
      return ok(e);
    });
    return this.sealed(result);
  }

  /** DRAFT → NOMINATIONS. */
  openNominations(electionId: string): Promise<Result<Election>> {
    return this.step(electionId, async (_tx, e) => {
      const next = openNominations(e);
      return next.ok
        ? ok({ value: next.value, election: next.value, action: 'election.nominationsOpened' })
        : next;
    });
  }

  private async candidacies(tx: Tx, electionId: string): Promise<Candidacy[]> {
    const rows = await tx.candidacy.findMany({ where: { electionId }, orderBy: { id: 'asc' } });
    return rows.map(toCandidacy);
  }

  /**
   * What core checks a nominee on: the member's registered name and membership status from the
   * registry (or the name given for someone outside it) with the facts given.
   */
  private async nominee(tx: Tx, facts: NominationFacts): Promise<Result<NominationInput>> {
    let name = facts.name ?? '';
    let membershipStatus: MembershipStatus = 'ACTIVE';
    if (facts.memberId !== null) {
      const member = await tx.member.findUnique({
        where: { id: facts.memberId },
        select: { name: true, status: true },
      });
      if (member === null) {
        return err('CANDIDATE_NOT_FOUND', `no member with id '${facts.memberId}'`, { path: ['memberId'] });
      }
      name = member.name;
      membershipStatus = member.status;
    }
    const attributes: CandidateAttributes = {
      membershipStatus,
      foreignStaff: facts.foreignStaff,
      employerRole: facts.employerRole,
      closeRelativeOf: facts.closeRelativeOf,
    };
    return ok({ memberId: facts.memberId, name, attributes, delegate: facts.delegate ?? null });
  }

  /** Nominates a member (eligibility from the registry and the facts given; in a delegates' election of a term not one already on its roll) or a named outsider. */
  nominate(electionId: string, facts: NominationFacts): Promise<Result<Candidacy>> {
    return this.step(electionId, async (tx, e) => {
      const input = await this.nominee(tx, facts);
      if (!input.ok) return input;
      const nominated = nominate(e, await this.candidacies(tx, e.id), this.ids(), input.value);
      if (!nominated.ok) return nominated;
      const onRoll = await this.command(tx, checkDelegateNominee, { election: e, memberId: facts.memberId });
      if (!onRoll.ok) return onRoll;
      const c = nominated.value;
      await tx.candidacy.create({
        data: candidacyColumns(c),
      });
      return ok({
        value: c,
        election: e,
        action: 'election.nominated',
        after: { candidacyId: c.id, memberId: c.memberId, name: c.name },
      });
    });
  }

  /** A candidate withdraws before voting opens. */
  async withdraw(candidacyId: string): Promise<Result<Candidacy>> {
    const row = await this.prisma.candidacy.findUnique({
      where: { id: candidacyId },
      select: { electionId: true },
    });
    if (row === null)
      return err('CANDIDATE_NOT_FOUND', `no candidacy with id '${candidacyId}'`, { path: ['candidacyId'] });
    return this.step(row.electionId, async (tx, e) => {
      const current = (await this.candidacies(tx, e.id)).find((c) => c.id === candidacyId);
      if (current === undefined) return err('CANDIDATE_NOT_FOUND', `no candidacy with id '${candidacyId}'`);
      const gone = withdrawCandidacy(e, current);
      if (!gone.ok) return gone;
      await tx.candidacy.update({ where: { id: candidacyId }, data: { status: 'WITHDRAWN' } });
      return ok({ value: gone.value, election: e, action: 'election.withdrawn', after: { candidacyId } });
    });
  }

  /** The voters of a round, from where core says its roll comes from (`rollSource`), as they are today. */
  private async voters(tx: Tx, e: Election): Promise<string[]> {
    const source = rollSource(e);
    switch (source.kind) {
      case 'FIRST_ROUND': {
        const rows = await tx.electionRollEntry.findMany({
          where: { electionId: source.electionId },
          select: { voterId: true },
        });
        return rows.map((r) => r.voterId);
      }
      case 'ELECTED_BY': {
        const rounds = await tx.election.findMany({
          where: { firstRoundId: source.electionId },
          select: { result: true, status: true },
        });
        const elected = rounds
          .filter((r) => r.status === 'CERTIFIED' || r.status === 'APPROVED')
          .flatMap((r) => (r.result as { elected?: string[] } | null)?.elected ?? []);
        const members = await tx.candidacy.findMany({
          where: {
            memberId: { not: null },
            OR: [
              { id: { in: elected } },
              { status: 'WRITTEN_IN', name: { in: elected }, election: { firstRoundId: source.electionId } },
            ],
          },
          select: { memberId: true },
        });
        return members.map((m) => m.memberId as string);
      }
      case 'SERVING_DELEGATES': {
        const rows = await tx.delegate.findMany({
          where: { termId: source.termId, status: 'SERVING' },
          select: { memberId: true },
        });
        return rows.map((r) => r.memberId);
      }
      case 'COMMITTEE_MEMBERS': {
        const today = toDbDate(chinaToday(this.env.clock));
        const rows = await tx.position.findMany({
          where: {
            committeeId: source.committeeId,
            startsOn: { lte: today },
            OR: [{ endsOn: null }, { endsOn: { gte: today } }],
          },
          select: { memberId: true },
        });
        return rows.map((r) => r.memberId);
      }
      case 'UNIT_MEMBERS': {
        const rows = await tx.$queryRaw<{ id: string }[]>`
          SELECT m."id" FROM "Member" m
          WHERE m."status" = 'ACTIVE' AND m."organizationId" IN (
            SELECT l."descendantId" FROM "ElectoralUnitOrganization" u
            JOIN "OrganizationLink" l ON l."ancestorId" = u."organizationId"
            WHERE u."unitId" = ${source.unitId})`;
        return rows.map((r) => r.id);
      }
      case 'MEMBERS': {
        const rows = await tx.$queryRaw<{ id: string }[]>`
          SELECT m."id" FROM "Member" m
          WHERE m."status" = 'ACTIVE' AND m."organizationId" IN (${membersUnder(source.organizationId)})`;
        return rows.map((r) => r.id);
      }
    }
  }

  /** NOMINATIONS → ROLL_FROZEN: the roll computed now (the cutoff), stored, hashed. */
  freezeRoll(electionId: string): Promise<Result<Election>> {
    return this.step(electionId, async (tx, e) => {
      const voters = [...new Set(await this.voters(tx, e))];
      const frozen = freezeRoll(
        e,
        await this.candidacies(tx, e.id),
        voters,
        await rollHash(voters),
        this.env.rules,
      );
      if (!frozen.ok) return frozen;
      await tx.electionRollEntry.createMany({
        data: voters.map((voterId) => ({ electionId: e.id, voterId })),
      });
      return ok({
        value: frozen.value,
        election: frozen.value,
        action: 'election.rollFrozen',
        after: {
          status: frozen.value.status,
          entitled: frozen.value.entitled,
          rollHash: frozen.value.rollHash,
        },
      });
    });
  }

  private async rollEntry(tx: Tx, electionId: string, voterId: string): Promise<RollEntry | null> {
    const [row] = await tx.$queryRaw<RollEntry[]>`
      SELECT "electionId", "voterId", "present", "ballotIssued" FROM "ElectionRollEntry"
      WHERE "electionId" = ${electionId} AND "voterId" = ${voterId} FOR UPDATE`;
    return row ?? null;
  }

  /** Registers a voter present (实到). */
  registerAttendance(electionId: string, voterId: string): Promise<Result<Election>> {
    return this.step(electionId, async (tx, e) => {
      const done = registerAttendance(e, await this.rollEntry(tx, e.id, voterId));
      if (!done.ok) return done;
      await tx.electionRollEntry.update({
        where: { electionId_voterId: { electionId: e.id, voterId } },
        data: { present: true },
      });
      return ok({
        value: done.value.election,
        election: done.value.election,
        action: 'election.attended',
        after: { voterId },
      });
    });
  }

  /** ROLL_FROZEN → OPEN when the quorum is present. */
  openVoting(electionId: string): Promise<Result<Election>> {
    return this.step(electionId, async (tx, e) => {
      const opened = openVoting(e, await this.candidacies(tx, e.id), this.env.rules);
      if (!opened.ok) return opened;
      return ok({
        value: opened.value,
        election: opened.value,
        action: 'election.opened',
        after: { status: 'OPEN', entitled: e.entitled, present: e.present },
      });
    });
  }

  /**
   * Issues a ballot token to a present voter (registered present first when `checkIn`): the roll
   * entry says "issued"; the token goes back to the caller only and is stored nowhere.
   */
  issueBallot(electionId: string, voterId: string, checkIn = false): Promise<Result<{ token: string }>> {
    return this.step(electionId, async (tx, e) => {
      let entry = await this.rollEntry(tx, e.id, voterId);
      let election = e;
      if (checkIn && entry !== null && !entry.present) {
        const attended = registerAttendance(e, entry);
        if (!attended.ok) return attended;
        ({ election, entry } = attended.value);
      }
      const issued = issueBallot(election, entry);
      if (!issued.ok) return issued;
      await tx.electionRollEntry.update({
        where: { electionId_voterId: { electionId: e.id, voterId } },
        data: { present: true, ballotIssued: true },
      });
      const token = this.keys.issueToken(e.id);
      return ok({
        value: { token },
        election: issued.value.election,
        action: 'election.ballotIssued',
        after: { voterId },
      });
    });
  }

  /**
   * Casts a ballot with a token: refused unless the election is open, the token is this election's
   * and unused, and the ballot is a ballot whose every choice stands in this round (core's
   * `checkBallotChoices`: a refused ballot leaves the token unused). Not audited, no counter
   * touched, no time stored.
   */
  async cast(electionId: string, token: string, marks: Ballot): Promise<Result<CastReceipt>> {
    const shaped = checkBallotShape(marks);
    if (!shaped.ok) return shaped;
    if (!this.keys.tokenValid(electionId, token)) {
      return err('BALLOT_TOKEN_INVALID', 'this ballot token was not issued for this election', {
        path: ['token'],
      });
    }
    const round = await this.openRounds.get(this.prisma, electionId);
    if (round === null) return notFound(electionId);
    const open = acceptBallots(round.election, 1);
    if (!open.ok) return open;
    const chosen = checkBallotChoices(round.election, round.candidacies, shaped.value);
    if (!chosen.ok) return chosen;
    const receipt = newReceipt();
    const sealed = this.keys.seal(electionId, { receipt, marks: chosen.value });
    // One statement, one round trip: the election row KEY SHARE-locked while it is in a status that
    // takes ballots (closing waits for it), the token's hash inserted unless spent, the ballot only
    // when the hash went in. A refusal is then named by core's rule from the row as it is.
    const [outcome] = await this.prisma.$queryRaw<{ cast: boolean }[]>`
      WITH "open" AS (
        SELECT "id" FROM "Election" WHERE "id" = ${electionId} AND "status"::text = ANY(${[...statusesAllowing('cast a ballot')]})
        FOR KEY SHARE),
      "spent" AS (
        INSERT INTO "SpentBallotToken" ("electionId", "tokenHash") SELECT "id", ${tokenHash(token)} FROM "open"
        ON CONFLICT DO NOTHING RETURNING "electionId"),
      "cast" AS (
        INSERT INTO "CastBallot" ("id", "electionId", "sealed") SELECT ${randomUUID()}, "electionId", ${sealed} FROM "spent"
        RETURNING 1)
      SELECT EXISTS (SELECT 1 FROM "cast") AS "cast"`;
    if (outcome?.cast) return ok({ receipt });
    const row = await this.prisma.election.findUnique({ where: { id: electionId } });
    if (row === null) return notFound(electionId);
    const accepted = acceptBallots(toElection(row), 1);
    if (!accepted.ok) return accepted;
    return err('BALLOT_TOKEN_USED', 'this ballot token has already cast its ballot', { path: ['token'] });
  }

  /**
   * One teller's entry of a batch of paper ballots. When another teller has entered the same batch
   * and both agree, the batch's ballots are cast (each with a receipt nobody holds); a disagreement
   * is refused and both entries are dropped so the batch is entered again.
   */
  enterPaperBatch(
    electionId: string,
    batch: string,
    teller: string,
    ballots: readonly Ballot[],
  ): Promise<Result<{ accepted: number }>> {
    return this.step(electionId, async (tx, e) => {
      if (e.status !== 'OPEN' && e.status !== 'CLOSED') {
        return acceptBallots(e, 0) as ElectionResult<never>;
      }
      const candidacies = await this.candidacies(tx, e.id);
      const shaped: Ballot[] = [];
      for (const [k, b] of ballots.entries()) {
        const s = checkBallotShape(b);
        const checked = s.ok ? checkBallotChoices(e, candidacies, s.value, 'PAPER') : s;
        if (!checked.ok) {
          const { code, message, path = [], details } = checked.error;
          return err(code, `ballot ${k + 1} of batch ${batch}: ${message}`, {
            path: ['ballots', k, ...path.slice(1)],
            ...(details === undefined ? {} : { details }),
          });
        }
        shaped.push(checked.value);
      }
      const entries = await tx.paperBallotEntry.findMany({ where: { electionId: e.id, batch } });
      if (entries.some((x) => x.teller === teller)) {
        return err('PAPER_BATCH_ENTERED', `teller ${teller} has already entered batch ${batch}`, {
          path: ['batch'],
        });
      }
      const other = entries[0];
      const json = JSON.parse(JSON.stringify(shaped)) as Prisma.InputJsonValue;
      if (other === undefined) {
        await tx.paperBallotEntry.create({ data: { electionId: e.id, batch, teller, ballots: json } });
        return ok({
          value: { accepted: 0 },
          election: e,
          action: 'election.paperEntered',
          after: { batch, teller, ballots: shaped.length },
        });
      }
      const agreed = reconcilePaperBatch(
        { batch, teller: other.teller, ballots: other.ballots as unknown as Ballot[] },
        { batch, teller, ballots: shaped },
      );
      if (!agreed.ok) {
        await tx.paperBallotEntry.deleteMany({ where: { electionId: e.id, batch } });
        return agreed;
      }
      await tx.paperBallotEntry.create({ data: { electionId: e.id, batch, teller, ballots: json } });
      for (const marks of agreed.value) {
        await tx.castBallot.create({
          data: {
            id: randomUUID(),
            electionId: e.id,
            sealed: this.keys.seal(e.id, { receipt: newReceipt(), marks }),
          },
        });
      }
      return ok({
        value: { accepted: agreed.value.length },
        election: e,
        action: 'election.paperAccepted',
        after: { batch, tellers: [other.teller, teller], ballots: agreed.value.length },
      });
    });
  }

  /**
   * OPEN → CLOSED → COUNTED in one transaction: waits for casts in flight, opens every cast ballot,
   * counts with core, publishes the round (ballots sorted by hash) and seals the record; the cast
   * rows are deleted. The seal goes to the audit log.
   */
  close(electionId: string): Promise<Result<Election>> {
    return this.step(electionId, async (tx, e) => {
      const cast = await tx.castBallot.findMany({ where: { electionId: e.id }, select: { sealed: true } });
      const ballots = cast.map((c) => this.keys.open(e.id, c.sealed));
      const closed = closeVoting(e);
      if (!closed.ok) return closed;
      const candidacies = await this.candidacies(tx, e.id);
      const counted = countRound(
        { ...closed.value, ballotsReturned: ballots.length },
        candidacies,
        ballots.map((b) => b.marks),
        this.env.rules,
      );
      if (!counted.ok) return counted;
      const election = counted.value.election;
      const published = await anonymiseBallots(ballots);
      const standing = candidacies.filter((c) => c.status === 'NOMINATED');
      const round: RecordRound = {
        round: election.round,
        kind: election.roundKind,
        seats: election.seats,
        method: election.method,
        ruleSet: (this.env.rules ?? acftu2016).name,
        candidates: standing.map((c) => ({ id: c.id, name: c.name })),
        rollHash: election.rollHash ?? '',
        entitled: election.entitled,
        present: election.present,
        ballotsIssued: election.ballotsIssued,
        ballotsReturned: election.ballotsReturned,
        ballots: published,
        ballotsDigest: await ballotsDigest(published),
        result: recordResult(election.result ?? never()),
        reducedSeats: null,
      };
      await tx.castBallot.deleteMany({ where: { electionId: e.id } });
      await tx.election.update({
        where: { id: e.id },
        data: { record: JSON.parse(JSON.stringify(round)) as Prisma.InputJsonValue },
      });
      const record = await this.recordIn(tx, election.firstRoundId, { id: e.id, election, round });
      await tx.election.update({ where: { id: e.id }, data: { seal: record.seal } });
      return ok({
        value: election,
        election,
        action: 'election.counted',
        after: {
          status: election.status,
          ballotsReturned: election.ballotsReturned,
          elected: election.result?.elected ?? [],
          nextRound: counted.value.nextRound,
          seal: record.seal,
        },
      });
    });
  }

  /**
   * COUNTED → CERTIFIED (the organization's admin); the record's seal is written to the audit log
   * again. `writeIns` names who each elected write-in of a chained round is (core's
   * `identifyWriteIn`: a member checked as a nomination would be, or someone who takes no seat),
   * stored as WRITTEN_IN candidacies in the certification's transaction.
   */
  certify(electionId: string, writeIns: readonly WriteInFacts[] = []): Promise<Result<Election>> {
    return this.certification(electionId, 'CERTIFIED', writeIns);
  }

  /** CERTIFIED → APPROVED (the higher union's admin). */
  approve(electionId: string): Promise<Result<Election>> {
    return this.certification(electionId, 'APPROVED');
  }

  private certification(
    electionId: string,
    to: 'CERTIFIED' | 'APPROVED',
    writeIns: readonly WriteInFacts[] = [],
  ): Promise<Result<Election>> {
    return this.step(electionId, async (tx, e) => {
      const next = to === 'CERTIFIED' ? certifyElection(e) : approveElection(e);
      if (!next.ok) return next;
      const candidacies = await this.candidacies(tx, e.id);
      const identified = await this.identifyWriteIns(tx, e, candidacies, writeIns);
      if (!identified.ok) return identified;
      for (const c of identified.value) await tx.candidacy.create({ data: candidacyColumns(c) });
      // A chained round's result takes its seats now, in this transaction (the congress module audits them).
      const seated =
        to === 'CERTIFIED'
          ? await this.command(tx, seatElected, {
              election: next.value,
              candidacies: [...candidacies, ...identified.value],
            })
          : ok({ delegates: 0, positions: 0 });
      if (!seated.ok && identified.value.length > 0) throw new StepRefused(seated);
      if (!seated.ok) return seated;
      const record = await this.recordIn(tx, e.firstRoundId, { id: e.id, election: next.value });
      await tx.election.update({ where: { id: e.id }, data: { seal: record.seal } });
      return ok({
        value: next.value,
        election: next.value,
        action: to === 'CERTIFIED' ? 'election.certified' : 'election.approved',
        after: {
          status: to,
          seal: record.seal,
          ...(to === 'CERTIFIED' ? { seated: seated.value } : {}),
          ...(identified.value.length > 0
            ? {
                writeIns: identified.value.map((c) => ({
                  name: c.name,
                  memberId: c.memberId,
                  candidacyId: c.id,
                })),
              }
            : {}),
        },
      });
    });
  }

  /** The WRITTEN_IN candidacies of `writeIns`, each checked by core's `identifyWriteIn` (paths under `writeIns.<i>`). */
  private async identifyWriteIns(
    tx: Tx,
    e: Election,
    candidacies: readonly Candidacy[],
    writeIns: readonly WriteInFacts[],
  ): Promise<Result<Candidacy[]>> {
    const identified: Candidacy[] = [];
    for (const [i, facts] of writeIns.entries()) {
      const identity = facts.memberId === null ? ok(null) : await this.nominee(tx, { ...facts, name: null });
      const candidacy = identity.ok
        ? identifyWriteIn(e, [...candidacies, ...identified], this.ids(), facts.name, identity.value)
        : identity;
      if (!candidacy.ok) {
        const { code, message, path = [], details } = candidacy.error;
        return err(code, message, {
          path: ['writeIns', i, ...path],
          ...(details === undefined ? {} : { details }),
        });
      }
      identified.push(candidacy.value);
    }
    return ok(identified);
  }

  /**
   * COUNTED with seats unfilled: the seats are reduced to those elected instead of a further round,
   * when everyone elected over the rounds so far is a committee size the organization's membership
   * allows (core's `reduceCommitteeSeats`). The round's record says so and is sealed again.
   */
  reduceSeats(electionId: string): Promise<Result<Election>> {
    return this.step(electionId, async (tx, e) => {
      const earlier = await tx.election.findMany({
        where: { firstRoundId: e.firstRoundId, round: { lt: e.round } },
        select: { result: true, status: true },
      });
      const electedSoFar =
        (e.result?.elected.length ?? 0) +
        earlier.reduce((n, r) => n + ((r.result as { elected?: string[] } | null)?.elected?.length ?? 0), 0);
      const reduced = await this.command(tx, reduceCommitteeSeats, { election: e, electedSoFar });
      if (!reduced.ok) return reduced;
      const election = reduced.value;
      const stored = await tx.election.findUniqueOrThrow({ where: { id: e.id }, select: { record: true } });
      const round = { ...(stored.record as unknown as RecordRound), reducedSeats: election.reducedSeats };
      const record = await this.recordIn(tx, e.firstRoundId, { id: e.id, election, round });
      await tx.election.update({
        where: { id: e.id },
        data: { record: JSON.parse(JSON.stringify(round)) as Prisma.InputJsonValue, seal: record.seal },
      });
      return ok({
        value: election,
        election,
        action: 'election.seatsReduced',
        after: { seats: e.seats, reducedSeats: election.reducedSeats, electedSoFar, seal: record.seal },
      });
    });
  }

  /**
   * Starts the round a count calls for (tie-break, further round, repeat): candidates copied, its own
   * roll to come; the record's new seal is written to the audit log.
   */
  nextRound(electionId: string): Promise<Result<Election>> {
    return this.step(electionId, async (tx, e) => {
      const candidacies = await this.candidacies(tx, e.id);
      const plan = nextRoundOf(e, candidacies);
      if (plan === null) {
        return err('ELECTION_STEP_NOT_ALLOWED', 'cannot start a further round: the count calls for none');
      }
      // Under this round's lock: a round has one successor, so an election has at most ROUNDS_MAX rounds.
      if ((await tx.election.count({ where: { firstRoundId: e.firstRoundId, round: e.round + 1 } })) > 0) {
        return err('ELECTION_STEP_NOT_ALLOWED', `round ${e.round + 1} was started already`);
      }
      const started = startRound(e, this.ids(), plan);
      if (!started.ok) return started;
      const next = started.value;
      await tx.election.create({ data: { id: next.id, ...electionColumns(next), result: undefined } });
      for (const c of candidacies.filter((x) => plan.candidacyIds.includes(x.id))) {
        await tx.candidacy.create({
          data: candidacyColumns({ ...c, id: this.ids(), electionId: next.id, status: 'NOMINATED' }),
        });
      }
      // The record changes with it (a certified election is certified no longer until the new round is):
      // its seal is published again.
      const record = await this.recordIn(tx, e.firstRoundId);
      await tx.election.update({ where: { id: e.id }, data: { seal: record.seal } });
      return ok({
        value: next,
        election: e,
        action: 'election.roundStarted',
        after: { round: next.round, kind: next.roundKind, id: next.id, seal: record.seal },
      });
    });
  }

  /**
   * Whether one of `memberIds` is an active member of the organization's subtree or of its member
   * unions' (an election's units: after certification, such a member sees its result).
   */
  async hasMemberIn(organizationId: string, memberIds: readonly string[]): Promise<boolean> {
    if (memberIds.length === 0) return false;
    const rows = await this.prisma.$queryRaw<{ id: string }[]>`
      SELECT m."id" FROM "Member" m
      WHERE m."id" IN (${Prisma.join(memberIds)}) AND m."status" = 'ACTIVE'
        AND m."organizationId" IN (${membersUnder(organizationId)})
      LIMIT 1`;
    return rows.length > 0;
  }

  /** Live turnout of one round: counts only, never marks. */
  async turnout(electionId: string): Promise<Turnout | null> {
    const row = await this.prisma.election.findUnique({ where: { id: electionId } });
    if (row === null) return null;
    const open = row.status === 'OPEN' || row.status === 'CLOSED';
    const cast = open ? await this.prisma.castBallot.count({ where: { electionId } }) : row.ballotsReturned;
    return {
      electionId,
      status: row.status,
      entitled: row.entitled,
      present: row.present,
      ballotsIssued: row.ballotsIssued,
      ballotsCast: cast,
    };
  }

  /** The published record of an election (all its counted rounds), or null before its first count. */
  async record(electionId: string): Promise<ElectionRecord | null> {
    const row = await this.prisma.election.findUnique({
      where: { id: electionId },
      select: { firstRoundId: true },
    });
    if (row === null) return null;
    const record = await this.recordIn(this.prisma, row.firstRoundId);
    return record.rounds.length === 0 ? null : record;
  }

  /** Builds the sealed record of a first round and its follow-ups, with `pending` in place of the stored state of one round. */
  private async recordIn(
    db: Pick<Tx, 'election'>,
    firstRoundId: string,
    pending?: { id: string; election: Election; round?: RecordRound },
  ): Promise<ElectionRecord> {
    const rows = await db.election.findMany({ where: { firstRoundId }, orderBy: { round: 'asc' } });
    const first = rows[0];
    if (first === undefined) throw new Error(`no first round '${firstRoundId}'`);
    const rounds: RecordRound[] = [];
    let status: Election['status'] = first.status;
    for (const row of rows) {
      const round =
        row.id === pending?.id
          ? (pending.round ?? (row.record as RecordRound | null))
          : (row.record as RecordRound | null);
      if (round !== null) rounds.push(round);
      status = row.id === pending?.id ? pending.election.status : row.status;
    }
    return sealElectionRecord(
      {
        electionId: first.id,
        organizationId: first.organizationId,
        title: first.title,
        body: first.body,
        contested: first.contested,
        certification: status === 'APPROVED' || status === 'CERTIFIED' ? status : 'COUNTED',
      },
      rounds,
    );
  }
}

/** The organizations whose members are an organization's: its subtree and its member unions' subtrees. */
function membersUnder(organizationId: string): Prisma.Sql {
  return Prisma.sql`
    SELECT l."descendantId" FROM "OrganizationLink" l WHERE l."ancestorId" = ${organizationId}
    UNION
    SELECT l."descendantId" FROM "FederationMembership" f
    JOIN "OrganizationLink" l ON l."ancestorId" = f."memberId"
    WHERE f."federationId" = ${organizationId}`;
}

function never(): never {
  throw new Error('a counted round has a result');
}
