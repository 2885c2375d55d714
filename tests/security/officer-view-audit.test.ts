/** An officer's viewing of a dossier's personal data leaves an audit record; a refused view leaves none. */
import { describe, expect, it } from "vitest";
import type { Role } from "../../lib/domain/workflow";
import { db } from "../../lib/db";
import { getDossierForOfficer } from "../../lib/server/backoffice/view";

describe("officer views of personal data", () => {
  it("are audited with who and which dossier", async () => {
    const officers = await db().user.findMany({ where: { role: "RECEPTION", active: true }, select: { id: true, role: true, agencyId: true } });
    const d = await db().dossier.findFirstOrThrow({ where: { currentAgencyId: { in: officers.map((o) => o.agencyId!).filter(Boolean) } }, select: { id: true, currentAgencyId: true } });
    const officer = officers.find((o) => o.agencyId === d.currentAgencyId)!;
    const actor = { userId: officer.id, role: officer.role as Role, agencyId: officer.agencyId };
    const before = await db().auditLog.count({ where: { entityId: d.id, action: "dossier.viewPersonalData", actorId: officer.id } });
    await getDossierForOfficer(actor, d.id);
    expect(await db().auditLog.count({ where: { entityId: d.id, action: "dossier.viewPersonalData", actorId: officer.id } })).toBe(before + 1);

    const outsider = await db().user.findFirstOrThrow({ where: { role: "RECEPTION", agencyId: { not: d.currentAgencyId } }, select: { id: true, role: true, agencyId: true } });
    await expect(getDossierForOfficer({ userId: outsider.id, role: outsider.role as Role, agencyId: outsider.agencyId }, d.id)).rejects.toThrow();
    expect(await db().auditLog.count({ where: { entityId: d.id, action: "dossier.viewPersonalData", actorId: outsider.id } })).toBe(0);
  });
});
