/**
 * The client address behind trusted proxies: a client cannot choose its own rate-limit bucket by
 * writing X-Forwarded-For, and the proxies named in TRUSTED_PROXIES are believed, no more.
 */
import { afterEach, describe, expect, it } from "vitest";
import { resetConfig } from "../../lib/config";
import { deriveClientAddress, parseTrustedProxies } from "../../lib/domain/client-address";
import { PEER_HEADER } from "../../lib/server/peer-address";
import { clientAddress } from "../../lib/server/rate-limit";

const none = parseTrustedProxies("");

describe("deriving the client address", () => {
  it("uses the socket address when no proxy is trusted, whatever X-Forwarded-For says", () => {
    expect(deriveClientAddress("203.0.113.7", "1.2.3.4", none)).toBe("203.0.113.7");
    expect(deriveClientAddress("::ffff:203.0.113.7", null, none)).toBe("203.0.113.7");
    expect(deriveClientAddress(null, "1.2.3.4", none)).toBe("unknown");
  });

  it("behind one trusted hop takes the address that proxy added, not what the client wrote", () => {
    const one = parseTrustedProxies("1");
    // The client wrote "6.6.6.6"; nginx appended the client's real address 198.51.100.9.
    expect(deriveClientAddress("10.0.0.2", "6.6.6.6, 198.51.100.9", one)).toBe("198.51.100.9");
    expect(deriveClientAddress("10.0.0.2", "198.51.100.9", one)).toBe("198.51.100.9");
    // No header at all (a request straight to the app): the socket.
    expect(deriveClientAddress("10.0.0.2", null, one)).toBe("10.0.0.2");
    // Garbage where the proxy's entry should be: the nearest address a proxy vouched for.
    expect(deriveClientAddress("10.0.0.2", "1.1.1.1, not-an-ip", one)).toBe("10.0.0.2");
  });

  it("with address ranges skips only the trusted proxies, from the nearest one outwards", () => {
    const ranges = parseTrustedProxies("10.0.0.0/8, 192.168.1.10");
    expect(deriveClientAddress("10.0.0.2", "6.6.6.6, 198.51.100.9, 192.168.1.10", ranges)).toBe("198.51.100.9");
    // The socket itself is not a trusted proxy: X-Forwarded-For is ignored.
    expect(deriveClientAddress("203.0.113.5", "6.6.6.6", ranges)).toBe("203.0.113.5");
    expect(deriveClientAddress("10.0.0.2", "[2001:db8::1]:443", ranges)).toBe("2001:db8::1");
  });

  it("refuses a setting that is neither a hop count nor ranges", () => {
    expect(() => parseTrustedProxies("nginx")).toThrow(/TRUSTED_PROXIES/);
  });
});

describe("clientAddress(headers)", () => {
  afterEach(() => {
    delete process.env.TRUSTED_PROXIES;
    resetConfig();
  });

  it("gives a new X-Forwarded-For value each time the same bucket", () => {
    const a = clientAddress(new Headers({ [PEER_HEADER]: "203.0.113.7", "x-forwarded-for": "1.1.1.1" }));
    const b = clientAddress(new Headers({ [PEER_HEADER]: "203.0.113.7", "x-forwarded-for": "2.2.2.2" }));
    expect(a).toBe("203.0.113.7");
    expect(b).toBe(a);
  });

  it("follows TRUSTED_PROXIES", () => {
    process.env.TRUSTED_PROXIES = "1";
    resetConfig();
    expect(clientAddress(new Headers({ [PEER_HEADER]: "127.0.0.1", "x-forwarded-for": "6.6.6.6, 198.51.100.9" }))).toBe("198.51.100.9");
  });
});
