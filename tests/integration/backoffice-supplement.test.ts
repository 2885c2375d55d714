/** The applicant answers the one supplement request: documents and resubmission in one transaction; the clock restarts. */
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { fromLocal } from "@/lib/domain/calendar";
import { getSupplementRequest, submitSupplement } from "@/lib/server/backoffice/supplement";
import { transitionDossier } from "@/lib/server/backoffice/transition";
import { incomingBytes } from "@/lib/server/storage/upload";
import { pdfBytes } from "../support/files";
import { actorByEmail, agencyOf, createCitizen, createDossier, DEMO } from "./support/backoffice-fixtures";

const PDF = pdfBytes();

describe("supplementing a dossier", () => {
  it("the applicant sees the list, uploads and resubmits; the dossier goes back with the clock running", async () => {
    const citizen = await createCitizen();
    const other = await createCitizen();
    const reception = await actorByEmail(DEMO.receptionXa);
    const d = await createDossier({ agencyId: (await agencyOf(DEMO.receptionXa)).id, applicantId: citizen.userId });
    await transitionDossier(reception, d.id, 0, "receive", {}, { now: fromLocal("2026-03-02", "09:00") });
    await transitionDossier(reception, d.id, 1, "requestSupplement", { reason: "Thiếu giấy tờ", items: [{ name: "Giấy chứng sinh" }, { name: "Ảnh 4x6" }] }, { now: fromLocal("2026-03-02", "10:00") });

    expect(await getSupplementRequest(other, d.id)).toBeNull();
    const request = await getSupplementRequest(citizen, d.id);
    expect(request?.items.map((i) => i.name)).toEqual(["Giấy chứng sinh", "Ảnh 4x6"]);

    await expect(submitSupplement(other, d.id, 2, [incomingBytes("a.pdf", PDF)])).rejects.toMatchObject({ kind: "not_found" });
    await expect(submitSupplement(citizen, d.id, 2, [])).rejects.toMatchObject({ kind: "validation" });
    await expect(submitSupplement(citizen, d.id, 2, [incomingBytes("a.pdf", new TextEncoder().encode("not a pdf"))])).rejects.toMatchObject({ kind: "validation" });
    // A stale version is refused and records no file.
    await expect(submitSupplement(citizen, d.id, 1, [incomingBytes("a.pdf", PDF)])).rejects.toMatchObject({ kind: "conflict" });
    expect(await db().dossierFile.count({ where: { dossierId: d.id } })).toBe(0);

    const r = await submitSupplement(citizen, d.id, 2, [incomingBytes("giay-chung-sinh.pdf", PDF)], "Đã bổ sung đủ");
    expect(r.to).toBe("RECEIVED");
    const files = await db().dossierFile.findMany({ where: { dossierId: d.id } });
    expect(files).toHaveLength(1);
    expect(files[0]).toMatchObject({ kind: "SUPPLEMENT", uploadedById: citizen.userId });
    const event = await db().statusEvent.findFirstOrThrow({ where: { dossierId: d.id, action: "resubmitSupplement" } });
    expect(event.data).toMatchObject({ fileIds: [files[0]!.id], note: "Đã bổ sung đủ" });
    const row = await db().dossier.findUniqueOrThrow({ where: { id: d.id } });
    expect(row.pausedAt).toBeNull();
    expect(row.dueAt).not.toBeNull();
    expect(await getSupplementRequest(citizen, d.id)).toBeNull();
  });
});
