import { handle, problem } from "@/lib/server/http";
import { getStatistics, parseStatisticsParams, statisticsCsv } from "@/lib/server/stats";

export const dynamic = "force-dynamic";

/** GET /api/v1/stats?from=&to=&agency=&field=[&format=csv] — the public statistics. */
export async function GET(request: Request) {
  return handle("GET /api/v1/stats", async () => {
    const params = new URL(request.url).searchParams;
    const format = params.get("format") ?? "json";
    if (format !== "json" && format !== "csv") return problem(400, "Invalid parameter", { invalidParams: [{ name: "format", reason: "json or csv" }] });
    const parsed = parseStatisticsParams(params, { strict: true });
    if (!parsed.ok) return problem(400, "Invalid parameter", { invalidParams: [{ name: parsed.param, reason: parsed.reason }] });
    const report = await getStatistics(parsed.query);
    if (format === "csv") {
      return new Response(statisticsCsv(report, params.get("lang") === "en" ? "en" : "vi"), {
        headers: {
          "Content-Type": "text/csv; charset=utf-8",
          "Content-Disposition": `attachment; filename="thong-ke-${report.from}-${report.to}.csv"`,
          "Cache-Control": "public, max-age=60",
        },
      });
    }
    const { agencies: _a, fields: _f, ...body } = report;
    return Response.json(body, { headers: { "Cache-Control": "public, max-age=60" } });
  });
}
