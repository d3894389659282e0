-- Bulk import of members: the ID numbers of an import's file, each with the first row holding it, so a
-- person appearing twice in one file is found however far apart the rows are.

-- CreateTable
CREATE TABLE "MemberImportPerson" (
    "importId" TEXT NOT NULL,
    "idNumberHash" TEXT NOT NULL,
    "row" INTEGER NOT NULL,

    CONSTRAINT "MemberImportPerson_pkey" PRIMARY KEY ("importId","idNumberHash")
);

-- AddForeignKey
ALTER TABLE "MemberImportPerson" ADD CONSTRAINT "MemberImportPerson_importId_fkey" FOREIGN KEY ("importId") REFERENCES "MemberImport"("id") ON DELETE CASCADE ON UPDATE CASCADE;
