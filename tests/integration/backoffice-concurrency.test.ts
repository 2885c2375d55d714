/** Two officers act on one dossier at once: one succeeds, the other is told the dossier changed. */
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { transitionDossier } from "@/lib/server/backoffice/transition";
import type { Actor } from "@/lib/server/backoffice/types";
import { actorByEmail, agencyOf, createDossier, DEMO } from "./support/backoffice-fixtures";

let reception: Actor, leader: Actor, specialist: Actor;
let communeId: string;

beforeAll(async () => {
  reception = await actorByEmail(DEMO.receptionXa);
  leader = await actorByEmail(DEMO.leaderXa);
  specialist = await actorByEmail(DEMO.specialistXa);
  communeId = (await agencyOf(DEMO.receptionXa)).id;
});

describe("optimistic concurrency", () => {
  it("of two simultaneous decisions on the same version, exactly one wins", async () => {
    for (let round = 0; round < 5; round++) {
      const d = await createDossier({ agencyId: communeId });
      const results = await Promise.allSettled([
        transitionDossier(reception, d.id, 0, "receive", {}),
        transitionDossier(reception, d.id, 0, "refuse", { reason: "Hồ sơ không hợp lệ" }),
      ]);
      const ok = results.filter((r) => r.status === "fulfilled");
      const failed = results.filter((r): r is PromiseRejectedResult => r.status === "rejected");
      expect(ok).toHaveLength(1);
      expect(failed).toHaveLength(1);
      expect(failed[0]!.reason).toMatchObject({ kind: "conflict", messageKey: "office.errors.dossierChanged" });
      const events = await db().statusEvent.count({ where: { dossierId: d.id } });
      expect(events).toBe(2); // submit + the winner
      expect((await db().dossier.findUniqueOrThrow({ where: { id: d.id } })).version).toBe(1);
    }
  });

  it("two leaders assigning at once: one assignment, the other told plainly", async () => {
    const d = await createDossier({ agencyId: communeId, status: "RECEIVED", dueAt: new Date(Date.now() + 86400_000) });
    const results = await Promise.allSettled([
      transitionDossier(leader, d.id, 0, "assign", { assigneeId: specialist.userId }),
      transitionDossier(reception, d.id, 0, "assign", { assigneeId: specialist.userId }),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(await db().statusEvent.count({ where: { dossierId: d.id, action: "assign" } })).toBe(1);
  });

  it("acting on a version one has not seen is refused, even one after another", async () => {
    const d = await createDossier({ agencyId: communeId });
    await transitionDossier(reception, d.id, 0, "receive", {});
    await expect(transitionDossier(leader, d.id, 0, "stop", { reason: "Dừng theo đề nghị" })).rejects.toMatchObject({
      kind: "conflict",
      messageKey: "office.errors.dossierChanged",
    });
  });
});
