/** Direct database reads for end-to-end tests (the stored emails, as a mail viewer would). */
import pg from "pg";

export async function withDb<T>(run: (c: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}

/** The link of the last email of a template sent to `to`, waiting for it to be queued. */
export async function lastMailLink(to: string, template: string, field = "url"): Promise<string> {
  for (let i = 0; i < 50; i++) {
    const url = await withDb(async (c) => {
      const r = await c.query<{ data: Record<string, string> }>(`SELECT data FROM "Outbox" WHERE recipient = $1 AND template = $2 ORDER BY id DESC LIMIT 1`, [to, template]);
      return r.rows[0]?.data[field];
    });
    if (url) return url;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`no ${template} email to ${to}`);
}
