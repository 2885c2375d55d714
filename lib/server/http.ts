/** Helpers for route handlers: RFC 9457 problem details and safe JSON answers. */
import { AppError, logUnexpected } from "./errors";

export function problem(status: number, title: string, extra: Record<string, unknown> = {}): Response {
  return new Response(JSON.stringify({ type: "about:blank", title, status, ...extra }), {
    status,
    headers: { "Content-Type": "application/problem+json", "Cache-Control": "no-store" },
  });
}

/** Runs a handler; expected errors become problem responses, unexpected ones a 500 with an id. */
export async function handle(context: string, run: () => Promise<Response>): Promise<Response> {
  try {
    return await run();
  } catch (error) {
    if (error instanceof AppError) return problem(error.status, error.messageKey, { ...error.details });
    const id = logUnexpected(error, context);
    return problem(500, "Internal error", { errorId: id });
  }
}

/** decodeURIComponent that answers null for malformed percent-encoding instead of throwing. */
export function safeDecode(value: string): string | null {
  try {
    return decodeURIComponent(value);
  } catch {
    return null;
  }
}
