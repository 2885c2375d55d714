/** Runs once when a server process starts (Next.js instrumentation). */
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { installPeerAddressHook } = await import("./lib/server/peer-address");
    installPeerAddressHook();
    const { assertRuntimeSecrets } = await import("./lib/server/startup");
    assertRuntimeSecrets();
  }
}
