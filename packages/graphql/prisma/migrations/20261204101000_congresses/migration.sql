-- Congresses and councils (issue 10): the congress of an organization, its terms and sessions,
-- electoral units, stored apportionments of delegate seats, delegates with their history,
-- committees and positions (prisma/schema/congress.prisma).

-- CreateEnum
CREATE TYPE "CongressForm" AS ENUM ('MEMBERS_ASSEMBLY', 'DELEGATES_CONGRESS', 'DELEGATES_CONFERENCE');

-- CreateEnum
CREATE TYPE "ApportionMethod" AS ENUM ('LARGEST_REMAINDER', 'DHONDT', 'SAINTE_LAGUE', 'HUNTINGTON_HILL');

-- CreateEnum
CREATE TYPE "MemberCountSource" AS ENUM ('REGISTRY', 'REPORTED');

-- CreateEnum
CREATE TYPE "DelegateStatus" AS ENUM ('SERVING', 'REPLACED', 'REMOVED');

-- CreateEnum
CREATE TYPE "CommitteeKind" AS ENUM ('UNION_COMMITTEE', 'STANDING', 'FUNDS_AUDIT', 'WOMEN_WORKERS');

-- CreateEnum
CREATE TYPE "PositionRole" AS ENUM ('CHAIR', 'VICE_CHAIR', 'MEMBER');

-- CreateTable
CREATE TABLE "Congress" (
    "id" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "form" "CongressForm" NOT NULL,
    "seats" INTEGER,
    "reportedMembers" INTEGER,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Congress_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Term" (
    "id" TEXT NOT NULL,
    "congressId" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "startsOn" DATE NOT NULL,
    "endsOn" DATE NOT NULL,
    "years" INTEGER NOT NULL,
    "current" BOOLEAN NOT NULL,
    "delayedUntil" DATE,
    "delayApproval" TEXT,

    CONSTRAINT "Term_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CongressSession" (
    "id" TEXT NOT NULL,
    "termId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "heldOn" DATE NOT NULL,
    "entitled" INTEGER NOT NULL,
    "present" INTEGER NOT NULL,
    "recordedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CongressSession_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ElectoralUnit" (
    "id" TEXT NOT NULL,
    "congressId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "reportedMembers" INTEGER,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ElectoralUnit_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ElectoralUnitOrganization" (
    "unitId" TEXT NOT NULL,
    "congressId" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,

    CONSTRAINT "ElectoralUnitOrganization_pkey" PRIMARY KEY ("unitId","organizationId")
);

-- CreateTable
CREATE TABLE "SeatApportionment" (
    "id" TEXT NOT NULL,
    "congressId" TEXT NOT NULL,
    "termId" TEXT NOT NULL,
    "delegationTo" TEXT NOT NULL,
    "seats" INTEGER NOT NULL,
    "method" "ApportionMethod" NOT NULL,
    "cutoffDate" DATE NOT NULL,
    "decidedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "SeatApportionment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SeatAllocation" (
    "apportionmentId" TEXT NOT NULL,
    "unitId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "members" INTEGER NOT NULL,
    "source" "MemberCountSource" NOT NULL,
    "min" INTEGER NOT NULL,
    "max" INTEGER,
    "reserved" INTEGER NOT NULL,
    "reservedFor" TEXT,
    "apportioned" INTEGER NOT NULL,
    "tie" BOOLEAN NOT NULL,

    CONSTRAINT "SeatAllocation_pkey" PRIMARY KEY ("apportionmentId","unitId")
);

-- CreateTable
CREATE TABLE "Delegate" (
    "id" TEXT NOT NULL,
    "congressId" TEXT NOT NULL,
    "termId" TEXT NOT NULL,
    "unitId" TEXT,
    "memberId" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "gender" "Gender" NOT NULL,
    "frontLine" BOOLEAN NOT NULL,
    "manager" BOOLEAN NOT NULL,
    "unionWorker" BOOLEAN NOT NULL,
    "modelWorker" BOOLEAN NOT NULL,
    "status" "DelegateStatus" NOT NULL,
    "since" DATE NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Delegate_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DelegateEvent" (
    "id" TEXT NOT NULL,
    "delegateId" TEXT NOT NULL,
    "status" "DelegateStatus" NOT NULL,
    "date" DATE NOT NULL,
    "note" TEXT,
    "recordedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "DelegateEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Committee" (
    "id" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "kind" "CommitteeKind" NOT NULL,
    "seats" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Committee_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Position" (
    "id" TEXT NOT NULL,
    "committeeId" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "memberId" TEXT NOT NULL,
    "role" "PositionRole" NOT NULL,
    "startsOn" DATE NOT NULL,
    "endsOn" DATE,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Position_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Congress_organizationId_key" ON "Congress"("organizationId");

-- CreateIndex
CREATE UNIQUE INDEX "Term_congressId_number_key" ON "Term"("congressId", "number");

-- CreateIndex: the term-expiry watch walks current terms by end date.
CREATE INDEX "Term_current_endsOn_organizationId_idx" ON "Term"("current", "endsOn", "organizationId");

-- CreateIndex
CREATE INDEX "Term_organizationId_idx" ON "Term"("organizationId");

-- CreateIndex
CREATE UNIQUE INDEX "CongressSession_termId_number_key" ON "CongressSession"("termId", "number");

-- CreateIndex
CREATE INDEX "ElectoralUnit_congressId_createdAt_idx" ON "ElectoralUnit"("congressId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "ElectoralUnitOrganization_congressId_organizationId_key" ON "ElectoralUnitOrganization"("congressId", "organizationId");

-- CreateIndex
CREATE INDEX "ElectoralUnitOrganization_organizationId_idx" ON "ElectoralUnitOrganization"("organizationId");

-- CreateIndex
CREATE UNIQUE INDEX "SeatApportionment_termId_delegationTo_key" ON "SeatApportionment"("termId", "delegationTo");

-- CreateIndex
CREATE INDEX "SeatApportionment_congressId_decidedAt_idx" ON "SeatApportionment"("congressId", "decidedAt");

-- CreateIndex
CREATE UNIQUE INDEX "SeatAllocation_apportionmentId_position_key" ON "SeatAllocation"("apportionmentId", "position");

-- CreateIndex
CREATE INDEX "SeatAllocation_unitId_idx" ON "SeatAllocation"("unitId");

-- CreateIndex
CREATE UNIQUE INDEX "Delegate_termId_memberId_key" ON "Delegate"("termId", "memberId");

-- CreateIndex
CREATE INDEX "Delegate_unitId_idx" ON "Delegate"("unitId");

-- CreateIndex
CREATE INDEX "Delegate_memberId_idx" ON "Delegate"("memberId");

-- CreateIndex
CREATE INDEX "DelegateEvent_delegateId_date_idx" ON "DelegateEvent"("delegateId", "date");

-- CreateIndex
CREATE UNIQUE INDEX "Committee_organizationId_kind_key" ON "Committee"("organizationId", "kind");

-- CreateIndex
CREATE INDEX "Position_committeeId_startsOn_idx" ON "Position"("committeeId", "startsOn");

-- CreateIndex
CREATE INDEX "Position_organizationId_startsOn_idx" ON "Position"("organizationId", "startsOn");

-- CreateIndex
CREATE INDEX "Position_memberId_idx" ON "Position"("memberId");

-- AddForeignKey
ALTER TABLE "Congress" ADD CONSTRAINT "Congress_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Term" ADD CONSTRAINT "Term_congressId_fkey" FOREIGN KEY ("congressId") REFERENCES "Congress"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Term" ADD CONSTRAINT "Term_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CongressSession" ADD CONSTRAINT "CongressSession_termId_fkey" FOREIGN KEY ("termId") REFERENCES "Term"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ElectoralUnit" ADD CONSTRAINT "ElectoralUnit_congressId_fkey" FOREIGN KEY ("congressId") REFERENCES "Congress"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ElectoralUnitOrganization" ADD CONSTRAINT "ElectoralUnitOrganization_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "ElectoralUnit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ElectoralUnitOrganization" ADD CONSTRAINT "ElectoralUnitOrganization_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SeatApportionment" ADD CONSTRAINT "SeatApportionment_congressId_fkey" FOREIGN KEY ("congressId") REFERENCES "Congress"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SeatApportionment" ADD CONSTRAINT "SeatApportionment_termId_fkey" FOREIGN KEY ("termId") REFERENCES "Term"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SeatAllocation" ADD CONSTRAINT "SeatAllocation_apportionmentId_fkey" FOREIGN KEY ("apportionmentId") REFERENCES "SeatApportionment"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SeatAllocation" ADD CONSTRAINT "SeatAllocation_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "ElectoralUnit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Delegate" ADD CONSTRAINT "Delegate_congressId_fkey" FOREIGN KEY ("congressId") REFERENCES "Congress"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Delegate" ADD CONSTRAINT "Delegate_termId_fkey" FOREIGN KEY ("termId") REFERENCES "Term"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Delegate" ADD CONSTRAINT "Delegate_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "ElectoralUnit"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Delegate" ADD CONSTRAINT "Delegate_memberId_fkey" FOREIGN KEY ("memberId") REFERENCES "Member"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DelegateEvent" ADD CONSTRAINT "DelegateEvent_delegateId_fkey" FOREIGN KEY ("delegateId") REFERENCES "Delegate"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Committee" ADD CONSTRAINT "Committee_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Position" ADD CONSTRAINT "Position_committeeId_fkey" FOREIGN KEY ("committeeId") REFERENCES "Committee"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Position" ADD CONSTRAINT "Position_memberId_fkey" FOREIGN KEY ("memberId") REFERENCES "Member"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- Stored apportionments never change (not generated by Prisma; the drift test compares tables,
-- columns, indexes and foreign keys only): a later count, or a later run of the method, cannot
-- silently change the seats a congress apportioned. Rows are only ever INSERTed.
CREATE FUNCTION "seat_apportionment_immutable"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'a stored apportionment never changes: % of "%" is not allowed', TG_OP, TG_TABLE_NAME
        USING ERRCODE = 'insufficient_privilege';
END;
$$;

CREATE TRIGGER "SeatApportionment_immutable"
    BEFORE UPDATE OR DELETE ON "SeatApportionment"
    FOR EACH STATEMENT EXECUTE FUNCTION "seat_apportionment_immutable"();

CREATE TRIGGER "SeatAllocation_immutable"
    BEFORE UPDATE OR DELETE ON "SeatAllocation"
    FOR EACH STATEMENT EXECUTE FUNCTION "seat_apportionment_immutable"();
