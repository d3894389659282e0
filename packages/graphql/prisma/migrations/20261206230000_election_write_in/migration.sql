-- An elected write-in of a chained election, named on certification: the member who takes the seat,
-- or (no member) someone who takes none, whose seat goes to a further round (core's identifyWriteIn).
ALTER TYPE "CandidacyStatus" ADD VALUE 'WRITTEN_IN';
