/** Rules the database keeps itself: history is append-only, a published procedure is frozen. */
import pg from "pg";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";

let client: pg.Client;

beforeAll(async () => {
  client = new pg.Client({ connectionString: inject("databaseUrl") });
  await client.connect();
});
afterAll(async () => {
  await client.end();
});

async function someDossierEvent(): Promise<{ dossierId: string; eventId: string }> {
  const version = await client.query<{ id: string }>(`SELECT id FROM "ProcedureVersion" WHERE status = 'PUBLISHED' LIMIT 1`);
  const agency = await client.query<{ id: string; code: string }>(`SELECT id, code FROM "Agency" WHERE kind = 'COMMUNE' LIMIT 1`);
  const code = `${agency.rows[0]!.code}-991231-${String(Math.floor(Math.random() * 9999)).padStart(4, "0")}`;
  const d = await client.query<{ id: string }>(
    `INSERT INTO "Dossier" (id, code, "pinHash", "procedureVersionId", applicant, "applicantName", channel, "receivingAgencyId", "currentAgencyId", answers, "updatedAt")
     VALUES (gen_random_uuid(), $1, 'x', $2, '{}', 'Test', 'COUNTER', $3, $3, '{}', now()) RETURNING id`,
    [code, version.rows[0]!.id, agency.rows[0]!.id],
  );
  const e = await client.query<{ id: string }>(
    `INSERT INTO "StatusEvent" ("dossierId", action, "toStatus") VALUES ($1, 'submit', 'NEW') RETURNING id`,
    [d.rows[0]!.id],
  );
  return { dossierId: d.rows[0]!.id, eventId: e.rows[0]!.id };
}

describe("records nobody can rewrite", () => {
  it("refuses to update, delete or truncate a dossier's history", async () => {
    const { eventId } = await someDossierEvent();
    await expect(client.query(`UPDATE "StatusEvent" SET reason = 'rewritten' WHERE id = $1`, [eventId])).rejects.toThrow(/append-only/);
    await expect(client.query(`DELETE FROM "StatusEvent" WHERE id = $1`, [eventId])).rejects.toThrow(/append-only/);
    await expect(client.query(`TRUNCATE "StatusEvent" CASCADE`)).rejects.toThrow(/append-only/);
    const still = await client.query(`SELECT reason FROM "StatusEvent" WHERE id = $1`, [eventId]);
    expect(still.rows[0].reason).toBeNull();
  });

  it("refuses to change a published procedure version, its documents or its agencies", async () => {
    // A version that has documents and agencies, or deleting them would have nothing to refuse.
    const v = await client.query<{ id: string }>(
      `SELECT v.id FROM "ProcedureVersion" v WHERE v.status = 'PUBLISHED'
          AND EXISTS (SELECT 1 FROM "ProcedureAgency" a WHERE a."versionId" = v.id)
          AND EXISTS (SELECT 1 FROM "DossierComponent" c WHERE c."versionId" = v.id)
        ORDER BY v."createdAt", v.id LIMIT 1`,
    );
    const id = v.rows[0]!.id;
    await expect(client.query(`UPDATE "ProcedureVersion" SET name = 'changed' WHERE id = $1`, [id])).rejects.toThrow(/immutable/);
    await expect(client.query(`UPDATE "ProcedureVersion" SET status = 'DRAFT' WHERE id = $1`, [id])).rejects.toThrow(/immutable/);
    await expect(client.query(`DELETE FROM "ProcedureVersion" WHERE id = $1`, [id])).rejects.toThrow(/cannot be deleted/);
    await expect(client.query(`UPDATE "DossierComponent" SET count = 99 WHERE "versionId" = $1`, [id])).rejects.toThrow(/immutable/);
    await expect(client.query(`DELETE FROM "ProcedureAgency" WHERE "versionId" = $1`, [id])).rejects.toThrow(/immutable/);
  });

  it("allows superseding a published version, and nothing else with it", async () => {
    await client.query("BEGIN");
    try {
      const v = await client.query<{ id: string }>(`SELECT id FROM "ProcedureVersion" WHERE status = 'PUBLISHED' LIMIT 1`);
      await client.query(`UPDATE "ProcedureVersion" SET status = 'SUPERSEDED' WHERE id = $1`, [v.rows[0]!.id]);
      await expect(client.query(`UPDATE "ProcedureVersion" SET status = 'PUBLISHED' WHERE id = $1`, [v.rows[0]!.id])).rejects.toThrow(
        /immutable/,
      );
    } finally {
      await client.query("ROLLBACK");
    }
  });
});
