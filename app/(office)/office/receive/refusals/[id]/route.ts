import { currentActor } from "@/lib/server/backoffice/actor";
import { getCounterRefusal } from "@/lib/server/backoffice/counter";
import { renderCounterRefusal } from "@/lib/server/documents/official";
import { handle, problem } from "@/lib/server/http";

/** The refusal slip (Mẫu 03) of an on-the-spot refusal, for the desk that made it; otherwise 404. */
export async function GET(_req: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  return handle("office.counterRefusal", async () => {
    const actor = await currentActor();
    if (!actor) return problem(401, "errors.unauthenticated");
    const { id } = await params;
    const { bytes, fileName } = await renderCounterRefusal(await getCounterRefusal(actor, id));
    return new Response(new Uint8Array(bytes), {
      headers: {
        "Content-Type": "application/pdf",
        "Content-Disposition": `inline; filename*=UTF-8''${encodeURIComponent(fileName)}`,
        "Cache-Control": "private, no-store",
      },
    });
  });
}
