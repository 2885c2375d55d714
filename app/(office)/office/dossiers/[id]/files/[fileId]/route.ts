import { currentActor } from "@/lib/server/backoffice/actor";
import { readDossierFile } from "@/lib/server/backoffice/files";
import { handle, problem } from "@/lib/server/http";

/** A dossier's document, shown in the browser (inline) to an officer in scope; otherwise 404. */
export async function GET(_req: Request, { params }: { params: Promise<{ id: string; fileId: string }> }): Promise<Response> {
  return handle("office.file", async () => {
    const actor = await currentActor();
    if (!actor) return problem(401, "errors.unauthenticated");
    const { id, fileId } = await params;
    const { meta, bytes } = await readDossierFile(actor, id, fileId);
    const inline = ["application/pdf", "image/jpeg", "image/png"].includes(meta.mimeType);
    return new Response(new Uint8Array(bytes), {
      headers: {
        "Content-Type": meta.mimeType,
        "Content-Disposition": `${inline ? "inline" : "attachment"}; filename*=UTF-8''${encodeURIComponent(meta.originalName)}`,
        "Cache-Control": "private, no-store",
        "X-Content-Type-Options": "nosniff",
        "Content-Security-Policy": "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; sandbox",
      },
    });
  });
}
