-- Chained elections (issue 12): a unit's delegates, a congress's committee, a committee's chair.
-- What an election is chained to (checked by core's checkElectionChain when drafted; the rows it
-- names are never deleted), and the delegate attributes recorded with a delegates' candidacy.
ALTER TYPE "ElectedBody" ADD VALUE 'DELEGATES';

ALTER TABLE "Election" ADD COLUMN "termId" TEXT;
ALTER TABLE "Election" ADD COLUMN "unitId" TEXT;
ALTER TABLE "Election" ADD COLUMN "committeeId" TEXT;

ALTER TABLE "Candidacy" ADD COLUMN "delegate" JSONB;
