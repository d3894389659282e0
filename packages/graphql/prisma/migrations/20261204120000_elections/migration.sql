-- Elections (src/store/election.ts): rounds, candidacies, the voter side (roll entries) and the
-- ballot side (cast ballots sealed, spent token hashes, paper entries) in separate tables with no
-- column, time or serial in common.
CREATE TYPE "ElectionStatus" AS ENUM ('DRAFT', 'NOMINATIONS', 'ROLL_FROZEN', 'OPEN', 'CLOSED', 'COUNTED', 'CERTIFIED', 'APPROVED');
CREATE TYPE "ElectedBody" AS ENUM ('COMMITTEE', 'STANDING_COMMITTEE', 'CHAIR', 'VICE_CHAIR');
CREATE TYPE "ElectionRoundKind" AS ENUM ('FIRST', 'TIE_BREAK', 'FURTHER', 'REPEAT');
CREATE TYPE "CandidacyStatus" AS ENUM ('NOMINATED', 'WITHDRAWN');

CREATE TABLE "Election" (
    "id" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "body" "ElectedBody" NOT NULL,
    "seats" INTEGER NOT NULL,
    "method" TEXT NOT NULL,
    "contested" BOOLEAN NOT NULL,
    "status" "ElectionStatus" NOT NULL,
    "firstRoundId" TEXT NOT NULL,
    "round" INTEGER NOT NULL,
    "roundKind" "ElectionRoundKind" NOT NULL,
    "parentElectionId" TEXT,
    "rollHash" TEXT,
    "entitled" INTEGER NOT NULL DEFAULT 0,
    "present" INTEGER NOT NULL DEFAULT 0,
    "ballotsIssued" INTEGER NOT NULL DEFAULT 0,
    "ballotsReturned" INTEGER NOT NULL DEFAULT 0,
    "result" JSONB,
    "reducedSeats" INTEGER,
    "record" JSONB,
    "seal" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Election_pkey" PRIMARY KEY ("id")
);
CREATE INDEX "Election_organizationId_idx" ON "Election"("organizationId");
CREATE INDEX "Election_firstRoundId_round_idx" ON "Election"("firstRoundId", "round");
ALTER TABLE "Election" ADD CONSTRAINT "Election_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

CREATE TABLE "Candidacy" (
    "id" TEXT NOT NULL,
    "electionId" TEXT NOT NULL,
    "memberId" TEXT,
    "name" TEXT NOT NULL,
    "status" "CandidacyStatus" NOT NULL,
    "membershipStatus" TEXT NOT NULL,
    "foreignStaff" BOOLEAN NOT NULL,
    "employerRole" TEXT,
    "closeRelativeOf" TEXT,
    CONSTRAINT "Candidacy_pkey" PRIMARY KEY ("id")
);
CREATE INDEX "Candidacy_electionId_idx" ON "Candidacy"("electionId");
ALTER TABLE "Candidacy" ADD CONSTRAINT "Candidacy_electionId_fkey" FOREIGN KEY ("electionId") REFERENCES "Election"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

CREATE TABLE "ElectionRollEntry" (
    "electionId" TEXT NOT NULL,
    "voterId" TEXT NOT NULL,
    "present" BOOLEAN NOT NULL DEFAULT false,
    "ballotIssued" BOOLEAN NOT NULL DEFAULT false,
    CONSTRAINT "ElectionRollEntry_pkey" PRIMARY KEY ("electionId", "voterId")
);

CREATE TABLE "CastBallot" (
    "id" TEXT NOT NULL,
    "electionId" TEXT NOT NULL,
    "sealed" TEXT NOT NULL,
    CONSTRAINT "CastBallot_pkey" PRIMARY KEY ("id")
);
CREATE INDEX "CastBallot_electionId_idx" ON "CastBallot"("electionId");

CREATE TABLE "SpentBallotToken" (
    "electionId" TEXT NOT NULL,
    "tokenHash" TEXT NOT NULL,
    CONSTRAINT "SpentBallotToken_pkey" PRIMARY KEY ("electionId", "tokenHash")
);

CREATE TABLE "PaperBallotEntry" (
    "electionId" TEXT NOT NULL,
    "batch" TEXT NOT NULL,
    "teller" TEXT NOT NULL,
    "ballots" JSONB NOT NULL,
    CONSTRAINT "PaperBallotEntry_pkey" PRIMARY KEY ("electionId", "batch", "teller")
);
