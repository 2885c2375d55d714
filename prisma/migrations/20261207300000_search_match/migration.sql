-- Search: "ProcedureMatch", the narrow part of the search index that every query reads.
--
-- A query matches the full-text vector and ranks on the folded name; it used to read those from
-- "ProcedureSearch", whose rows (~900 bytes: display name, time limit text, agency ids, two vectors
-- with word positions) fill ~9 rows a page. A broad first-time query (5,000 of 10,000 procedures)
-- visited ~1,150 heap pages just to count and rank its matches. This table holds one row per
-- procedure with only what matching, ranking, the common filters and sorting need, and the vector
-- without positions (strip(): no query uses positions — no phrase operator, no ts_rank), ~3 times
-- denser. The display columns of the page's ~20 rows are then read from "ProcedureSearch".
--
-- It is kept in step with "ProcedureSearch" by the statement triggers below, in the same
-- transaction (so under the indexing lock of reindexCatalog/indexProcedure). See docs/search.md.

-- CreateTable
CREATE TABLE "ProcedureMatch" (
    "procedureId" UUID NOT NULL,
    "code" TEXT NOT NULL,
    "nameWords" TEXT NOT NULL,
    "fieldId" UUID NOT NULL,
    "level" "Level" NOT NULL,
    "onlineLevel" "OnlineLevel" NOT NULL,
    "audience" "Audience" NOT NULL,
    "timeLimitHours" DOUBLE PRECISION NOT NULL,
    "document" tsvector NOT NULL,
    CONSTRAINT "ProcedureMatch_pkey" PRIMARY KEY ("procedureId")
);

-- Full text over name and body (the query's match), the code typed exactly (OR'ed with it), and the
-- order of browsing without a query.
CREATE INDEX "ProcedureMatch_document_idx" ON "ProcedureMatch" USING gin ("document");
CREATE INDEX "ProcedureMatch_code_idx" ON "ProcedureMatch" ("code");
CREATE INDEX "ProcedureMatch_nameWords_idx" ON "ProcedureMatch" ("nameWords", "code");

CREATE FUNCTION "motcua_match_upsert"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO "ProcedureMatch" ("procedureId", "code", "nameWords", "fieldId", "level", "onlineLevel", "audience", "timeLimitHours", "document")
  SELECT n."procedureId", n."code", n."nameWords", n."fieldId", n."level", n."onlineLevel", n."audience", n."timeLimitHours",
         strip(to_tsvector('simple'::regconfig, n."nameWords" || ' ' || n."bodyWords"))
    FROM new_rows n
  ON CONFLICT ("procedureId") DO UPDATE SET
    "code" = EXCLUDED."code", "nameWords" = EXCLUDED."nameWords", "fieldId" = EXCLUDED."fieldId", "level" = EXCLUDED."level",
    "onlineLevel" = EXCLUDED."onlineLevel", "audience" = EXCLUDED."audience", "timeLimitHours" = EXCLUDED."timeLimitHours",
    "document" = EXCLUDED."document";
  RETURN NULL;
END $$;

CREATE FUNCTION "motcua_match_delete"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM "ProcedureMatch" m USING old_rows o WHERE m."procedureId" = o."procedureId";
  RETURN NULL;
END $$;

CREATE FUNCTION "motcua_match_truncate"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  TRUNCATE "ProcedureMatch";
  RETURN NULL;
END $$;

CREATE TRIGGER "ProcedureSearch_match_insert" AFTER INSERT ON "ProcedureSearch"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "motcua_match_upsert"();
CREATE TRIGGER "ProcedureSearch_match_update" AFTER UPDATE ON "ProcedureSearch"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "motcua_match_upsert"();
CREATE TRIGGER "ProcedureSearch_match_delete" AFTER DELETE ON "ProcedureSearch"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "motcua_match_delete"();
CREATE TRIGGER "ProcedureSearch_match_truncate" AFTER TRUNCATE ON "ProcedureSearch"
  FOR EACH STATEMENT EXECUTE FUNCTION "motcua_match_truncate"();

-- The index as it stands.
INSERT INTO "ProcedureMatch" ("procedureId", "code", "nameWords", "fieldId", "level", "onlineLevel", "audience", "timeLimitHours", "document")
SELECT s."procedureId", s."code", s."nameWords", s."fieldId", s."level", s."onlineLevel", s."audience", s."timeLimitHours",
       strip(to_tsvector('simple'::regconfig, s."nameWords" || ' ' || s."bodyWords"))
  FROM "ProcedureSearch" s;
