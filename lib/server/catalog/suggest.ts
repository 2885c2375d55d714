/** suggest: procedure names for the search box while the person types (the last word as a prefix). */
import { readDb } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { highlight, type HighlightSegment } from "@/lib/domain/search";
import { loadDictionary } from "./dictionary";
import { procedureUrl } from "./procedure";
import { planQuery } from "./query-plan";

export interface Suggestion {
  code: string;
  name: string;
  url: string;
  nameHighlighted: HighlightSegment[];
}

const LIMIT = 8;

export async function suggest(q: string): Promise<Suggestion[]> {
  const plan = planQuery(q, await loadDictionary());
  if (plan.tokens.length === 0 || plan.text.length < 2) return [];
  const rows = await readDb().$queryRaw<Array<{ code: string; name: string }>>`
    SELECT s.code, s.name
      FROM "ProcedureSearch" s
     WHERE s."nameVector" @@ to_tsquery('simple'::regconfig, ${plan.prefix})
     ORDER BY CASE WHEN EXISTS (SELECT 1 FROM unnest(${plan.phrases}::text[]) p
                                 WHERE strpos(s."nameWords", rtrim(p)) > 0) THEN 0 ELSE 1 END,
              length(s."nameWords"), s.code
     LIMIT ${Prisma.raw(String(LIMIT))}`;
  return rows.map((r) => ({ ...r, url: procedureUrl(r.code), nameHighlighted: highlight(r.name, plan.highlightTerms) }));
}
