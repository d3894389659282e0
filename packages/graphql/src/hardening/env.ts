// The hardening settings of `gonghui serve`, read from the environment.

import { DEFAULT_MAX_BODY_BYTES } from './body-limit.js';
import {
  CLIENT_PERSISTED_DOCUMENTS,
  loadPersistedDocuments,
  type PersistedDocuments,
} from './persisted-documents.js';
import { DEFAULT_RATE_LIMIT, parseRateLimit, parseTrustedProxies, type RateLimit } from './rate-limit.js';

/** Environment variables read by `hardeningFromEnv`. */
export interface HardeningEnv {
  GONGHUI_MAX_BODY_BYTES?: string;
  GONGHUI_RATE_LIMIT?: string;
  GONGHUI_PERSISTED_DOCUMENTS?: string;
  GONGHUI_PERSISTED_DOCUMENTS_FILE?: string;
  GONGHUI_TRUSTED_PROXIES?: string;
}

/** Body limit, rate limit and persisted-documents mode as `ServerOptions` fields. */
export interface Hardening {
  readonly maxBodyBytes: number;
  readonly rateLimit: RateLimit | null;
  readonly persistedDocuments: PersistedDocuments | undefined;
  /** Reverse proxies in front of the server whose X-Forwarded-For entries identify anonymous clients. */
  readonly trustedProxies: number;
}

/**
 * Reads `GONGHUI_MAX_BODY_BYTES` (default 1 MiB), `GONGHUI_RATE_LIMIT` (default `600/60`, `0` off)
 * `GONGHUI_PERSISTED_DOCUMENTS=only` (with `GONGHUI_PERSISTED_DOCUMENTS_FILE`, default the
 * manifest of @gonghui/client) and `GONGHUI_TRUSTED_PROXIES` (default 0); throws on a value it cannot use.
 */
export async function hardeningFromEnv(env: HardeningEnv): Promise<Hardening> {
  const bytes = env.GONGHUI_MAX_BODY_BYTES;
  if (bytes !== undefined && !/^[1-9]\d*$/.test(bytes.trim())) {
    throw new Error(`GONGHUI_MAX_BODY_BYTES must be a positive number of bytes, got '${bytes}'`);
  }
  const mode = env.GONGHUI_PERSISTED_DOCUMENTS?.trim() || 'off';
  if (mode !== 'only' && mode !== 'off') {
    throw new Error(`GONGHUI_PERSISTED_DOCUMENTS must be 'only' or 'off', got '${mode}'`);
  }
  return {
    maxBodyBytes: bytes === undefined ? DEFAULT_MAX_BODY_BYTES : Number(bytes),
    rateLimit: parseRateLimit(env.GONGHUI_RATE_LIMIT ?? DEFAULT_RATE_LIMIT),
    trustedProxies: parseTrustedProxies(env.GONGHUI_TRUSTED_PROXIES),
    persistedDocuments:
      mode === 'only'
        ? await loadPersistedDocuments(env.GONGHUI_PERSISTED_DOCUMENTS_FILE ?? CLIENT_PERSISTED_DOCUMENTS)
        : undefined,
  };
}
