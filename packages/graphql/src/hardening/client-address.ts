// Who a request counts as, for every per-viewer limit (the rate limit, yoga's and the compiled read
// path's, and the open-subscription limit): the token's subject, else the client's address — an
// IPv4 address, or an IPv6 client's /64 prefix. One host of an IPv6 network is usually handed a
// whole /64 (2^64 addresses, SLAAC and privacy addresses rotate inside it), so keying on the exact
// IPv6 address would give one attacker endless fresh buckets. An IPv4-mapped IPv6 address
// (`::ffff:198.51.100.7`, how a dual-stack socket reports an IPv4 client) counts as its IPv4 address.

import type { IncomingMessage } from 'node:http';
import ipaddr from 'ipaddr.js';

/** Leading bits of an IPv6 address that name one client (its network's prefix). */
export const IPV6_CLIENT_PREFIX_BITS = 64;

/**
 * The client's address: as the socket sees it, or — behind `trustedProxies` reverse proxies that each
 * append the address they saw to `X-Forwarded-For` — the entry that many places from its end (entries
 * further left are the client's own claims and are never trusted). 'unknown' when there is none.
 */
export function addressOf(
  socketAddress: string | undefined,
  forwardedFor: string | null | undefined,
  trustedProxies = 0,
): string {
  const socket = socketAddress ?? 'unknown';
  if (trustedProxies === 0) return socket;
  const forwarded = (forwardedFor ?? '')
    .split(',')
    .map((entry) => entry.trim())
    .filter((entry) => entry !== '');
  return forwarded[forwarded.length - trustedProxies] ?? socket;
}

/** `addressOf` a Fetch request served by node:http (its socket in the server context); 'unknown' elsewhere. */
export function clientAddress(serverContext: unknown, request: Request, trustedProxies = 0): string {
  const req = (serverContext as { req?: IncomingMessage } | undefined)?.req;
  return addressOf(req?.socket?.remoteAddress, request.headers.get('x-forwarded-for'), trustedProxies);
}

/** The address inside a proxy's entry that may carry a port: `[2001:db8::1]:443`, `203.0.113.7:4123`. */
function withoutPort(entry: string): string {
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(entry);
  if (bracketed) return bracketed[1] as string;
  const v4 = /^(\d{1,3}(?:\.\d{1,3}){3}):\d+$/.exec(entry);
  return v4 ? (v4[1] as string) : entry;
}

/**
 * The part of an address a limit counts: an IPv4 address as itself (`198.51.100.7`), an IPv4-mapped
 * IPv6 address as its IPv4 address, any other IPv6 address as its /64 (`2001:db8:1:2::/64`, whatever
 * its notation or zone); text that is no address (`unknown`) as itself.
 */
export function addressLimitKey(address: string): string {
  const bare = withoutPort(address.trim()).replace(/%.*$/, '');
  if (!ipaddr.isValid(bare)) return address;
  const parsed = ipaddr.process(bare);
  if (parsed.kind() === 'ipv4') return parsed.toString();
  const prefix = (parsed as ipaddr.IPv6).parts.slice(0, IPV6_CLIENT_PREFIX_BITS / 16);
  return `${new ipaddr.IPv6([...prefix, 0, 0, 0, 0]).toString()}/${IPV6_CLIENT_PREFIX_BITS}`;
}

/** The key a viewer is counted under: `viewer:<subject>` when signed in, else `address:<addressLimitKey>`. */
export function limitKey(subject: string | null, address: string): string {
  return subject !== null ? `viewer:${subject}` : `address:${addressLimitKey(address)}`;
}
