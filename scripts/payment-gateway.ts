/**
 * The payment gateway simulator on loopback (lib/server/payments/simulator.ts), as its own server.
 *   npx tsx scripts/payment-gateway.ts --port 0 --merchant MOTCUA01 --secret <secret> --notify http://127.0.0.1:3000/api/payments/notify
 * Prints the gateway URL to give the portal as PAYMENT_GATEWAY_URL.
 */
import http from "node:http";
import type { AddressInfo } from "node:net";
import { handleSimulator, type SimulatorOptions } from "../lib/server/payments/simulator";

/** Serves the simulator on 127.0.0.1; resolves with its URL and a close function. */
export async function startPaymentGateway(o: Omit<SimulatorOptions, "basePath">, port = 0): Promise<{ url: string; logUrl: string; close: () => Promise<void> }> {
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      const body = chunks.length ? Buffer.concat(chunks) : undefined;
      const request = new Request(`http://${req.headers.host}${req.url}`, { method: req.method, headers: req.headers as Record<string, string>, body: req.method === "GET" ? undefined : body });
      handleSimulator(request, { ...o, basePath: "" })
        .then(async (r) => {
          res.writeHead(r.status, Object.fromEntries(r.headers));
          res.end(Buffer.from(await r.arrayBuffer()));
        })
        .catch((e: unknown) => {
          res.writeHead(500);
          res.end(String(e));
        });
    });
  });
  await new Promise<void>((resolve) => server.listen(port, "127.0.0.1", resolve));
  const { port: actual } = server.address() as AddressInfo;
  const base = `http://127.0.0.1:${actual}`;
  return { url: `${base}/pay`, logUrl: `${base}/log`, close: () => new Promise((r) => server.close(() => r())) };
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split("/").pop()!)) {
  const arg = (name: string, fallback?: string) => {
    const i = process.argv.indexOf(`--${name}`);
    const v = i > 0 ? process.argv[i + 1] : fallback;
    if (!v) throw new Error(`--${name} is required`);
    return v;
  };
  void startPaymentGateway({ merchantCode: arg("merchant", "MOTCUA01"), secret: arg("secret"), notifyUrl: arg("notify") }, Number(arg("port", "0"))).then((g) => {
    console.log(`Payment gateway simulator: ${g.url} (notification answers at ${g.logUrl})`);
  });
}
