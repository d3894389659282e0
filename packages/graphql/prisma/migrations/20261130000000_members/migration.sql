-- The real-name member registry: members and their membership history.
-- Personal data (ID number, phone, birth date) is stored plain in this step; column encryption is a follow-up.

-- CreateEnum
CREATE TYPE "Gender" AS ENUM ('MALE', 'FEMALE');

-- CreateEnum
CREATE TYPE "MembershipStatus" AS ENUM ('ACTIVE', 'RETAINED', 'ENDED');

-- CreateEnum
CREATE TYPE "Custody" AS ENUM ('EMPLOYER_UNION', 'TOWNSHIP_UNION', 'HIGHER_UNION');

-- CreateEnum
CREATE TYPE "MembershipEventType" AS ENUM ('JOINED', 'TRANSFERRED', 'RETAINED', 'REACTIVATED', 'TERMINATED', 'LAPSED', 'HELD_BY_HIGHER_UNION');

-- CreateTable
CREATE TABLE "Member" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "idNumber" TEXT NOT NULL,
    "gender" "Gender" NOT NULL,
    "birthDate" DATE NOT NULL,
    "phone" TEXT,
    "organizationId" TEXT NOT NULL,
    "status" "MembershipStatus" NOT NULL,
    "custody" "Custody",
    "statusReason" TEXT,
    "statusNote" TEXT,
    "memberSince" DATE NOT NULL,
    "since" DATE NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Member_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MembershipEvent" (
    "id" TEXT NOT NULL,
    "memberId" TEXT NOT NULL,
    "type" "MembershipEventType" NOT NULL,
    "date" DATE NOT NULL,
    "fromOrganizationId" TEXT,
    "toOrganizationId" TEXT,
    "reason" TEXT,
    "note" TEXT,
    "recordedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "MembershipEvent_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Member_idNumber_key" ON "Member"("idNumber");

-- CreateIndex
CREATE INDEX "Member_organizationId_name_id_idx" ON "Member"("organizationId", "name", "id");

-- CreateIndex
CREATE INDEX "MembershipEvent_memberId_date_idx" ON "MembershipEvent"("memberId", "date");

-- CreateIndex
CREATE INDEX "MembershipEvent_fromOrganizationId_idx" ON "MembershipEvent"("fromOrganizationId");

-- CreateIndex
CREATE INDEX "MembershipEvent_toOrganizationId_idx" ON "MembershipEvent"("toOrganizationId");

-- AddForeignKey
ALTER TABLE "Member" ADD CONSTRAINT "Member_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MembershipEvent" ADD CONSTRAINT "MembershipEvent_memberId_fkey" FOREIGN KEY ("memberId") REFERENCES "Member"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MembershipEvent" ADD CONSTRAINT "MembershipEvent_fromOrganizationId_fkey" FOREIGN KEY ("fromOrganizationId") REFERENCES "Organization"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MembershipEvent" ADD CONSTRAINT "MembershipEvent_toOrganizationId_fkey" FOREIGN KEY ("toOrganizationId") REFERENCES "Organization"("id") ON DELETE SET NULL ON UPDATE CASCADE;
