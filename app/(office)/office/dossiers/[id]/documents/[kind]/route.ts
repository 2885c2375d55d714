import { currentActor } from "@/lib/server/backoffice/actor";
import { renderOfficialDocument } from "@/lib/server/documents/official";
import { handle, problem } from "@/lib/server/http";

/** An official form of the dossier as PDF, for an officer in scope (or the applicant); otherwise 404. */
export async function GET(_req: Request, { params }: { params: Promise<{ id: string; kind: string }> }): Promise<Response> {
  return handle("office.document", async () => {
    const actor = await currentActor();
    if (!actor) return problem(401, "errors.unauthenticated");
    const { id, kind } = await params;
    const { bytes, fileName } = await renderOfficialDocument(actor, id, kind);
    return new Response(new Uint8Array(bytes), {
      headers: {
        "Content-Type": "application/pdf",
        "Content-Disposition": `inline; filename*=UTF-8''${encodeURIComponent(fileName)}`,
        "Cache-Control": "private, no-store",
      },
    });
  });
}
