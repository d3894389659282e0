-- Activities with limited places (issue 13). An enrollment claims its places with one UPDATE of
-- the activity's row (see src/store/activity.ts): the row lock orders the claims of one activity
-- across every process, other activities enrol in parallel, and the CHECK below keeps
-- "taken ≤ places" even against a bug in the code.

-- CreateEnum
CREATE TYPE "ActivityEligibility" AS ENUM ('SUBTREE_MEMBERS', 'SUBTREE_REAL_NAME_MEMBERS');

-- CreateEnum
CREATE TYPE "EnrollmentStatus" AS ENUM ('ENROLLED', 'WAITING', 'CANCELLED');

-- CreateTable
CREATE TABLE "Activity" (
    "id" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "place" TEXT NOT NULL,
    "startsAt" TIMESTAMP(3) NOT NULL,
    "endsAt" TIMESTAMP(3) NOT NULL,
    "enrollmentOpensAt" TIMESTAMP(3) NOT NULL,
    "enrollmentClosesAt" TIMESTAMP(3) NOT NULL,
    "places" INTEGER NOT NULL,
    "placesPerMember" INTEGER NOT NULL,
    "waitingList" BOOLEAN NOT NULL,
    "eligibility" "ActivityEligibility" NOT NULL,
    "taken" INTEGER NOT NULL DEFAULT 0,
    "arrivals" INTEGER NOT NULL DEFAULT 0,
    "lastClaimGranted" BOOLEAN NOT NULL DEFAULT false,
    "revision" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Activity_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "Activity_places_taken" CHECK ("places" >= 1 AND "taken" >= 0 AND "taken" <= "places"),
    CONSTRAINT "Activity_places_per_member" CHECK ("placesPerMember" BETWEEN 1 AND "places"),
    CONSTRAINT "Activity_window" CHECK ("startsAt" < "endsAt" AND "enrollmentOpensAt" < "enrollmentClosesAt")
);

-- CreateTable
CREATE TABLE "Enrollment" (
    "id" TEXT NOT NULL,
    "activityId" TEXT NOT NULL,
    "memberId" TEXT NOT NULL,
    "places" INTEGER NOT NULL,
    "status" "EnrollmentStatus" NOT NULL,
    "arrival" INTEGER NOT NULL,
    "enrolledAt" TIMESTAMP(3) NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Enrollment_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "Enrollment_places" CHECK ("places" >= 1)
);

-- CreateIndex
CREATE INDEX "Activity_organizationId_startsAt_idx" ON "Activity"("organizationId", "startsAt");

-- CreateIndex
CREATE UNIQUE INDEX "Enrollment_activityId_memberId_key" ON "Enrollment"("activityId", "memberId");

-- CreateIndex
CREATE INDEX "Enrollment_activityId_status_arrival_idx" ON "Enrollment"("activityId", "status", "arrival");

-- CreateIndex
CREATE INDEX "Enrollment_memberId_idx" ON "Enrollment"("memberId");

-- AddForeignKey
ALTER TABLE "Activity" ADD CONSTRAINT "Activity_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Enrollment" ADD CONSTRAINT "Enrollment_activityId_fkey" FOREIGN KEY ("activityId") REFERENCES "Activity"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Enrollment" ADD CONSTRAINT "Enrollment_memberId_fkey" FOREIGN KEY ("memberId") REFERENCES "Member"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
