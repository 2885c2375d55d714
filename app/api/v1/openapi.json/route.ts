import { openApiDocument } from "@/lib/server/catalog/openapi";

// Rendered per request (from a document built once), so that it is also the benchmark's baseline
// of a trivial dynamic route on the same server.
export const dynamic = "force-dynamic";

/** GET /api/v1/openapi.json — the OpenAPI document of the public API. */
export function GET(): Response {
  return new Response(openApiDocument(), {
    headers: { "Content-Type": "application/json; charset=utf-8", "Cache-Control": "public, max-age=300", "Access-Control-Allow-Origin": "*" },
  });
}
