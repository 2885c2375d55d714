-- Back office: processing steps inside IN_PROCESSING, inter-agency route position, the legal
-- clock's stops and the extension date; search indexes for the officers' queue.

-- CreateEnum
CREATE TYPE "ProcessingStep" AS ENUM ('AWAITING_ASSIGNMENT', 'EXAMINING', 'PROPOSED', 'APPROVED');

-- AlterTable
ALTER TABLE "Dossier" ADD COLUMN "step" "ProcessingStep",
ADD COLUMN "routeIndex" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN "stageDueAt" TIMESTAMPTZ(3),
ADD COLUMN "extendedDueAt" TIMESTAMPTZ(3),
ADD COLUMN "pausedAt" TIMESTAMPTZ(3),
ADD COLUMN "resumeStatus" "DossierStatus",
ADD COLUMN "pauses" JSONB NOT NULL DEFAULT '[]',
ADD COLUMN "supplementCount" INTEGER NOT NULL DEFAULT 0;

-- The queue's search by applicant name: substring of the folded name (no diacritics, lower case,
-- motcua_fold from the search migration), trigram index. Dossier code and citizen ID are exact
-- matches on their btree indexes.
CREATE INDEX "Dossier_applicantName_fold_trgm_idx" ON "Dossier" USING gin ("motcua_fold"("applicantName") gin_trgm_ops);
