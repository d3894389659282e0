-- Subtree pages in one ordered index range: the closure table carries the descendant's name.

-- AlterTable
ALTER TABLE "OrganizationLink" ADD COLUMN "descendantName" TEXT;
UPDATE "OrganizationLink" l SET "descendantName" = o."name" FROM "Organization" o WHERE o."id" = l."descendantId";
ALTER TABLE "OrganizationLink" ALTER COLUMN "descendantName" SET NOT NULL;

-- CreateIndex
CREATE INDEX "OrganizationLink_subtree_order_idx" ON "OrganizationLink"("ancestorId", "distance", "descendantName", "descendantId");
