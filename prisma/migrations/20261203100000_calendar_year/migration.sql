-- CreateTable
CREATE TABLE "CalendarYear" (
    "year" INTEGER NOT NULL,
    "confirmedAt" TIMESTAMPTZ(3) NOT NULL,
    "confirmedById" UUID,

    CONSTRAINT "CalendarYear_pkey" PRIMARY KEY ("year")
);
