/**
 * The one Prisma client of the application (Prisma 7, driver adapter over node-postgres).
 * Only lib/server imports it.
 */
import { PrismaPg } from "@prisma/adapter-pg";
import { readReplicas } from "@prisma/extension-read-replicas";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { config } from "@/lib/config";

const globalForPrisma = globalThis as unknown as { motCuaPrisma?: PrismaClient; motCuaReplica?: { $replica(): unknown } };

function createClient(url = config().databaseUrl): PrismaClient {
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

/**
 * For reads that may be a moment stale (catalog, search, statistics pages): the streaming replica
 * at DATABASE_REPLICA_URL through Prisma's read-replicas extension when it is set, else the primary.
 * Never use it to read what the same request has just written, nor inside a transaction.
 */
export function readDb(): PrismaClient {
  const replicaUrl = config().DATABASE_REPLICA_URL;
  if (!replicaUrl) return db();
  globalForPrisma.motCuaReplica ??= db().$extends(readReplicas({ replicas: [createClient(replicaUrl)] }));
  return globalForPrisma.motCuaReplica.$replica() as PrismaClient;
}

/** For tests that change DATABASE_REPLICA_URL. */
export function resetReadDb(): void {
  globalForPrisma.motCuaReplica = undefined;
}

/** For tests that point the application at other servers: closes both clients; the next call makes new ones. */
export async function resetClients(): Promise<void> {
  const primary = globalForPrisma.motCuaPrisma;
  const replica = globalForPrisma.motCuaReplica as unknown as { $disconnect?: () => Promise<void> } | undefined;
  globalForPrisma.motCuaPrisma = undefined;
  globalForPrisma.motCuaReplica = undefined;
  await replica?.$disconnect?.().catch(() => {});
  await primary?.$disconnect().catch(() => {});
}

export type { PrismaClient };
