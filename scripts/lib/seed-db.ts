import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "../../lib/generated/prisma/client";
import { seed, type SeedSummary } from "../../prisma/seed";
import { localAuthSecret } from "./app-env";
import { resetConfig } from "../../lib/config";

/** Seeds the database at `url` with the demo data. */
export async function seedDatabase(url: string): Promise<SeedSummary> {
  // Demo tracking PINs are keyed with the same secret the portal will run with.
  process.env.AUTH_SECRET ??= await localAuthSecret();
  const prisma = new PrismaClient({ adapter: new PrismaPg({ connectionString: url }) });
  try {
    return await seed(prisma);
  } finally {
    await prisma.$disconnect();
    // Seeding reads the configuration (the secret for tracking PINs); let the caller's next read
    // see the environment as it then is (benchmarks point DATABASE_URL at their own database).
    resetConfig();
  }
}
