/** The JSON API's answers, shaped by the schemas of schemas.ts. */
import { problem } from "@/lib/server/http";
import type { SearchHit, SearchResult } from "./search";
import { procedureUrl } from "./procedure";
import type { InvalidParam, ProcedureList, ProcedureSummary } from "./schemas";

const lower = <T extends string>(v: T) => v.toLowerCase() as Lowercase<T>;

export function toSummary(hit: SearchHit): ProcedureSummary {
  return {
    code: hit.code,
    name: hit.name,
    nameHighlighted: hit.nameHighlighted,
    field: hit.field,
    level: lower(hit.level),
    onlineLevel: lower(hit.onlineLevel),
    audience: lower(hit.audience),
    timeLimit: { text: hit.timeLimitText, workingHours: hit.timeLimitHours },
    url: procedureUrl(hit.code),
  };
}

export function toList(result: SearchResult): ProcedureList {
  return {
    items: result.items.map(toSummary),
    total: result.total,
    page: result.page,
    pageSize: result.pageSize,
    query: result.query,
    didYouMean: result.didYouMean,
    partial: result.partial,
  };
}

export function invalidParams(errors: InvalidParam[]): Response {
  const names = [...new Set(errors.map((e) => e.name))];
  return problem(400, "Invalid parameter", {
    detail: errors.map((e) => `${e.name} ${e.reason}`).join("; "),
    invalidParams: errors,
    ...(names.length === 1 ? { parameter: names[0] } : {}),
  });
}

export function json(body: unknown, cache = "public, max-age=60"): Response {
  return new Response(JSON.stringify(body), {
    status: 200,
    headers: { "Content-Type": "application/json; charset=utf-8", "Cache-Control": cache },
  });
}
