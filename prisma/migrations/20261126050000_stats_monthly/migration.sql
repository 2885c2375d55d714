-- CreateTable
CREATE TABLE "StatMonthly" (
    "month" DATE NOT NULL,
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
    CONSTRAINT "StatMonthly_pkey" PRIMARY KEY ("month","agencyId","fieldId")
);
