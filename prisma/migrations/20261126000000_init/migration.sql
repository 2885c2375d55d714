-- Extensions used by search (unaccent, trigram similarity) and ids.
CREATE EXTENSION IF NOT EXISTS "unaccent";
CREATE EXTENSION IF NOT EXISTS "pg_trgm";

-- CreateEnum
CREATE TYPE "AgencyKind" AS ENUM ('PROVINCE_COMMITTEE', 'DEPARTMENT', 'COMMUNE', 'SERVICE_CENTER', 'POLICE', 'SOCIAL_INSURANCE');
CREATE TYPE "Level" AS ENUM ('PROVINCE', 'COMMUNE');
CREATE TYPE "Audience" AS ENUM ('CITIZEN', 'BUSINESS', 'BOTH');
CREATE TYPE "OnlineLevel" AS ENUM ('FULL', 'PARTIAL', 'NONE');
CREATE TYPE "TimeUnit" AS ENUM ('WORKING_DAY', 'WORKING_HOUR', 'CALENDAR_DAY');
CREATE TYPE "VersionStatus" AS ENUM ('DRAFT', 'PUBLISHED', 'SUPERSEDED');
CREATE TYPE "EffectStatus" AS ENUM ('IN_EFFECT', 'NOT_YET_IN_EFFECT', 'EXPIRED');
CREATE TYPE "ProcedureAgencyRole" AS ENUM ('IMPLEMENTING', 'DECIDING');
CREATE TYPE "DocumentForm" AS ENUM ('ORIGINAL', 'COPY', 'CERTIFIED_COPY', 'ORIGINAL_OR_COPY', 'PRESENT_ORIGINAL');
CREATE TYPE "Role" AS ENUM ('CITIZEN', 'RECEPTION', 'SPECIALIST', 'LEADER', 'ADMIN');
CREATE TYPE "DossierStatus" AS ENUM ('NEW', 'RECEIVED', 'NOT_RECEIVED', 'IN_PROCESSING', 'SUPPLEMENT_REQUESTED', 'FINANCIAL_OBLIGATION_REQUESTED', 'WITHDRAWAL_REQUESTED', 'STOPPED', 'PROCESSED', 'RESULT_RETURNED', 'WITHDRAWN');
CREATE TYPE "Channel" AS ENUM ('ONLINE', 'COUNTER', 'POST');
CREATE TYPE "FileKind" AS ENUM ('SUBMISSION', 'SUPPLEMENT', 'RESULT', 'ATTACHMENT');
CREATE TYPE "CalendarDayKind" AS ENUM ('HOLIDAY', 'DAY_OFF', 'WORKING_DAY');

-- CreateTable
CREATE TABLE "Agency" (
    "id" UUID NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL,
    "kind" "AgencyKind" NOT NULL,
    "parentId" UUID,
    "path" TEXT NOT NULL,
    "address" TEXT NOT NULL DEFAULT '',
    "phone" TEXT NOT NULL DEFAULT '',
    "email" TEXT NOT NULL DEFAULT '',
    "active" BOOLEAN NOT NULL DEFAULT true,
    "mergedIntoId" UUID,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,
    CONSTRAINT "Agency_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "Field" (
    "id" UUID NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL,
    CONSTRAINT "Field_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "LifeEvent" (
    "id" UUID NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    CONSTRAINT "LifeEvent_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "Procedure" (
    "id" UUID NOT NULL,
    "code" TEXT NOT NULL,
    "fieldId" UUID NOT NULL,
    "currentVersionId" UUID,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Procedure_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "ProcedureVersion" (
    "id" UUID NOT NULL,
    "procedureId" UUID NOT NULL,
    "version" INTEGER NOT NULL,
    "status" "VersionStatus" NOT NULL DEFAULT 'DRAFT',
    "name" TEXT NOT NULL,
    "level" "Level" NOT NULL,
    "audience" "Audience" NOT NULL,
    "onlineLevel" "OnlineLevel" NOT NULL,
    "channels" TEXT[],
    "conditions" TEXT NOT NULL DEFAULT '',
    "steps" JSONB NOT NULL,
    "numberOfSets" INTEGER NOT NULL DEFAULT 1,
    "timeLimitValue" DECIMAL(8,2) NOT NULL,
    "timeLimitUnit" "TimeUnit" NOT NULL,
    "timeLimitText" TEXT NOT NULL,
    "fees" JSONB NOT NULL,
    "result" TEXT NOT NULL,
    "legalBasis" JSONB NOT NULL,
    "effectStatus" "EffectStatus" NOT NULL DEFAULT 'IN_EFFECT',
    "locationIndependent" BOOLEAN NOT NULL DEFAULT false,
    "publishedBy" TEXT NOT NULL DEFAULT '',
    "publishedOn" DATE,
    "publishedAt" TIMESTAMPTZ(3),
    "formSchema" JSONB,
    "route" JSONB,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "ProcedureVersion_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "ProcedureAgency" (
    "versionId" UUID NOT NULL,
    "agencyId" UUID NOT NULL,
    "role" "ProcedureAgencyRole" NOT NULL,
    CONSTRAINT "ProcedureAgency_pkey" PRIMARY KEY ("versionId","agencyId","role")
);

CREATE TABLE "ProcedureLifeEvent" (
    "versionId" UUID NOT NULL,
    "lifeEventId" UUID NOT NULL,
    CONSTRAINT "ProcedureLifeEvent_pkey" PRIMARY KEY ("versionId","lifeEventId")
);

CREATE TABLE "DossierComponent" (
    "id" UUID NOT NULL,
    "versionId" UUID NOT NULL,
    "position" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "form" "DocumentForm" NOT NULL,
    "count" INTEGER NOT NULL DEFAULT 1,
    "required" BOOLEAN NOT NULL DEFAULT true,
    "templateName" TEXT,
    "note" TEXT NOT NULL DEFAULT '',
    "acceptedTypes" TEXT[] DEFAULT ARRAY['application/pdf', 'image/jpeg', 'image/png', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document']::TEXT[],
    "maxSizeMb" INTEGER NOT NULL DEFAULT 10,
    CONSTRAINT "DossierComponent_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "SearchSynonym" (
    "id" UUID NOT NULL,
    "term" TEXT NOT NULL,
    "expansions" TEXT[],
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "SearchSynonym_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "User" (
    "id" UUID NOT NULL,
    "email" TEXT,
    "phone" TEXT,
    "passwordHash" TEXT,
    "fullName" TEXT NOT NULL,
    "role" "Role" NOT NULL DEFAULT 'CITIZEN',
    "agencyId" UUID,
    "emailVerifiedAt" TIMESTAMPTZ(3),
    "dateOfBirth" DATE,
    "citizenId" TEXT,
    "address" TEXT NOT NULL DEFAULT '',
    "provinceName" TEXT NOT NULL DEFAULT '',
    "communeName" TEXT NOT NULL DEFAULT '',
    "failedLogins" INTEGER NOT NULL DEFAULT 0,
    "lockedUntil" TIMESTAMPTZ(3),
    "active" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,
    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "Dossier" (
    "id" UUID NOT NULL,
    "code" TEXT NOT NULL,
    "pinHash" TEXT NOT NULL,
    "procedureVersionId" UUID NOT NULL,
    "applicantId" UUID,
    "applicant" JSONB NOT NULL,
    "applicantName" TEXT NOT NULL,
    "applicantCitizenId" TEXT,
    "onBehalf" BOOLEAN NOT NULL DEFAULT false,
    "channel" "Channel" NOT NULL,
    "status" "DossierStatus" NOT NULL DEFAULT 'NEW',
    "receivingAgencyId" UUID NOT NULL,
    "currentAgencyId" UUID NOT NULL,
    "assigneeId" UUID,
    "answers" JSONB NOT NULL,
    "idempotencyKey" TEXT,
    "submittedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "receivedAt" TIMESTAMPTZ(3),
    "dueAt" TIMESTAMPTZ(3),
    "finishedAt" TIMESTAMPTZ(3),
    "version" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,
    CONSTRAINT "Dossier_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "DossierCodeSequence" (
    "agencyId" UUID NOT NULL,
    "day" DATE NOT NULL,
    "last" INTEGER NOT NULL,
    CONSTRAINT "DossierCodeSequence_pkey" PRIMARY KEY ("agencyId","day")
);

CREATE TABLE "DossierFile" (
    "id" UUID NOT NULL,
    "dossierId" UUID NOT NULL,
    "componentId" UUID,
    "kind" "FileKind" NOT NULL,
    "originalName" TEXT NOT NULL,
    "storageKey" TEXT NOT NULL,
    "mimeType" TEXT NOT NULL,
    "size" INTEGER NOT NULL,
    "sha256" TEXT NOT NULL,
    "uploadedById" UUID,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "DossierFile_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "StatusEvent" (
    "id" BIGSERIAL NOT NULL,
    "dossierId" UUID NOT NULL,
    "action" TEXT NOT NULL,
    "fromStatus" "DossierStatus",
    "toStatus" "DossierStatus" NOT NULL,
    "actorId" UUID,
    "actorRole" "Role",
    "agencyId" UUID,
    "reason" TEXT,
    "data" JSONB,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "StatusEvent_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "CalendarDay" (
    "date" DATE NOT NULL,
    "kind" "CalendarDayKind" NOT NULL,
    "name" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL DEFAULT '',
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,
    CONSTRAINT "CalendarDay_pkey" PRIMARY KEY ("date")
);

CREATE TABLE "Setting" (
    "key" TEXT NOT NULL,
    "value" JSONB NOT NULL,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,
    CONSTRAINT "Setting_pkey" PRIMARY KEY ("key")
);

CREATE TABLE "AuditLog" (
    "id" BIGSERIAL NOT NULL,
    "actorId" UUID,
    "action" TEXT NOT NULL,
    "entity" TEXT NOT NULL,
    "entityId" TEXT,
    "data" JSONB,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "AuditLog_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Agency_code_key" ON "Agency"("code");
CREATE INDEX "Agency_parentId_idx" ON "Agency"("parentId");
CREATE INDEX "Agency_path_idx" ON "Agency"("path");
CREATE UNIQUE INDEX "Field_code_key" ON "Field"("code");
CREATE UNIQUE INDEX "LifeEvent_code_key" ON "LifeEvent"("code");
CREATE UNIQUE INDEX "Procedure_code_key" ON "Procedure"("code");
CREATE UNIQUE INDEX "Procedure_currentVersionId_key" ON "Procedure"("currentVersionId");
CREATE INDEX "Procedure_fieldId_idx" ON "Procedure"("fieldId");
CREATE INDEX "ProcedureVersion_status_idx" ON "ProcedureVersion"("status");
CREATE UNIQUE INDEX "ProcedureVersion_procedureId_version_key" ON "ProcedureVersion"("procedureId", "version");
CREATE INDEX "ProcedureAgency_agencyId_idx" ON "ProcedureAgency"("agencyId");
CREATE INDEX "ProcedureLifeEvent_lifeEventId_idx" ON "ProcedureLifeEvent"("lifeEventId");
CREATE UNIQUE INDEX "DossierComponent_versionId_position_key" ON "DossierComponent"("versionId", "position");
CREATE UNIQUE INDEX "SearchSynonym_term_key" ON "SearchSynonym"("term");
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");
CREATE UNIQUE INDEX "User_phone_key" ON "User"("phone");
CREATE INDEX "User_agencyId_role_idx" ON "User"("agencyId", "role");
CREATE UNIQUE INDEX "Dossier_code_key" ON "Dossier"("code");
CREATE UNIQUE INDEX "Dossier_idempotencyKey_key" ON "Dossier"("idempotencyKey");
CREATE INDEX "Dossier_currentAgencyId_status_dueAt_idx" ON "Dossier"("currentAgencyId", "status", "dueAt");
CREATE INDEX "Dossier_applicantId_createdAt_idx" ON "Dossier"("applicantId", "createdAt");
CREATE INDEX "Dossier_receivingAgencyId_submittedAt_idx" ON "Dossier"("receivingAgencyId", "submittedAt");
CREATE INDEX "Dossier_applicantCitizenId_idx" ON "Dossier"("applicantCitizenId");
CREATE UNIQUE INDEX "DossierFile_storageKey_key" ON "DossierFile"("storageKey");
CREATE INDEX "DossierFile_dossierId_idx" ON "DossierFile"("dossierId");
CREATE INDEX "StatusEvent_dossierId_id_idx" ON "StatusEvent"("dossierId", "id");
CREATE INDEX "AuditLog_entity_entityId_idx" ON "AuditLog"("entity", "entityId");
CREATE INDEX "AuditLog_actorId_createdAt_idx" ON "AuditLog"("actorId", "createdAt");

-- AddForeignKey
ALTER TABLE "Agency" ADD CONSTRAINT "Agency_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "Agency"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "Agency" ADD CONSTRAINT "Agency_mergedIntoId_fkey" FOREIGN KEY ("mergedIntoId") REFERENCES "Agency"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "Procedure" ADD CONSTRAINT "Procedure_fieldId_fkey" FOREIGN KEY ("fieldId") REFERENCES "Field"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "Procedure" ADD CONSTRAINT "Procedure_currentVersionId_fkey" FOREIGN KEY ("currentVersionId") REFERENCES "ProcedureVersion"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "ProcedureVersion" ADD CONSTRAINT "ProcedureVersion_procedureId_fkey" FOREIGN KEY ("procedureId") REFERENCES "Procedure"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "ProcedureAgency" ADD CONSTRAINT "ProcedureAgency_versionId_fkey" FOREIGN KEY ("versionId") REFERENCES "ProcedureVersion"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "ProcedureAgency" ADD CONSTRAINT "ProcedureAgency_agencyId_fkey" FOREIGN KEY ("agencyId") REFERENCES "Agency"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "ProcedureLifeEvent" ADD CONSTRAINT "ProcedureLifeEvent_versionId_fkey" FOREIGN KEY ("versionId") REFERENCES "ProcedureVersion"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "ProcedureLifeEvent" ADD CONSTRAINT "ProcedureLifeEvent_lifeEventId_fkey" FOREIGN KEY ("lifeEventId") REFERENCES "LifeEvent"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "DossierComponent" ADD CONSTRAINT "DossierComponent_versionId_fkey" FOREIGN KEY ("versionId") REFERENCES "ProcedureVersion"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "User" ADD CONSTRAINT "User_agencyId_fkey" FOREIGN KEY ("agencyId") REFERENCES "Agency"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "Dossier" ADD CONSTRAINT "Dossier_procedureVersionId_fkey" FOREIGN KEY ("procedureVersionId") REFERENCES "ProcedureVersion"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "Dossier" ADD CONSTRAINT "Dossier_applicantId_fkey" FOREIGN KEY ("applicantId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "Dossier" ADD CONSTRAINT "Dossier_assigneeId_fkey" FOREIGN KEY ("assigneeId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "Dossier" ADD CONSTRAINT "Dossier_receivingAgencyId_fkey" FOREIGN KEY ("receivingAgencyId") REFERENCES "Agency"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "Dossier" ADD CONSTRAINT "Dossier_currentAgencyId_fkey" FOREIGN KEY ("currentAgencyId") REFERENCES "Agency"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "DossierCodeSequence" ADD CONSTRAINT "DossierCodeSequence_agencyId_fkey" FOREIGN KEY ("agencyId") REFERENCES "Agency"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "DossierFile" ADD CONSTRAINT "DossierFile_dossierId_fkey" FOREIGN KEY ("dossierId") REFERENCES "Dossier"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "DossierFile" ADD CONSTRAINT "DossierFile_componentId_fkey" FOREIGN KEY ("componentId") REFERENCES "DossierComponent"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "DossierFile" ADD CONSTRAINT "DossierFile_uploadedById_fkey" FOREIGN KEY ("uploadedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "StatusEvent" ADD CONSTRAINT "StatusEvent_dossierId_fkey" FOREIGN KEY ("dossierId") REFERENCES "Dossier"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "StatusEvent" ADD CONSTRAINT "StatusEvent_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "StatusEvent" ADD CONSTRAINT "StatusEvent_agencyId_fkey" FOREIGN KEY ("agencyId") REFERENCES "Agency"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "AuditLog" ADD CONSTRAINT "AuditLog_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- Rules the database keeps itself ------------------------------------------------------

-- The history of a dossier is append-only.
CREATE FUNCTION "refuse_change"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION '% on % is not allowed: the record is append-only', TG_OP, TG_TABLE_NAME
    USING ERRCODE = 'insufficient_privilege';
END $$;

CREATE TRIGGER "StatusEvent_append_only" BEFORE UPDATE OR DELETE ON "StatusEvent"
  FOR EACH ROW EXECUTE FUNCTION "refuse_change"();
CREATE TRIGGER "StatusEvent_no_truncate" BEFORE TRUNCATE ON "StatusEvent"
  FOR EACH STATEMENT EXECUTE FUNCTION "refuse_change"();
CREATE TRIGGER "AuditLog_append_only" BEFORE UPDATE OR DELETE ON "AuditLog"
  FOR EACH ROW EXECUTE FUNCTION "refuse_change"();

-- A published procedure version is immutable; the only change allowed is to supersede it.
CREATE FUNCTION "procedure_version_immutable"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    IF OLD."status" <> 'DRAFT' THEN
      RAISE EXCEPTION 'a published procedure version cannot be deleted' USING ERRCODE = 'insufficient_privilege';
    END IF;
    RETURN OLD;
  END IF;
  IF OLD."status" <> 'DRAFT' THEN
    IF (to_jsonb(NEW) - 'status') IS DISTINCT FROM (to_jsonb(OLD) - 'status')
       OR NOT (OLD."status" = 'PUBLISHED' AND NEW."status" IN ('PUBLISHED', 'SUPERSEDED')) THEN
      RAISE EXCEPTION 'a published procedure version is immutable' USING ERRCODE = 'insufficient_privilege';
    END IF;
  END IF;
  RETURN NEW;
END $$;

CREATE TRIGGER "ProcedureVersion_immutable" BEFORE UPDATE OR DELETE ON "ProcedureVersion"
  FOR EACH ROW EXECUTE FUNCTION "procedure_version_immutable"();

-- Components, agencies and life events of a published version are part of it too.
CREATE FUNCTION "procedure_version_child_immutable"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  vid UUID;
  st "VersionStatus";
BEGIN
  vid := CASE WHEN TG_OP = 'DELETE' THEN OLD."versionId" ELSE NEW."versionId" END;
  SELECT "status" INTO st FROM "ProcedureVersion" WHERE "id" = vid;
  IF st IS NOT NULL AND st <> 'DRAFT' THEN
    RAISE EXCEPTION 'a published procedure version is immutable' USING ERRCODE = 'insufficient_privilege';
  END IF;
  IF TG_OP = 'DELETE' THEN RETURN OLD; END IF;
  RETURN NEW;
END $$;

CREATE TRIGGER "DossierComponent_immutable" BEFORE INSERT OR UPDATE OR DELETE ON "DossierComponent"
  FOR EACH ROW EXECUTE FUNCTION "procedure_version_child_immutable"();
CREATE TRIGGER "ProcedureAgency_immutable" BEFORE INSERT OR UPDATE OR DELETE ON "ProcedureAgency"
  FOR EACH ROW EXECUTE FUNCTION "procedure_version_child_immutable"();
CREATE TRIGGER "ProcedureLifeEvent_immutable" BEFORE INSERT OR UPDATE OR DELETE ON "ProcedureLifeEvent"
  FOR EACH ROW EXECUTE FUNCTION "procedure_version_child_immutable"();
