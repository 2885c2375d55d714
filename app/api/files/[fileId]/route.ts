/**
 * A dossier's file, only for whoever may see it (its applicant; an officer of the agency that
 * received or holds it), always as an attachment. Anyone else gets the same 404 as for a
 * file that does not exist.
 */
import { z } from "zod";
import { currentUser } from "@/lib/server/auth/session";
import { openDossierFile } from "@/lib/server/dossiers/mine";
import { fileResponse } from "@/lib/server/storage/respond";

export const dynamic = "force-dynamic";

export async function GET(_req: Request, ctx: { params: Promise<{ fileId: string }> }): Promise<Response> {
  const p = z.object({ fileId: z.uuid() }).safeParse(await ctx.params);
  const user = await currentUser();
  const file = p.success && user ? await openDossierFile(user, p.data.fileId) : null;
  if (!file) return new Response("Not found", { status: 404, headers: { "Cache-Control": "no-store" } });
  return fileResponse(file);
}
