-- Special funds, benefit programs and their ledger (issue 13). Amounts are BIGINT fen. A fund
-- year's "spent" moves with every payment and reversal in the same transaction, and the CHECK
-- keeps 0 ≤ spent ≤ budget: the database refuses spending over budget whatever the code does.
-- One payment per (program, member) and one reversal per payment are unique keys: a run repeated,
-- or two runs at once, pay nobody twice.

-- CreateEnum
CREATE TYPE "AmountPolicy" AS ENUM ('PER_MEMBER', 'FIXED');

-- CreateEnum
CREATE TYPE "LedgerEntryKind" AS ENUM ('PAYMENT', 'REVERSAL');

-- CreateTable
CREATE TABLE "Fund" (
    "id" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "total" BIGINT NOT NULL,
    "fromYear" INTEGER NOT NULL,
    "toYear" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Fund_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "Fund_total_period" CHECK ("total" >= 0 AND "fromYear" <= "toYear")
);

-- CreateTable
CREATE TABLE "FundYear" (
    "fundId" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "budget" BIGINT NOT NULL,
    "spent" BIGINT NOT NULL DEFAULT 0,

    CONSTRAINT "FundYear_pkey" PRIMARY KEY ("fundId","year"),
    CONSTRAINT "FundYear_within_budget" CHECK ("budget" >= 0 AND "spent" >= 0 AND "spent" <= "budget")
);

-- CreateTable
CREATE TABLE "BenefitProgram" (
    "id" TEXT NOT NULL,
    "fundId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "eligibility" TEXT NOT NULL,
    "amountPolicy" "AmountPolicy" NOT NULL,
    "amount" BIGINT NOT NULL,
    "realNameBonus" BIGINT NOT NULL,
    "places" INTEGER,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "BenefitProgram_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "BenefitProgram_amounts" CHECK ("amount" >= 0 AND "realNameBonus" >= 0 AND ("places" IS NULL OR "places" >= 1))
);

-- CreateTable
CREATE TABLE "DisbursementRun" (
    "id" TEXT NOT NULL,
    "programId" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "cutoff" DATE NOT NULL,
    "total" BIGINT NOT NULL,
    "payments" INTEGER NOT NULL,
    "at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "DisbursementRun_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "LedgerEntry" (
    "id" TEXT NOT NULL,
    "fundId" TEXT NOT NULL,
    "programId" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "memberId" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "amount" BIGINT NOT NULL,
    "kind" "LedgerEntryKind" NOT NULL,
    "runId" TEXT,
    "reversesId" TEXT,
    "at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "LedgerEntry_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "LedgerEntry_sign" CHECK (CASE "kind" WHEN 'PAYMENT' THEN "amount" >= 0 AND "reversesId" IS NULL ELSE "amount" <= 0 AND "reversesId" IS NOT NULL END)
);

-- CreateIndex
CREATE INDEX "Fund_organizationId_idx" ON "Fund"("organizationId");

-- CreateIndex
CREATE INDEX "BenefitProgram_fundId_year_idx" ON "BenefitProgram"("fundId", "year");

-- CreateIndex
CREATE INDEX "DisbursementRun_programId_idx" ON "DisbursementRun"("programId");

-- CreateIndex
CREATE UNIQUE INDEX "LedgerEntry_reversesId_key" ON "LedgerEntry"("reversesId");

-- CreateIndex
CREATE INDEX "LedgerEntry_fundId_year_at_idx" ON "LedgerEntry"("fundId", "year", "at");

-- CreateIndex
CREATE INDEX "LedgerEntry_memberId_idx" ON "LedgerEntry"("memberId");

-- CreateIndex
CREATE UNIQUE INDEX "LedgerEntry_programId_memberId_kind_key" ON "LedgerEntry"("programId", "memberId", "kind");

-- AddForeignKey
ALTER TABLE "Fund" ADD CONSTRAINT "Fund_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FundYear" ADD CONSTRAINT "FundYear_fundId_fkey" FOREIGN KEY ("fundId") REFERENCES "Fund"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BenefitProgram" ADD CONSTRAINT "BenefitProgram_fundId_fkey" FOREIGN KEY ("fundId") REFERENCES "Fund"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BenefitProgram" ADD CONSTRAINT "BenefitProgram_fundId_year_fkey" FOREIGN KEY ("fundId", "year") REFERENCES "FundYear"("fundId", "year") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DisbursementRun" ADD CONSTRAINT "DisbursementRun_programId_fkey" FOREIGN KEY ("programId") REFERENCES "BenefitProgram"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DisbursementRun" ADD CONSTRAINT "DisbursementRun_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LedgerEntry" ADD CONSTRAINT "LedgerEntry_fundId_fkey" FOREIGN KEY ("fundId") REFERENCES "Fund"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LedgerEntry" ADD CONSTRAINT "LedgerEntry_programId_fkey" FOREIGN KEY ("programId") REFERENCES "BenefitProgram"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LedgerEntry" ADD CONSTRAINT "LedgerEntry_memberId_fkey" FOREIGN KEY ("memberId") REFERENCES "Member"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LedgerEntry" ADD CONSTRAINT "LedgerEntry_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LedgerEntry" ADD CONSTRAINT "LedgerEntry_runId_fkey" FOREIGN KEY ("runId") REFERENCES "DisbursementRun"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LedgerEntry" ADD CONSTRAINT "LedgerEntry_reversesId_fkey" FOREIGN KEY ("reversesId") REFERENCES "LedgerEntry"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- The ledger is append-only, like the audit log: entries are never changed or removed.
CREATE FUNCTION "ledger_entry_append_only"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'LedgerEntry is append-only: a reversal is a new entry';
END;
$$;

CREATE TRIGGER "LedgerEntry_append_only" BEFORE UPDATE OR DELETE ON "LedgerEntry"
FOR EACH ROW EXECUTE FUNCTION "ledger_entry_append_only"();
