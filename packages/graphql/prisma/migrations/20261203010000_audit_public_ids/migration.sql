-- Audit entries get a public id that is not a guessable sequence (the node id of AuditEntry; `seq`
-- stays inside the entry), and keyed seals (see src/store/audit-seal.ts).
--
-- New entries get their id from the application (a random UUID, covered by the entry's keyed
-- seal). Existing entries get a random UUID here: adding the column with a volatile default
-- rewrites the table without firing the append-only trigger (no UPDATE happens), then the default
-- is dropped. Their seals are not touched: the database never holds the audit key, so old
-- entries keep their unkeyed v1 seals and are anchored by the first keyed entry after them.
ALTER TABLE "AuditEntry" ADD COLUMN "id" TEXT NOT NULL DEFAULT gen_random_uuid()::text;
ALTER TABLE "AuditEntry" ALTER COLUMN "id" DROP DEFAULT;

-- CreateIndex
CREATE UNIQUE INDEX "AuditEntry_id_key" ON "AuditEntry"("id");
