-- Parallel writes (see src/store/prisma-store.ts and src/store/audit.ts).
--
-- "AuditHead": the sequencer of the audit chain. One row holding the last entry's seq and hash;
-- every transaction that appends entries updates it last (UPDATE … RETURNING), so only the tail
-- of concurrent writes is serialised, and seq stays 1, 2, 3, … without gaps.
--
-- "IdempotencyKey": the first answer of a mutation sent with an Idempotency-Key header, per viewer
-- (actor), key and mutation (its response key), stored in the transaction of the work.

-- CreateTable
CREATE TABLE "AuditHead" (
    "id" INTEGER NOT NULL,
    "seq" BIGINT NOT NULL,
    "hash" TEXT NOT NULL,

    CONSTRAINT "AuditHead_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "IdempotencyKey" (
    "actor" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "field" TEXT NOT NULL,
    "inputHash" TEXT NOT NULL,
    "answer" JSONB NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "IdempotencyKey_pkey" PRIMARY KEY ("actor","key","field")
);

-- CreateIndex
CREATE INDEX "IdempotencyKey_createdAt_idx" ON "IdempotencyKey"("createdAt");

-- The head starts where the log is: its last entry, or seq 0 and the genesis hash.
INSERT INTO "AuditHead" ("id", "seq", "hash")
SELECT 1, COALESCE(MAX("seq"), 0),
       COALESCE((SELECT "hash" FROM "AuditEntry" ORDER BY "seq" DESC LIMIT 1), repeat('0', 64))
FROM "AuditEntry";

-- Only one row, ever.
ALTER TABLE "AuditHead" ADD CONSTRAINT "AuditHead_single_row" CHECK ("id" = 1);
