export const dynamic = "force-dynamic";

/** Liveness: the process answers. No database call, so a database outage never restarts the app. */
export function GET() {
  return Response.json({ status: "ok", time: new Date().toISOString() }, { headers: { "Cache-Control": "no-store" } });
}
