import { z } from "zod";
import { currentUser } from "@/lib/server/auth/session";
import { AppError } from "@/lib/server/errors";
import { handle, problem, safeDecode } from "@/lib/server/http";
import { clientAddress } from "@/lib/server/rate-limit";
import { trackDossier, trackInputSchema } from "@/lib/server/tracking/track";

export const dynamic = "force-dynamic";

const PIN_HEADER = "x-tracking-pin";
const WHERE_PIN = `Send the tracking PIN in the body of a POST (JSON {"pin":"123456"}) or in the X-Tracking-Pin header, never in the URL.`;

const bodySchema = z.object({ pin: z.string().max(50) });

async function answer(request: Request, rawCode: string, pin: string | null): Promise<Response> {
  const code = safeDecode(rawCode);
  if (code === null) return problem(400, "Invalid parameter", { invalidParams: [{ name: "code", reason: "tracking.errors.trackCodeFormat" }] });
  if (pin === null) return problem(400, "Missing PIN", { detail: WHERE_PIN, invalidParams: [{ name: "pin", reason: "tracking.errors.trackPinFormat" }] });
  const parsed = trackInputSchema.safeParse({ code, pin });
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return problem(400, "Invalid parameter", { invalidParams: [{ name: String(issue?.path[0] ?? "code"), reason: issue?.message }] });
  }
  try {
    const viewer = await currentUser();
    const status = await trackDossier(parsed.data, clientAddress(request.headers), viewer?.id ?? null);
    return Response.json(status, { headers: { "Cache-Control": "no-store" } });
  } catch (error) {
    if (error instanceof AppError && error.kind === "not_found") return problem(404, "Not found", { detail: "No dossier matches this code and PIN." });
    if (error instanceof AppError && error.kind === "rate_limited") {
      return new Response(JSON.stringify({ type: "about:blank", title: "Too many requests", status: 429 }), {
        status: 429,
        headers: { "Content-Type": "application/problem+json", "Cache-Control": "no-store", "Retry-After": "900" },
      });
    }
    throw error;
  }
}

/** GET /api/v1/dossiers/{code}/status with the PIN in the X-Tracking-Pin header. A PIN in the URL is refused. */
export async function GET(request: Request, { params }: { params: Promise<{ code: string }> }) {
  return handle("GET /api/v1/dossiers/{code}/status", async () => {
    const { code } = await params;
    if (new URL(request.url).searchParams.has("pin")) {
      return problem(400, "PIN in the URL", { detail: WHERE_PIN, invalidParams: [{ name: "pin", reason: "The PIN must not be sent in the URL." }] });
    }
    return answer(request, code, request.headers.get(PIN_HEADER));
  });
}

/** POST /api/v1/dossiers/{code}/status with JSON {"pin": "123456"} (or the X-Tracking-Pin header). */
export async function POST(request: Request, { params }: { params: Promise<{ code: string }> }) {
  return handle("POST /api/v1/dossiers/{code}/status", async () => {
    const { code } = await params;
    if (new URL(request.url).searchParams.has("pin")) {
      return problem(400, "PIN in the URL", { detail: WHERE_PIN, invalidParams: [{ name: "pin", reason: "The PIN must not be sent in the URL." }] });
    }
    let pin = request.headers.get(PIN_HEADER);
    if (pin === null) {
      const text = (await request.text().catch(() => "")).slice(0, 2000);
      let body: unknown = null;
      try {
        body = text ? JSON.parse(text) : null;
      } catch {
        return problem(400, "Invalid body", { detail: WHERE_PIN });
      }
      const parsed = bodySchema.safeParse(body);
      if (!parsed.success) return problem(400, "Invalid body", { detail: WHERE_PIN, invalidParams: [{ name: "pin", reason: "tracking.errors.trackPinFormat" }] });
      pin = parsed.data.pin;
    }
    return answer(request, code, pin);
  });
}
