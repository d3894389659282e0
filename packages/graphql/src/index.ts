// The public API of @gonghui/graphql: explicit named exports only.
export type { AuthConfig, AuthEnv } from './auth/token.js';
export { loadAuthConfig, signToken, viewerFromAuthorization } from './auth/token.js';
export { main } from './cli.js';
export type { Config, ConfigName, Hardening } from './config.js';
export { CONFIG_VARIABLES, ConfigError, configurationTable, hardeningOf, loadConfig } from './config.js';
export { DEFAULT_DATA_DIR, defaultDataDir, resolveDataDir } from './data-dir.js';
export { schema } from './schema.js';
export type { SeedReport } from './seed.js';
export { seedDemoData } from './seed.js';
export type { RunningServer, ServerOptions } from './server.js';
export { createGonghuiYoga, EXAMPLE_OPERATIONS, startServer } from './server.js';
export type { AuditActor, AuditEvent, AuditVerification } from './store/audit.js';
export { describeVerification, verifyAuditChain } from './store/audit.js';
export type { Database, DatabaseOptions } from './store/database.js';
export { openDatabase } from './store/database.js';
export { PrismaStore } from './store/prisma-store.js';
