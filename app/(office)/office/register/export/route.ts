import { getLocale } from "next-intl/server";
import { currentActor } from "@/lib/server/backoffice/actor";
import { exportRegister, registerQuerySchema } from "@/lib/server/backoffice/register";
import { handle, problem } from "@/lib/server/http";

/** The register as a CSV or XLSX download (GET form on /office/register). */
export async function GET(req: Request): Promise<Response> {
  return handle("office.register", async () => {
    const actor = await currentActor();
    if (!actor) return problem(401, "errors.unauthenticated");
    const params = Object.fromEntries(new URL(req.url).searchParams);
    const parsed = registerQuerySchema.safeParse({ from: params.from || undefined, to: params.to || undefined, format: params.format || undefined });
    if (!parsed.success) return problem(400, "office.errors.invalidInput");
    const { bytes, contentType, fileName } = await exportRegister(actor, parsed.data, await getLocale());
    return new Response(new Uint8Array(bytes), {
      headers: { "Content-Type": contentType, "Content-Disposition": `attachment; filename="${fileName}"`, "Cache-Control": "private, no-store" },
    });
  });
}
