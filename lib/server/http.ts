/** Helpers for route handlers: RFC 9457 problem details and safe JSON answers. */
import { AppError, logUnexpected } from "./errors";
import { observeRequest } from "./metrics";

export function problem(status: number, title: string, extra: Record<string, unknown> = {}): Response {
  return new Response(JSON.stringify({ type: "about:blank", title, status, ...extra }), {
    status,
    headers: { "Content-Type": "application/problem+json", "Cache-Control": "no-store" },
  });
}

/** The request id set by the reverse proxy (nginx: X-Request-Id), when there is a request. */
async function requestId(): Promise<string | undefined> {
  try {
    const { headers } = await import("next/headers");
    return (await headers()).get("x-request-id")?.slice(0, 64) ?? undefined;
  } catch {
    return undefined;
  }
}

/** Runs a handler; expected errors become problem responses, unexpected ones a 500 with an id. */
export async function handle(context: string, run: () => Promise<Response>): Promise<Response> {
  const started = performance.now();
  let response: Response;
  try {
    response = await run();
  } catch (error) {
    if (error instanceof AppError) response = problem(error.status, error.messageKey, { ...error.details });
    else response = problem(500, "Internal error", { errorId: logUnexpected(error, context, await requestId()) });
  }
  observeRequest(context, response.status, (performance.now() - started) / 1000);
  return response;
}

/** decodeURIComponent that answers null for malformed percent-encoding instead of throwing. */
export function safeDecode(value: string): string | null {
  try {
    return decodeURIComponent(value);
  } catch {
    return null;
  }
}
