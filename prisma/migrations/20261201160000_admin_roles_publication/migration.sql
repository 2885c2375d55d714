-- AlterEnum
ALTER TYPE "Role" ADD VALUE 'AGENCY_ADMIN';
ALTER TYPE "Role" ADD VALUE 'INSPECTOR';

-- AlterTable
ALTER TABLE "Procedure" ADD COLUMN     "endedAt" TIMESTAMPTZ(3),
ADD COLUMN     "successorCode" TEXT;

-- AlterTable
ALTER TABLE "ProcedureVersion" ADD COLUMN     "decisionNumber" TEXT,
ADD COLUMN     "decisionSigner" TEXT,
ADD COLUMN     "scheduledAt" TIMESTAMPTZ(3);

-- CreateIndex
CREATE INDEX "ProcedureVersion_scheduledAt_idx" ON "ProcedureVersion"("scheduledAt");
