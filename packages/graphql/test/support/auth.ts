// Tokens for integration tests: one fixed HS256 secret, tokens for any grants.

import type { Grant } from '@gonghui/core';
import { type AuthConfig, loadAuthConfig, signToken } from '../../src/auth/token.js';

/** The secret every test server verifies with. */
export const TEST_JWT_SECRET = 'gonghui-test-secret-0123456789abcdef';

let config: Promise<AuthConfig> | undefined;

/** The token configuration of test servers (HS256 with `TEST_JWT_SECRET`). */
export function testAuth(): Promise<AuthConfig> {
  config ??= loadAuthConfig({ GONGHUI_JWT_SECRET: TEST_JWT_SECRET }, '/nonexistent');
  return config;
}

/** An `Authorization` header value for a viewer holding `grants`. */
export async function bearer(grants: readonly Grant[], subject = 'test-user', ttl = '10m'): Promise<string> {
  return `Bearer ${await signToken(await testAuth(), { subject, grants, ttl })}`;
}

/** The header of a system administrator. */
export function adminBearer(): Promise<string> {
  return bearer([{ role: 'SYSTEM_ADMIN' }], 'test-admin');
}

/**
 * Waits until the wall clock is in a new second: tokens carry whole-second `iat`, so a token signed
 * after it is issued after a revocation's cutoff taken before it, and a cutoff taken after it covers
 * every token signed before.
 */
export async function nextSecond(): Promise<void> {
  const second = Math.floor(Date.now() / 1000);
  while (Math.floor(Date.now() / 1000) === second) await new Promise((r) => setTimeout(r, 20));
}
