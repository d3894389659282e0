import { describe, expect, it } from 'vitest';
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
});
