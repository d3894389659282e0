-- The authority a job was started with through the API (src/hardening/import-limit.ts): the grants of the
-- token that last started or continued it and when that token expired. A server resuming a stopped job
-- resumes it only while the token has not expired, its grants still cover the organization and the
-- importer is within the bound on running imports; a job with none recorded is not resumed (its same
-- file uploaded again continues it, under the uploader's token).
ALTER TABLE "MemberImport" ADD COLUMN "grants" JSONB;
ALTER TABLE "MemberImport" ADD COLUMN "authorizedUntil" TIMESTAMP(3);
