/** npm run db:seed — loads the demo data (idempotent). */
import { migrate } from "../lib/server/migrations";
import { applicationDatabase, runScript } from "./lib/postgres";
import { seedDatabase } from "./lib/seed-db";

runScript(async () => {
  const { server, url } = await applicationDatabase(console.log);
  try {
    await migrate(url);
    const summary = await seedDatabase(url);
    console.log(`Demo data ready: ${summary.agencies} agencies, ${summary.procedures} procedures, ${summary.users} accounts.`);
  } finally {
    await server.stop();
  }
});
