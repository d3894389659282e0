-- One round of each number per election: startNextRound from the same counted round twice no longer
-- makes two rounds (the store also refuses it under the round's lock), so an election has at most
-- core's ROUNDS_MAX rounds and `Election.rounds` is priced at that.
DROP INDEX "Election_firstRoundId_round_idx";

-- CreateIndex
CREATE UNIQUE INDEX "Election_firstRoundId_round_key" ON "Election"("firstRoundId", "round");
