// The idempotency key's input hash (store/idempotency.ts `inputHash`): stored with an answer for 24
// hours, so its digest must not change across a release — a retry after a deploy must still match
// the key it sent before. Pinned to the digests of SHA-256 over RFC 8785 canonical JSON.

import { createHash } from 'node:crypto';
import canonicalize from 'canonicalize';
import { describe, expect, it } from 'vitest';
import { inputHash } from '../src/store/idempotency.js';

const ENROLL = { activityId: 'a1', memberId: 'm1', places: null };
const ACTIVITY = {
  title: '暑期嘉年华·亲子陶艺',
  places: 250,
  startsAt: '2026-12-01T09:00:00+08:00',
  nested: { b: [1, 2.5, 'x'], a: true },
};

describe('inputHash', () => {
  it('keeps the digests stored keys were made with', () => {
    expect(inputHash('enroll', ENROLL)).toBe(
      '5511e3c3124b3fd5808c1b9f9420e7087a7dfe0600bff455ea1c6dad2d79fd58',
    );
    expect(inputHash('createActivity', ACTIVITY)).toBe(
      'c02dab0a6acb7a58d91f56837d8f618d5712695efb7ba976684ca3a9402ca32a',
    );
  });

  it('is SHA-256 (hex) of the canonical JSON of the mutation and its input, whatever the key order', () => {
    const reordered = { places: null, memberId: 'm1', activityId: 'a1' };
    const expected = createHash('sha256')
      .update(canonicalize({ mutation: 'enroll', input: ENROLL }) as string, 'utf8')
      .digest('hex');
    expect(inputHash('enroll', reordered)).toBe(expected);
    expect(inputHash('cancelEnrollment', ENROLL)).not.toBe(expected);
    expect(inputHash('enroll', { ...ENROLL, places: 2 })).not.toBe(expected);
  });
});
