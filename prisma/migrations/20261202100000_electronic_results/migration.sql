-- CreateTable
CREATE TABLE "ElectronicResult" (
    "id" UUID NOT NULL,
    "dossierId" UUID NOT NULL,
    "agencyId" UUID NOT NULL,
    "sourceFileId" UUID,
    "fileId" UUID NOT NULL,
    "year" INTEGER NOT NULL,
    "number" INTEGER NOT NULL,
    "reference" TEXT NOT NULL,
    "sha256" TEXT NOT NULL,
    "signed" BOOLEAN NOT NULL,
    "signerName" TEXT,
    "signerOrganization" TEXT,
    "signedAt" TIMESTAMPTZ(3),
    "issuedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "revokedAt" TIMESTAMPTZ(3),
    "revokedReason" TEXT,
    "revokedById" UUID,

    CONSTRAINT "ElectronicResult_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "ElectronicResult_fileId_key" ON "ElectronicResult"("fileId");

-- CreateIndex
CREATE INDEX "ElectronicResult_dossierId_idx" ON "ElectronicResult"("dossierId");

-- CreateIndex (the number comes from the deciding agency's sequence, which may not be the returning agency)
CREATE INDEX "ElectronicResult_agencyId_year_number_idx" ON "ElectronicResult"("agencyId", "year", "number");

-- AddForeignKey
ALTER TABLE "ElectronicResult" ADD CONSTRAINT "ElectronicResult_dossierId_fkey" FOREIGN KEY ("dossierId") REFERENCES "Dossier"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ElectronicResult" ADD CONSTRAINT "ElectronicResult_fileId_fkey" FOREIGN KEY ("fileId") REFERENCES "DossierFile"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
