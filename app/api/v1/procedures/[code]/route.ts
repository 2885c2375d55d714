import { AppError } from "@/lib/server/errors";
import { handle, problem } from "@/lib/server/http";
import { getProcedure, json } from "@/lib/server/catalog";

export const dynamic = "force-dynamic";

/** GET /api/v1/procedures/{code} — the whole published record of one procedure. */
export async function GET(_request: Request, { params }: { params: Promise<{ code: string }> }): Promise<Response> {
  return handle("GET /api/v1/procedures/{code}", async () => {
    const { code } = await params;
    try {
      const { publishedAt: _publishedAt, ...record } = await getProcedure(code);
      return json(record);
    } catch (error) {
      if (error instanceof AppError && error.kind === "not_found") {
        return problem(404, "Procedure not found", { detail: "No published procedure has this code.", parameter: "code" });
      }
      throw error;
    }
  });
}
