import { config } from "@/lib/config";
import { handleSimulator } from "@/lib/server/payments/simulator";
import { gatewaySettings, notifyPath } from "@/lib/server/payments/settings";

export const dynamic = "force-dynamic";

/** The gateway simulator inside the portal, for the demo and the e2e tests (PAYMENT_SIMULATOR=1 only). */
async function handle(req: Request): Promise<Response> {
  const settings = gatewaySettings();
  if (config().PAYMENT_SIMULATOR !== "1" || !settings) return new Response("Not found", { status: 404 });
  return handleSimulator(req, {
    merchantCode: settings.merchantCode,
    secret: settings.secret,
    notifyUrl: new URL(notifyPath, settings.appUrl).toString(),
    basePath: "/dev/payment-gateway",
  });
}

export const GET = handle;
export const POST = handle;
