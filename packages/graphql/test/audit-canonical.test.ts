// The canonical JSON an audit seal covers (src/store/audit-seal.ts `canonicalEntry`) is written by
// the store's own serializer, not by the `canonicalize` package it replaced for speed: a seal must
// stay byte for byte what it was, or every entry sealed before would stop verifying. Differential:
// thousands of entries of random shapes (unicode, numbers, nesting, null and undefined fields, keys
// that need sorting), v1 and v2, against `canonicalize` of the same fields; and the same refusals.
import { createHash } from 'node:crypto';
import canonicalize from 'canonicalize';
import { describe, expect, it } from 'vitest';
import { canonicalEntry, type SealVersion, type UnsealedRecord } from '../src/store/audit-seal.js';

/** What `canonicalEntry` returned before: `canonicalize` of the entry's fields (the id in v2 only). */
function reference(entry: UnsealedRecord, version: SealVersion): string | undefined {
  return canonicalize({
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
}

/** A seeded generator (SHA-256 of the seed and a counter): the same shapes on every run. */
function random(seed: number) {
  let n = 0;
  const next = () => createHash('sha256').update(`${seed}:${n++}`).digest().readUInt32BE(0) / 2 ** 32;
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T;
  return { next, pick };
}

const PIECES = [
  'a',
  'Z',
  ' ',
  '"',
  '\\',
  '/',
  '\n',
  '\t',
  '\u0000',
  '\u001f',
  '\u007f',
  '\u2028',
  '\u2029',
  'é',
  '工会',
  '梅园村',
  '😀',
  '𠀋',
  '\ufeff',
  '\u200b',
  '€',
  'ß',
  '10',
  '2',
  '_',
];
const NUMBERS = [
  0,
  -0,
  1,
  -1,
  0.1,
  1e21,
  1e-7,
  123456789012345680000,
  2 ** 53 + 2,
  5e-324,
  1.7976931348623157e308,
  -333.333,
  4.35,
  0.000001,
  1e-6,
  250,
];

function generator(seed: number) {
  const { next, pick } = random(seed);
  const text = (max = 6): string =>
    Array.from({ length: Math.floor(next() * max) }, () => pick(PIECES)).join('');
  const value = (depth: number): unknown => {
    const kind = Math.floor(next() * (depth > 3 ? 5 : 8));
    switch (kind) {
      case 0:
        return null;
      case 1:
        return next() < 0.5;
      case 2:
        return next() < 0.5 ? pick(NUMBERS) : (next() - 0.5) * 10 ** Math.floor(next() * 30 - 10);
      case 3:
      case 4:
        return text();
      case 5:
        return Array.from({ length: Math.floor(next() * 4) }, () =>
          next() < 0.1 ? undefined : value(depth + 1),
        );
      default: {
        const object: Record<string, unknown> = {};
        for (let n = Math.floor(next() * 6); n > 0; n--)
          object[text(3)] = next() < 0.1 ? undefined : value(depth + 1);
        return object;
      }
    }
  };
  const entry = (): UnsealedRecord => ({
    id: text(8),
    seq: BigInt(Math.floor(next() * 1e9)),
    at: new Date(Math.floor(next() * 4e12)),
    actor: text(),
    action: text(),
    targetType: text(),
    targetId: text(),
    organizationId: next() < 0.3 ? null : text(),
    before: (next() < 0.3 ? null : next() < 0.1 ? undefined : value(0)) as UnsealedRecord['before'],
    after: value(0) as UnsealedRecord['after'],
    requestId: next() < 0.3 ? null : text(),
    prevHash: text(10),
  });
  return { entry };
}

describe('canonicalEntry (the bytes an audit seal covers)', () => {
  it('is byte for byte what canonicalize made of 5,000 random entries, v1 and v2', () => {
    const { entry } = generator(20261201);
    let checked = 0;
    for (let n = 0; n < 5_000; n++) {
      const e = entry();
      for (const version of [1, 2] as const) {
        expect(canonicalEntry(e, version)).toBe(reference(e, version));
        checked += 1;
      }
    }
    expect(checked).toBe(10_000);
  });

  it('is what canonicalize made of an enrollment entry, a legacy entry and values JSON cannot parse', () => {
    const base: UnsealedRecord = {
      id: '0b6f1a52-6d4f-4f0e-9a57-0c5e8c1d2f3a',
      seq: 1234n,
      at: new Date('2026-12-01T13:39:21.123Z'),
      actor: 'member:张三',
      action: 'activity.enrolled',
      targetType: 'Enrollment',
      targetId: 'e1',
      organizationId: null,
      before: null,
      after: {
        status: 'ENROLLED',
        places: 1,
        arrival: 17,
        enrolledAt: '2026-12-01T13:39:21.120Z',
        memberId: 'm',
      },
      requestId: null,
      prevHash: '0'.repeat(64),
    };
    // An array with a hole (index 2), which canonicalize left empty.
    const holey: unknown[] = [undefined, Symbol('t')];
    holey[3] = new Date(0);
    holey.push({ toJSON: () => ({ z: 1, y: [2] }) });
    const odd = {
      // Object keys: integer-like first in Object.keys, then sorted as strings; undefined and symbols skipped.
      '10': 1,
      '2': 2,
      b: undefined,
      a: Symbol('s'),
      '': holey,
      nested: { é: { e: -0, E: 1e21 } },
    };
    for (const e of [
      base,
      { ...base, after: odd },
      { ...base, before: odd, organizationId: 'o' },
    ] as UnsealedRecord[]) {
      for (const version of [1, 2] as const) expect(canonicalEntry(e, version)).toBe(reference(e, version));
    }
  });

  it('refuses what canonicalize refused: lone surrogates anywhere, NaN and Infinity', () => {
    const base = generator(7).entry();
    const cases: Partial<UnsealedRecord>[] = [
      { actor: 'a\ud800' },
      { targetId: '\udc00b' },
      { after: { 'k\ud83d': 1 } },
      { after: ['ok', { deep: 'x\udfff' }] },
      { before: { n: Number.NaN } as never },
      { after: [Number.POSITIVE_INFINITY] as never },
    ];
    for (const change of cases) {
      const e = { ...base, ...change } as UnsealedRecord;
      expect(() => reference(e, 2)).toThrow();
      expect(() => canonicalEntry(e, 2)).toThrow();
    }
    // A well-formed pair is fine in both.
    const paired = { ...base, actor: 'a\ud83d\ude00' };
    expect(canonicalEntry(paired, 2)).toBe(reference(paired, 2));
  });
});
