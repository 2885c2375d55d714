/**
 * A document of the citizen's store, for its owner only, as an attachment. Anyone else gets the
 * same 404 as for a document that does not exist.
 */
import { z } from "zod";
import { currentUser } from "@/lib/server/auth/session";
import { openStoredDocument } from "@/lib/server/document-store/store";
import { fileResponse } from "@/lib/server/storage/respond";

export const dynamic = "force-dynamic";

export async function GET(req: Request, ctx: { params: Promise<{ id: string }> }): Promise<Response> {
  const user = await currentUser();
  if (!user) return Response.redirect(new URL(`/sign-in?next=${encodeURIComponent(new URL(req.url).pathname)}`, req.url), 303);
  const p = z.object({ id: z.uuid() }).safeParse(await ctx.params);
  const file = p.success ? await openStoredDocument(user.id, p.data.id) : null;
  if (!file) return new Response("Not found", { status: 404, headers: { "Cache-Control": "no-store" } });
  return fileResponse(file);
}
