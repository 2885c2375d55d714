-- AlterEnum
ALTER TYPE "TimeUnit" ADD VALUE 'SAME_DAY';

-- AlterTable
ALTER TABLE "ProcedureVersion" ADD COLUMN     "sameDayCutoff" TEXT,
ADD COLUMN     "sameDayReturnBy" TEXT;

-- AlterTable
ALTER TABLE "Dossier" ADD COLUMN     "pinSealed" TEXT,
ADD COLUMN     "receptionDueAt" TIMESTAMPTZ(3);

-- CreateTable
CREATE TABLE "CounterRefusal" (
    "id" UUID NOT NULL,
    "code" TEXT NOT NULL,
    "agencyId" UUID NOT NULL,
    "procedureVersionId" UUID NOT NULL,
    "officerId" UUID NOT NULL,
    "channel" "Channel" NOT NULL,
    "applicantName" TEXT NOT NULL,
    "applicantCitizenId" TEXT,
    "applicant" JSONB NOT NULL,
    "reason" TEXT NOT NULL,
    "items" JSONB NOT NULL DEFAULT '[]',
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CounterRefusal_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "CounterRefusal_code_key" ON "CounterRefusal"("code");

-- CreateIndex
CREATE INDEX "CounterRefusal_agencyId_createdAt_idx" ON "CounterRefusal"("agencyId", "createdAt");
