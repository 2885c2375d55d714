-- CreateEnum
CREATE TYPE "StoredDocumentSource" AS ENUM ('ISSUED', 'DIGITISED');

-- CreateTable
CREATE TABLE "StoredDocument" (
    "id" UUID NOT NULL,
    "ownerId" UUID NOT NULL,
    "kind" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "issuer" TEXT NOT NULL,
    "number" TEXT NOT NULL DEFAULT '',
    "issuedOn" DATE,
    "source" "StoredDocumentSource" NOT NULL,
    "storageKey" TEXT NOT NULL,
    "originalName" TEXT NOT NULL,
    "mimeType" TEXT NOT NULL,
    "size" INTEGER NOT NULL,
    "sha256" TEXT NOT NULL,
    "dossierId" UUID,
    "dossierFileId" UUID,
    "confirmedById" UUID,
    "removedAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "StoredDocument_pkey" PRIMARY KEY ("id")
);

-- AlterTable
ALTER TABLE "DossierFile" ADD COLUMN "storedDocumentId" UUID;

-- AlterTable
ALTER TABLE "DraftFile" ADD COLUMN "storedDocumentId" UUID;

-- CreateIndex
CREATE UNIQUE INDEX "StoredDocument_storageKey_key" ON "StoredDocument"("storageKey");

-- CreateIndex
CREATE UNIQUE INDEX "StoredDocument_dossierFileId_key" ON "StoredDocument"("dossierFileId");

-- CreateIndex
CREATE INDEX "StoredDocument_ownerId_kind_idx" ON "StoredDocument"("ownerId", "kind");

-- CreateIndex
CREATE INDEX "StoredDocument_dossierId_idx" ON "StoredDocument"("dossierId");

-- CreateIndex
CREATE INDEX "DossierFile_storedDocumentId_idx" ON "DossierFile"("storedDocumentId");

-- AddForeignKey
ALTER TABLE "StoredDocument" ADD CONSTRAINT "StoredDocument_ownerId_fkey" FOREIGN KEY ("ownerId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StoredDocument" ADD CONSTRAINT "StoredDocument_dossierId_fkey" FOREIGN KEY ("dossierId") REFERENCES "Dossier"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StoredDocument" ADD CONSTRAINT "StoredDocument_dossierFileId_fkey" FOREIGN KEY ("dossierFileId") REFERENCES "DossierFile"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DossierFile" ADD CONSTRAINT "DossierFile_storedDocumentId_fkey" FOREIGN KEY ("storedDocumentId") REFERENCES "StoredDocument"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DraftFile" ADD CONSTRAINT "DraftFile_storedDocumentId_fkey" FOREIGN KEY ("storedDocumentId") REFERENCES "StoredDocument"("id") ON DELETE SET NULL ON UPDATE CASCADE;
