// The key every per-address limit counts under: IPv6 clients by their /64, IPv4-mapped as IPv4.

import { describe, expect, it } from 'vitest';
import { addressLimitKey, addressOf, limitKey } from '../src/hardening/client-address.js';

describe('addressLimitKey', () => {
  it('keys every address of one IPv6 /64 alike, whatever its notation, zone or port', () => {
    const inside = [
      '2001:db8:1:2::1',
      '2001:db8:1:2:ffff:ffff:ffff:ffff',
      '2001:0db8:0001:0002:0000:0000:0000:0001',
      '2001:DB8:1:2:a:b:c:d',
      '2001:db8:1:2::9%eth0',
      '[2001:db8:1:2::7]:443',
    ];
    expect(new Set(inside.map(addressLimitKey))).toEqual(new Set(['2001:db8:1:2::/64']));
  });

  it('keys the next /64 and the one below apart', () => {
    const key = addressLimitKey('2001:db8:1:2::1');
    expect(addressLimitKey('2001:db8:1:3::1')).not.toBe(key);
    expect(addressLimitKey('2001:db8:1:1:ffff:ffff:ffff:ffff')).not.toBe(key);
    expect(addressLimitKey('2001:db8:1:3::1')).toBe('2001:db8:1:3::/64');
  });

  it('keys an IPv4 address as itself and an IPv4-mapped IPv6 address as its IPv4 address', () => {
    expect(addressLimitKey('198.51.100.7')).toBe('198.51.100.7');
    expect(addressLimitKey('::ffff:198.51.100.7')).toBe('198.51.100.7');
    expect(addressLimitKey('::ffff:c633:6407')).toBe('198.51.100.7');
    expect(addressLimitKey('198.51.100.7:41234')).toBe('198.51.100.7');
    // Neighbours in IPv4 are other clients (no prefix there).
    expect(addressLimitKey('198.51.100.8')).toBe('198.51.100.8');
  });

  it('keeps text that is no address as it is', () => {
    expect(addressLimitKey('unknown')).toBe('unknown');
    expect(addressLimitKey('not-an-address')).toBe('not-an-address');
  });
});

describe('limitKey', () => {
  it('counts a signed-in viewer by subject and anyone else by the address key', () => {
    expect(limitKey('alice', '2001:db8:1:2::1')).toBe('viewer:alice');
    expect(limitKey(null, '2001:db8:1:2::1')).toBe(limitKey(null, '2001:db8:1:2::2'));
    expect(limitKey(null, '::ffff:203.0.113.7')).toBe('address:203.0.113.7');
  });

  it('reads the address the trusted proxy saw, not what the client claims', () => {
    expect(addressOf('10.0.0.1', '2001:db8::1, 2001:db8:9:9::5', 1)).toBe('2001:db8:9:9::5');
    expect(addressOf('10.0.0.1', null, 1)).toBe('10.0.0.1');
    expect(addressOf(undefined, 'x', 0)).toBe('unknown');
  });
});
