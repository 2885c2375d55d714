-- The client address (as derived by clientAddress(): the socket, or the nearest address no trusted proxy added)
-- of the request that made each audited change; null for changes made by scheduled jobs.
ALTER TABLE "AuditLog" ADD COLUMN "clientAddress" TEXT;
