/** Checks made once when a production server starts (never while building). */
import { config } from "@/lib/config";

export function assertRuntimeSecrets(): void {
  if (process.env.NEXT_PHASE === "phase-production-build") return;
  const c = config();
  if (c.NODE_ENV === "production" && !c.AUTH_SECRET && !c.NEXTAUTH_SECRET) {
    console.error("Một Cửa cannot start in production without AUTH_SECRET: set it to a random value of at least 32 characters.");
    process.exit(1);
  }
}
