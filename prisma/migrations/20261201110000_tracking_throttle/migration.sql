-- CreateTable
CREATE TABLE "TrackingThrottle" (
    "key" TEXT NOT NULL,
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "windowStart" TIMESTAMPTZ(3) NOT NULL,
    "nextAttemptAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "TrackingThrottle_pkey" PRIMARY KEY ("key")
);

-- CreateIndex
CREATE INDEX "TrackingThrottle_windowStart_idx" ON "TrackingThrottle"("windowStart");
