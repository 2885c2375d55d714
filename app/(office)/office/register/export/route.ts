import { getLocale } from "next-intl/server";
import { readDate } from "@/lib/domain/calendar-date";
import { currentActor } from "@/lib/server/backoffice/actor";
import { exportRegister, registerQuerySchema } from "@/lib/server/backoffice/register";
import { handle, problem } from "@/lib/server/http";

/**
 * The register as a CSV or XLSX download (GET form on /office/register, dates as day / month / year;
 * a link may give them as from=YYYY-MM-DD). A wrong date sends the officer back to the form, which
 * shows what was typed and says what is wrong.
 */
export async function GET(req: Request): Promise<Response> {
  return handle("office.register", async () => {
    const actor = await currentActor();
    if (!actor) return problem(401, "errors.unauthenticated");
    const url = new URL(req.url);
    const from = readDate(url.searchParams, "from");
    const to = readDate(url.searchParams, "to");
    if (!from.valid || !to.valid) {
      const back = new URLSearchParams({ from: from.value, to: to.value, format: url.searchParams.get("format") ?? "", error: "date" });
      return new Response(null, { status: 303, headers: { Location: `/office/register?${back}`, "Cache-Control": "no-store" } });
    }
    const format = url.searchParams.get("format");
    const parsed = registerQuerySchema.safeParse({ from: from.value || undefined, to: to.value || undefined, format: format || undefined });
    if (!parsed.success) return problem(400, "office.errors.invalidInput");
    const { bytes, contentType, fileName } = await exportRegister(actor, parsed.data, await getLocale());
    return new Response(new Uint8Array(bytes), {
      headers: { "Content-Type": contentType, "Content-Disposition": `attachment; filename="${fileName}"`, "Cache-Control": "private, no-store" },
    });
  });
}
