-- A running import's heartbeat (src/hardening/import-limit.ts): every process running a job writes it
-- every 30 s, and the bound on running imports counts only RUNNING jobs whose heartbeat is within the
-- lease (2 minutes), so a job a killed process left RUNNING stops counting once its lease runs out.
ALTER TABLE "MemberImport" ADD COLUMN "heartbeatAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP;
