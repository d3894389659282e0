-- Revoking bearer tokens (src/auth/revocation.ts, src/store/token-revocation.ts): every token of a subject
-- issued at or before "revokedBefore" (its iat, in whole seconds) is refused. A revocation only ever moves
-- the cutoff later (an upsert with GREATEST). Each server process keeps the rows in memory and polls
-- those whose "updatedAt" is recent ("TokenRevocation_updatedAt_idx").
CREATE TABLE "TokenRevocation" (
    "subject" TEXT NOT NULL,
    "revokedBefore" TIMESTAMPTZ(3) NOT NULL,
    "revokedBy" TEXT NOT NULL,
    "reason" TEXT NOT NULL,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "TokenRevocation_pkey" PRIMARY KEY ("subject")
);

CREATE INDEX "TokenRevocation_updatedAt_idx" ON "TokenRevocation"("updatedAt");

-- When the token that last started or continued an import through the API was issued (its iat, else nbf;
-- null: neither, or recorded before this change): `serve` does not resume a job whose importer's tokens
-- were revoked at or after it (src/hardening/import-limit.ts).
ALTER TABLE "MemberImport" ADD COLUMN "authorityIssuedAt" TIMESTAMP(3);
