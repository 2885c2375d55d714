import { z } from "zod";
import { currentActor } from "@/lib/server/backoffice/actor";
import { AppError } from "@/lib/server/errors";
import { renderPaymentReceipt } from "@/lib/server/payments/receipt";
import { contentDisposition } from "@/lib/server/storage/respond";

export const dynamic = "force-dynamic";

/** The electronic receipt (biên lai) of a paid payment: the applicant's own, or an officer's in scope. */
export async function GET(req: Request, ctx: { params: Promise<{ id: string }> }): Promise<Response> {
  const p = z.object({ id: z.uuid() }).safeParse(await ctx.params);
  const actor = await currentActor();
  if (!actor) return Response.redirect(new URL(`/sign-in?next=${encodeURIComponent(new URL(req.url).pathname)}`, req.url), 303);
  if (!p.success) return new Response("Not found", { status: 404 });
  try {
    const { bytes, fileName } = await renderPaymentReceipt(actor, p.data.id);
    return new Response(Buffer.from(bytes), {
      headers: {
        "Content-Type": "application/pdf",
        "Content-Disposition": contentDisposition("inline", fileName),
        "Cache-Control": "private, no-store",
        "X-Content-Type-Options": "nosniff",
      },
    });
  } catch (e) {
    if (e instanceof AppError) return new Response("Not found", { status: 404 });
    throw e;
  }
}
