/** npm run db:migrate — applies pending migrations to the application database. */
import { migrate } from "../lib/server/migrations";
import { applicationDatabase, runScript } from "./lib/postgres";

runScript(async () => {
  const { server, url } = await applicationDatabase(console.log);
  try {
    const { applied } = await migrate(url, { log: (line) => console.log(line) });
    console.log(applied.length === 0 ? "The database is up to date." : `Applied ${applied.length} migration(s).`);
  } finally {
    await server.stop();
  }
});
