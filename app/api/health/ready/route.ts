import { checkReadiness } from "@/lib/server/health";

export const dynamic = "force-dynamic";

/** Readiness: the database answers and every migration is applied; 503 otherwise (or while stopping). */
export async function GET() {
  const health = await checkReadiness();
  return Response.json(health, { status: health.status === "ok" ? 200 : 503, headers: { "Cache-Control": "no-store" } });
}
