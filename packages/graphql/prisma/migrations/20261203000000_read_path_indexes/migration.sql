-- Read path (issue 9): the two orders the hot reads page by, as indexes that hand rows over in
-- that order, so a page stops after its LIMIT instead of sorting every candidate.
--  * organizations(filter: { level }) ordered by depth, name, id (W4 lists the townships of a
--    100k-organization tree: was a sequential scan and sort of every row, now 21 index rows);
--  * children(first:) ordered by name, id per parent (W4's nested "first 5 children" of each
--    listed organization, W2): an index-only walk of 6 rows instead of a top-N sort of all children.
-- Each replaces the single-column index it starts with.

-- DropIndex
DROP INDEX "Organization_level_idx";

-- DropIndex
DROP INDEX "Organization_parentId_idx";

-- CreateIndex
CREATE INDEX "Organization_level_depth_name_id_idx" ON "Organization"("level", "depth", "name", "id");

-- CreateIndex
CREATE INDEX "Organization_parentId_name_id_idx" ON "Organization"("parentId", "name", "id");
