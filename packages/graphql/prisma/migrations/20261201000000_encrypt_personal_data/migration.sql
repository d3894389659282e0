-- Personal data at rest: Member.idNumber, phone and birthDate (plain columns) are replaced by
-- AES-256-GCM ciphertexts and a blind index of the ID number (see src/store/personal-data.ts).
--
-- Existing rows cannot be converted here: encryption needs the data key, which SQL never sees.
-- No deployment holds member data yet, so this migration does not re-encrypt anything:
--   * members registered by the demo seed (`gonghui serve`/`gonghui seed`, audit actor
--     'system:seed') are deleted with their membership events; `gonghui serve` registers the
--     demo members again, encrypted. Their audit entries stay: the log references members only
--     by id and keeps masked values, so its hash chain is untouched.
--   * any other member row stops the migration with a message saying what to do, rather than
--     deleting data the demo seed did not create.

-- Demo members out (their events first: MembershipEvent.memberId restricts deletes).
DELETE FROM "MembershipEvent" WHERE "memberId" IN (
    SELECT "targetId" FROM "AuditEntry" WHERE "action" = 'member.registered' AND "actor" = 'system:seed'
);
DELETE FROM "Member" WHERE "id" IN (
    SELECT "targetId" FROM "AuditEntry" WHERE "action" = 'member.registered' AND "actor" = 'system:seed'
);

-- Anything left was registered by someone else: refuse rather than drop it.
DO $$
DECLARE
    remaining BIGINT;
BEGIN
    SELECT COUNT(*) INTO remaining FROM "Member";
    IF remaining > 0 THEN
        RAISE EXCEPTION 'the database holds % member(s) with personal data in plain columns, not created by the demo seed; this version stores personal data encrypted and cannot convert them in SQL. Delete those members (or start from a fresh data directory) and start again.', remaining;
    END IF;
END
$$;

-- DropIndex
DROP INDEX "Member_idNumber_key";

-- AlterTable
ALTER TABLE "Member" DROP COLUMN "idNumber",
DROP COLUMN "birthDate",
DROP COLUMN "phone",
ADD COLUMN "idNumberHash" TEXT NOT NULL,
ADD COLUMN "idNumberEncrypted" TEXT NOT NULL,
ADD COLUMN "birthDateEncrypted" TEXT NOT NULL,
ADD COLUMN "phoneEncrypted" TEXT;

-- CreateIndex
CREATE UNIQUE INDEX "Member_idNumberHash_key" ON "Member"("idNumberHash");
