-- Search: names most like a query of words run together ("dangky khaisinh"), in one statement.
-- The trigram operator %> reads its threshold from a setting; this function carries the setting
-- (SET clause), so a search no longer needs a transaction of four round trips to change it.
CREATE FUNCTION "motcua_similar_names"(q text) RETURNS TABLE ("procedureId" uuid, score double precision)
  LANGUAGE sql STABLE PARALLEL SAFE
  SET pg_trgm.word_similarity_threshold = 0.5
  AS $$
    SELECT s."procedureId", (word_similarity(q, s."nameWords") + similarity(q, s."nameWords"))::double precision
      FROM "ProcedureSearch" s
     WHERE s."nameWords" %> q
  $$;
