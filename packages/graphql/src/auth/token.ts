import { createHmac, createSecretKey, KeyObject, timingSafeEqual } from 'node:crypto';
import {
  ANONYMOUS,
  type Grant,
  isRevoked,
  outlivesMaxLifetime,
  parseGrants,
  type Viewer,
} from '@gonghui/core';
import { importPKCS8, importSPKI, type JWTPayload, errors as joseErrors, jwtVerify, SignJWT } from 'jose';
import { LRUCache } from 'lru-cache';
import { readOrCreateSecretFile } from '../secret-file.js';
import type { TokenRevocations } from './revocation.js';

/** Algorithms accepted for public-key tokens; `none` and anything unlisted is always refused. */
export const PUBLIC_KEY_ALGORITHMS = ['RS256', 'ES256', 'EdDSA'] as const;

/** How bearer tokens are verified (and, in development, signed). */
export interface AuthConfig {
  readonly issuer: string;
  readonly audience: string;
  /** Key and algorithms for verification. */
  readonly verify: { readonly key: Uint8Array | CryptoKey; readonly algorithms: readonly string[] };
  /** Key for signing (`gonghui token`); absent when only a public key is configured. */
  readonly sign?: { readonly key: Uint8Array | CryptoKey; readonly algorithm: string };
  /** Where the key came from, for logs. */
  readonly source: string;
  /**
   * Longest lifetime of an accepted token, in seconds (`exp` minus `iat`, else `nbf`; GONGHUI_TOKEN_MAX_LIFETIME;
   * absent: DEFAULT_MAX_TOKEN_LIFETIME): a longer one, or one that says not when it was issued, is refused.
   */
  readonly maxLifetime?: number;
}

/** The longest token lifetime when GONGHUI_TOKEN_MAX_LIFETIME is unset (a span, as `--ttl` takes). */
export const DEFAULT_MAX_TOKEN_LIFETIME = '30d';

/** Token lifetimes such as `15m`, `1h`, `7d`. */
const SPAN = /^(\d{1,9})([smhd])$/;

/** Seconds of each span unit. */
const SPAN_SECONDS = { s: 1, m: 60, h: 3_600, d: 86_400 } as const;

/** The seconds of a span such as `15m`, `1h`, `7d` (what `--ttl` and GONGHUI_TOKEN_MAX_LIFETIME take), or undefined when it is not one. */
export function spanSeconds(span: string): number | undefined {
  const match = SPAN.exec(span.trim());
  return match ? Number(match[1]) * SPAN_SECONDS[match[2] as keyof typeof SPAN_SECONDS] : undefined;
}

/** The longest lifetime `config` accepts, in seconds (DEFAULT_MAX_TOKEN_LIFETIME's when it says none). */
export function maxLifetimeOf(config: Pick<AuthConfig, 'maxLifetime'>): number {
  return config.maxLifetime ?? (spanSeconds(DEFAULT_MAX_TOKEN_LIFETIME) as number);
}

/** Environment variables read by `loadAuthConfig`. */
export interface AuthEnv {
  GONGHUI_JWT_SECRET?: string;
  GONGHUI_JWT_PUBLIC_KEY?: string;
  GONGHUI_JWT_PRIVATE_KEY?: string;
  GONGHUI_JWT_ALGORITHM?: string;
  GONGHUI_JWT_ISSUER?: string;
  GONGHUI_JWT_AUDIENCE?: string;
  GONGHUI_JWT_SECRET_FILE?: string;
  GONGHUI_TOKEN_MAX_LIFETIME?: string;
  NODE_ENV?: string;
}

/** Shortest HS256 secret accepted, in bytes (RFC 7518 §3.2: at least the hash size). */
export const MIN_SECRET_BYTES = 32;

/**
 * Reads the token configuration: an HS256 secret (`GONGHUI_JWT_SECRET`), or a PEM public key
 * (`GONGHUI_JWT_PUBLIC_KEY`, with `GONGHUI_JWT_ALGORITHM`; `GONGHUI_JWT_PRIVATE_KEY` to sign too).
 * Without either, development uses a random secret kept in `defaultSecretFile` (created once);
 * production refuses to start.
 */
export async function loadAuthConfig(env: AuthEnv, defaultSecretFile: string): Promise<AuthConfig> {
  const lifetime = env.GONGHUI_TOKEN_MAX_LIFETIME || DEFAULT_MAX_TOKEN_LIFETIME;
  const maxLifetime = spanSeconds(lifetime);
  if (maxLifetime === undefined || maxLifetime < 1) {
    throw new Error(`GONGHUI_TOKEN_MAX_LIFETIME must look like 15m, 12h or 30d, got '${lifetime}'`);
  }
  const issuer = env.GONGHUI_JWT_ISSUER ?? 'gonghui';
  const audience = env.GONGHUI_JWT_AUDIENCE ?? 'gonghui-api';
  if (env.GONGHUI_JWT_PUBLIC_KEY) {
    const algorithm = env.GONGHUI_JWT_ALGORITHM ?? 'RS256';
    if (!(PUBLIC_KEY_ALGORITHMS as readonly string[]).includes(algorithm)) {
      throw new Error(
        `GONGHUI_JWT_ALGORITHM must be one of ${PUBLIC_KEY_ALGORITHMS.join(', ')}, got '${algorithm}'`,
      );
    }
    const key = await importSPKI(env.GONGHUI_JWT_PUBLIC_KEY, algorithm);
    const sign = env.GONGHUI_JWT_PRIVATE_KEY
      ? { key: await importPKCS8(env.GONGHUI_JWT_PRIVATE_KEY, algorithm), algorithm }
      : undefined;
    return {
      issuer,
      audience,
      verify: { key, algorithms: [algorithm] },
      sign,
      source: `public key (${algorithm})`,
      maxLifetime,
    };
  }
  let secret = env.GONGHUI_JWT_SECRET;
  let source = 'GONGHUI_JWT_SECRET';
  if (!secret) {
    if (env.NODE_ENV === 'production') {
      throw new Error('production mode needs GONGHUI_JWT_SECRET or GONGHUI_JWT_PUBLIC_KEY to verify tokens');
    }
    const file = env.GONGHUI_JWT_SECRET_FILE ?? defaultSecretFile;
    secret = await readOrCreateSecretFile(file);
    source = `development secret in ${file}`;
  }
  const key = new TextEncoder().encode(secret);
  if (key.length < MIN_SECRET_BYTES) {
    throw new Error(`the HS256 secret must be at least ${MIN_SECRET_BYTES} bytes, got ${key.length}`);
  }
  // Verified with a CryptoKey imported once (jose imports a raw secret anew for every token).
  // Extractable, so that `acceptedHs256` takes it as a KeyObject (`KeyObject.from`; Node 24 deprecates
  // that for a key that is not, DEP0204): the raw secret is in `sign.key` of the same object anyway.
  const verifyKey = await crypto.subtle.importKey('raw', key, { name: 'HMAC', hash: 'SHA-256' }, true, [
    'verify',
  ]);
  return {
    issuer,
    audience,
    verify: { key: verifyKey, algorithms: ['HS256'] },
    sign: { key, algorithm: 'HS256' },
    source,
    maxLifetime,
  };
}

/** Why a presented token was refused. */
export class TokenError extends Error {
  override readonly name = 'TokenError';
}

/** Verified tokens kept per configuration (their viewers, until they expire): see `viewerFromAuthorization`. */
export const VERIFIED_TOKENS = 10_000;
const verifiedTokens = new WeakMap<AuthConfig, LRUCache<string, Viewer>>();
/** When each verified token's viewer stops being valid (its `exp`, in ms): see `tokenExpiresAt`. */
const expiries = new WeakMap<Viewer, number>();

/** When each verified token was issued (its `iat`, else its `nbf`, in seconds; absent: neither): see `tokenIssuedAt`. */
const issues = new WeakMap<Viewer, number>();
/** The revocations each viewer was last checked against (what a stream watches: `onTokenRevoked`). */
const checkedAgainst = new WeakMap<Viewer, TokenRevocations>();

/**
 * When the token a viewer was verified from expires (ms since the epoch), or undefined for the
 * anonymous viewer: what a long-lived answer (a subscription) checks before each event it sends.
 */
export function tokenExpiresAt(viewer: Viewer): number | undefined {
  return expiries.get(viewer);
}

/**
 * When the token a viewer was verified from was issued (seconds since the epoch: its `iat`, else its
 * `nbf`), or undefined when it says neither (or for the anonymous viewer): what a revocation's cutoff
 * is compared with (`isRevoked`).
 */
export function tokenIssuedAt(viewer: Viewer): number | undefined {
  return issues.get(viewer);
}

/** The 401 reason of a token revoked up to `cutoff` (whole seconds): when, not by whom, no secret. */
export function revokedMessage(cutoff: number): string {
  return (
    `the token was revoked: every token of its subject issued at or before ${new Date(cutoff * 1000).toISOString()} ` +
    'is refused; sign in again with a token issued after that'
  );
}

/**
 * Throws TokenError when `viewer`'s token is revoked (its subject's cutoff at or after its issue): one
 * Map lookup, synchronous once `revocations` are loaded (before that, it waits for the first load).
 */
function refuseRevoked(viewer: Viewer, revocations: TokenRevocations): void | Promise<void> {
  if (viewer.subject === null) return;
  if (!revocations.loaded) return revocations.ready.then(() => refuseRevoked(viewer, revocations));
  // Set on every check, not once with the viewer: a cached viewer is shared by every server of this
  // process with the same AuthConfig, and those may hold different databases' copies (tests do); a
  // stream watches the copy that checked its viewer last (its own request's). ~20 ns a check (node, load 10).
  checkedAgainst.set(viewer, revocations);
  const cutoff = revocations.cutoffOf(viewer.subject);
  if (isRevoked(issues.get(viewer), cutoff)) throw new TokenError(revokedMessage(cutoff as number));
}

/**
 * Calls `revoked` with the cutoff (whole seconds) once `viewer`'s token is revoked — at once when it
 * already is — by the revocations it was checked against; returns the function that stops watching.
 * Nothing happens for a viewer that was never checked (anonymous, or no revocations given).
 */
export function onTokenRevoked(viewer: Viewer, revoked: (cutoff: number) => void): () => void {
  const revocations = checkedAgainst.get(viewer);
  if (revocations === undefined || viewer.subject === null) return () => undefined;
  const issuedAt = issues.get(viewer);
  let done = false;
  const check = (cutoff: number | undefined) => {
    if (done || !isRevoked(issuedAt, cutoff)) return;
    done = true;
    revoked(cutoff as number);
  };
  const stop = revocations.watch(viewer.subject, check);
  check(revocations.cutoffOf(viewer.subject));
  return stop;
}

/**
 * Turns an `Authorization` header into a viewer: none → anonymous; a bad token → `TokenError`. A
 * token verified before (the same string, so the same signature) gives its viewer again without
 * verifying the signature, until its `exp` (the last VERIFIED_TOKENS tokens of this configuration):
 * a client sends one token with every request, and the signature check was the largest single cost
 * of a small write. With `revocations`, a token whose subject's tokens were revoked at or after its
 * issue is refused too (after the cache: one Map lookup), cached or not.
 */
export async function viewerFromAuthorization(
  header: string | null,
  config: AuthConfig,
  revocations?: TokenRevocations,
): Promise<Viewer> {
  const viewer = await verifiedViewer(header, config);
  if (revocations !== undefined) await refuseRevoked(viewer, revocations);
  return viewer;
}

/** `viewerFromAuthorization` without the revocations: the token's signature and claims (cached). */
async function verifiedViewer(header: string | null, config: AuthConfig): Promise<Viewer> {
  if (header === null || header.trim() === '') return ANONYMOUS;
  const match = /^Bearer\s+([A-Za-z0-9._~+/=-]+)$/.exec(header.trim());
  if (!match?.[1]) throw new TokenError('the Authorization header must be "Bearer <token>"');
  const token = match[1];
  let verified = verifiedTokens.get(config);
  if (verified === undefined) {
    // Timed by the wall clock, as `exp` is, read on every get (no cached now).
    verified = new LRUCache({ max: VERIFIED_TOKENS, perf: { now: () => Date.now() }, ttlResolution: 0 });
    verifiedTokens.set(config, verified);
  }
  const known = verified.get(token);
  if (known !== undefined) return known;
  let payload = acceptedHs256(token, config);
  if (payload === undefined) {
    try {
      ({ payload } = await jwtVerify(token, config.verify.key, {
        issuer: config.issuer,
        audience: config.audience,
        algorithms: [...config.verify.algorithms],
        requiredClaims: ['sub', 'exp'],
      }));
    } catch (error) {
      if (error instanceof joseErrors.JOSEError) throw new TokenError(refusal(error, config));
      throw error;
    }
  }
  const grants = parseGrants(payload.roles);
  if (!grants.ok) throw new TokenError(`the token's roles claim is not valid: ${grants.error.message}`);
  const issuedAt = typeof payload.iat === 'number' ? payload.iat : payload.nbf;
  if (outlivesMaxLifetime(issuedAt, payload.exp ?? 0, maxLifetimeOf(config))) {
    throw new TokenError(lifetimeRefusal(issuedAt, payload.exp ?? 0, maxLifetimeOf(config)));
  }
  const viewer: Viewer = { subject: payload.sub ?? null, grants: grants.value };
  expiries.set(viewer, (payload.exp ?? 0) * 1000);
  if (typeof issuedAt === 'number') issues.set(viewer, issuedAt);
  // `exp` is required: the entry lives until then (lru-cache's per-entry ttl; an entry is stale once
  // its age exceeds the ttl, hence - 1: stale at `exp` itself, as jose finds it), after which the
  // token is verified afresh (and refused as expired). Its age counts from the `now` the ttl was
  // computed from: left to the cache's own clock, read a moment later, the entry outlived `exp` by
  // that moment (a busy process accepted an expired token for a few milliseconds).
  const now = Date.now();
  const ttl = (payload.exp ?? 0) * 1000 - now - 1;
  if (ttl > 0) verified.set(token, viewer, { ttl, start: now });
  return viewer;
}

/** The protected headers `acceptedHs256` takes, base64url-encoded as `signToken` (and most signers) write them. */
const HS256_HEADERS: ReadonlySet<string> = new Set(
  ['{"alg":"HS256"}', '{"alg":"HS256","typ":"JWT"}'].map((header) =>
    Buffer.from(header).toString('base64url'),
  ),
);

/** Per configuration verifying HS256 alone, its key as a KeyObject (null: another configuration). */
const hmacKeys = new WeakMap<AuthConfig, KeyObject | null>();

function hmacKeyOf(config: AuthConfig): KeyObject | null {
  let key = hmacKeys.get(config);
  if (key === undefined) {
    const { key: given, algorithms } = config.verify;
    key =
      algorithms.length !== 1 || algorithms[0] !== 'HS256'
        ? null
        : given instanceof Uint8Array
          ? createSecretKey(given)
          : KeyObject.from(given);
    hmacKeys.set(config, key);
  }
  return key;
}

/** UTF-8 that refuses malformed bytes, as jose decodes a claims set. */
const STRICT_UTF8 = new TextDecoder('utf-8', { fatal: true });

/** True when `segment` is the canonical base64url text of what it decodes to (Node's decoder skips what is not). */
function canonical(segment: string, bytes: Buffer): boolean {
  return bytes.toString('base64url') === segment;
}

/**
 * The claims of an HS256 token this configuration surely accepts, checked synchronously with
 * node:crypto's HMAC (jose verifies through WebCrypto: an asynchronous job on the thread pool per
 * token, ~0.1 ms of a request's CPU); undefined for anything else — another header, a signature that
 * does not match, a claim jose would refuse or that is not plainly valid — which jose then verifies
 * and refuses (or accepts) with its own answer. It accepts only what jwtVerify with the same options
 * accepts: the header exactly `{"alg":"HS256"}` (with `"typ":"JWT"`), a canonical signature equal to
 * the HMAC of the signed text, a claims object with this issuer, this audience (or a list holding it),
 * a string `sub`, a numeric `exp` after now, `nbf` (when present) not after now, `iat` (when present) a
 * number — jose's checks with no clock tolerance.
 */
export function acceptedHs256(token: string, config: AuthConfig): JWTPayload | undefined {
  const key = hmacKeyOf(config);
  const dot = token.indexOf('.');
  const last = token.lastIndexOf('.');
  if (key === null || dot <= 0 || last <= dot || !HS256_HEADERS.has(token.slice(0, dot))) return undefined;
  const signature = Buffer.from(token.slice(last + 1), 'base64url');
  const mac = createHmac('sha256', key).update(token.slice(0, last)).digest();
  if (signature.length !== mac.length || !timingSafeEqual(signature, mac)) return undefined;
  const segment = token.slice(dot + 1, last);
  const bytes = Buffer.from(segment, 'base64url');
  if (!canonical(token.slice(last + 1), signature) || !canonical(segment, bytes)) return undefined;
  let claims: unknown;
  try {
    claims = JSON.parse(STRICT_UTF8.decode(bytes));
  } catch {
    return undefined;
  }
  if (claims === null || typeof claims !== 'object' || Array.isArray(claims)) return undefined;
  const { iss, aud, sub, exp, nbf, iat } = claims as JWTPayload;
  const now = Math.floor(Date.now() / 1000);
  const audience = Array.isArray(aud) ? aud.includes(config.audience) : aud === config.audience;
  return iss === config.issuer &&
    audience &&
    typeof sub === 'string' &&
    typeof exp === 'number' &&
    exp > now &&
    (nbf === undefined || (typeof nbf === 'number' && nbf <= now)) &&
    (iat === undefined || typeof iat === 'number')
    ? (claims as JWTPayload)
    : undefined;
}

/** The 401 reason of a token that lives longer than `maxLifetime` seconds, or says not when it was issued. */
function lifetimeRefusal(issuedAt: number | undefined, expiresAt: number, maxLifetime: number): string {
  const bound = `GONGHUI_TOKEN_MAX_LIFETIME (${maxLifetime} s)`;
  return issuedAt === undefined
    ? `the token says not when it was issued (no iat or nbf claim): tokens must, so that ${bound} bounds their lifetime`
    : `the token lives ${expiresAt - issuedAt} s from its issue, longer than ${bound} allows: make one with a shorter --ttl`;
}

/** Says why jose refused a token and its likely cause, for the 401 message (no secret in it). */
function refusal(error: InstanceType<typeof joseErrors.JOSEError>, config: AuthConfig): string {
  const make = "make a new one with 'gonghui token'";
  if (error instanceof joseErrors.JWTExpired) {
    const exp = error.payload.exp;
    const when = typeof exp === 'number' ? ` at ${new Date(exp * 1000).toISOString()}` : '';
    return `the token has expired${when}: ${make} (--ttl sets its lifetime)`;
  }
  if (error instanceof joseErrors.JWSSignatureVerificationFailed) {
    return (
      `the token's signature does not match this server's key (${config.source}): it was probably ` +
      `signed with another secret, e.g. by 'gonghui token' with another data directory or ` +
      `GONGHUI_JWT_SECRET than the server's; ${make} with the server's data directory (--data) or key`
    );
  }
  if (error instanceof joseErrors.JWTClaimValidationFailed) {
    const claim = error.claim;
    const given = error.payload[claim];
    if (claim === 'iss') {
      return `the token's issuer is ${JSON.stringify(given ?? null)}, this server expects '${config.issuer}' (GONGHUI_JWT_ISSUER): ${make} with the same setting`;
    }
    if (claim === 'aud') {
      return `the token's audience is ${JSON.stringify(given ?? null)}, this server expects '${config.audience}' (GONGHUI_JWT_AUDIENCE): ${make} with the same setting`;
    }
    return `the token is not valid: ${error.message}`;
  }
  if (error instanceof joseErrors.JOSEAlgNotAllowed) {
    return `the token is not valid: its algorithm is not accepted here (this server accepts ${config.verify.algorithms.join(', ')})`;
  }
  return `the token is not valid: ${error.code} (not a signed JWT of this server)`;
}

/** Signs a token for a subject with grants, valid for `ttl` (e.g. `1h`). */
export async function signToken(
  config: AuthConfig,
  claims: { subject: string; grants: readonly Grant[]; ttl: string },
): Promise<string> {
  if (!config.sign) throw new Error('no signing key is configured (set GONGHUI_JWT_PRIVATE_KEY or a secret)');
  const ttl = spanSeconds(claims.ttl);
  if (ttl === undefined) throw new Error(`--ttl must look like 15m, 1h or 7d, got '${claims.ttl}'`);
  if (ttl > maxLifetimeOf(config)) {
    throw new Error(
      `--ttl ${claims.ttl} is longer than GONGHUI_TOKEN_MAX_LIFETIME (${maxLifetimeOf(config)} s): servers would refuse the token`,
    );
  }
  // One clock reading for both claims: `exp - iat` is exactly the ttl.
  const now = Math.floor(Date.now() / 1000);
  return new SignJWT({ roles: claims.grants })
    .setProtectedHeader({ alg: config.sign.algorithm })
    .setSubject(claims.subject)
    .setIssuer(config.issuer)
    .setAudience(config.audience)
    .setIssuedAt(now)
    .setExpirationTime(now + ttl)
    .sign(config.sign.key);
}
