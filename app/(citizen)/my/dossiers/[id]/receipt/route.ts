import { z } from "zod";
import { getLocale } from "next-intl/server";
import { currentUser } from "@/lib/server/auth/session";
import { getMyDossier } from "@/lib/server/dossiers/mine";
import { renderReceipt } from "@/lib/server/dossiers/receipt";
import { contentDisposition } from "@/lib/server/storage/respond";

export const dynamic = "force-dynamic";

/** The submission receipt (PDF) of the caller's own dossier. */
export async function GET(req: Request, ctx: { params: Promise<{ id: string }> }): Promise<Response> {
  const p = z.object({ id: z.uuid() }).safeParse(await ctx.params);
  const user = await currentUser();
  if (!user) return Response.redirect(new URL(`/sign-in?next=${encodeURIComponent(new URL(req.url).pathname)}`, req.url), 303);
  const mine = p.success ? await getMyDossier(user.id, p.data.id) : null;
  if (!mine) return new Response("Not found", { status: 404 });
  const pdf = await renderReceipt(mine, (await getLocale()) === "en" ? "en" : "vi");
  return new Response(Buffer.from(pdf), {
    headers: {
      "Content-Type": "application/pdf",
      "Content-Disposition": contentDisposition("inline", `bien-nhan-${mine.dossier.code}.pdf`),
      "Cache-Control": "private, no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
}
