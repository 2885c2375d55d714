import { statisticsQuerySchema, type StatisticsQuery } from "./query";

export type ParamResult = { ok: true; query: StatisticsQuery } | { ok: false; param: string; reason: string };

const KNOWN = ["from", "to", "agency", "field"] as const;

/**
 * Reads the statistics filters from URL parameters. Empty values mean "not set" (a GET form sends
 * them); unknown parameters are refused by the API (strict) and ignored by the page.
 */
export function parseStatisticsParams(params: URLSearchParams, { strict }: { strict: boolean }): ParamResult {
  const raw: Record<string, string> = {};
  for (const [key, value] of params) {
    if (!(KNOWN as readonly string[]).includes(key)) {
      if (strict && key !== "format" && key !== "lang") return { ok: false, param: key, reason: "unknown parameter" };
      continue;
    }
    if (params.getAll(key).length > 1) return { ok: false, param: key, reason: "given more than once" };
    if (value.trim() !== "") raw[key] = value.trim();
  }
  const parsed = statisticsQuerySchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return { ok: false, param: String(issue?.path[0] ?? "query"), reason: issue?.message ?? "invalid" };
  }
  return { ok: true, query: parsed.data };
}
