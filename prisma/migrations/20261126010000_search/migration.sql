-- Search: one document per published procedure and a vocabulary for "did you mean".
-- See docs/search.md.

-- Folding in SQL, identical to foldVietnamese() in lib/domain/search for Vietnamese text.
-- unaccent() is only STABLE (it reads its dictionary by name); naming the dictionary explicitly
-- makes this wrapper safe to declare IMMUTABLE, so it can be used in index expressions.
CREATE FUNCTION "motcua_fold"(text) RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
  AS $$ SELECT lower(public.unaccent('public.unaccent'::regdictionary, $1)) $$;

-- CreateTable
CREATE TABLE "ProcedureSearch" (
    "procedureId" UUID NOT NULL,
    "versionId" UUID NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "fieldId" UUID NOT NULL,
    "level" "Level" NOT NULL,
    "onlineLevel" "OnlineLevel" NOT NULL,
    "audience" "Audience" NOT NULL,
    "agencyIds" UUID[],
    "lifeEventIds" UUID[],
    "timeLimitText" TEXT NOT NULL,
    "timeLimitHours" DOUBLE PRECISION NOT NULL,
    "nameWords" TEXT NOT NULL,
    "bodyWords" TEXT NOT NULL,
    "indexedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "ProcedureSearch_pkey" PRIMARY KEY ("procedureId")
);

CREATE TABLE "SearchWord" (
    "word" TEXT NOT NULL,
    "display" TEXT NOT NULL,
    "inName" BOOLEAN NOT NULL DEFAULT false,
    "frequency" INTEGER NOT NULL DEFAULT 0,
    CONSTRAINT "SearchWord_pkey" PRIMARY KEY ("word")
);

-- CreateIndex
CREATE UNIQUE INDEX "ProcedureSearch_versionId_key" ON "ProcedureSearch"("versionId");
CREATE UNIQUE INDEX "ProcedureSearch_code_key" ON "ProcedureSearch"("code");
CREATE INDEX "ProcedureSearch_fieldId_idx" ON "ProcedureSearch"("fieldId");

-- The text search vectors. The columns already hold folded words, so the 'simple' configuration
-- (no stemming, no stop words) is right. These are PL/pgSQL on purpose: they are not inlined, so
-- their declared COST tells the planner that computing a vector is expensive (it is: ~0.4 ms for
-- a 2 kB body), and it answers from the GIN indexes below instead of scanning the table, however
-- small. A tsquery without phrase operators or weights never needs a recheck of the row.
CREATE FUNCTION "motcua_document"(name_words text, body_words text) RETURNS tsvector
  LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE STRICT COST 5000
  AS $$ BEGIN RETURN to_tsvector('simple'::regconfig, name_words || ' ' || body_words); END $$;
CREATE FUNCTION "motcua_name_vector"(name_words text) RETURNS tsvector
  LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE STRICT COST 1000
  AS $$ BEGIN RETURN to_tsvector('simple'::regconfig, name_words); END $$;

-- Search indexes (not expressible in schema.prisma). Queries must repeat these expressions exactly.
-- Full text over name and body together: every query word must appear somewhere.
CREATE INDEX "ProcedureSearch_document_idx" ON "ProcedureSearch"
  USING gin ("motcua_document"("nameWords", "bodyWords"));
-- Full text over the name alone: suggestions while typing.
CREATE INDEX "ProcedureSearch_name_fts_idx" ON "ProcedureSearch"
  USING gin ("motcua_name_vector"("nameWords"));
-- Trigrams of the name: last resort for queries full text cannot match (merged or broken words).
CREATE INDEX "ProcedureSearch_name_trgm_idx" ON "ProcedureSearch" USING gin ("nameWords" gin_trgm_ops);
-- Filters over agencies and life events.
CREATE INDEX "ProcedureSearch_agencyIds_idx" ON "ProcedureSearch" USING gin ("agencyIds");
CREATE INDEX "ProcedureSearch_lifeEventIds_idx" ON "ProcedureSearch" USING gin ("lifeEventIds");
-- Nearest vocabulary word by trigram distance (KNN), for "did you mean".
CREATE INDEX "SearchWord_word_trgm_idx" ON "SearchWord" USING gist ("word" gist_trgm_ops);
