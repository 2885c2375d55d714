import { defineConfig } from "prisma/config";

// The datasource URL is used only by Prisma CLI commands that talk to a database.
// At run time the application connects through @prisma/adapter-pg (lib/db.ts).
export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  datasource: { url: process.env.DATABASE_URL ?? "postgresql://localhost/unused" },
});
