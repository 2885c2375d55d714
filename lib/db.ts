/**
 * The one Prisma client of the application (Prisma 7, driver adapter over node-postgres).
 * Only lib/server imports it.
 */
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { config } from "@/lib/config";

const globalForPrisma = globalThis as unknown as { motCuaPrisma?: PrismaClient };

function createClient(): PrismaClient {
  const url = config().databaseUrl;
  if (!url) {
    throw new Error("DATABASE_URL is not set: start the portal with `npm run demo` or `npm run dev`, which provide it.");
  }
  const adapter = new PrismaPg({ connectionString: url, max: 10 });
  return new PrismaClient({ adapter, log: config().LOG_SQL === "1" ? ["query"] : ["error"] });
}

/** Lazily created so that importing this module never connects. */
export function db(): PrismaClient {
  globalForPrisma.motCuaPrisma ??= createClient();
  return globalForPrisma.motCuaPrisma;
}

export type { PrismaClient };
