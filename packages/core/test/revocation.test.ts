import { describe, expect, it } from 'vitest';
import { earliestMatteringCutoff, outlivesMaxLifetime, revocationMatters } from '../src/access/revocation.js';
import { checkRevocation, cutoffSecond, isRevoked, MAX_REVOCATION_TEXT } from '../src/index.js';

describe('a revocation', () => {
  it('takes a trimmed subject and reason of 1 to 200 printable characters, naming the field it refuses', () => {
    expect(checkRevocation({ subject: ' alice ', reason: ' lost phone ' })).toEqual({
      ok: true,
      value: { subject: 'alice', reason: 'lost phone' },
    });
    const empty = checkRevocation({ subject: 'alice', reason: '  ' });
    expect(empty.ok || empty.error).toMatchObject({ code: 'REVOCATION_REASON_INVALID', path: ['reason'] });
    const long = checkRevocation({ subject: 'a'.repeat(MAX_REVOCATION_TEXT + 1), reason: 'x' });
    expect(long.ok || long.error).toMatchObject({ code: 'REVOCATION_SUBJECT_INVALID', path: ['subject'] });
    const bidi = checkRevocation({ subject: 'alice', reason: 'ok\u202Eevil' });
    expect(bidi.ok || bidi.error).toMatchObject({ code: 'REVOCATION_REASON_INVALID' });
  });

  it('refuses tokens issued up to and in its cutoff second, none after, and those that say not when', () => {
    const cutoff = cutoffSecond(new Date(Date.UTC(2026, 11, 1, 20, 0, 0, 999)));
    expect(cutoff).toBe(Date.UTC(2026, 11, 1, 20, 0, 0) / 1000);
    expect(isRevoked(cutoff - 1, cutoff)).toBe(true);
    expect(isRevoked(cutoff, cutoff)).toBe(true);
    expect(isRevoked(cutoff + 1, cutoff)).toBe(false);
    expect(isRevoked(undefined, cutoff)).toBe(true);
    expect(isRevoked(undefined, undefined)).toBe(false);
    expect(isRevoked(cutoff - 1, undefined)).toBe(false);
  });

  it('matters while a token it refuses can still be valid: kept at exactly the max lifetime, gone a second later', () => {
    const day = 86_400;
    const cutoff = cutoffSecond(new Date(Date.UTC(2026, 11, 1, 20, 0, 0, 999)));
    expect(revocationMatters(cutoff, cutoff, day)).toBe(true);
    expect(revocationMatters(cutoff, cutoff + day, day)).toBe(true);
    expect(revocationMatters(cutoff, cutoff + day + 1, day)).toBe(false);
    expect(earliestMatteringCutoff(cutoff + day, day)).toBe(cutoff);
    // The latest token it refuses (issued in the cutoff second, living the max lifetime) has expired by then.
    expect(outlivesMaxLifetime(cutoff, cutoff + day, day)).toBe(false);
    expect(outlivesMaxLifetime(cutoff, cutoff + day + 1, day)).toBe(true);
    expect(outlivesMaxLifetime(undefined, cutoff + 60, day)).toBe(true);
  });
});
