/** The payment gateway settings: online payment exists only when all four are configured. */
import { config } from "@/lib/config";

export interface GatewaySettings {
  provider: "vnpay";
  merchantCode: string;
  secret: string;
  gatewayUrl: string;
  appUrl: string;
}

export function gatewaySettings(): GatewaySettings | null {
  const c = config();
  if (!c.PAYMENT_PROVIDER || !c.PAYMENT_MERCHANT_CODE || !c.PAYMENT_SECRET || !c.PAYMENT_GATEWAY_URL) return null;
  return { provider: c.PAYMENT_PROVIDER, merchantCode: c.PAYMENT_MERCHANT_CODE, secret: c.PAYMENT_SECRET, gatewayUrl: c.PAYMENT_GATEWAY_URL, appUrl: c.APP_URL };
}

export const returnPath = "/pay/return";
export const notifyPath = "/api/payments/notify";
