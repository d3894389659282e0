// How an audit entry is sealed, and how a seal is checked: the one place that knows the formats.
//
// Every entry's `hash` seals its fields, `prevHash` included, so entries form a chain. Two formats:
//
//   v2 (current)  `v2:<hex HMAC-SHA-256(entryKey, canonical JSON of the entry, its public id included)>`
//   v1 (legacy)   `<hex SHA-256(canonical JSON of the entry without its id)>`, no key: anyone who
//                 can INSERT could have recomputed it. Entries written before keyed seals came in
//                 keep it (they cannot be re-sealed: the database never holds the key). They are
//                 accepted only before the first v2 entry, which seals the last v1 hash as its
//                 `prevHash` and so anchors everything before it; a v1 entry after a v2 one is a forgery.
//
// Keys. The entry key and the checkpoint key are derived from the data key (`GONGHUI_DATA_KEY`,
// like the personal-data keys) with HKDF-SHA-256 under labels of their own:
//   entry seal = HKDF(dataKey, salt "gonghui", info "gonghui audit v2: entry seal HMAC-SHA-256")
//   checkpoint = HKDF(dataKey, salt "gonghui", info "gonghui audit v2: checkpoint HMAC-SHA-256")
// The database holds neither, so a row INSERTed or rewritten with SQL alone does not verify.

import { createHash, createHmac, timingSafeEqual } from 'node:crypto';
import canonicalize from 'canonicalize';
import { deriveKey } from './personal-data.js';

/** A JSON value as stored in a `jsonb` column. */
export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** A stored entry, field for field as its seal covers it. */
export interface AuditRecord {
  /** Public id (a random UUID): the node id of the entry, never a guessable sequence. */
  readonly id: string;
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

/** An entry before it is sealed. */
export type UnsealedRecord = Omit<AuditRecord, 'hash'>;

/** The seal formats (see the head of this file). */
export type SealVersion = 1 | 2;

/** `prevHash` of the first entry. */
export const GENESIS_HASH = '0'.repeat(64);

const ENTRY_INFO = 'gonghui audit v2: entry seal HMAC-SHA-256';
const CHECKPOINT_INFO = 'gonghui audit v2: checkpoint HMAC-SHA-256';
const V2_PREFIX = 'v2:';

/** The audit log's keys: the entry-seal key and the checkpoint key, both derived from the data key. */
export class AuditKey {
  readonly #entryKey: Buffer;
  readonly #checkpointKey: Buffer;

  /** Derives both keys from a 32-byte data key; `source` says where that key came from (for logs). */
  constructor(
    dataKey: Uint8Array,
    /** Where the key came from, for logs (never the key itself). */
    readonly source: string,
  ) {
    this.#entryKey = deriveKey(dataKey, ENTRY_INFO);
    this.#checkpointKey = deriveKey(dataKey, CHECKPOINT_INFO);
  }

  /** HMAC-SHA-256 (hex) of an entry's canonical JSON under the entry key. */
  entryMac(text: string): string {
    return createHmac('sha256', this.#entryKey).update(text, 'utf8').digest('hex');
  }

  /** HMAC-SHA-256 (hex) of a checkpoint's canonical JSON under the checkpoint key. */
  checkpointMac(text: string): string {
    return createHmac('sha256', this.#checkpointKey).update(text, 'utf8').digest('hex');
  }
}

/** The canonical JSON (RFC 8785) of an entry without its seal: the bytes a seal of `version` covers. */
export function canonicalEntry(entry: UnsealedRecord, version: SealVersion = 2): string {
  const text = canonicalize({
    ...(version === 2 ? { id: entry.id } : {}),
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

/** The legacy v1 seal: plain SHA-256 (hex) of the canonical JSON, with no key. Only for checking old entries. */
export function legacyEntryHash(entry: UnsealedRecord): string {
  return createHash('sha256').update(canonicalEntry(entry, 1), 'utf8').digest('hex');
}

/** Seals an entry (v2): `v2:` and the HMAC-SHA-256 of its canonical JSON under the audit key. */
export function sealEntry(entry: UnsealedRecord, key: AuditKey): string {
  return `${V2_PREFIX}${key.entryMac(canonicalEntry(entry, 2))}`;
}

/** The format of a stored seal, or null when it is neither. */
export function sealVersion(hash: string): SealVersion | null {
  if (hash.startsWith(V2_PREFIX)) return 2;
  return /^[0-9a-f]{64}$/.test(hash) ? 1 : null;
}

/** Whether `hash` is the right seal of `entry` (in its own format), compared in constant time. */
export function sealMatches(entry: UnsealedRecord, hash: string, key: AuditKey): boolean {
  const version = sealVersion(hash);
  if (version === null) return false;
  const expected = version === 2 ? sealEntry(entry, key) : legacyEntryHash(entry);
  return expected.length === hash.length && timingSafeEqual(Buffer.from(expected), Buffer.from(hash));
}
