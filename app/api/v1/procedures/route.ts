import type { NextRequest } from "next/server";
import { AppError } from "@/lib/server/errors";
import { handle } from "@/lib/server/http";
import { invalidParams, json, parseCatalogParams, searchProcedures, toList } from "@/lib/server/catalog";

export const dynamic = "force-dynamic";

/** GET /api/v1/procedures — search and filter the published catalog. */
export async function GET(request: NextRequest): Promise<Response> {
  return handle("GET /api/v1/procedures", async () => {
    const parsed = parseCatalogParams((name) => request.nextUrl.searchParams.getAll(name));
    if (!parsed.ok) return invalidParams(parsed.errors);
    try {
      return json(toList(await searchProcedures(parsed.params)));
    } catch (error) {
      if (error instanceof AppError && error.kind === "validation" && Array.isArray(error.details.invalidParams)) {
        return invalidParams(error.details.invalidParams as Array<{ name: string; reason: string }>);
      }
      throw error;
    }
  });
}
