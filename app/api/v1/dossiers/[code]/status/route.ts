import { AppError } from "@/lib/server/errors";
import { handle, problem } from "@/lib/server/http";
import { clientAddress } from "@/lib/server/rate-limit";
import { trackDossier, trackInputSchema } from "@/lib/server/tracking/track";

export const dynamic = "force-dynamic";

/** GET /api/v1/dossiers/{code}/status?pin= — the public status of a dossier, as on /track. */
export async function GET(request: Request, { params }: { params: Promise<{ code: string }> }) {
  return handle("GET /api/v1/dossiers/{code}/status", async () => {
    const { code } = await params;
    const parsed = trackInputSchema.safeParse({ code: decodeURIComponent(code), pin: new URL(request.url).searchParams.get("pin") ?? "" });
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      return problem(400, "Invalid parameter", { invalidParams: [{ name: String(issue?.path[0] ?? "code"), reason: issue?.message }] });
    }
    try {
      const status = await trackDossier(parsed.data, clientAddress(request.headers));
      return Response.json(status, { headers: { "Cache-Control": "no-store" } });
    } catch (error) {
      if (error instanceof AppError && error.kind === "not_found") return problem(404, "Not found", { detail: "No dossier matches this code and PIN." });
      if (error instanceof AppError && error.kind === "rate_limited") {
        return new Response(JSON.stringify({ type: "about:blank", title: "Too many requests", status: 429 }), {
          status: 429,
          headers: { "Content-Type": "application/problem+json", "Retry-After": "600" },
        });
      }
      throw error;
    }
  });
}
