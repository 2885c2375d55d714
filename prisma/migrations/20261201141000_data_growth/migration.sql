-- Data growth: what the statistics refresh looks for stays an index range, however many
-- dossiers, ratings and audit records accumulate. (The queue reads "Dossier" by
-- (currentAgencyId, status, dueAt) and tracking by its unique code: both already indexed.)
-- IF NOT EXISTS: another change may add the same index.

-- CreateIndex
CREATE INDEX IF NOT EXISTS "Dossier_updatedAt_idx" ON "Dossier"("updatedAt");

-- CreateIndex
CREATE INDEX IF NOT EXISTS "Dossier_receivedAt_idx" ON "Dossier"("receivedAt");

-- CreateIndex
CREATE INDEX IF NOT EXISTS "Rating_createdAt_idx" ON "Rating"("createdAt");

-- CreateIndex
CREATE INDEX IF NOT EXISTS "AuditLog_createdAt_idx" ON "AuditLog"("createdAt");
