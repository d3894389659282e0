-- Every contract vote of a bargaining case, not only the one that adopted it: a vote the workers'
-- congress held with its quorum and that did not reach more than half of all delegates rejected the
-- draft, and the union keeps it (core's recordContractVote; the case goes back to the talks). The
-- votes are part of the case, read and written with it: a JSON array on its row, oldest first, each
-- { votedOn, delegates, present, approving, against, abstaining, adopted }, written by the same
-- conditional UPDATE that moves the case's stage, so a vote is never stored without its step.
-- The adopting vote's columns move into the array and go.

-- AlterTable
ALTER TABLE "BargainingCase" ADD COLUMN "votes" JSONB NOT NULL DEFAULT '[]';

UPDATE "BargainingCase"
SET "votes" = jsonb_build_array(jsonb_build_object(
    'votedOn', to_char("votedOn", 'YYYY-MM-DD'),
    'delegates', "voteDelegates",
    'present', "votePresent",
    'approving', "voteApproving",
    'against', NULL,
    'abstaining', NULL,
    'adopted', true))
WHERE "votedOn" IS NOT NULL;

ALTER TABLE "BargainingCase" DROP CONSTRAINT "BargainingCase_vote";
ALTER TABLE "BargainingCase" DROP COLUMN "votedOn",
DROP COLUMN "voteDelegates",
DROP COLUMN "votePresent",
DROP COLUMN "voteApproving";
ALTER TABLE "BargainingCase" ADD CONSTRAINT "BargainingCase_votes" CHECK (jsonb_typeof("votes") = 'array');
