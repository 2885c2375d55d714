/**
 * The client's address, derived in one place: the socket address, or — behind trusted reverse
 * proxies — the nearest address in X-Forwarded-For that a trusted proxy did not add. Entries a
 * client writes itself (the left end of X-Forwarded-For) are never believed.
 */
import { BlockList, isIP } from "node:net";

export type TrustedProxies = { kind: "none" } | { kind: "hops"; hops: number } | { kind: "ranges"; list: BlockList };

/** Parses the TRUSTED_PROXIES setting: "" (none), a hop count, or comma-separated addresses/CIDR ranges. */
export function parseTrustedProxies(value: string): TrustedProxies {
  const v = value.trim();
  if (v === "" || v === "0") return { kind: "none" };
  if (/^\d+$/.test(v)) return { kind: "hops", hops: Number(v) };
  const list = new BlockList();
  for (const part of v.split(",").map((p) => p.trim()).filter(Boolean)) {
    const [addr = "", bits] = part.split("/");
    const family = isIP(addr);
    if (family === 0) throw new Error(`TRUSTED_PROXIES: "${part}" is not an address or range.`);
    const type = family === 6 ? "ipv6" : "ipv4";
    if (bits === undefined) list.addAddress(addr, type);
    else list.addSubnet(addr, Number(bits), type);
  }
  return { kind: "ranges", list };
}

/** "::ffff:1.2.3.4" → "1.2.3.4"; strips brackets and a port some proxies add ("1.2.3.4:5678", "[::1]:80"). */
export function normalizeAddress(raw: string): string | null {
  let a = raw.trim();
  const bracket = /^\[([^\]]+)\](?::\d+)?$/.exec(a);
  if (bracket) a = bracket[1]!;
  else if (/^\d+\.\d+\.\d+\.\d+:\d+$/.test(a)) a = a.slice(0, a.lastIndexOf(":"));
  if (a.toLowerCase().startsWith("::ffff:") && isIP(a.slice(7)) === 4) a = a.slice(7);
  return isIP(a) ? a.toLowerCase() : null;
}

function trusted(list: BlockList, address: string): boolean {
  return list.check(address, isIP(address) === 6 ? "ipv6" : "ipv4");
}

/**
 * @param peer the socket address the server saw (null when unknown)
 * @param forwardedFor the X-Forwarded-For header as received (null when absent)
 */
export function deriveClientAddress(peer: string | null, forwardedFor: string | null, proxies: TrustedProxies): string {
  const socket = peer ? normalizeAddress(peer) : null;
  if (!socket) return "unknown";
  if (proxies.kind === "none") return socket;
  const chain = [...(forwardedFor ?? "").split(",").map((e) => e.trim()).filter(Boolean), socket];
  if (proxies.kind === "hops") {
    // The `hops` nearest addresses were added by proxies; the one before them is the client. When an
    // entry there is not an address, the nearest valid one to its right (added by a proxy) is used.
    for (let i = Math.max(0, chain.length - 1 - proxies.hops); i < chain.length; i++) {
      const a = normalizeAddress(chain[i]!);
      if (a) return a;
    }
    return socket;
  }
  // Ranges: walk from the socket leftwards past trusted proxies.
  let last = socket;
  for (let i = chain.length - 1; i >= 0; i--) {
    const a = normalizeAddress(chain[i]!);
    if (!a) return last; // garbage written by someone: keep the last address a trusted proxy vouched for
    if (!trusted(proxies.list, a)) return a;
    last = a;
  }
  return last;
}
