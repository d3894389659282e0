-- CreateEnum
CREATE TYPE "OrganizationKind" AS ENUM ('FEDERATION_OF_TRADE_UNIONS', 'GRASSROOTS_UNION', 'JOINT_GRASSROOTS_UNION', 'REGIONAL_FEDERATION', 'INDUSTRY_FEDERATION', 'INDUSTRY_CHAIN_FEDERATION', 'BRANCH', 'GROUP');

-- CreateEnum
CREATE TYPE "OrganizationLevel" AS ENUM ('NATIONAL', 'PROVINCIAL', 'MUNICIPAL', 'COUNTY', 'TOWNSHIP', 'VILLAGE', 'GRASSROOTS');

-- CreateEnum
CREATE TYPE "OrganizationStatus" AS ENUM ('ACTIVE', 'DISSOLVED');

-- CreateEnum
CREATE TYPE "ChainSegment" AS ENUM ('UPSTREAM', 'MIDSTREAM', 'DOWNSTREAM');

-- CreateTable
CREATE TABLE "Organization" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "kind" "OrganizationKind" NOT NULL,
    "level" "OrganizationLevel" NOT NULL,
    "status" "OrganizationStatus" NOT NULL DEFAULT 'ACTIVE',
    "regionCode" TEXT,
    "creditCode" TEXT,
    "parentId" TEXT,
    "depth" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "dissolvedAt" TIMESTAMP(3),

    CONSTRAINT "Organization_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "OrganizationLink" (
    "ancestorId" TEXT NOT NULL,
    "descendantId" TEXT NOT NULL,
    "distance" INTEGER NOT NULL,

    CONSTRAINT "OrganizationLink_pkey" PRIMARY KEY ("ancestorId","descendantId")
);

-- CreateTable
CREATE TABLE "FederationMembership" (
    "id" TEXT NOT NULL,
    "federationId" TEXT NOT NULL,
    "memberId" TEXT NOT NULL,
    "chain" TEXT,
    "segment" "ChainSegment",
    "joinedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "FederationMembership_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Organization_creditCode_key" ON "Organization"("creditCode");

-- CreateIndex
CREATE INDEX "Organization_parentId_idx" ON "Organization"("parentId");

-- CreateIndex
CREATE INDEX "Organization_kind_idx" ON "Organization"("kind");

-- CreateIndex
CREATE INDEX "Organization_level_idx" ON "Organization"("level");

-- CreateIndex
CREATE INDEX "Organization_regionCode_idx" ON "Organization"("regionCode");

-- CreateIndex
CREATE INDEX "OrganizationLink_descendantId_idx" ON "OrganizationLink"("descendantId");

-- CreateIndex
CREATE INDEX "FederationMembership_memberId_idx" ON "FederationMembership"("memberId");

-- CreateIndex
CREATE UNIQUE INDEX "FederationMembership_federationId_memberId_key" ON "FederationMembership"("federationId", "memberId");

-- AddForeignKey
ALTER TABLE "Organization" ADD CONSTRAINT "Organization_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "Organization"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OrganizationLink" ADD CONSTRAINT "OrganizationLink_ancestorId_fkey" FOREIGN KEY ("ancestorId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OrganizationLink" ADD CONSTRAINT "OrganizationLink_descendantId_fkey" FOREIGN KEY ("descendantId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FederationMembership" ADD CONSTRAINT "FederationMembership_federationId_fkey" FOREIGN KEY ("federationId") REFERENCES "Organization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FederationMembership" ADD CONSTRAINT "FederationMembership_memberId_fkey" FOREIGN KEY ("memberId") REFERENCES "Organization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
