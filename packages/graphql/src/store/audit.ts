// The audit trail: every change the store applies, and events such as a reveal of personal data,
// appended to "AuditEntry" in the same transaction as the change.
//
// Entries form a hash chain: entry n holds the hash of entry n−1 (`prevHash`; 64 zeros for entry
// 1) and its own `hash` = SHA-256 over the RFC 8785 canonical JSON (JCS) of all its fields,
// `prevHash` included. Sequence numbers are 1, 2, 3, … without gaps: they come from one sequencer
// row, "AuditHead", updated in the appending transaction (a rolled-back transaction rolls its
// numbers back too, unlike a database sequence's). The table is append-only at the database level (a trigger; see the migration), and
// `verifyAuditChain` recomputes the whole chain and names the first broken entry.
//
// What the chain cannot show on its own: entries cut off the end. Keep the head (`seq` and hash
// that `gonghui audit verify` prints) somewhere else to detect that.

import { createHash } from 'node:crypto';
import {
  type Change,
  type IdNumberClaim,
  type Member,
  maskBirthDate,
  maskIdNumber,
  maskPhone,
} from '@gonghui/core';
import canonicalize from 'canonicalize';
import type { Prisma } from '../generated/prisma/client.js';

/** `prevHash` of the first entry. */
export const GENESIS_HASH = '0'.repeat(64);

/** Who acts, and in which request: bound to a store per request (`PrismaStore.as`). */
export interface AuditActor {
  /** The viewer's token subject, or `system:<task>` (e.g. `system:seed`). */
  readonly actor: string;
  /** Id of the API request, or null outside one. */
  readonly requestId: string | null;
}

/** The actor of work done by the system itself, outside any request. */
export const SYSTEM_ACTOR: AuditActor = { actor: 'system', requestId: null };

/** A JSON value as stored in a `jsonb` column. */
export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** Something to record: a change, or an event with no before/after (e.g. `member.revealed`). */
export interface AuditEvent {
  /** A core change type (`organization.moved`) or an event name (`member.revealed`). */
  readonly action: string;
  /** Type of the thing acted on, e.g. `Organization`. */
  readonly targetType: string;
  /** Database id of the thing acted on. */
  readonly targetId: string;
  /** The organization the entry concerns; admins of its subtree may read the entry. */
  readonly organizationId: string | null;
  /** The target before (any JSON-serialisable value; omitted: null). */
  readonly before?: unknown;
  /** The target after (any JSON-serialisable value; omitted: null). */
  readonly after?: unknown;
}

/** A stored entry, field for field as the chain hashes it. */
export interface AuditRecord {
  readonly seq: bigint;
  readonly at: Date;
  readonly actor: string;
  readonly action: string;
  readonly targetType: string;
  readonly targetId: string;
  readonly organizationId: string | null;
  readonly before: Json;
  readonly after: Json;
  readonly requestId: string | null;
  readonly prevHash: string;
  readonly hash: string;
}

/**
 * A member as the audit log keeps it: personal data masked with the API's own masks (core's
 * `maskIdNumber`, `maskBirthDate`, `maskPhone`), so reading the log (ORG_ADMIN) never shows more
 * than the API shows without an audited reveal.
 */
export function maskedMember(member: Member): Member {
  return {
    ...member,
    idNumber: maskIdNumber(member.idNumber),
    birthDate: maskBirthDate(member.birthDate),
    phone: member.phone === null ? null : maskPhone(member.phone),
  };
}

/**
 * A refused registration as the audit log keeps it (`member.idNumberClaimed`): the union asked for
 * and the person as given, personal data masked like `maskedMember`; who asked and when are the
 * entry's `actor` and `at`.
 */
export function maskedClaim(claim: IdNumberClaim): Json {
  return {
    organizationId: claim.organizationId,
    organizationName: claim.organizationName,
    name: claim.name,
    idNumber: maskIdNumber(claim.idNumber),
    phone: claim.phone === null ? null : maskPhone(claim.phone),
    joinedOn: claim.joinedOn,
  };
}

/**
 * The audit events of a core change. Every change has one, scoped to the organization it concerns.
 * Some concern a second organization whose admins must see them too, so they get a second entry
 * scoped to it: a move, `organization.movedOut`, scoped to the old parent, so the admins the
 * subtree leaves keep seeing that (and when) it left, though its history now follows it to the new
 * parent; a federation membership, `federation.memberJoined` / `federation.memberLeft`, scoped to
 * the member union, so the admins of its own subtree see that (and by whom) it was enrolled in or
 * removed from a federation, which may sit in another subtree.
 */
export function auditEventsOf(change: Change): AuditEvent[] {
  const event = auditEventOf(change);
  switch (change.type) {
    case 'organization.moved':
      if (change.before.parentId === null) return [event];
      return [event, { ...event, action: 'organization.movedOut', organizationId: change.before.parentId }];
    case 'federation.joined':
      return [
        event,
        { ...event, action: 'federation.memberJoined', organizationId: change.membership.memberId },
      ];
    case 'federation.left':
      return [
        event,
        { ...event, action: 'federation.memberLeft', organizationId: change.membership.memberId },
      ];
    default:
      return [event];
  }
}

/** The audit event of a core change: what it did to which target, and which organization it concerns. */
function auditEventOf(change: Change): AuditEvent {
  switch (change.type) {
    case 'organization.created':
      return {
        action: change.type,
        targetType: 'Organization',
        targetId: change.organization.id,
        organizationId: change.organization.id,
        after: change.organization,
      };
    case 'organization.updated':
    case 'organization.moved':
      return {
        action: change.type,
        targetType: 'Organization',
        targetId: change.after.id,
        organizationId: change.after.id,
        before: change.before,
        after: change.after,
      };
    case 'federation.joined':
      return {
        action: change.type,
        targetType: 'FederationMembership',
        targetId: change.membership.id,
        organizationId: change.membership.federationId,
        after: change.membership,
      };
    case 'federation.left':
      return {
        action: change.type,
        targetType: 'FederationMembership',
        targetId: change.membership.id,
        organizationId: change.membership.federationId,
        before: change.membership,
      };
    case 'member.registered':
      return {
        action: change.type,
        targetType: 'Member',
        targetId: change.member.id,
        organizationId: change.member.membership.organizationId,
        after: { ...maskedMember(change.member), event: change.event },
      };
    case 'member.updated':
      return {
        action: change.type,
        targetType: 'Member',
        targetId: change.after.id,
        organizationId: change.after.membership.organizationId,
        before: maskedMember(change.before),
        after: maskedMember(change.after),
      };
    case 'member.idNumberClaimed':
      // Scoped to the holder's union: its admins see that someone else registered this person.
      return {
        action: change.type,
        targetType: 'Member',
        targetId: change.claim.holderId,
        organizationId: change.claim.holderOrganizationId,
        after: maskedClaim(change.claim),
      };
  }
}

/** The canonical JSON (RFC 8785) of an entry without its own hash: the bytes its hash covers. */
export function canonicalEntry(entry: Omit<AuditRecord, 'hash'>): string {
  const text = canonicalize({
    seq: entry.seq.toString(),
    at: entry.at.toISOString(),
    actor: entry.actor,
    action: entry.action,
    targetType: entry.targetType,
    targetId: entry.targetId,
    organizationId: entry.organizationId,
    before: entry.before,
    after: entry.after,
    requestId: entry.requestId,
    prevHash: entry.prevHash,
  });
  if (text === undefined) throw new Error('audit entry has no JSON form');
  return text;
}

/** SHA-256 (hex) of an entry's canonical JSON. */
export function entryHash(entry: Omit<AuditRecord, 'hash'>): string {
  return createHash('sha256').update(canonicalEntry(entry), 'utf8').digest('hex');
}

/** A value as it reads back from `jsonb`: undefined members dropped, dates as strings; absent → null. */
function toJson(value: unknown): Json {
  return value === undefined ? null : (JSON.parse(JSON.stringify(value)) as Json);
}

/** A JSON value as the text a `jsonb` parameter takes; null is SQL NULL. */
function jsonText(value: Json): string | null {
  return value === null ? null : JSON.stringify(value);
}

/**
 * Appends one entry inside `tx`, chained to the last one. The sequencer row "AuditHead" hands out
 * `seq` and `prevHash` (`UPDATE … RETURNING` locks it until `tx` ends, so concurrent appends queue
 * there and nowhere else: call this last in a transaction); the entry is inserted and the head
 * moved to its hash in one more statement.
 */
export async function appendAuditEntry(
  tx: Prisma.TransactionClient,
  who: AuditActor,
  event: AuditEvent,
  at: Date = new Date(),
): Promise<AuditRecord> {
  const [head] = await tx.$queryRaw<{ seq: bigint; hash: string }[]>`
    UPDATE "AuditHead" SET "seq" = "seq" + 1 WHERE "id" = 1 RETURNING "seq", "hash"`;
  if (head === undefined) throw new Error('the audit head row is missing: apply the migrations');
  const unhashed: Omit<AuditRecord, 'hash'> = {
    seq: BigInt(head.seq),
    at,
    actor: who.actor,
    action: event.action,
    targetType: event.targetType,
    targetId: event.targetId,
    organizationId: event.organizationId,
    before: toJson(event.before),
    after: toJson(event.after),
    requestId: who.requestId,
    prevHash: head.hash,
  };
  const entry: AuditRecord = { ...unhashed, hash: entryHash(unhashed) };
  await tx.$executeRaw`
    WITH "head" AS (UPDATE "AuditHead" SET "hash" = ${entry.hash} WHERE "id" = 1)
    INSERT INTO "AuditEntry" ("seq", "at", "actor", "action", "targetType", "targetId", "organizationId",
                              "before", "after", "requestId", "prevHash", "hash")
    VALUES (${entry.seq}, ${entry.at.toISOString()}::timestamp, ${entry.actor}, ${entry.action},
            ${entry.targetType}, ${entry.targetId}, ${entry.organizationId}, ${jsonText(entry.before)}::jsonb,
            ${jsonText(entry.after)}::jsonb, ${entry.requestId}, ${entry.prevHash}, ${entry.hash})`;
  return entry;
}

/** What is wrong with the first broken entry. */
export type AuditProblem = 'hash' | 'prevHash' | 'sequence';

/** The outcome of `verifyAuditChain`. */
export type AuditVerification =
  | {
      readonly ok: true;
      /** Number of entries, all intact. */
      readonly count: number;
      /** The last entry (keep it elsewhere to detect entries cut off the end), or null for an empty log. */
      readonly head: { readonly seq: bigint; readonly hash: string } | null;
    }
  | {
      readonly ok: false;
      /** Number of intact entries before the broken one. */
      readonly count: number;
      /** Sequence number of the first broken (or, for a gap, missing) entry. */
      readonly seq: bigint;
      readonly problem: AuditProblem;
      /** What is wrong, in a sentence. */
      readonly message: string;
    };

/** What `verifyAuditChain` reads through: a Prisma client or an interactive transaction. */
export type AuditReader = Pick<Prisma.TransactionClient, 'auditEntry'>;

/** Options of `verifyAuditChain`. */
export interface VerifyOptions {
  /** Entries read per query (default 1000): the log is streamed, never loaded whole. */
  readonly batchSize?: number;
}

/** Recomputes the whole chain in `seq` order and returns the first broken entry, or the count when intact. */
export async function verifyAuditChain(
  db: AuditReader,
  options: VerifyOptions = {},
): Promise<AuditVerification> {
  const batchSize = options.batchSize ?? 1000;
  let expected = 1n;
  let prevHash = GENESIS_HASH;
  let count = 0;
  for (;;) {
    // From the very first row (a stray row numbered 0 or below is out of sequence too).
    const batch = await db.auditEntry.findMany({
      ...(count > 0 ? { where: { seq: { gt: expected - 1n } } } : {}),
      orderBy: { seq: 'asc' },
      take: batchSize,
    });
    for (const row of batch) {
      const entry: AuditRecord = { ...row, before: row.before as Json, after: row.after as Json };
      if (entry.seq < expected) {
        const message = `entry ${entry.seq} is out of sequence: the chain starts at entry 1`;
        return { ok: false, count, seq: entry.seq, problem: 'sequence', message };
      }
      if (entry.seq !== expected) {
        const message =
          expected === 1n
            ? `entry 1 is missing: the log starts at entry ${entry.seq}`
            : `entry ${expected} is missing: entry ${entry.seq} follows entry ${expected - 1n}`;
        return { ok: false, count, seq: expected, problem: 'sequence', message };
      }
      if (entry.prevHash !== prevHash) {
        const message =
          expected === 1n
            ? `entry 1 has previous hash ${entry.prevHash}, not the genesis value`
            : `entry ${entry.seq} has previous hash ${entry.prevHash}, but entry ${expected - 1n} hashes to ${prevHash}`;
        return { ok: false, count, seq: entry.seq, problem: 'prevHash', message };
      }
      const { hash, ...unhashed } = entry;
      const computed = entryHash(unhashed);
      if (computed !== hash) {
        const message = `entry ${entry.seq} was altered: its fields hash to ${computed}, the stored hash is ${hash}`;
        return { ok: false, count, seq: entry.seq, problem: 'hash', message };
      }
      prevHash = hash;
      expected += 1n;
      count += 1;
    }
    if (batch.length < batchSize) break;
  }
  return { ok: true, count, head: count === 0 ? null : { seq: expected - 1n, hash: prevHash } };
}

/** One line for people (and the CLI) about a verification. */
export function describeVerification(result: AuditVerification): string {
  if (!result.ok) return `audit log BROKEN at entry ${result.seq} (${result.problem}): ${result.message}`;
  if (result.head === null) return 'audit log intact: 0 entries';
  return `audit log intact: ${result.count} entries; head is entry ${result.head.seq} with hash ${result.head.hash}`;
}
