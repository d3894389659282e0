import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { userInfo } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import {
  checkRevocation,
  type Grant,
  parseGrants,
  systemClock,
  uuidIds,
  verifyElectionRecord,
} from '@gonghui/core';
import { decodeGlobalID, encodeGlobalID } from '@pothos/plugin-relay';
import { SingleBar } from 'cli-progress';
import { printSchema } from 'graphql';
import { pino } from 'pino';
import { publishRevocationOnce } from './auth/revocation-channel.js';
import { type AuthConfig, loadAuthConfig, maxLifetimeOf, signToken } from './auth/token.js';
import { type Config, configurationSummary, hardeningOf, isProduction, loadConfig } from './config.js';
import { DEFAULT_DATA_DIR, resolveDataDir } from './data-dir.js';
import { guardServingProcess } from './hardening/process-guard.js';
import { exportCommand, importCommand } from './import/cli.js';
import { createLogger, type Logger } from './observe/log.js';
import { tracerProviderFor } from './observe/tracing.js';
import { connectRedis } from './redis.js';
import { schema } from './schema.js';
import { DEMO_MEMBERS, MEIYUAN_FEDERATION, seedDemoData, seedDemoMembers } from './seed.js';
import { DEMO_BARGAINING_EMPLOYER, seedMissingDemoBargaining } from './seed-bargaining.js';
import { seedDemoElections } from './seed-election.js';
import { startServer } from './server.js';
import { auditSealer, describeVerification, legacyAnchorEvent } from './store/audit.js';
import {
  CheckpointError,
  checkpointAuditLog,
  checkpointPath,
  describeCheckpointRun,
} from './store/audit-checkpoint.js';
import { compareLogWithData } from './store/audit-replay.js';
import { AuditKey } from './store/audit-seal.js';
import { type Database, openDatabase } from './store/database.js';
import { rotatePersonalData } from './store/key-rotation.js';
import { PersonalDataCipher, parseDataKey, parseVersionedDataKey } from './store/personal-data.js';
import { PrismaStore } from './store/prisma-store.js';
import {
  purgeRevocations,
  REVOCATION_PURGE_INTERVAL_MS,
  storeRevocation,
  type TokenRevocationRow,
} from './store/token-revocation.js';

const USAGE = `gonghui — trade-union platform (工会)

Usage: gonghui <command> [options]

Commands:
  serve           run the GraphQL API (GraphiQL at /graphql, health at /health);
                  applies migrations, seeds demo data into an empty embedded database
  seed            load the demo organizations into an empty database
  migrate         apply pending migrations and exit (--app-role <role>: then grant the
                  application role its privileges)
  print-schema    write the printed schema to packages/graphql/schema.graphql (or --out)
  audit verify    recompute the audit log's chain of keyed seals and compare it with the last
                  signed checkpoint (outside the database); names the first broken, forged or
                  missing entry and exits 1, or prints the count and head and records a new
                  checkpoint; --against-data also replays the log and names every row of the
                  organization, federation membership and member tables that differs (exit 1)
  election verify <file>
                  check a published election record: recount every round with the core
                  engine, every ballot's hash, their order, the digests and the seal; names
                  each problem and exits 1 (--receipt <code>: confirm that ballot is in it;
                  --seal <hex>: the seal as published, e.g. in the audit log)
  import members <file.csv|file.xlsx> --org <id>
                  register the members of a roster (header row 姓名, 身份证号, 手机号, 入会日期…)
                  into the organization, in batches, with a progress bar; the same file again
                  creates nothing, a stopped import continues where it stopped; refused rows are
                  written to <file>.problems.csv (or --report) and the exit code is 1
  export members --org <id> --out <file.csv|file.xlsx> [--reveal]
                  the members of the organization and everything below it; personal data
                  masked unless --reveal (one audit entry per export)
  keys rotate     re-encrypt every member's personal data and ID-number blind index under
                  GONGHUI_DATA_KEY (a new version, v2:<key>…) from GONGHUI_OLD_DATA_KEY, batch by
                  batch with progress; run with the servers stopped; a stopped run continues
  token           print a signed bearer token for development and demos, e.g.
                  gonghui token --role ORG_ADMIN --org <id> [--ttl 1h] [--subject alice]
                  (repeat --role with --org/--election/--member in the same order for several)
  token revoke --subject <s> --reason <text>
                  refuse every token of subject s issued up to now (to the second; the
                  database directly, audited as cli:<user>): running servers refuse them within
                  GONGHUI_REVOCATION_POLL_MS; tokens issued from the next second on are accepted

Options:
  --port <n>      port to listen on (serve; default $PORT or 4000)
  --host <addr>   address to bind (serve; default $HOST or 127.0.0.1)
  --data <dir>    PGlite data directory and development secrets (default $GONGHUI_DATA_DIR
                  or ${DEFAULT_DATA_DIR})
  --no-seed       do not seed an empty embedded database (serve)
  --no-migrate    apply no migration, refuse to start if one is pending (serve, as an
                  application role that owns no table; run 'gonghui migrate' as the owner)
  --checkpoint <file>
                  audit checkpoint file (serve, audit verify; default
                  $GONGHUI_AUDIT_CHECKPOINT or <data dir>/audit-checkpoint.json)
  --against-data  also compare the data tables with the audit log (audit verify)
  --app-role <r>  after migrating, grant the PostgreSQL role r what the server needs and no
                  more: only SELECT and INSERT on the audit log (migrate, run as the owner)
  --out <file>    output file (print-schema, export members)
  --receipt <r>   a voter's receipt code to look for (election verify)
  --seal <hex>    the published seal the record must carry (election verify)
  --batch <rows>  rows per transaction (import members; default 500)
  --report <file> where the refused rows go (import members; default <file>.problems.csv)
  --reveal        clear ID numbers, phones and birth dates (export members; audited)
  --role <role>   SYSTEM_ADMIN, ORG_ADMIN, ORG_VIEWER, ELECTION_OFFICER or MEMBER (token)
  --org <id>      organization (global or database id) of an ORG_ADMIN/ORG_VIEWER role (token)
  --election <id> election (global or database id) of an ELECTION_OFFICER role (token)
  --member <id>   member record (global or database id) of a MEMBER role (token)
  --ttl <span>    token lifetime: 15m, 1h, 7d (token; default 1h; at most GONGHUI_TOKEN_MAX_LIFETIME)
  --subject <s>   token subject (token; default 'dev'; token revoke: whose tokens)
  --reason <text> why the tokens are revoked, 1–200 characters (token revoke)
  -h, --help      this text

Environment (every variable, what it accepts and means: the README's configuration table):
${configurationSummary()}
`;

/** Where the CLI's lines go: plain lines on stderr, or the server's logger once `serve` has made it. */
let log = (line: string) => {
  process.stderr.write(`[gonghui] ${line}\n`);
};

/** Seeds demo data when the database has no organization yet; returns whether it did. */
async function seedIfEmpty(db: Database): Promise<boolean> {
  const store = new PrismaStore(db, SEED_ACTOR);
  if ((await db.prisma.organization.count()) > 0) {
    await reseedDemoMembers(db, store);
    await seedElections(db, store);
    await seedBargaining(db, store);
    return false;
  }
  const report = await seedDemoData(store, { clock: systemClock, ids: uuidIds });
  log(
    `seeded ${report.organizations} organizations, ${report.federationMemberships} federation memberships and ${report.members} members`,
  );
  logBargaining(report.bargainingCaseId);
  await seedElections(db, store);
  return true;
}

/** Seeds 梅园村's demo bargaining case into a database seeded before the demo data had it, unless it has one. */
async function seedBargaining(db: Database, store: PrismaStore): Promise<void> {
  const caseId = await seedMissingDemoBargaining(
    db,
    store,
    { clock: systemClock, ids: uuidIds },
    MEIYUAN_FEDERATION,
  );
  if (caseId !== null) logBargaining(caseId);
}

/** Says which case the demo bargaining case is. */
function logBargaining(caseId: string): void {
  log(
    `demo bargaining case of ${MEIYUAN_FEDERATION} with ${DEMO_BARGAINING_EMPLOYER}: ${encodeGlobalID('BargainingCase', caseId)} (a draft rejected, the next adopted and filed)`,
  );
}

/** Seeds 梅园村's demo elections unless they exist, and prints what a newcomer needs to vote in the open one. */
async function seedElections(db: Database, store: PrismaStore): Promise<void> {
  const seeded = await seedDemoElections(db, store, { clock: systemClock, ids: uuidIds }, SEED_ACTOR);
  if (seeded === null) return;
  const committee = encodeGlobalID('Election', seeded.committeeElectionId);
  const chair = encodeGlobalID('Election', seeded.chairElectionId);
  log(
    `demo elections of ${MEIYUAN_FEDERATION}: the committee election ${committee} is approved (record seal ${seeded.committeeSeal}); receipts: ${seeded.receipts.join(' ')}`,
  );
  log(`the chair election ${chair} is open: cast the ballot token ${seeded.token} from GraphiQL, e.g.`);
  log(
    `mutation { castBallot(input: { electionId: "${chair}", token: "${seeded.token}", ballot: { approve: ["<a candidate id from ballotPaper>"] } }) { receipt errors { code message } } }`,
  );
}

/** Who the demo seed's audit entries name (the migration that encrypted personal data recognises its members by it). */
const SEED_ACTOR = { actor: 'system:seed', requestId: null };

/**
 * Registers the demo members again in a database seeded before personal data was encrypted: the
 * migration `20261201000000_encrypt_personal_data` deleted them (they were in plain columns). Does
 * nothing unless the seed registered members before and no member is left.
 */
async function reseedDemoMembers(db: Database, store: PrismaStore): Promise<void> {
  if ((await db.prisma.member.count()) > 0) return;
  const seeded = await db.prisma.auditEntry.count({
    where: { action: 'member.registered', actor: SEED_ACTOR.actor },
  });
  if (seeded === 0) return;
  const unions = await db.prisma.organization.findMany({
    where: { name: { in: DEMO_MEMBERS.map((m) => m.union) }, status: 'ACTIVE' },
    select: { id: true, name: true },
  });
  const count = await seedDemoMembers(
    store,
    { clock: systemClock, ids: uuidIds },
    new Map(unions.map((u) => [u.name, u.id])),
  );
  log(`registered the ${count} demo members again, their personal data encrypted`);
}

/** The development secret file of a data directory (`--data`, else GONGHUI_DATA_DIR, else the default). */
function secretFileOf(dataDir: string | undefined): string {
  return join(resolveDataDir(dataDir), 'jwt-secret');
}

/** The token configuration for a data directory (its development secret lives beside the data). */
function authConfig(dataDir: string | undefined): Promise<AuthConfig> {
  return loadAuthConfig(process.env, secretFileOf(dataDir));
}

/** A raw id from a global ID of the given type, or the input unchanged when it is not one. */
function localId(id: string, typename: string): string {
  try {
    const decoded = decodeGlobalID(id);
    if (decoded.typename === typename) return decoded.id;
  } catch {
    // not a global ID: a database id
  }
  return id;
}

/**
 * `gonghui token revoke --subject <s> --reason <text>`: stores the revocation in the database (audited
 * as `cli:<user>`, sealed), which every running server reads at its next poll; with GONGHUI_REDIS_URL
 * it also publishes it there, so the servers sharing that Redis refuse the tokens at once. Redis not
 * reachable within a few seconds: the revocation stands (stored, exit 0), the servers read it at
 * their next poll, and the command says so.
 */
async function revokeCommand(
  values: { subject?: string; reason?: string; data?: string },
  config: Pick<Config, 'GONGHUI_REDIS_URL'>,
): Promise<void> {
  if (values.subject === undefined || values.reason === undefined) {
    throw new Error('usage: gonghui token revoke --subject <s> --reason <text>');
  }
  const checked = checkRevocation({ subject: values.subject, reason: values.reason });
  if (!checked.ok) throw new Error(`token revoke: ${checked.error.message}`);
  const db = await openDatabase({ dataDir: values.data, log });
  let row: TokenRevocationRow;
  try {
    row = await storeRevocation(
      db.prisma,
      { actor: `cli:${userInfo().username}`, requestId: null },
      { ...checked.value, before: new Date() },
    );
    await auditSealer(db.prisma, db.auditKey).seal();
  } finally {
    await db.close();
  }
  let when = 'running servers refuse them within GONGHUI_REVOCATION_POLL_MS';
  if (config.GONGHUI_REDIS_URL) {
    const redis = connectRedis(config.GONGHUI_REDIS_URL, pino({ enabled: false }));
    try {
      when = (await publishRevocationOnce(redis, row.subject, row.revokedBefore))
        ? 'published through GONGHUI_REDIS_URL: the servers sharing it refuse them at once, the others within GONGHUI_REVOCATION_POLL_MS'
        : 'GONGHUI_REDIS_URL was not reachable, so nothing was published: running servers refuse them within GONGHUI_REVOCATION_POLL_MS';
    } finally {
      await redis.close();
    }
  }
  process.stdout.write(
    `revoked every token of '${row.subject}' issued at or before ${row.revokedBefore.toISOString()} (to the second); ${when}\n`,
  );
}

/**
 * `serve`'s purge of the token revocations that refuse no valid token any more (older than the longest
 * token lifetime): once at start, then every REVOCATION_PURGE_INTERVAL_MS on an unref'd timer, audited
 * as `system:revocation-purge` and sealed. A purge that fails is logged and tried again at the next.
 * Returns the function that stops it.
 */
function purgingRevocations(db: Database, maxLifetime: number, logger: Logger): () => void {
  const purge = async () => {
    try {
      const who = { actor: 'system:revocation-purge', requestId: null };
      const rows = await purgeRevocations(db.prisma, who, new Date(), maxLifetime);
      if (rows.length === 0) return;
      await auditSealer(db.prisma, db.auditKey).seal();
      logger.info(
        `deleted ${rows.length} token revocation(s) older than GONGHUI_TOKEN_MAX_LIFETIME (${maxLifetime} s): they refuse no valid token`,
      );
    } catch (error) {
      logger.warn({ err: error }, 'purging the old token revocations failed (tried again at the next purge)');
    }
  };
  void purge();
  const timer = setInterval(() => void purge(), REVOCATION_PURGE_INTERVAL_MS).unref();
  return () => clearInterval(timer);
}

/** Pairs each --role with its scope option, in order, and validates the result with core. */
export function grantsFromArgs(values: {
  role?: string[];
  org?: string[];
  election?: string[];
  member?: string[];
}): Grant[] {
  const queues = {
    organizationId: (values.org ?? []).map((id) => localId(id, 'Organization')),
    electionId: (values.election ?? []).map((id) => localId(id, 'Election')),
    memberId: (values.member ?? []).map((id) => localId(id, 'Member')),
  };
  const scopeOf: Record<string, keyof typeof queues | null> = {
    SYSTEM_ADMIN: null,
    ORG_ADMIN: 'organizationId',
    ORG_VIEWER: 'organizationId',
    ELECTION_OFFICER: 'electionId',
    MEMBER: 'memberId',
  };
  const raw = (values.role ?? []).map((role) => {
    const field = scopeOf[role];
    return field ? { role, [field]: queues[field].shift() } : { role };
  });
  if (raw.length === 0) throw new Error('token: give at least one --role');
  const parsed = parseGrants(raw);
  if (!parsed.ok) throw new Error(`token: ${parsed.error.message.replace(/^roles\[(\d+)\]/, '--role #$1')}`);
  return parsed.value;
}

async function serve(
  values: Record<string, string | boolean | string[] | undefined>,
  config: Config,
): Promise<void> {
  const logger = createLogger(config);
  log = (line: string) => logger.info(line);
  const auth = await authConfig(values.data as string | undefined);
  const hardening = await hardeningOf(config);
  const tracing = tracerProviderFor(config.GONGHUI_OTEL);
  const db = await openDatabase({
    dataDir: values.data as string | undefined,
    log,
    migrate: values['no-migrate'] ? 'verify' : true,
  });
  if (db.kind === 'pglite' && !values['no-seed']) await seedIfEmpty(db);
  // Entries a crashed process committed but did not seal join the chain before anything reads it.
  await auditSealer(db.prisma, db.auditKey).seal();
  const anchor = await legacyAnchorEvent(db.prisma);
  if (anchor !== null) {
    await new PrismaStore(db).record(anchor);
    log('the audit log had only unkeyed (v1) seals: appended a keyed entry that anchors them');
  }
  const checkpoints = auditCheckpoints(db, values, config);
  const redis = config.GONGHUI_REDIS_URL ? connectRedis(config.GONGHUI_REDIS_URL, logger) : undefined;
  const server = await startServer({
    db,
    auth,
    port: values.port === undefined ? config.PORT : Number(values.port),
    host: (values.host as string | undefined) ?? config.HOST,
    production: isProduction(config),
    logger,
    metricsToken: config.GONGHUI_METRICS_TOKEN,
    tracing,
    redis,
    readYourWritesMs: config.GONGHUI_READ_YOUR_WRITES_MS,
    responseCacheTtlMs: config.GONGHUI_RESPONSE_CACHE_TTL_MS,
    resumeImports: true,
    ...hardening,
  });
  log(`${db.kind} database: ${db.description}`);
  if (db.replicas) {
    log(
      `read replicas: ${db.replicas.state.map((r) => `${new URL(r.url).host} (${r.healthy ? 'serving' : 'not serving yet'})`).join(', ')}; read-your-writes: a writer's queries read the primary for ${config.GONGHUI_READ_YOUR_WRITES_MS} ms`,
    );
  }
  log(`personal data encrypted with the ${db.personalData.source}`);
  log(`bearer tokens: ${auth.source} (make one with 'gonghui token --role SYSTEM_ADMIN')`);
  log(`GraphQL API and GraphiQL: ${server.url}`);
  const { rateLimit, persistedDocuments } = hardening;
  log(
    `limits: bodies up to ${hardening.maxBodyBytes} bytes, uploads to importMembers up to ${hardening.maxUploadBytes}; queries stop after ${hardening.requestTimeoutMs} ms; ${rateLimit ? `${rateLimit.points} requests per ${rateLimit.duration} s per viewer${redis ? ' (counted in Redis)' : ''}` : 'no rate limit'}; ${hardening.maxSubscriptionsPerViewer} open subscriptions per viewer (this process)${persistedDocuments ? `; persisted documents only (${persistedDocuments.size})` : ''}${config.GONGHUI_RESPONSE_CACHE_TTL_MS ? `; response cache ${config.GONGHUI_RESPONSE_CACHE_TTL_MS} ms${redis ? ' (in Redis)' : ' (this process)'}` : ''}`,
  );
  log(`health: ${server.url.replace(/\/graphql$/, '/health')}`);
  log(
    `metrics: ${server.url.replace(/\/graphql$/, '/metrics')} (${config.GONGHUI_METRICS_TOKEN ? 'bearer token' : isProduction(config) ? 'off: set GONGHUI_METRICS_TOKEN' : 'open in development'}); traces: ${config.GONGHUI_OTEL}`,
  );
  await checkpoints.start();
  const stopPurging = purgingRevocations(db, maxLifetimeOf(auth), logger);
  // Started: from here a stray rejection or exception is logged and the server keeps serving.
  guardServingProcess(logger);
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log(`${signal}: finishing in-flight requests, then closing the database`);
    try {
      await server.close();
      await tracing?.shutdown();
      await checkpoints.stop();
      stopPurging();
      await redis?.close();
      await db.close();
      log('stopped');
      process.exit(0);
    } catch (error) {
      log(`shutdown failed: ${String(error)}`);
      process.exit(1);
    }
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
}

/** The audit checkpoint file: --checkpoint, else GONGHUI_AUDIT_CHECKPOINT or the data directory's (none for memory://). */
function checkpointFile(values: { data?: unknown; checkpoint?: unknown }, config: Config): string | null {
  if (typeof values.checkpoint === 'string') return resolve(values.checkpoint);
  const dataDir = resolveDataDir(values.data as string | undefined, config);
  if (!config.GONGHUI_AUDIT_CHECKPOINT && dataDir.startsWith('memory://')) return null;
  return checkpointPath(dataDir, config.GONGHUI_AUDIT_CHECKPOINT);
}

/**
 * The server's audit checkpoints: at start and every GONGHUI_AUDIT_CHECKPOINT_SECONDS (default 60)
 * and at shutdown, the entries since the last checkpoint are verified and the checkpoint moves to
 * the head; a broken log is logged loudly and the checkpoint stays where it was.
 */
function auditCheckpoints(
  db: Database,
  values: { data?: unknown; checkpoint?: unknown },
  config: Config,
): { start(): Promise<void>; stop(): Promise<void> } {
  const file = checkpointFile(values, config);
  const seconds = config.GONGHUI_AUDIT_CHECKPOINT_SECONDS;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> = Promise.resolve();
  const run = () => {
    if (file === null || seconds === 0) return running;
    running = running.then(async () => {
      try {
        const done = await checkpointAuditLog(db.prisma, db.auditKey, file, { full: false });
        if (!done.result.ok)
          log(`AUDIT ALERT: ${describeVerification(done.result)}; ${describeCheckpointRun(done, file)}`);
      } catch (error) {
        log(`AUDIT ALERT: checkpoint failed: ${error instanceof Error ? error.message : String(error)}`);
      }
    });
    return running;
  };
  return {
    async start() {
      if (file === null || seconds === 0) {
        log('audit checkpoints: off');
        return;
      }
      await run();
      timer = setInterval(run, seconds * 1000);
      timer.unref();
      log(`audit checkpoints: ${file}, every ${seconds} s`);
    },
    async stop() {
      clearInterval(timer);
      await run();
    },
  };
}

/** `gonghui audit verify`: the whole chain against the last checkpoint, then (optionally) the data tables against the log. */
async function auditVerify(
  values: {
    data?: string;
    checkpoint?: string;
    'against-data'?: boolean;
  },
  config: Config,
): Promise<void> {
  const db = await openDatabase({ dataDir: values.data, log });
  try {
    const file = checkpointFile(values, config);
    if (file === null) throw new Error('audit verify: give --checkpoint <file> for an in-memory database');
    let ok: boolean;
    try {
      const run = await checkpointAuditLog(db.prisma, db.auditKey, file, { full: true });
      process.stdout.write(`${describeVerification(run.result)}\n${describeCheckpointRun(run, file)}\n`);
      ok = run.result.ok;
    } catch (error) {
      if (!(error instanceof CheckpointError)) throw error;
      process.stdout.write(`audit checkpoint REFUSED: ${error.message}\n`);
      ok = false;
    }
    if (values['against-data']) {
      const differences = await compareLogWithData(db.prisma, db.personalData);
      for (const difference of differences) process.stdout.write(`${difference.message}\n`);
      process.stdout.write(
        differences.length === 0
          ? 'data tables agree with the audit log\n'
          : `data tables DIFFER from the audit log: ${differences.length} row(s)\n`,
      );
      ok &&= differences.length === 0;
    }
    if (!ok) process.exitCode = 1;
  } finally {
    await db.close();
  }
}

/** `gonghui election verify <file>`: prints each problem of a published election record (exit 1) or what it holds. */
async function electionVerify(file: string, values: { receipt?: string; seal?: string }): Promise<void> {
  const record: unknown = JSON.parse(await readFile(file, 'utf8'));
  const checked = await verifyElectionRecord(record, {
    ...(values.receipt === undefined ? {} : { receipt: values.receipt }),
    ...(values.seal === undefined ? {} : { publishedSeal: values.seal }),
  });
  for (const p of checked.problems) process.stdout.write(`${p.code}: ${p.message}\n`);
  if (!checked.valid) {
    process.stdout.write(`election record INVALID: ${checked.problems.length} problem(s)\n`);
    process.exitCode = 1;
    return;
  }
  process.stdout.write(
    `election record valid: ${checked.ballots} ballot(s) recounted, seal ${checked.seal}\n`,
  );
  if (checked.receipt !== null) {
    process.stdout.write(
      `receipt ${values.receipt} found in round ${checked.receipt.round}: ${JSON.stringify(checked.receipt.marks)}\n`,
    );
  }
}

/**
 * `gonghui keys rotate`: personal data from GONGHUI_OLD_DATA_KEY to GONGHUI_DATA_KEY (a higher
 * version). The audit log keeps its key: GONGHUI_AUDIT_KEY, or else the old data key, which the
 * servers must then be given as GONGHUI_AUDIT_KEY.
 */
async function keysRotate(dataDir: string | undefined): Promise<void> {
  const { GONGHUI_DATA_KEY: next, GONGHUI_OLD_DATA_KEY: old, GONGHUI_AUDIT_KEY: audit } = process.env;
  if (!next || !old) {
    throw new Error(
      'keys rotate: give the new key as GONGHUI_DATA_KEY (v2:<key>, …) and the old one as GONGHUI_OLD_DATA_KEY',
    );
  }
  const from = parseVersionedDataKey(old, 'GONGHUI_OLD_DATA_KEY');
  const to = parseVersionedDataKey(next);
  if (to.version <= from.version) {
    throw new Error(
      `keys rotate: the new key must have a higher version than the old one (v${from.version}): GONGHUI_DATA_KEY=v${from.version + 1}:<key>`,
    );
  }
  const previous = new PersonalDataCipher(from.key, 'GONGHUI_OLD_DATA_KEY', from.version);
  const personalData = new PersonalDataCipher(to.key, 'GONGHUI_DATA_KEY', to.version, previous);
  const auditKey = audit
    ? new AuditKey(parseDataKey(audit, 'GONGHUI_AUDIT_KEY'), 'GONGHUI_AUDIT_KEY')
    : new AuditKey(from.key, 'GONGHUI_OLD_DATA_KEY');
  const db = await openDatabase({ dataDir, log, personalData, auditKey });
  const bar = new SingleBar({ format: 'rotating [{bar}] {value}/{total} members', stream: process.stderr });
  try {
    bar.start(1, 0);
    const done = await rotatePersonalData(db, personalData, (p) => {
      bar.setTotal(Math.max(p.total, 1));
      bar.update(p.seen);
    });
    bar.stop();
    await new PrismaStore(db, { actor: 'cli:keys', requestId: null }).record({
      action: 'keys.rotated',
      targetType: 'DataKey',
      targetId: personalData.keyId,
      organizationId: null,
      after: { from: previous.keyId, to: personalData.keyId, members: done.total, resealed: done.rotated },
    });
    log(
      `${done.rotated} of ${done.total} members re-sealed under key ${personalData.keyId} (the rest already were)`,
    );
    if (!audit) {
      log(
        'the audit log stays sealed with the old data key: start the servers with GONGHUI_AUDIT_KEY set to it',
      );
    }
  } finally {
    bar.stop();
    await db.close();
  }
}

/** The default path of the printed schema. */
export const SCHEMA_PATH = fileURLToPath(new URL('../schema.graphql', import.meta.url));

/** Runs the gonghui command line with the given arguments. */
export async function main(argv: string[]): Promise<void> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      port: { type: 'string' },
      host: { type: 'string' },
      data: { type: 'string' },
      'no-seed': { type: 'boolean' },
      'no-migrate': { type: 'boolean' },
      checkpoint: { type: 'string' },
      'app-role': { type: 'string' },
      'against-data': { type: 'boolean' },
      out: { type: 'string' },
      receipt: { type: 'string' },
      seal: { type: 'string' },
      role: { type: 'string', multiple: true },
      org: { type: 'string', multiple: true },
      election: { type: 'string', multiple: true },
      member: { type: 'string', multiple: true },
      ttl: { type: 'string' },
      subject: { type: 'string' },
      reason: { type: 'string' },
      batch: { type: 'string' },
      report: { type: 'string' },
      reveal: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  const command = positionals[0];
  if (values.help || !command) {
    process.stdout.write(USAGE);
    return;
  }
  // Every variable is checked before anything starts: a bad one stops here, naming itself.
  const config = loadConfig(process.env);
  switch (command) {
    case 'serve':
      return serve(values, config);
    case 'seed': {
      const db = await openDatabase({ dataDir: values.data, log });
      try {
        if (!(await seedIfEmpty(db)))
          log('the database already holds organizations: demo organizations not seeded');
      } finally {
        await db.close();
      }
      return;
    }
    case 'migrate': {
      const db = await openDatabase({ dataDir: values.data, log, appRole: values['app-role'] });
      await db.close();
      return;
    }
    case 'audit': {
      if (positionals[1] !== 'verify') throw new Error("unknown audit command; try 'gonghui audit verify'");
      return auditVerify(values, config);
    }
    case 'election': {
      if (positionals[1] !== 'verify' || positionals[2] === undefined) {
        throw new Error("usage: 'gonghui election verify <record.json> [--receipt <code>] [--seal <hex>]'");
      }
      return electionVerify(positionals[2], values);
    }
    case 'import':
    case 'export': {
      const file = positionals[2];
      const org = values.org?.[0];
      if (positionals[1] !== 'members' || org === undefined || (command === 'import' ? !file : !values.out)) {
        throw new Error(
          command === 'import'
            ? 'usage: gonghui import members <file.csv|file.xlsx> --org <id>'
            : 'usage: gonghui export members --org <id> --out <file.csv|file.xlsx> [--reveal]',
        );
      }
      const db = await openDatabase({ dataDir: values.data, log });
      try {
        const organizationId = localId(org, 'Organization');
        if (command === 'import') await importCommand(db, file as string, { ...values, org: organizationId });
        else
          await exportCommand(db, { org: organizationId, out: values.out as string, reveal: values.reveal });
      } finally {
        await db.close();
      }
      return;
    }
    case 'keys': {
      if (positionals[1] !== 'rotate') throw new Error("unknown keys command; try 'gonghui keys rotate'");
      return keysRotate(values.data);
    }
    case 'print-schema': {
      const out = values.out ?? SCHEMA_PATH;
      await writeFile(out, `${printSchema(schema)}\n`);
      log(`schema written to ${out}`);
      return;
    }
    case 'token': {
      if (positionals[1] === 'revoke') return revokeCommand(values, config);
      if (positionals[1] !== undefined) throw new Error("unknown token command; try 'gonghui token revoke'");
      const grants = grantsFromArgs(values);
      const secretFile = secretFileOf(values.data);
      const fresh = !existsSync(secretFile);
      const auth = await authConfig(values.data);
      // On stderr, so that $(gonghui token …) captures only the token.
      log(`signed with the ${auth.source}`);
      if (fresh && auth.source.includes(secretFile)) {
        log(
          `that secret is new: only a server using the same data directory (${resolveDataDir(values.data)}) accepts this token`,
        );
      }
      const token = await signToken(auth, {
        subject: values.subject ?? 'dev',
        grants,
        ttl: values.ttl ?? '1h',
      });
      process.stdout.write(`${token}\n`);
      return;
    }
    default:
      throw new Error(`unknown command '${command}'; run 'gonghui --help'`);
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  main(process.argv.slice(2)).catch((error: unknown) => {
    log(error instanceof Error ? error.message : String(error));
    process.exit(1);
  });
}
