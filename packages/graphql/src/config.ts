// The configuration of the server and CLI: every environment variable they read, typed, documented
// and validated in one place (zod). `loadConfig` runs at start; a bad value stops the process with
// one line naming the variable and what it expects. The README's configuration table is
// `configurationTable()` (a test checks that they agree).

import { z } from 'zod';
import { DEFAULT_REVOCATION_POLL_MS } from './auth/revocation.js';
import {
  DEFAULT_MAX_TOKEN_LIFETIME,
  MIN_SECRET_BYTES,
  PUBLIC_KEY_ALGORITHMS,
  spanSeconds,
} from './auth/token.js';
import { DEFAULT_MAX_BODY_BYTES } from './hardening/body-limit.js';
import { DEFAULT_REQUEST_TIMEOUT_MS } from './hardening/deadline.js';
import {
  CLIENT_PERSISTED_DOCUMENTS,
  loadPersistedDocuments,
  type PersistedDocuments,
} from './hardening/persisted-documents.js';
import type { RateLimit } from './hardening/rate-limit.js';
import { DEFAULT_MAX_SUBSCRIPTIONS_PER_VIEWER } from './hardening/subscription-limit.js';
import { DEFAULT_MAX_UPLOAD_BYTES } from './import/upload.js';
import { DEFAULT_READ_YOUR_WRITES_MS, DEFAULT_STATEMENT_TIMEOUT_MS } from './store/database.js';
import { parseDataKey } from './store/personal-data.js';

/** One environment variable: who reads it, what it accepts, what it means, and how its text is parsed. */
interface Variable<T> {
  /** Who reads it: `server`, `CLI`, `` `serve` ``. */
  readonly usedBy: string;
  /** What it accepts (and its default), said in the README and in the error for a bad value. */
  readonly expects: string;
  /** What it does (Markdown, one line). */
  readonly meaning: string;
  /** Parses the (non-empty) text. */
  readonly schema: z.ZodType<T, string>;
  /** The value when unset or empty. */
  readonly fallback: T;
  /** Never echo the value (keys, secrets, URLs with passwords). */
  readonly secret?: boolean;
}

/** Declares a variable (keeps `T` inferred from the schema). */
function variable<T>(spec: Variable<T>): Variable<T> {
  return spec;
}

/** A whole number between `min` and `max`. */
const wholeNumber = (min: number, max: number) =>
  z
    .string()
    .trim()
    .regex(/^\d{1,16}$/)
    .transform(Number)
    .refine((n) => n >= min && n <= max);

/** One of the listed words. */
const oneOf = <const T extends readonly [string, ...string[]]>(values: T) =>
  z.string().trim().pipe(z.enum(values));

/** "`a`, `b`, `c` (default `b`)": what a variable of listed words accepts. */
const listed = (values: readonly string[], byDefault: string) =>
  `${values.map((value) => `\`${value}\``).join(', ')} (default \`${byDefault}\`)`;

/** A variable that takes one of `values`, `byDefault` when unset. */
const choice = <const T extends readonly [string, ...string[]]>(
  usedBy: string,
  values: T,
  byDefault: T[number],
  meaning: string,
) =>
  variable({
    usedBy,
    expects: listed(values, byDefault),
    meaning,
    schema: oneOf(values),
    fallback: byDefault,
  });

/** True when `parse` accepts the text. */
const parses = (parse: (text: string) => unknown) => (text: string) => {
  try {
    parse(text);
    return true;
  } catch {
    return false;
  }
};

/** `600/60` (600 requests per 60 seconds) or `0` (no limit, null). */
const rateLimit = z
  .string()
  .trim()
  .regex(/^(0|\d{1,9}\s*\/\s*\d{1,9})$/)
  .transform((text): RateLimit | null => {
    if (text === '0') return null;
    const [points, duration] = text.split('/').map((part) => Number(part.trim()));
    return { points: points as number, duration: duration as number };
  })
  .refine((limit) => limit === null || (limit.points >= 1 && limit.duration >= 1));

/** A claim tokens must carry (and `gonghui token` signs), with the default `token.ts` applies. */
const tokenClaim = (claim: 'iss' | 'aud', byDefault: string) =>
  variable({
    usedBy: 'server, CLI',
    expects: `text (default \`${byDefault}\`)`,
    meaning: `expected (and signed) \`${claim}\` of tokens`,
    schema: z.string().trim().min(1),
    fallback: undefined as string | undefined,
  });

/** A PEM key (`-----BEGIN <label>-----`). */
const pemKey = (
  label: 'PUBLIC KEY' | 'PRIVATE KEY',
  usedBy: string,
  what: string,
  meaning: string,
  secret = false,
) =>
  variable({
    usedBy,
    expects: `a PEM ${what} (\`-----BEGIN ${label}-----\`)`,
    meaning,
    schema: z.string().includes(`-----BEGIN ${label}-----`),
    fallback: undefined as string | undefined,
    secret,
  });

/** Log levels of pino, quietest last. */
export const LOG_LEVELS = ['trace', 'debug', 'info', 'warn', 'error', 'fatal', 'silent'] as const;

/** Every environment variable the server and CLI read. */
export const CONFIG_VARIABLES = {
  NODE_ENV: choice(
    'server, CLI',
    ['development', 'production', 'test'],
    'development',
    '`production` masks faults behind a request id, turns GraphiQL and introspection off, requires the keys below and a token for `/metrics`',
  ),
  PORT: variable({
    usedBy: '`serve`',
    expects: 'a port number 0–65535 (default 4000; `--port` overrides it)',
    meaning: 'port the API listens on',
    schema: wholeNumber(0, 65535),
    fallback: 4000,
  }),
  HOST: variable({
    usedBy: '`serve`',
    expects: 'an address (default `127.0.0.1`; `--host` overrides it)',
    meaning: 'address the API binds',
    schema: z
      .string()
      .trim()
      .regex(/^[\w.:[\]%-]{1,253}$/),
    fallback: '127.0.0.1',
  }),
  DATABASE_URL: variable({
    usedBy: 'server, CLI',
    expects: 'a `postgres://` or `postgresql://` URL',
    meaning: 'use this PostgreSQL instead of the embedded PGlite',
    schema: z
      .string()
      .trim()
      .regex(/^postgres(ql)?:\/\/\S+$/),
    fallback: undefined as string | undefined,
    secret: true,
  }),
  GONGHUI_READ_DATABASE_URL: variable({
    usedBy: 'server',
    expects: 'one or more `postgres://` URLs, comma-separated',
    meaning:
      "streaming replicas of `DATABASE_URL`: queries read there (round robin, healthy and within the read-your-writes window of lag only); mutations and a recent writer's queries read the primary",
    schema: z
      .string()
      .trim()
      .regex(/^postgres(ql)?:\/\/[^\s,]+(\s*,\s*postgres(ql)?:\/\/[^\s,]+)*$/),
    fallback: undefined as string | undefined,
    secret: true,
  }),
  GONGHUI_READ_YOUR_WRITES_MS: variable({
    usedBy: 'server',
    expects: `a number of milliseconds 100–600000 (default ${DEFAULT_READ_YOUR_WRITES_MS})`,
    meaning:
      "with read replicas: a viewer's queries read the primary this long after their last mutation, and a replica lagging more than this serves no reads",
    schema: wholeNumber(100, 600_000),
    fallback: DEFAULT_READ_YOUR_WRITES_MS,
  }),
  GONGHUI_DATA_DIR: variable({
    usedBy: 'server, CLI',
    expects: 'a directory (default `packages/graphql/.gonghui/data`; `--data` overrides it)',
    meaning: 'PGlite data directory, and where development keys are kept',
    schema: z.string(),
    fallback: undefined as string | undefined,
  }),
  GONGHUI_JWT_SECRET: variable({
    usedBy: 'server, CLI',
    expects: `a secret of at least ${MIN_SECRET_BYTES} bytes`,
    meaning: 'HS256 secret that bearer tokens are verified (and signed) with',
    schema: z.string().refine((text) => Buffer.byteLength(text) >= MIN_SECRET_BYTES),
    fallback: undefined as string | undefined,
    secret: true,
  }),
  GONGHUI_JWT_SECRET_FILE: variable({
    usedBy: 'server, CLI',
    expects: 'a file (default `<data dir>/jwt-secret`)',
    meaning: 'where the development HS256 secret is kept (created once) when `GONGHUI_JWT_SECRET` is unset',
    schema: z.string(),
    fallback: undefined as string | undefined,
  }),
  GONGHUI_JWT_PUBLIC_KEY: pemKey(
    'PUBLIC KEY',
    'server, CLI',
    'public key',
    'or verify tokens with this public key (instead of a secret)',
  ),
  GONGHUI_JWT_ALGORITHM: variable({
    usedBy: 'server, CLI',
    expects: listed(PUBLIC_KEY_ALGORITHMS, 'RS256'),
    meaning: 'algorithm of `GONGHUI_JWT_PUBLIC_KEY`',
    schema: oneOf(PUBLIC_KEY_ALGORITHMS),
    fallback: undefined as (typeof PUBLIC_KEY_ALGORITHMS)[number] | undefined,
  }),
  GONGHUI_JWT_PRIVATE_KEY: pemKey(
    'PRIVATE KEY',
    'CLI',
    'PKCS #8 private key',
    '`gonghui token` signs with it when a public key is configured',
    true,
  ),
  GONGHUI_JWT_ISSUER: tokenClaim('iss', 'gonghui'),
  GONGHUI_JWT_AUDIENCE: tokenClaim('aud', 'gonghui-api'),
  GONGHUI_TOKEN_MAX_LIFETIME: variable({
    usedBy: 'server, CLI',
    expects: `a span such as \`12h\`, \`30d\` (s, m, h, d; at least 1 s; default \`${DEFAULT_MAX_TOKEN_LIFETIME}\`)`,
    meaning:
      'longest lifetime of an accepted token (`exp` minus `iat`, else `nbf`): a longer one, or one with neither, gets 401 and `gonghui token --ttl` refuses more; `serve` deletes token revocations older than this every hour (they refuse no valid token)',
    schema: z
      .string()
      .trim()
      .refine((text) => (spanSeconds(text) ?? 0) >= 1),
    fallback: undefined as string | undefined,
  }),
  GONGHUI_REVOCATION_POLL_MS: variable({
    usedBy: '`serve`',
    expects: `a number of milliseconds 100–60000 (default ${DEFAULT_REVOCATION_POLL_MS})`,
    meaning:
      'how often each server process reads the token revocations changed since its last read (one statement); a token revoked through another process or `gonghui token revoke` is refused here within this time (at once when they share `GONGHUI_REDIS_URL`: then this is the net for a lost message)',
    schema: wholeNumber(100, 60_000),
    fallback: DEFAULT_REVOCATION_POLL_MS,
  }),
  GONGHUI_DATA_KEY: variable({
    usedBy: 'server, CLI',
    expects:
      '32 bytes as 64 hex digits or base64 (`openssl rand -base64 32`), after `v<N>:` from the second key on',
    meaning:
      "key members' personal data is encrypted with and the audit log is sealed with; keep it safe: without it that data is lost (required in production); a new key gets a higher version (`v2:…`) and `gonghui keys rotate`",
    schema: z.string().refine(parses(parseDataKey)),
    fallback: undefined as string | undefined,
    secret: true,
  }),
  GONGHUI_OLD_DATA_KEY: variable({
    usedBy: 'CLI keys rotate',
    expects: 'the previous GONGHUI_DATA_KEY, with its `v<N>:` (none for version 1)',
    meaning: 'the key personal data is re-encrypted from by `gonghui keys rotate` (only for that run)',
    schema: z.string().refine(parses(parseDataKey)),
    fallback: undefined as string | undefined,
    secret: true,
  }),
  GONGHUI_AUDIT_KEY: variable({
    usedBy: 'server, CLI',
    expects: '32 bytes as 64 hex digits or base64',
    meaning:
      'key the audit log is sealed with, when it is no longer GONGHUI_DATA_KEY: after `gonghui keys rotate`, the old data key (the log keeps its key)',
    schema: z.string().refine(parses(parseDataKey)),
    fallback: undefined as string | undefined,
    secret: true,
  }),
  GONGHUI_MAX_BODY_BYTES: variable({
    usedBy: '`serve`',
    expects: `a number of bytes ≥ 1 (default ${DEFAULT_MAX_BODY_BYTES}, 1 MiB)`,
    meaning: 'largest request body; a larger one gets 413',
    schema: wholeNumber(1, Number.MAX_SAFE_INTEGER),
    fallback: DEFAULT_MAX_BODY_BYTES,
  }),
  GONGHUI_MAX_UPLOAD_BYTES: variable({
    usedBy: '`serve`',
    expects: `a number of bytes ≥ 1 (default ${DEFAULT_MAX_UPLOAD_BYTES}, 256 MiB)`,
    meaning:
      'largest roster uploaded to `importMembers` (a multipart request, streamed to disk); a larger one gets 413',
    schema: wholeNumber(1, Number.MAX_SAFE_INTEGER),
    fallback: DEFAULT_MAX_UPLOAD_BYTES,
  }),
  GONGHUI_UPLOAD_DIR: variable({
    usedBy: '`serve`',
    expects: 'a directory (default `<os tmpdir>/gonghui-uploads`)',
    meaning: 'where uploaded rosters are written until their import ends',
    schema: z.string(),
    fallback: undefined as string | undefined,
  }),
  GONGHUI_RATE_LIMIT: variable({
    usedBy: '`serve`',
    expects: '`<requests>/<seconds>`, both ≥ 1, or `0` for none (default `600/60`)',
    meaning:
      'requests per viewer (token subject, else client address; an IPv6 client by its /64) per window; more gets 429',
    schema: rateLimit,
    fallback: { points: 600, duration: 60 } as RateLimit | null,
  }),
  GONGHUI_MAX_SUBSCRIPTIONS: variable({
    usedBy: '`serve`',
    expects: `a number 1–10000 (default ${DEFAULT_MAX_SUBSCRIPTIONS_PER_VIEWER})`,
    meaning:
      'subscriptions one viewer (token subject, else client address; an IPv6 client by its /64) holds open at once, per server process; one more is refused with SUBSCRIPTION_LIMIT until one ends',
    schema: wholeNumber(1, 10_000),
    fallback: DEFAULT_MAX_SUBSCRIPTIONS_PER_VIEWER,
  }),
  GONGHUI_REDIS_URL: variable({
    usedBy: '`serve`',
    expects: 'a `redis://` or `rediss://` URL',
    meaning:
      "the Redis several servers share: rate limits count there, subscriptions' events and recent writers travel through it (while it is down each process counts and hears alone, with a warning; it reconnects by itself)",
    schema: z
      .string()
      .trim()
      .regex(/^rediss?:\/\/\S+$/),
    fallback: undefined as string | undefined,
    secret: true,
  }),
  GONGHUI_RESPONSE_CACHE_TTL_MS: variable({
    usedBy: '`serve`',
    expects: 'a number of milliseconds 0–3600000 (default 0: off)',
    meaning:
      "serve a viewer's repeated queries from a cache this long (in Redis when GONGHUI_REDIS_URL is set, else per process); any mutation invalidates it; personal data is never cached",
    schema: wholeNumber(0, 3_600_000),
    fallback: 0,
  }),
  GONGHUI_TRUSTED_PROXIES: variable({
    usedBy: '`serve`',
    expects: 'a number 0–99 (default 0)',
    meaning:
      'reverse proxies in front of the server: anonymous clients are counted by the `X-Forwarded-For` entry that many places from its end',
    schema: wholeNumber(0, 99),
    fallback: 0,
  }),
  GONGHUI_REQUEST_TIMEOUT_MS: variable({
    usedBy: '`serve`',
    expects: `a number of milliseconds ≥ 1 (default ${DEFAULT_REQUEST_TIMEOUT_MS})`,
    meaning: 'deadline of a query; past it the answer is `REQUEST_TIMEOUT`',
    schema: wholeNumber(1, Number.MAX_SAFE_INTEGER),
    fallback: DEFAULT_REQUEST_TIMEOUT_MS,
  }),
  GONGHUI_STATEMENT_TIMEOUT_MS: variable({
    usedBy: 'server, CLI',
    expects: `a number of milliseconds, \`0\` for none (default ${DEFAULT_STATEMENT_TIMEOUT_MS})`,
    meaning: 'PostgreSQL `statement_timeout`; PGlite accepts but does not enforce it',
    schema: wholeNumber(0, Number.MAX_SAFE_INTEGER),
    fallback: DEFAULT_STATEMENT_TIMEOUT_MS,
  }),
  GONGHUI_PERSISTED_DOCUMENTS: choice(
    '`serve`',
    ['off', 'only'],
    'off',
    "`only`: run only `@gonghui/client`'s operations, by hash, from its manifest",
  ),
  GONGHUI_PERSISTED_DOCUMENTS_FILE: variable({
    usedBy: '`serve`',
    expects: "a JSON file (default `@gonghui/client`'s `persisted-documents.json`)",
    meaning: 'the manifest of operations `GONGHUI_PERSISTED_DOCUMENTS=only` allows',
    schema: z.string(),
    fallback: undefined as string | undefined,
  }),
  GONGHUI_AUDIT_CHECKPOINT: variable({
    usedBy: 'server, CLI',
    expects: 'a file (default `<data dir>/audit-checkpoint.json`; `--checkpoint` overrides it)',
    meaning: "where the signed checkpoint of the audit log's head is kept, outside the database",
    schema: z.string(),
    fallback: undefined as string | undefined,
  }),
  GONGHUI_AUDIT_CHECKPOINT_SECONDS: variable({
    usedBy: '`serve`',
    expects: 'a number 0–86400 (default 60; `0` off)',
    meaning: 'seconds between the checks of the newest audit entries that move the checkpoint forward',
    schema: wholeNumber(0, 86400),
    fallback: 60,
  }),
  GONGHUI_LOG_LEVEL: choice(
    'server, CLI',
    LOG_LEVELS,
    'info',
    'least severe log line written (one `info` line per request)',
  ),
  GONGHUI_LOG_FORMAT: variable({
    usedBy: 'server, CLI',
    expects: '`json` or `pretty` (default `pretty` on a terminal outside production, else `json`)',
    meaning: 'JSON lines (pino) for log collectors, or coloured lines for people (pino-pretty)',
    schema: oneOf(['json', 'pretty']),
    fallback: undefined as 'json' | 'pretty' | undefined,
  }),
  GONGHUI_METRICS_TOKEN: variable({
    usedBy: '`serve`',
    expects: 'a secret of at least 16 characters',
    meaning:
      '`/metrics` then needs `Authorization: Bearer <it>`; production serves `/metrics` only with it, development also without',
    schema: z.string().trim().min(16),
    fallback: undefined as string | undefined,
    secret: true,
  }),
  GONGHUI_OTEL: choice(
    '`serve`',
    ['off', 'console', 'otlp'],
    'off',
    'OpenTelemetry traces of every operation: printed (`console`) or sent over OTLP/HTTP to `OTEL_EXPORTER_OTLP_ENDPOINT` (default `http://localhost:4318`)',
  ),
} as const;

/** The names of the configuration's variables. */
export type ConfigName = keyof typeof CONFIG_VARIABLES;

/** The validated configuration: each variable's parsed value, or its default. */
export type Config = {
  readonly [K in ConfigName]: (typeof CONFIG_VARIABLES)[K] extends Variable<infer T> ? T : never;
};

/** A variable whose value cannot be used; the message is one line naming it and what it expects. */
export class ConfigError extends Error {
  override readonly name = 'ConfigError';

  /** A bad value of `variable`. */
  constructor(
    readonly variable: ConfigName,
    message: string,
  ) {
    super(message);
  }
}

/** Reads and validates every variable of `env` (unset or empty: the default); throws `ConfigError` on the first bad one. */
export function loadConfig(env: Readonly<Record<string, string | undefined>>): Config {
  const config: Record<string, unknown> = {};
  for (const [name, spec] of Object.entries(CONFIG_VARIABLES) as [ConfigName, Variable<unknown>][]) {
    const text = env[name];
    if (text === undefined || text.trim() === '') {
      config[name] = spec.fallback;
      continue;
    }
    const parsed = spec.schema.safeParse(text);
    if (!parsed.success) {
      const shown = spec.secret
        ? `a value of ${text.length} characters (not shown)`
        : `'${text.length > 80 ? `${text.slice(0, 80)}…` : text}'`;
      throw new ConfigError(name, `${name} must be ${spec.expects.replaceAll('`', '')}; got ${shown}`);
    }
    config[name] = parsed.data;
  }
  return config as Config;
}

/** Whether the configuration is production mode. */
export function isProduction(config: Pick<Config, 'NODE_ENV'>): boolean {
  return config.NODE_ENV === 'production';
}

/** Body limit, rate limit, trusted proxies and persisted-documents mode of `gonghui serve`, as `ServerOptions` fields. */
export interface Hardening {
  readonly maxBodyBytes: number;
  /** Largest file uploaded to `importMembers`. */
  readonly maxUploadBytes: number;
  /** Where uploaded files are written (undefined: the default). */
  readonly uploadDirectory: string | undefined;
  readonly rateLimit: RateLimit | null;
  /** Subscriptions one viewer holds open at once in this process. */
  readonly maxSubscriptionsPerViewer: number;
  readonly persistedDocuments: PersistedDocuments | undefined;
  /** Reverse proxies in front of the server whose X-Forwarded-For entries identify anonymous clients. */
  readonly trustedProxies: number;
  /** Deadline of a query in milliseconds. */
  readonly requestTimeoutMs: number;
  /** Milliseconds between two polls of the token revocations. */
  readonly revocationPollMs: number;
}

/** The hardening settings of a configuration (reads the persisted-documents manifest in `only` mode). */
export async function hardeningOf(config: Config): Promise<Hardening> {
  return {
    maxBodyBytes: config.GONGHUI_MAX_BODY_BYTES,
    maxUploadBytes: config.GONGHUI_MAX_UPLOAD_BYTES,
    uploadDirectory: config.GONGHUI_UPLOAD_DIR,
    rateLimit: config.GONGHUI_RATE_LIMIT,
    maxSubscriptionsPerViewer: config.GONGHUI_MAX_SUBSCRIPTIONS,
    trustedProxies: config.GONGHUI_TRUSTED_PROXIES,
    requestTimeoutMs: config.GONGHUI_REQUEST_TIMEOUT_MS,
    revocationPollMs: config.GONGHUI_REVOCATION_POLL_MS,
    persistedDocuments:
      config.GONGHUI_PERSISTED_DOCUMENTS === 'only'
        ? await loadPersistedDocuments(config.GONGHUI_PERSISTED_DOCUMENTS_FILE ?? CLIENT_PERSISTED_DOCUMENTS)
        : undefined,
  };
}

/** The README's configuration table (Markdown), made from `CONFIG_VARIABLES`. */
export function configurationTable(): string {
  const cell = (text: string) => text.replaceAll('|', '\\|');
  const rows = (Object.entries(CONFIG_VARIABLES) as [string, Variable<unknown>][]).map(
    ([name, spec]) => `| \`${name}\` | ${spec.usedBy} | ${cell(spec.expects)} | ${cell(spec.meaning)} |`,
  );
  return ['| variable | used by | value | meaning |', '| --- | --- | --- | --- |', ...rows].join('\n');
}

/** One line per variable (name and what it accepts), for `gonghui --help`. */
export function configurationSummary(): string {
  return (Object.entries(CONFIG_VARIABLES) as [string, Variable<unknown>][])
    .map(([name, spec]) => `  ${name.padEnd(34)}${spec.expects.replaceAll('`', '')}`)
    .join('\n');
}
