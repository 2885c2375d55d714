import { auditInspection } from "@/lib/server/admin/access";
import { exportCatalog } from "@/lib/server/admin/catalog-transfer";
import { currentAdminActor } from "@/lib/server/admin/session";

/** The catalog as JSON (the import's shape); "not found" for anybody but administrators and inspectors. */
export async function GET(request: Request): Promise<Response> {
  const actor = await currentAdminActor();
  if (!actor || (actor.role !== "ADMIN" && actor.role !== "INSPECTOR")) return new Response("Not found", { status: 404 });
  await auditInspection(actor, new URL(request.url).pathname);
  const body = JSON.stringify(await exportCatalog(actor), null, 2);
  const day = new Date().toISOString().slice(0, 10);
  return new Response(body, {
    headers: { "content-type": "application/json; charset=utf-8", "content-disposition": `attachment; filename="danh-muc-thu-tuc-${day}.json"`, "cache-control": "no-store" },
  });
}
