// Personal data at rest: a member's ID number, phone and birth date are stored encrypted
// (AES-256-GCM), never in clear, and the ID number also as a blind index (HMAC-SHA-256) so that
// uniqueness and lookup still work. Everything here is node:crypto; nothing is hand-rolled.
//
// Keys. One 32-byte data key (`GONGHUI_DATA_KEY`, base64 or hex) is the root; two sub-keys are
// derived from it with HKDF-SHA-256 under distinct info labels, so the encryption key and the
// blind-index key are independent:
//   encryption  = HKDF(dataKey, salt "gonghui", info "gonghui personal data v1: AES-256-GCM")
//   blind index = HKDF(dataKey, salt "gonghui", info "gonghui personal data v1: ID number blind index")
//   phone index = HKDF(dataKey, salt "gonghui", info "gonghui personal data v1: phone blind index")
// Development without the variable uses a random key kept in `<data dir>/data-key` (mode 0600,
// created once); production (NODE_ENV=production) refuses to start without it.
//
// Formats. An encrypted value is the text `v<N>:<base64url(iv ‖ tag ‖ ciphertext)>`: a random
// 96-bit IV per value, the 128-bit GCM tag, then the ciphertext of the UTF-8 value. `v<N>` is the
// version of the data key it was sealed with (`GONGHUI_DATA_KEY=v2:<key>`; a key without a prefix
// is version 1), so `gonghui keys rotate` can re-encrypt every value under a new key, batch by
// batch, and a run that stopped continues with the values still under the old version. The additional authenticated data is `Member.<field>:<member id>`: a value copied to
// another column or another member fails to decrypt instead of showing the wrong person's data.
// The blind index is `v<N>:<base64url(HMAC-SHA-256(indexKey, normalised ID number))>`; it is
// deterministic (that is its job) and reveals only whether two rows hold the same ID number. The
// phone has one too (its own key, same form) so that members can be found by phone without opening
// any value; unlike the ID number it is not unique (a family may share a landline).

import { createCipheriv, createDecipheriv, createHmac, hkdfSync, randomBytes } from 'node:crypto';
import { readOrCreateSecretFile } from '../secret-file.js';

/** The personal-data fields of a member, in clear (as core sees them). */
export interface PersonalData {
  readonly idNumber: string;
  readonly phone: string | null;
  /** `YYYY-MM-DD`. */
  readonly birthDate: string;
}

/** A personal-data field. */
export type PersonalField = keyof PersonalData;

/** The Member columns that hold personal data: what the database stores instead of the clear values. */
export interface SealedPersonalData {
  /** Blind index of the ID number (unique): lookup and the one-record-per-person rule. */
  readonly idNumberHash: string;
  /** Blind index of the phone (not unique), or null when none. */
  readonly phoneHash: string | null;
  readonly idNumberEncrypted: string;
  readonly phoneEncrypted: string | null;
  readonly birthDateEncrypted: string;
}

/** The column holding each field's ciphertext. */
const COLUMN = {
  idNumber: 'idNumberEncrypted',
  phone: 'phoneEncrypted',
  birthDate: 'birthDateEncrypted',
} as const satisfies Record<PersonalField, keyof SealedPersonalData>;

/** A member row, or the part of one that a field needs: its id and that field's ciphertext column. */
export type SealedRow<F extends PersonalField> = { readonly id: string } & {
  readonly [C in (typeof COLUMN)[F]]: SealedPersonalData[C];
};

/** Length of the data key in bytes (AES-256). */
export const DATA_KEY_BYTES = 32;

const IV_BYTES = 12;
const TAG_BYTES = 16;
const HKDF_SALT = 'gonghui';

/** Random IVs drawn from the CSPRNG many at a time (one call per IV_POOL of them, not one per value): a bulk import seals three values a row. */
const IV_POOL = 1024;
let ivPool = Buffer.alloc(0);
let ivAt = 0;

/** A fresh random 96-bit IV: each slice of the pool is handed out once, and a used-up pool is replaced, never refilled. */
function nextIv(): Buffer {
  if (ivAt + IV_BYTES > ivPool.length) {
    ivPool = randomBytes(IV_BYTES * IV_POOL);
    ivAt = 0;
  }
  ivAt += IV_BYTES;
  return ivPool.subarray(ivAt - IV_BYTES, ivAt);
}

/** A 32-byte key derived from the data key by HKDF-SHA-256 under its own label: every key of gonghui comes from here. */
export function deriveKey(dataKey: Uint8Array, label: string): Buffer {
  if (dataKey.length !== DATA_KEY_BYTES) {
    throw new Error(`the data key must be ${DATA_KEY_BYTES} bytes, got ${dataKey.length}`);
  }
  return Buffer.from(hkdfSync('sha256', dataKey, HKDF_SALT, label, 32));
}
const ENCRYPTION_INFO = 'gonghui personal data v1: AES-256-GCM';
const BLIND_INDEX_INFO = 'gonghui personal data v1: ID number blind index';
const PHONE_INDEX_INFO = 'gonghui personal data v1: phone blind index';

/** A stored value that cannot be opened: a wrong or missing key, or a tampered value. Names the member, never the value. */
export class PersonalDataError extends Error {
  override readonly name = 'PersonalDataError';
}

/**
 * Encrypts and decrypts members' personal data and computes the ID-number blind index, under one
 * data key of a known version; with the previous key (during `gonghui keys rotate`) it also opens
 * the values still sealed under that one.
 */
export class PersonalDataCipher {
  readonly #encryptionKey: Buffer;
  readonly #indexKey: Buffer;
  readonly #phoneIndexKey: Buffer;
  readonly #dataKey: Buffer;
  /** The prefix of every value this key seals: `v<version>`. */
  readonly keyId: string;

  /** Derives the encryption and blind-index keys from a 32-byte data key; `source` says where it came from (for logs). */
  constructor(
    dataKey: Uint8Array,
    /** Where the key came from, for logs (never the key itself). */
    readonly source: string,
    /** The key's version (`GONGHUI_DATA_KEY=v<N>:…`; 1 without a prefix). */
    readonly version = 1,
    /** The key being rotated away from: its values still open (only `keys rotate` passes one). */
    readonly previous: PersonalDataCipher | null = null,
  ) {
    if (!Number.isSafeInteger(version) || version < 1)
      throw new Error(`a data key version is 1 or more, got ${version}`);
    if (previous !== null && previous.version === version) {
      throw new Error(
        `the old and the new data key are both version ${version}: give the new one a higher version`,
      );
    }
    this.#encryptionKey = deriveKey(dataKey, ENCRYPTION_INFO);
    this.#indexKey = deriveKey(dataKey, BLIND_INDEX_INFO);
    this.#phoneIndexKey = deriveKey(dataKey, PHONE_INDEX_INFO);
    this.#dataKey = Buffer.from(dataKey);
    this.keyId = `v${version}`;
  }

  /**
   * The data key and its version, to make the same cipher in a worker thread of this process (handed
   * over in memory as its `workerData`; never through the environment, a file or a log).
   */
  keyForWorker(): { readonly dataKey: Buffer; readonly version: number; readonly source: string } {
    return { dataKey: Buffer.from(this.#dataKey), version: this.version, source: this.source };
  }

  /** The key version a stored value (ciphertext or blind index) was made with: `v1`, `v2`…, or '' for none. */
  static keyIdOf(stored: string): string {
    const colon = stored.indexOf(':');
    return colon < 0 ? '' : stored.slice(0, colon);
  }

  /** A 32-byte key for another purpose (e.g. sealing cursors), derived by HKDF under its own label: never a personal-data key. */
  subkey(purpose: string): Buffer {
    return deriveKey(this.#dataKey, `gonghui ${purpose}`);
  }

  /** The blind index of an ID number (normalised: trimmed, upper-case `X`): equal ID numbers, equal hashes. */
  idNumberHash(idNumber: string): string {
    const mac = createHmac('sha256', this.#indexKey).update(idNumber.trim().toUpperCase(), 'utf8').digest();
    return `${this.keyId}:${mac.toString('base64url')}`;
  }

  /** The blind index of a phone as core normalises it (`checkPhone`): equal phones, equal hashes. */
  phoneHash(phone: string): string {
    const mac = createHmac('sha256', this.#phoneIndexKey).update(phone, 'utf8').digest();
    return `${this.keyId}:${mac.toString('base64url')}`;
  }

  /** The columns that store a member's personal data: each field encrypted, bound to the member id, plus the blind index. */
  seal(memberId: string, data: PersonalData): SealedPersonalData {
    return {
      idNumberHash: this.idNumberHash(data.idNumber),
      phoneHash: data.phone === null ? null : this.phoneHash(data.phone),
      idNumberEncrypted: this.#encrypt(data.idNumber, aad('idNumber', memberId)),
      phoneEncrypted: data.phone === null ? null : this.#encrypt(data.phone, aad('phone', memberId)),
      birthDateEncrypted: this.#encrypt(data.birthDate, aad('birthDate', memberId)),
    };
  }

  /**
   * One field of a member row, in clear: the only way personal data leaves the database. Throws
   * PersonalDataError (naming the member and field) when the value does not authenticate.
   */
  open<F extends PersonalField>(row: SealedRow<F>, field: F): PersonalData[F] {
    const stored = (row as Record<string, string | null>)[COLUMN[field]];
    if (stored === undefined) {
      throw new Error(`Member.${COLUMN[field]} was not selected: cannot read ${field} of member ${row.id}`);
    }
    if (stored === null) {
      if (field === 'phone') return null as PersonalData[F];
      throw new PersonalDataError(`member ${row.id} has no ${field}`);
    }
    return this.#decrypt(stored, aad(field, row.id), `${field} of member ${row.id}`) as PersonalData[F];
  }

  /** All personal data of a member row, in clear. */
  openAll(row: SealedRow<PersonalField>): PersonalData {
    return {
      idNumber: this.open(row, 'idNumber'),
      phone: this.open(row, 'phone'),
      birthDate: this.open(row, 'birthDate'),
    };
  }

  #encrypt(plain: string, additionalData: Buffer): string {
    const iv = nextIv();
    const cipher = createCipheriv('aes-256-gcm', this.#encryptionKey, iv, { authTagLength: TAG_BYTES });
    cipher.setAAD(additionalData);
    const ciphertext = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
    return `${this.keyId}:${Buffer.concat([iv, cipher.getAuthTag(), ciphertext]).toString('base64url')}`;
  }

  #decrypt(stored: string, additionalData: Buffer, what: string): string {
    const keyId = PersonalDataCipher.keyIdOf(stored);
    if (keyId !== this.keyId) {
      if (this.previous !== null && keyId === this.previous.keyId) {
        return this.previous.#decrypt(stored, additionalData, what);
      }
      const has = this.previous === null ? `'${this.keyId}'` : `'${this.keyId}' and '${this.previous.keyId}'`;
      throw new PersonalDataError(
        `cannot decrypt the ${what}: it is sealed with key '${keyId || '(none)'}', this server has only ${has}` +
          (keyId !== '' && keyId < this.keyId ? ' (finish `gonghui keys rotate` with the old key)' : ''),
      );
    }
    const bytes = Buffer.from(stored.slice(keyId.length + 1), 'base64url');
    if (bytes.length < IV_BYTES + TAG_BYTES)
      throw new PersonalDataError(`cannot decrypt the ${what}: truncated value`);
    const decipher = createDecipheriv('aes-256-gcm', this.#encryptionKey, bytes.subarray(0, IV_BYTES), {
      authTagLength: TAG_BYTES,
    });
    decipher.setAAD(additionalData);
    decipher.setAuthTag(bytes.subarray(IV_BYTES, IV_BYTES + TAG_BYTES));
    try {
      return Buffer.concat([
        decipher.update(bytes.subarray(IV_BYTES + TAG_BYTES)),
        decipher.final(),
      ]).toString('utf8');
    } catch (error) {
      throw new PersonalDataError(
        `cannot decrypt the ${what}: authentication failed (a different GONGHUI_DATA_KEY than the one it was ` +
          'encrypted with, or a tampered value)',
        { cause: error },
      );
    }
  }
}

function aad(field: PersonalField, memberId: string): Buffer {
  return Buffer.from(`Member.${field}:${memberId}`, 'utf8');
}

/** Environment variables read by `loadDataKey`. */
export interface DataKeyEnv {
  GONGHUI_DATA_KEY?: string;
  NODE_ENV?: string;
}

/** A data key and its version, from its text form `[v<N>:]<key>` (no prefix: version 1). */
export function parseVersionedDataKey(
  text: string,
  name = 'GONGHUI_DATA_KEY',
): { key: Buffer; version: number } {
  const match = /^v(\d{1,6}):(.*)$/s.exec(text.trim());
  const version = match === null ? 1 : Number(match[1]);
  if (version < 1) throw new Error(`${name}: a key version is 1 or more (v1:, v2:…), got v${version}`);
  return { key: parseDataKey(match === null ? text : (match[2] as string), name), version };
}

/** A 32-byte key from its text form: 64 hex digits, or base64 / base64url (padding optional), after an optional `v<N>:` version. */
export function parseDataKey(text: string, name = 'GONGHUI_DATA_KEY'): Buffer {
  const value = text.trim().replace(/^v\d{1,6}:/, '');
  let key: Buffer | undefined;
  if (/^[0-9a-fA-F]{64}$/.test(value)) key = Buffer.from(value, 'hex');
  else if (/^[A-Za-z0-9+/_-]+={0,2}$/.test(value)) key = Buffer.from(value, 'base64');
  if (key?.length !== DATA_KEY_BYTES) {
    throw new Error(
      `${name} must be ${DATA_KEY_BYTES} bytes, written as 64 hex digits or base64 ` +
        `(e.g. \`openssl rand -base64 32\`); got ${key === undefined ? 'neither' : `${key.length} bytes`}`,
    );
  }
  return key;
}

/** The data key, its version and where it came from (for logs, never the key itself). */
export interface DataKey {
  readonly key: Buffer;
  readonly version: number;
  readonly source: string;
}

/**
 * The data key (the root of the personal-data and audit keys): `GONGHUI_DATA_KEY`; without it,
 * development uses a random key kept in `defaultKeyFile` (created once, mode 0600) and production
 * refuses to start.
 */
export async function loadDataKey(env: DataKeyEnv, defaultKeyFile: string): Promise<DataKey> {
  if (env.GONGHUI_DATA_KEY)
    return { ...parseVersionedDataKey(env.GONGHUI_DATA_KEY), source: 'GONGHUI_DATA_KEY' };
  if (env.NODE_ENV === 'production') {
    throw new Error(
      'production mode needs GONGHUI_DATA_KEY (32 bytes, base64 or hex) to encrypt and decrypt personal data and to seal the audit log',
    );
  }
  const key = parseVersionedDataKey(await readOrCreateSecretFile(defaultKeyFile), defaultKeyFile);
  return { ...key, source: `development key in ${defaultKeyFile}` };
}
