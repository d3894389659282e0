-- Bulk import of members (src/import/): one row per (organization, file), its checkpoint and counts,
-- and one row per problem of a refused row.

-- CreateEnum
CREATE TYPE "MemberImportStatus" AS ENUM ('RUNNING', 'DONE', 'FAILED');

-- CreateTable
CREATE TABLE "MemberImport" (
    "id" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "fileHash" TEXT NOT NULL,
    "fileName" TEXT NOT NULL,
    "actor" TEXT NOT NULL,
    "status" "MemberImportStatus" NOT NULL,
    "encoding" TEXT,
    "committedRow" INTEGER NOT NULL DEFAULT 1,
    "imported" INTEGER NOT NULL DEFAULT 0,
    "skipped" INTEGER NOT NULL DEFAULT 0,
    "rejected" INTEGER NOT NULL DEFAULT 0,
    "bytesRead" BIGINT NOT NULL DEFAULT 0,
    "bytesTotal" BIGINT NOT NULL DEFAULT 0,
    "error" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "finishedAt" TIMESTAMP(3),

    CONSTRAINT "MemberImport_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MemberImportProblem" (
    "importId" TEXT NOT NULL,
    "row" INTEGER NOT NULL,
    "column" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "message" TEXT NOT NULL,

    CONSTRAINT "MemberImportProblem_pkey" PRIMARY KEY ("importId","row","column")
);

-- CreateIndex
CREATE UNIQUE INDEX "MemberImport_organizationId_fileHash_key" ON "MemberImport"("organizationId", "fileHash");

-- AddForeignKey
ALTER TABLE "MemberImportProblem" ADD CONSTRAINT "MemberImportProblem_importId_fkey" FOREIGN KEY ("importId") REFERENCES "MemberImport"("id") ON DELETE CASCADE ON UPDATE CASCADE;
