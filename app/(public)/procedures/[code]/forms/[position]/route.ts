import { AppError } from "@/lib/server/errors";
import { handle, problem } from "@/lib/server/http";
import { getFormTemplate } from "@/lib/server/catalog";

export const dynamic = "force-dynamic";

/** GET /procedures/{code}/forms/{position} — the blank form of a dossier component, to download. */
export async function GET(_request: Request, { params }: { params: Promise<{ code: string; position: string }> }): Promise<Response> {
  return handle("GET /procedures/{code}/forms/{position}", async () => {
    const { code, position } = await params;
    try {
      const n = /^\d{1,3}$/.test(position) ? Number(position) : -1;
      let decoded = code;
      try {
        decoded = decodeURIComponent(code);
      } catch {
        // Not percent-encoded after all: use it as given (the code's own check refuses bad ones).
      }
      const { fileName, body } = await getFormTemplate(decoded, n);
      return new Response(body, {
        headers: {
          "Content-Type": "application/rtf; charset=us-ascii",
          "Content-Disposition": `attachment; filename="${fileName}"`,
          "Cache-Control": "public, max-age=3600",
        },
      });
    } catch (error) {
      if (error instanceof AppError && error.kind === "not_found") return problem(404, "Form not found");
      throw error;
    }
  });
}
