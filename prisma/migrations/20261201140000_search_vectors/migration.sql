-- Search: the text search vectors are stored columns instead of index expressions.
-- A GIN scan of a query with several words (AND) may return rows to recheck; the recheck then
-- evaluated the indexed expression (to_tsvector of the whole document, ~40 µs a row), which made
-- a broad query (2,000 matches) cost ~75 ms. A stored vector is rechecked in a microsecond, and
-- the planner's estimates become honest. See docs/search.md.

-- AlterTable
ALTER TABLE "ProcedureSearch"
  ADD COLUMN "document" tsvector GENERATED ALWAYS AS (to_tsvector('simple'::regconfig, "nameWords" || ' ' || "bodyWords")) STORED,
  ADD COLUMN "nameVector" tsvector GENERATED ALWAYS AS (to_tsvector('simple'::regconfig, "nameWords")) STORED;

DROP INDEX "ProcedureSearch_document_idx";
DROP INDEX "ProcedureSearch_name_fts_idx";
CREATE INDEX "ProcedureSearch_document_idx" ON "ProcedureSearch" USING gin ("document");
CREATE INDEX "ProcedureSearch_name_fts_idx" ON "ProcedureSearch" USING gin ("nameVector");
