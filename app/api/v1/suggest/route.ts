import type { NextRequest } from "next/server";
import { handle } from "@/lib/server/http";
import { invalidParams, json, suggest, suggestParamsSchema } from "@/lib/server/catalog";

export const dynamic = "force-dynamic";

/** GET /api/v1/suggest?q= — procedure names for the search box while typing. */
export async function GET(request: NextRequest): Promise<Response> {
  return handle("GET /api/v1/suggest", async () => {
    const values = request.nextUrl.searchParams.getAll("q");
    if (values.length > 1) return invalidParams([{ name: "q", reason: "must be given once" }]);
    const parsed = suggestParamsSchema.safeParse({ q: values[0] ?? "" });
    if (!parsed.success) return invalidParams(parsed.error.issues.map((i) => ({ name: "q", reason: i.message })));
    const items = await suggest(parsed.data.q);
    return json({ items });
  });
}
