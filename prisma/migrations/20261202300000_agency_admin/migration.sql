-- AlterTable
ALTER TABLE "Agency" ADD COLUMN     "dissolvedAt" TIMESTAMPTZ(3),
ADD COLUMN     "mergedAt" TIMESTAMPTZ(3),
ADD COLUMN     "openingHours" TEXT NOT NULL DEFAULT '';

-- CreateTable
CREATE TABLE "AgencyFormerName" (
    "id" UUID NOT NULL,
    "agencyId" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL,
    "until" TIMESTAMPTZ(3) NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AgencyFormerName_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "AgencyFormerName_agencyId_until_idx" ON "AgencyFormerName"("agencyId", "until");

-- AddForeignKey
ALTER TABLE "AgencyFormerName" ADD CONSTRAINT "AgencyFormerName_agencyId_fkey" FOREIGN KEY ("agencyId") REFERENCES "Agency"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
