-- A result's number and symbol (số, ký hiệu), given once from a sequence per agency and year.
ALTER TABLE "Dossier" ADD COLUMN "resultNumber" INTEGER,
ADD COLUMN "resultSymbol" TEXT,
ADD COLUMN "resultNumberedAt" TIMESTAMPTZ(3);

CREATE TABLE "ResultNumberSequence" (
    "agencyId" UUID NOT NULL,
    "year" INTEGER NOT NULL,
    "last" INTEGER NOT NULL,
    CONSTRAINT "ResultNumberSequence_pkey" PRIMARY KEY ("agencyId","year")
);

ALTER TABLE "ResultNumberSequence" ADD CONSTRAINT "ResultNumberSequence_agencyId_fkey" FOREIGN KEY ("agencyId") REFERENCES "Agency"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- Counter refusals (refused at the desk, no dossier created) per day, agency and field, for the statistics.
CREATE TABLE "StatRefusalDaily" (
    "day" DATE NOT NULL,
    "agencyId" UUID NOT NULL,
    "fieldId" UUID NOT NULL,
    "refused" INTEGER NOT NULL DEFAULT 0,
    CONSTRAINT "StatRefusalDaily_pkey" PRIMARY KEY ("day","agencyId","fieldId")
);
