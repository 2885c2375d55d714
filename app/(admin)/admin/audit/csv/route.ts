import { exportAuditCsv, parseAuditFilter } from "@/lib/server/admin/audit-log";
import { currentAdminActor } from "@/lib/server/admin/session";
import { auditInspection } from "@/lib/server/admin/access";

/** CSV of the audit log with the page's filters; "not found" for anybody but administrators and inspectors. */
export async function GET(request: Request): Promise<Response> {
  const actor = await currentAdminActor();
  if (!actor || (actor.role !== "ADMIN" && actor.role !== "INSPECTOR")) return new Response("Not found", { status: 404 });
  const url = new URL(request.url);
  await auditInspection(actor, `${url.pathname}${url.search}`);
  const csv = await exportAuditCsv(actor, parseAuditFilter(Object.fromEntries(url.searchParams)));
  return new Response(csv, {
    headers: { "content-type": "text/csv; charset=utf-8", "content-disposition": 'attachment; filename="nhat-ky-kiem-tra.csv"', "cache-control": "no-store" },
  });
}
