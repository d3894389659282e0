import { createHmac } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type JWTHeaderParameters, type JWTPayload, jwtVerify, SignJWT, UnsecuredJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import {
  type AuthConfig,
  acceptedHs256,
  loadAuthConfig,
  VERIFIED_TOKENS,
  viewerFromAuthorization,
} from '../src/auth/token.js';
import { main } from '../src/cli.js';

const SECRET = 'gonghui-token-test-secret-0123456789';

/** A token with the given changes to a valid one (this server's secret, issuer and audience, 1 h). */
function token(
  change: { secret?: string; issuer?: string; audience?: string; expiresAt?: number; subject?: string } = {},
): Promise<string> {
  return new SignJWT({ roles: [{ role: 'SYSTEM_ADMIN' }] })
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject(change.subject ?? 'dev')
    .setIssuer(change.issuer ?? 'gonghui')
    .setAudience(change.audience ?? 'gonghui-api')
    .setIssuedAt()
    .setExpirationTime(change.expiresAt ?? '1h')
    .sign(new TextEncoder().encode(change.secret ?? SECRET));
}

/** The message a refused token gets (the 401's text). */
async function refusal(config: AuthConfig, jwt: string): Promise<string> {
  return viewerFromAuthorization(`Bearer ${jwt}`, config).then(
    () => 'accepted',
    (error: unknown) => (error instanceof Error ? error.message : String(error)),
  );
}

describe('a refused token says the likely cause', () => {
  let config: AuthConfig;
  beforeAll(async () => {
    config = await loadAuthConfig({ GONGHUI_JWT_SECRET: SECRET }, '/nonexistent');
  });

  it('accepts a valid token', async () => {
    expect(await refusal(config, await token())).toBe('accepted');
  });

  it('another secret: names the key source and the data directory', async () => {
    const message = await refusal(config, await token({ secret: `${SECRET}-other` }));
    expect(message).toMatch(/signed with another secret/);
    expect(message).toContain('(GONGHUI_JWT_SECRET)');
    expect(message).toMatch(/another data directory/);
  });

  it('expired: says when, and how to make a new one', async () => {
    const expiresAt = Math.floor(Date.now() / 1000) - 120;
    const message = await refusal(config, await token({ expiresAt }));
    expect(message).toContain(`expired at ${new Date(expiresAt * 1000).toISOString()}`);
    expect(message).toMatch(/gonghui token/);
  });

  it('wrong issuer or audience: names what it got, what is expected and the variable', async () => {
    expect(await refusal(config, await token({ issuer: 'elsewhere' }))).toMatch(
      /issuer is "elsewhere", this server expects 'gonghui' \(GONGHUI_JWT_ISSUER\)/,
    );
    expect(await refusal(config, await token({ audience: 'other-api' }))).toMatch(
      /audience is "other-api", this server expects 'gonghui-api' \(GONGHUI_JWT_AUDIENCE\)/,
    );
  });

  it('a token verified once is known until it expires, then refused as expired; another configuration verifies afresh', async () => {
    const expiresAt = Math.floor(Date.now() / 1000) + 60;
    const jwt = await token({ expiresAt });
    const first = await viewerFromAuthorization(`Bearer ${jwt}`, config);
    expect(first).toMatchObject({ subject: 'dev', grants: [{ role: 'SYSTEM_ADMIN' }] });
    expect(await viewerFromAuthorization(`Bearer ${jwt}`, config)).toBe(first);
    // A server with another secret has its own verified tokens: this one is refused there.
    const other = await loadAuthConfig({ GONGHUI_JWT_SECRET: `${SECRET}-other` }, '/nonexistent');
    expect(await refusal(other, jwt)).toMatch(/signed with another secret/);
    vi.useFakeTimers({ now: expiresAt * 1000 });
    try {
      expect(await refusal(config, jwt)).toContain('expired');
    } finally {
      vi.useRealTimers();
    }
  });

  it('a verified token is refused at its exp even when the clock moved while it was verified', async () => {
    const expiresAt = Math.floor(Date.now() / 1000) + 60;
    const jwt = await token({ subject: 'slow-clock', expiresAt });
    // Every reading of the clock 2 ms after the one before, as on a busy process: the cache's own
    // reading at insert comes after the one the entry's ttl was computed from.
    let at = Date.now();
    const clock = vi.spyOn(Date, 'now').mockImplementation(() => {
      at += 2;
      return at;
    });
    try {
      expect(await refusal(config, jwt)).toBe('accepted');
    } finally {
      clock.mockRestore();
    }
    vi.useFakeTimers({ now: expiresAt * 1000 - 1 });
    try {
      expect(await refusal(config, jwt), 'a millisecond before exp').toBe('accepted');
      vi.setSystemTime(expiresAt * 1000);
      expect(await refusal(config, jwt), 'at exp').toContain('expired');
    } finally {
      vi.useRealTimers();
    }
  });

  it('a token differing from a verified one in one byte is verified afresh, and refused', async () => {
    const jwt = await token({ subject: 'one-byte' });
    const first = await viewerFromAuthorization(`Bearer ${jwt}`, config);
    const [header, payload, signature] = jwt.split('.') as [string, string, string];
    /** `part` with its character at `at` replaced by another base64url character (not the last: every bit of it counts). */
    const changed = (part: string, at: number) =>
      `${part.slice(0, at)}${part[at] === 'A' ? 'Q' : 'A'}${part.slice(at + 1)}`;
    for (const other of [
      `${header}.${payload}.${changed(signature, 4)}`,
      `${header}.${changed(payload, 8)}.${signature}`,
      `${changed(header, 2)}.${payload}.${signature}`,
    ]) {
      expect(await refusal(config, other)).not.toBe('accepted');
    }
    expect(await viewerFromAuthorization(`Bearer ${jwt}`, config)).toBe(first);
  });

  it(`keeps at most VERIFIED_TOKENS (${VERIFIED_TOKENS}) verified tokens: past the bound the least recent is verified afresh`, async () => {
    const own = await loadAuthConfig({ GONGHUI_JWT_SECRET: SECRET }, '/nonexistent');
    const oldest = await token({ subject: 'oldest' });
    const first = await viewerFromAuthorization(`Bearer ${oldest}`, own);
    const others = await Promise.all(
      Array.from({ length: VERIFIED_TOKENS - 1 }, (_, i) => token({ subject: `other-${i}` })),
    );
    const viewers = await Promise.all(others.map((jwt) => viewerFromAuthorization(`Bearer ${jwt}`, own)));
    // VERIFIED_TOKENS kept: the oldest is still known.
    expect(await viewerFromAuthorization(`Bearer ${oldest}`, own)).toBe(first);
    // One more pushes out the least recently used (now the first of the others), not the oldest just read.
    await viewerFromAuthorization(`Bearer ${await token({ subject: 'newest' })}`, own);
    expect(await viewerFromAuthorization(`Bearer ${oldest}`, own)).toBe(first);
    const evicted = await viewerFromAuthorization(`Bearer ${others[0]}`, own);
    expect(evicted).toEqual(viewers[0]);
    expect(evicted).not.toBe(viewers[0]);
    // Verified afresh, it is kept again, pushing out the next least recent; the most recent stays.
    expect(await viewerFromAuthorization(`Bearer ${others.at(-1)}`, own)).toBe(viewers.at(-1));
  });

  it('the synchronous HS256 check accepts a token only where jose accepts it, with the same claims; jose decides the rest', async () => {
    const now = Math.floor(Date.now() / 1000);
    const base = {
      roles: [{ role: 'SYSTEM_ADMIN' }],
      sub: 'dev',
      iss: 'gonghui',
      aud: 'gonghui-api',
      iat: now,
      exp: now + 3600,
    };
    const sign = (claims: JWTPayload, header: JWTHeaderParameters = { alg: 'HS256' }, secret = SECRET) =>
      new SignJWT(claims).setProtectedHeader(header).sign(new TextEncoder().encode(secret));
    /** A token of `claims` as given (not JSON of an object), signed with this server's secret. */
    const rawSigned = (claims: string | Buffer) => {
      const signed = `${Buffer.from('{"alg":"HS256"}').toString('base64url')}.${Buffer.from(claims).toString('base64url')}`;
      return `${signed}.${createHmac('sha256', SECRET).update(signed).digest('base64url')}`;
    };
    const valid = await sign(base);
    const [header, payload, signature] = valid.split('.') as [string, string, string];
    // The signature's last character carries 2 unused bits: another last character, the same bytes.
    const last = signature.at(-1) as string;
    const sameBytes = `${signature.slice(0, -1)}${String.fromCharCode(last.charCodeAt(0) ^ 1)}`;
    /** Each token, and whether the synchronous check takes it (else jose alone decides). */
    const cases: [string, string, boolean][] = [
      ['valid', valid, true],
      ['typ JWT', await sign(base, { alg: 'HS256', typ: 'JWT' }), true],
      ['an audience list', await sign({ ...base, aud: ['other', 'gonghui-api'] }), true],
      ['nbf passed', await sign({ ...base, nbf: now - 10 }), true],
      ['no iat', await sign({ ...base, iat: undefined }), true],
      ['a kid in the header', await sign(base, { alg: 'HS256', kid: 'k1' }), false],
      ['another secret', await sign(base, { alg: 'HS256' }, `${SECRET}-other`), false],
      ['expired', await sign({ ...base, exp: now - 1 }), false],
      ['exp a string', await sign({ ...base, exp: String(now + 60) as unknown as number }), false],
      ['no exp', await sign({ ...base, exp: undefined }), false],
      ['nbf ahead', await sign({ ...base, nbf: now + 60 }), false],
      ['iat a string', await sign({ ...base, iat: 'now' as unknown as number }), false],
      ['sub a number', await sign({ ...base, sub: 7 as unknown as string }), false],
      ['no sub', await sign({ ...base, sub: undefined }), false],
      ['another issuer', await sign({ ...base, iss: 'elsewhere' }), false],
      ['another audience', await sign({ ...base, aud: ['other'] }), false],
      ['the signature padded', `${header}.${payload}.${signature}=`, false],
      ['the signature not canonical', `${header}.${payload}.${sameBytes}`, false],
      ['four parts', `${header}.${payload}.${payload}.${signature}`, false],
      ['the claims an array', rawSigned('[]'), false],
      ['the claims not UTF-8', rawSigned(Buffer.from([0x7b, 0xff, 0x7d])), false],
    ];
    for (const [name, jwt, fast] of cases) {
      const taken = acceptedHs256(jwt, config);
      const byJose = await jwtVerify(jwt, config.verify.key, {
        issuer: 'gonghui',
        audience: 'gonghui-api',
        algorithms: ['HS256'],
        requiredClaims: ['sub', 'exp'],
      }).then(
        (verified) => verified.payload,
        () => undefined,
      );
      expect(taken !== undefined, name).toBe(fast);
      if (taken !== undefined) expect(taken, name).toEqual(byJose);
      const accepted = (await refusal(config, jwt)) === 'accepted';
      // Past jose, the lifetime bound (GONGHUI_TOKEN_MAX_LIFETIME) refuses one that says not when it was issued.
      expect(accepted, name).toBe(byJose !== undefined && (byJose.iat ?? byJose.nbf) !== undefined);
    }
  });

  it('unsigned or not a JWT: not valid', async () => {
    const unsigned = new UnsecuredJWT({ roles: [] }).setSubject('x').setExpirationTime('1h').encode();
    expect(await refusal(config, unsigned)).toMatch(/not valid/);
    expect(await refusal(config, 'abc.def.ghi')).toMatch(/not valid/);
  });
});

describe('gonghui token and the data directory', () => {
  let dirs: string;
  beforeAll(async () => {
    dirs = await mkdtemp(join(tmpdir(), 'gonghui-token-'));
  });
  afterAll(async () => {
    await rm(dirs, { recursive: true, force: true });
    vi.restoreAllMocks();
  });

  it('says which secret signed, warns when it is new, and another data directory refuses the token with a hint', async () => {
    vi.stubEnv('GONGHUI_JWT_SECRET', undefined);
    vi.stubEnv('GONGHUI_JWT_PUBLIC_KEY', undefined);
    const out: string[] = [];
    const err: string[] = [];
    vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => out.push(String(chunk)) > 0);
    vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => err.push(String(chunk)) > 0);
    const serverDir = join(dirs, 'server');
    const cliDir = join(dirs, 'cli');
    await main(['token', '--role', 'SYSTEM_ADMIN', '--data', cliDir]);
    await main(['token', '--role', 'SYSTEM_ADMIN', '--data', cliDir]);
    vi.restoreAllMocks();
    vi.unstubAllEnvs();
    expect(err.join('')).toContain(`signed with the development secret in ${join(cliDir, 'jwt-secret')}`);
    expect(err.join('').match(/that secret is new/g)).toHaveLength(1);
    const jwt = out[0]?.trim() ?? '';
    const same = await loadAuthConfig({}, join(cliDir, 'jwt-secret'));
    expect(await refusal(same, jwt)).toBe('accepted');
    const other = await loadAuthConfig({}, join(serverDir, 'jwt-secret'));
    const message = await refusal(other, jwt);
    expect(message).toMatch(/signed with another secret/);
    expect(message).toContain(join(serverDir, 'jwt-secret'));
  });
});
