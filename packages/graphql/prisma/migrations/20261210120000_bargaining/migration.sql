-- Collective bargaining cases (集体协商): one row per case, a nullable group of columns per step.
-- A step is one UPDATE conditional on the stage it follows (src/store/bargaining.ts), the row
-- locked while core decides; the CHECKs keep the counts possible even against a bug in the code.

-- CreateEnum
CREATE TYPE "BargainingStage" AS ENUM ('REQUESTED', 'REPLIED', 'NEGOTIATORS_NAMED', 'MEETING_SCHEDULED', 'DRAFT_AGREED', 'TALKS_FAILED', 'CONTRACT_ADOPTED', 'FILED', 'OBJECTED');

-- CreateTable
CREATE TABLE "BargainingCase" (
    "id" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "employer" TEXT NOT NULL,
    "firmWorkers" INTEGER NOT NULL,
    "rules" TEXT NOT NULL,
    "holidays" DATE[] NOT NULL,
    "workingWeekendDays" DATE[] NOT NULL,
    "stage" "BargainingStage" NOT NULL,
    "requestedOn" DATE NOT NULL,
    "repliedOn" DATE,
    "workersNegotiators" INTEGER,
    "workersOutsideExperts" INTEGER,
    "employerNegotiators" INTEGER,
    "employerOutsideExperts" INTEGER,
    "meetingOn" DATE,
    "documentsProvidedOn" DATE,
    "finishedOn" DATE,
    "votedOn" DATE,
    "voteDelegates" INTEGER,
    "votePresent" INTEGER,
    "voteApproving" INTEGER,
    "termStartsOn" DATE,
    "termEndsOn" DATE,
    "signedOn" DATE,
    "filedOn" DATE,
    "objectedOn" DATE,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "BargainingCase_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "BargainingCase_firm_workers" CHECK ("firmWorkers" >= 0),
    CONSTRAINT "BargainingCase_experts" CHECK (
        "workersOutsideExperts" BETWEEN 0 AND "workersNegotiators"
        AND "employerOutsideExperts" BETWEEN 0 AND "employerNegotiators"),
    CONSTRAINT "BargainingCase_vote" CHECK ("voteApproving" BETWEEN 0 AND "votePresent" AND "votePresent" <= "voteDelegates")
);

-- CreateIndex
CREATE INDEX "BargainingCase_organizationId_requestedOn_idx" ON "BargainingCase"("organizationId", "requestedOn");

-- AddForeignKey
ALTER TABLE "BargainingCase" ADD CONSTRAINT "BargainingCase_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
