-- The member registry at full size (issue 11): lifecycle, history, search and coverage.
--
-- * "Member"."membershipVersion" and "MembershipEvent"."sequence": a transition updates the member
--   row only where it still has the version it read, and writes the history record with the next
--   sequence, unique per member: two concurrent transitions of one person cannot both win.
-- * Search columns written by the store with the name and personal data (src/store/member.ts):
--   pinyin, initials, the name's 1- and 2-character pieces (GIN), the birth year, a blind index of
--   the phone. Rows of older versions get them on the next start (`backfillMemberSearch`).
-- * Engagement dates for the lapse rule, with a partial index of who was spoken to.
-- * "MemberTally": coverage counters per organization subtree. Rows of older versions are counted by
--   the backfill on the next start, which this migration asks for with a marker row.

-- AlterTable
ALTER TABLE "Member" ADD COLUMN "membershipVersion" INTEGER NOT NULL DEFAULT 1,
ADD COLUMN "namePinyin" TEXT COLLATE "C",
ADD COLUMN "nameInitials" TEXT COLLATE "C",
ADD COLUMN "nameGrams" TEXT[] NOT NULL DEFAULT ARRAY[]::TEXT[],
ADD COLUMN "birthYear" INTEGER,
ADD COLUMN "phoneHash" TEXT,
ADD COLUMN "lastDuesPaidOn" DATE,
ADD COLUMN "lastActivityOn" DATE,
ADD COLUMN "spokenToOn" DATE;

-- A live membership always has a custody, an ended one never (one membership per person: the row).
ALTER TABLE "Member" ADD CONSTRAINT "Member_custody_check"
  CHECK (("status" = 'ENDED') = ("custody" IS NULL));

-- AlterTable
ALTER TABLE "MembershipEvent" ADD COLUMN "sequence" INTEGER;
UPDATE "MembershipEvent" e SET "sequence" = n.seq
FROM (SELECT "id", row_number() OVER (PARTITION BY "memberId" ORDER BY "date", "recordedAt", "id") AS seq
      FROM "MembershipEvent") n
WHERE n."id" = e."id";
ALTER TABLE "MembershipEvent" ALTER COLUMN "sequence" SET NOT NULL;
UPDATE "Member" m SET "membershipVersion" = c.n
FROM (SELECT "memberId", count(*)::int AS n FROM "MembershipEvent" GROUP BY "memberId") c
WHERE c."memberId" = m."id";

-- DropIndex
DROP INDEX "MembershipEvent_memberId_date_idx";

-- CreateIndex
CREATE UNIQUE INDEX "MembershipEvent_memberId_sequence_key" ON "MembershipEvent"("memberId", "sequence");

-- CreateIndex
CREATE INDEX "Member_name_id_idx" ON "Member"("name", "id");

-- CreateIndex
CREATE INDEX "Member_nameGrams_idx" ON "Member" USING GIN ("nameGrams");

-- CreateIndex (the columns sort bytewise, COLLATE "C": a prefix is a range of the index)
CREATE INDEX "Member_namePinyin_idx" ON "Member"("namePinyin");

-- CreateIndex
CREATE INDEX "Member_nameInitials_idx" ON "Member"("nameInitials");

-- CreateIndex
CREATE INDEX "Member_phoneHash_idx" ON "Member"("phoneHash");

-- CreateIndex
CREATE INDEX "Member_memberSince_idx" ON "Member"("memberSince");

-- CreateIndex (only active members who were spoken to can lapse)
CREATE INDEX "Member_spokenToOn_idx" ON "Member"("spokenToOn")
  WHERE "status" = 'ACTIVE' AND "spokenToOn" IS NOT NULL;

-- CreateTable
CREATE TABLE "MemberTally" (
    "organizationId" TEXT NOT NULL,
    "dimension" TEXT NOT NULL,
    "bucket" TEXT NOT NULL,
    "shard" INTEGER NOT NULL,
    "count" INTEGER NOT NULL,

    CONSTRAINT "MemberTally_pkey" PRIMARY KEY ("organizationId","dimension","bucket","shard")
);

-- The backfill's marker (src/store/member.ts): members written before this migration need their
-- search columns and counters.
INSERT INTO "MemberTally" ("organizationId", "dimension", "bucket", "shard", "count")
SELECT '', 'backfill', 'pending', 0, 0 WHERE EXISTS (SELECT 1 FROM "Member");
