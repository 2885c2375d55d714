-- The service index by its formulas (Quyết định 766/QĐ-TTg) and SIPAS's five factors: ratings that
-- were dissatisfied (overall 1–2 of 5) and, per factor, ratings that were satisfied (4–5 of 5).
ALTER TABLE "StatDaily"
  ADD COLUMN "ratedDissatisfied" INTEGER NOT NULL DEFAULT 0,
  ADD COLUMN "satisfiedAccess" INTEGER NOT NULL DEFAULT 0,
  ADD COLUMN "satisfiedProcedure" INTEGER NOT NULL DEFAULT 0,
  ADD COLUMN "satisfiedOfficers" INTEGER NOT NULL DEFAULT 0,
  ADD COLUMN "satisfiedResult" INTEGER NOT NULL DEFAULT 0,
  ADD COLUMN "satisfiedFeedbackHandling" INTEGER NOT NULL DEFAULT 0;

ALTER TABLE "StatMonthly"
  ADD COLUMN "ratedDissatisfied" INTEGER NOT NULL DEFAULT 0,
  ADD COLUMN "satisfiedAccess" INTEGER NOT NULL DEFAULT 0,
  ADD COLUMN "satisfiedProcedure" INTEGER NOT NULL DEFAULT 0,
  ADD COLUMN "satisfiedOfficers" INTEGER NOT NULL DEFAULT 0,
  ADD COLUMN "satisfiedResult" INTEGER NOT NULL DEFAULT 0,
  ADD COLUMN "satisfiedFeedbackHandling" INTEGER NOT NULL DEFAULT 0;

-- The new columns, and "resultsDigital" now counting only results returned as electronic documents,
-- are filled by a full rebuild: the next refresh makes one when it finds no watermark.
DELETE FROM "Setting" WHERE "key" = 'stats.watermark';
