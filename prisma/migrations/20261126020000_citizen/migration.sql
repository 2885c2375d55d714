-- Citizen accounts and filing: one-time links, external identities, sign-in throttling,
-- drafts of applications and their uploaded documents.

-- CreateEnum
CREATE TYPE "AuthTokenKind" AS ENUM ('VERIFY_EMAIL', 'RESET_PASSWORD');
CREATE TYPE "DraftStatus" AS ENUM ('DRAFT', 'SUBMITTED');

-- CreateTable
CREATE TABLE "AuthToken" (
    "id" UUID NOT NULL,
    "userId" UUID NOT NULL,
    "kind" "AuthTokenKind" NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "expiresAt" TIMESTAMPTZ(3) NOT NULL,
    "usedAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "AuthToken_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "ExternalIdentity" (
    "provider" TEXT NOT NULL,
    "subject" TEXT NOT NULL,
    "userId" UUID NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "ExternalIdentity_pkey" PRIMARY KEY ("provider","subject")
);

CREATE TABLE "LoginThrottle" (
    "key" TEXT NOT NULL,
    "failures" INTEGER NOT NULL DEFAULT 0,
    "lockedUntil" TIMESTAMPTZ(3),
    "lastFailureAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "LoginThrottle_pkey" PRIMARY KEY ("key")
);

CREATE TABLE "DossierDraft" (
    "id" UUID NOT NULL,
    "userId" UUID NOT NULL,
    "procedureVersionId" UUID NOT NULL,
    "status" "DraftStatus" NOT NULL DEFAULT 'DRAFT',
    "data" JSONB NOT NULL,
    "completedSteps" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "dossierId" UUID,
    "pinSealed" TEXT,
    "expiresAt" TIMESTAMPTZ(3) NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,
    CONSTRAINT "DossierDraft_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "DraftFile" (
    "id" UUID NOT NULL,
    "draftId" UUID NOT NULL,
    "componentId" UUID NOT NULL,
    "originalName" TEXT NOT NULL,
    "storageKey" TEXT NOT NULL,
    "mimeType" TEXT NOT NULL,
    "size" INTEGER NOT NULL,
    "sha256" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "DraftFile_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "AuthToken_tokenHash_key" ON "AuthToken"("tokenHash");
CREATE INDEX "AuthToken_userId_kind_idx" ON "AuthToken"("userId", "kind");
CREATE INDEX "ExternalIdentity_userId_idx" ON "ExternalIdentity"("userId");
CREATE UNIQUE INDEX "DossierDraft_dossierId_key" ON "DossierDraft"("dossierId");
CREATE INDEX "DossierDraft_userId_status_updatedAt_idx" ON "DossierDraft"("userId", "status", "updatedAt");
CREATE INDEX "DossierDraft_expiresAt_idx" ON "DossierDraft"("expiresAt");
CREATE UNIQUE INDEX "DraftFile_storageKey_key" ON "DraftFile"("storageKey");
CREATE UNIQUE INDEX "DraftFile_draftId_componentId_key" ON "DraftFile"("draftId", "componentId");

-- AddForeignKey
ALTER TABLE "AuthToken" ADD CONSTRAINT "AuthToken_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "ExternalIdentity" ADD CONSTRAINT "ExternalIdentity_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "DossierDraft" ADD CONSTRAINT "DossierDraft_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "DossierDraft" ADD CONSTRAINT "DossierDraft_procedureVersionId_fkey" FOREIGN KEY ("procedureVersionId") REFERENCES "ProcedureVersion"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "DossierDraft" ADD CONSTRAINT "DossierDraft_dossierId_fkey" FOREIGN KEY ("dossierId") REFERENCES "Dossier"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "DraftFile" ADD CONSTRAINT "DraftFile_draftId_fkey" FOREIGN KEY ("draftId") REFERENCES "DossierDraft"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "DraftFile" ADD CONSTRAINT "DraftFile_componentId_fkey" FOREIGN KEY ("componentId") REFERENCES "DossierComponent"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
