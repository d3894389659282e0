-- The hourly limit of "ID number already registered" answers counts one viewer's recent
-- `member.idNumberClaimed` entries (src/store/prisma-store.ts, countIdNumberClaims).

-- CreateIndex
CREATE INDEX "AuditEntry_actor_action_at_idx" ON "AuditEntry"("actor", "action", "at");
