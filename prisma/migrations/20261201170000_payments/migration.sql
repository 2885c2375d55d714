-- CreateEnum
CREATE TYPE "PaymentStatus" AS ENUM ('PENDING', 'PAID', 'CANCELLED', 'FAILED', 'EXPIRED');

-- CreateEnum
CREATE TYPE "PaymentMethod" AS ENUM ('ONLINE', 'CASH', 'CARD');

-- CreateTable
CREATE TABLE "PaymentRequest" (
    "id" UUID NOT NULL,
    "dossierId" UUID NOT NULL,
    "orderRef" TEXT NOT NULL,
    "amount" INTEGER NOT NULL,
    "description" TEXT NOT NULL,
    "legalBasis" TEXT NOT NULL DEFAULT '',
    "dueAt" TIMESTAMPTZ(3),
    "status" "PaymentStatus" NOT NULL DEFAULT 'PENDING',
    "method" "PaymentMethod",
    "providerRef" TEXT,
    "receiptNumber" TEXT,
    "paidAt" TIMESTAMPTZ(3),
    "createdById" UUID,
    "recordedById" UUID,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "PaymentRequest_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PaymentNotification" (
    "id" BIGSERIAL NOT NULL,
    "requestId" UUID,
    "orderRef" TEXT NOT NULL,
    "outcome" TEXT NOT NULL,
    "answer" TEXT NOT NULL,
    "params" JSONB NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PaymentNotification_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "PaymentRequest_orderRef_key" ON "PaymentRequest"("orderRef");

-- CreateIndex
CREATE UNIQUE INDEX "PaymentRequest_receiptNumber_key" ON "PaymentRequest"("receiptNumber");

-- CreateIndex
CREATE INDEX "PaymentRequest_dossierId_idx" ON "PaymentRequest"("dossierId");

-- CreateIndex
CREATE INDEX "PaymentRequest_status_paidAt_idx" ON "PaymentRequest"("status", "paidAt");

-- CreateIndex
CREATE UNIQUE INDEX "PaymentRequest_method_providerRef_key" ON "PaymentRequest"("method", "providerRef");

-- CreateIndex
CREATE INDEX "PaymentNotification_orderRef_idx" ON "PaymentNotification"("orderRef");

-- AddForeignKey
ALTER TABLE "PaymentRequest" ADD CONSTRAINT "PaymentRequest_dossierId_fkey" FOREIGN KEY ("dossierId") REFERENCES "Dossier"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PaymentNotification" ADD CONSTRAINT "PaymentNotification_requestId_fkey" FOREIGN KEY ("requestId") REFERENCES "PaymentRequest"("id") ON DELETE SET NULL ON UPDATE CASCADE;

