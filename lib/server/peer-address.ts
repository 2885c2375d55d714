/**
 * Next.js does not give route handlers, server actions or the proxy the socket's address, and it keeps
 * a client-written X-Forwarded-For as is. This hook, installed once per server process by
 * instrumentation.ts, writes the socket address into a header of its own on every incoming request,
 * overwriting whatever a client sent under that name, so `clientAddress()` can trust it.
 */
import net from "node:net";

export const PEER_HEADER = "x-motcua-peer";

let installed = false;

export function installPeerAddressHook(): void {
  if (installed) return;
  installed = true;
  const proto = net.Server.prototype as unknown as { emit: (event: string | symbol, ...args: unknown[]) => boolean };
  const original = proto.emit;
  proto.emit = function emit(this: net.Server, event: string | symbol, ...args: unknown[]) {
    if (event === "request") {
      const req = args[0] as { headers?: Record<string, string | string[] | undefined>; socket?: net.Socket } | undefined;
      if (req?.headers) req.headers[PEER_HEADER] = req.socket?.remoteAddress ?? "";
    }
    return original.call(this, event, ...args);
  };
}
