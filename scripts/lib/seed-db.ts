import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "../../lib/generated/prisma/client";
import { seed, type SeedSummary } from "../../prisma/seed";

/** Seeds the database at `url` with the demo data. */
export async function seedDatabase(url: string): Promise<SeedSummary> {
  const prisma = new PrismaClient({ adapter: new PrismaPg({ connectionString: url }) });
  try {
    return await seed(prisma);
  } finally {
    await prisma.$disconnect();
  }
}
