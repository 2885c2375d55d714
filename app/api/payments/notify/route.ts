import { paramsOf } from "@/lib/domain/payments";
import { logUnexpected } from "@/lib/server/errors";
import { handleGatewayNotification } from "@/lib/server/payments/payments";

export const dynamic = "force-dynamic";

/**
 * The gateway's server-to-server notification (IPN): signed parameters in the query string (GET)
 * or a form body (POST); answered in the gateway's JSON format, always with HTTP 200.
 */
async function answer(params: Record<string, string>): Promise<Response> {
  try {
    return Response.json(await handleGatewayNotification(params), { headers: { "Cache-Control": "no-store" } });
  } catch (e) {
    logUnexpected(e, "payment.notify");
    return Response.json({ RspCode: "99", Message: "Unknown error" }, { headers: { "Cache-Control": "no-store" } });
  }
}

export async function GET(req: Request): Promise<Response> {
  return answer(paramsOf(new URL(req.url).searchParams));
}

export async function POST(req: Request): Promise<Response> {
  const body = (await req.text().catch(() => "")).slice(0, 20_000);
  return answer(paramsOf(new URLSearchParams(body)));
}
