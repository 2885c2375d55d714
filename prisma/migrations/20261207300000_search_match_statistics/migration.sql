-- Search: statistics for "ProcedureMatch" as soon as it is filled (20261207300000_search_match), so
-- that the planner does not take it for empty and scan it whole until autovacuum analyzes it.
ANALYZE "ProcedureMatch";
