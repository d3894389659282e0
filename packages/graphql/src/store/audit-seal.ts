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

/** An entry's fields in RFC 8785's key order (UTF-16 code units), as `canonicalize` sorts them. */
const ENTRY_KEYS = [
  'action',
  'actor',
  'after',
  'at',
  'before',
  'id',
  'organizationId',
  'prevHash',
  'requestId',
  'seq',
  'targetId',
  'targetType',
] as const;

/**
 * What JSON.stringify may escape in a string (a quote, a backslash, a control character) or refuse
 * (a lone surrogate; a pair is one code point here): a string with none of them is written as it is
 * between quotes (the common case, checked natively; JSON.stringify cost more than the rest of an
 * entry's canonical form). It also takes DEL and C1 controls, which JSON.stringify leaves: those
 * strings only take the exact way.
 */
const NOT_PLAIN = /["\\\p{Cc}\p{Cs}]/u;

/** Whether `text` holds a surrogate outside a high-low pair, which RFC 8785 (and `canonicalize`) refuses. */
function hasLoneSurrogate(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0xdc00 && code <= 0xdfff) return true;
    if (code >= 0xd800 && code <= 0xdbff) {
      const next = text.charCodeAt(i + 1);
      if (!(next >= 0xdc00 && next <= 0xdfff)) return true;
      i++;
    }
  }
  return false;
}

/** A string as RFC 8785 writes it (JSON.stringify's escapes); a lone surrogate throws, as in `canonicalize`. */
function canonicalString(text: string): string {
  if (!NOT_PLAIN.test(text)) return `"${text}"`;
  if (hasLoneSurrogate(text)) throw new Error('Lone surrogate is not allowed');
  return JSON.stringify(text);
}

/**
 * The RFC 8785 canonical JSON of a value: byte for byte what `canonicalize` returns (a differential
 * test holds it to that), without its cycle tracking and per-key checks for the JSON values an entry
 * holds (plain objects, arrays, strings, numbers, booleans, null, as parsed from jsonb). Anything else
 * (an object with toJSON such as a Date, a bigint, a function) is left to `canonicalize` itself.
 */
function canonicalJson(value: unknown): string {
  if (value === null) return 'null';
  switch (typeof value) {
    case 'string':
      return canonicalString(value);
    case 'boolean':
      return value ? 'true' : 'false';
    case 'number':
      if (Number.isNaN(value)) throw new Error('NaN is not allowed');
      if (!Number.isFinite(value)) throw new Error('Infinity is not allowed');
      return JSON.stringify(value);
    case 'object':
      break;
    default:
      return canonicalize(value) as string;
  }
  if (Array.isArray(value)) {
    let text = '[';
    for (let i = 0; i < value.length; i++) {
      if (i > 0) text += ',';
      // A hole stays empty, as Array.prototype.map leaves it in `canonicalize`.
      if (!(i in value)) continue;
      const item: unknown = value[i];
      text += item === undefined || typeof item === 'symbol' ? 'null' : canonicalJson(item);
    }
    return `${text}]`;
  }
  const object = value as Record<string, unknown>;
  if (typeof object.toJSON === 'function') return canonicalize(object) as string;
  let text = '{';
  for (const key of Object.keys(object).sort()) {
    const item = object[key];
    if (item === undefined || typeof item === 'symbol') continue;
    if (text.length > 1) text += ',';
    text += `${canonicalString(key)}:${canonicalJson(item)}`;
  }
  return `${text}}`;
}

/**
 * The canonical JSON (RFC 8785) of an entry without its seal: the bytes a seal of `version` covers
 * (what `canonicalize` makes of the entry's fields, its public id only in v2).
 */
export function canonicalEntry(entry: UnsealedRecord, version: SealVersion = 2): string {
  const fields: Record<(typeof ENTRY_KEYS)[number], unknown> = {
    id: version === 2 ? entry.id : undefined,
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
  };
  let text = '{';
  for (const key of ENTRY_KEYS) {
    const value = fields[key];
    if (value === undefined || typeof value === 'symbol') continue;
    if (text.length > 1) text += ',';
    text += `"${key}":${canonicalJson(value)}`;
  }
  return `${text}}`;
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
