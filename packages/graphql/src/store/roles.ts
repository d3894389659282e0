// The two PostgreSQL roles a production deployment uses: an owner that runs the migrations (and so
// owns every table, the append-only trigger included) and an application role that owns nothing.
// The server connects as the application role: it may read and write the data tables, only SELECT
// and INSERT the audit log, only read the migrations table. Not owning "AuditEntry", it cannot
// ALTER TABLE … DISABLE TRIGGER or drop the trigger, and not being a superuser it cannot
// SET session_replication_role (which would skip the trigger without DDL).

import { MIGRATIONS_TABLE, type MigrationConnection } from './migrate.js';

/** What a role name may look like here: a plain lower-case SQL identifier (no quoting tricks). */
const ROLE_NAME = /^[a-z_][a-z0-9_]{0,62}$/;

/**
 * Grants `role` exactly what the server needs on the tables that exist now (run it as the owner
 * after every migration; `gonghui migrate --app-role <role>` does): USAGE on the schema, SELECT,
 * INSERT, UPDATE and DELETE on the data tables, USAGE of their sequences (the pending audit
 * entries' order), SELECT and INSERT only on "AuditEntry", SELECT only on the migrations table. Idempotent; refuses a superuser or table-owning role, which could
 * bypass the audit log's append-only trigger.
 */
export async function grantApplicationRole(conn: MigrationConnection, role: string): Promise<void> {
  if (!ROLE_NAME.test(role)) {
    throw new Error(`application role '${role}' must be a lower-case SQL identifier (letters, digits, _)`);
  }
  const [found] = await conn.query<{ rolsuper: boolean; owns: boolean }>(
    `SELECT r.rolsuper, EXISTS (SELECT 1 FROM pg_tables t WHERE t.schemaname = 'public' AND t.tableowner = r.rolname) AS owns
     FROM pg_roles r WHERE r.rolname = $1`,
    [role],
  );
  if (found === undefined)
    throw new Error(`application role '${role}' does not exist: CREATE ROLE ${role} LOGIN first`);
  if (found.rolsuper || found.owns) {
    throw new Error(
      `application role '${role}' is a superuser or owns tables: it could disable the audit log's append-only trigger; use a role that owns nothing`,
    );
  }
  await conn.exec(`
    GRANT USAGE ON SCHEMA public TO ${role};
    GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO ${role};
    GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO ${role};
    REVOKE UPDATE, DELETE, TRUNCATE ON "AuditEntry" FROM ${role};
    REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON "${MIGRATIONS_TABLE}" FROM ${role};
  `);
}
