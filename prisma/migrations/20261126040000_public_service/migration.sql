-- CreateEnum
CREATE TYPE "FeedbackTarget" AS ENUM ('PROCEDURE', 'AGENCY', 'DOSSIER');
CREATE TYPE "FeedbackStatus" AS ENUM ('OPEN', 'ANSWERED', 'REOPENED', 'CLOSED');

-- CreateTable
CREATE TABLE "RateLimitBucket" (
    "key" TEXT NOT NULL,
    "windowStart" TIMESTAMPTZ(3) NOT NULL,
    "count" INTEGER NOT NULL DEFAULT 0,
    CONSTRAINT "RateLimitBucket_pkey" PRIMARY KEY ("key","windowStart")
);

CREATE TABLE "Rating" (
    "id" UUID NOT NULL,
    "dossierId" UUID NOT NULL,
    "userId" UUID NOT NULL,
    "agencyId" UUID NOT NULL,
    "access" INTEGER NOT NULL,
    "procedure" INTEGER NOT NULL,
    "officers" INTEGER NOT NULL,
    "result" INTEGER NOT NULL,
    "feedbackHandling" INTEGER NOT NULL,
    "overall" INTEGER NOT NULL,
    "contacts" INTEGER NOT NULL,
    "agenciesVisited" INTEGER NOT NULL,
    "comment" TEXT NOT NULL DEFAULT '',
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Rating_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "Rating_scores_check" CHECK ("access" BETWEEN 1 AND 5 AND "procedure" BETWEEN 1 AND 5 AND "officers" BETWEEN 1 AND 5
      AND "result" BETWEEN 1 AND 5 AND "feedbackHandling" BETWEEN 1 AND 5 AND "overall" BETWEEN 1 AND 5
      AND "contacts" BETWEEN 0 AND 99 AND "agenciesVisited" BETWEEN 0 AND 99)
);

CREATE TABLE "Feedback" (
    "id" UUID NOT NULL,
    "code" TEXT NOT NULL,
    "senderId" UUID NOT NULL,
    "target" "FeedbackTarget" NOT NULL,
    "procedureId" UUID,
    "dossierId" UUID,
    "agencyId" UUID NOT NULL,
    "subject" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "status" "FeedbackStatus" NOT NULL DEFAULT 'OPEN',
    "dueAt" TIMESTAMPTZ(3) NOT NULL,
    "answer" TEXT,
    "answeredAt" TIMESTAMPTZ(3),
    "answeredById" UUID,
    "answeredOnTime" BOOLEAN,
    "reopenedAt" TIMESTAMPTZ(3),
    "reopenReason" TEXT,
    "published" BOOLEAN NOT NULL DEFAULT false,
    "publicSubject" TEXT,
    "publicBody" TEXT,
    "publicAnswer" TEXT,
    "publishedAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,
    CONSTRAINT "Feedback_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "FeedbackFile" (
    "id" UUID NOT NULL,
    "feedbackId" UUID NOT NULL,
    "originalName" TEXT NOT NULL,
    "storageKey" TEXT NOT NULL,
    "mimeType" TEXT NOT NULL,
    "size" INTEGER NOT NULL,
    "sha256" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "FeedbackFile_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "StatDaily" (
    "day" DATE NOT NULL,
    "agencyId" UUID NOT NULL,
    "fieldId" UUID NOT NULL,
    "receivedOnline" INTEGER NOT NULL DEFAULT 0,
    "receivedCounter" INTEGER NOT NULL DEFAULT 0,
    "receivedPost" INTEGER NOT NULL DEFAULT 0,
    "finishedEarly" INTEGER NOT NULL DEFAULT 0,
    "finishedOnTime" INTEGER NOT NULL DEFAULT 0,
    "finishedLate" INTEGER NOT NULL DEFAULT 0,
    "resultsDigital" INTEGER NOT NULL DEFAULT 0,
    "rated" INTEGER NOT NULL DEFAULT 0,
    "ratedSatisfied" INTEGER NOT NULL DEFAULT 0,
    CONSTRAINT "StatDaily_pkey" PRIMARY KEY ("day","agencyId","fieldId")
);

CREATE TABLE "StatOpen" (
    "agencyId" UUID NOT NULL,
    "fieldId" UUID NOT NULL,
    "openWithin" INTEGER NOT NULL DEFAULT 0,
    "openOverdue" INTEGER NOT NULL DEFAULT 0,
    CONSTRAINT "StatOpen_pkey" PRIMARY KEY ("agencyId","fieldId")
);

CREATE TABLE "StatFeedbackDaily" (
    "day" DATE NOT NULL,
    "agencyId" UUID NOT NULL,
    "received" INTEGER NOT NULL DEFAULT 0,
    "answered" INTEGER NOT NULL DEFAULT 0,
    "answeredOnTime" INTEGER NOT NULL DEFAULT 0,
    CONSTRAINT "StatFeedbackDaily_pkey" PRIMARY KEY ("day","agencyId")
);

-- CreateIndex
CREATE INDEX "RateLimitBucket_windowStart_idx" ON "RateLimitBucket"("windowStart");
CREATE UNIQUE INDEX "Rating_dossierId_key" ON "Rating"("dossierId");
CREATE INDEX "Rating_agencyId_createdAt_idx" ON "Rating"("agencyId", "createdAt");
CREATE UNIQUE INDEX "Feedback_code_key" ON "Feedback"("code");
CREATE INDEX "Feedback_agencyId_status_dueAt_idx" ON "Feedback"("agencyId", "status", "dueAt");
CREATE INDEX "Feedback_senderId_createdAt_idx" ON "Feedback"("senderId", "createdAt");
CREATE INDEX "Feedback_published_publishedAt_idx" ON "Feedback"("published", "publishedAt");
CREATE UNIQUE INDEX "FeedbackFile_storageKey_key" ON "FeedbackFile"("storageKey");
CREATE INDEX "FeedbackFile_feedbackId_idx" ON "FeedbackFile"("feedbackId");
CREATE INDEX "StatDaily_agencyId_day_idx" ON "StatDaily"("agencyId", "day");

-- AddForeignKey
ALTER TABLE "Rating" ADD CONSTRAINT "Rating_dossierId_fkey" FOREIGN KEY ("dossierId") REFERENCES "Dossier"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "Rating" ADD CONSTRAINT "Rating_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "Feedback" ADD CONSTRAINT "Feedback_senderId_fkey" FOREIGN KEY ("senderId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "Feedback" ADD CONSTRAINT "Feedback_answeredById_fkey" FOREIGN KEY ("answeredById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "Feedback" ADD CONSTRAINT "Feedback_agencyId_fkey" FOREIGN KEY ("agencyId") REFERENCES "Agency"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "Feedback" ADD CONSTRAINT "Feedback_procedureId_fkey" FOREIGN KEY ("procedureId") REFERENCES "Procedure"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "Feedback" ADD CONSTRAINT "Feedback_dossierId_fkey" FOREIGN KEY ("dossierId") REFERENCES "Dossier"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "FeedbackFile" ADD CONSTRAINT "FeedbackFile_feedbackId_fkey" FOREIGN KEY ("feedbackId") REFERENCES "Feedback"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- A rating, once given, is the applicant's word: it cannot be changed or removed.
CREATE TRIGGER "Rating_append_only" BEFORE UPDATE OR DELETE ON "Rating"
  FOR EACH ROW EXECUTE FUNCTION "refuse_change"();

-- Full-text search over published feedback (public list).
CREATE INDEX "Feedback_public_search_idx" ON "Feedback"
  USING gin (to_tsvector('simple', "motcua_fold"(coalesce("publicSubject", '') || ' ' || coalesce("publicBody", ''))))
  WHERE "published";
