/**
 * Receiving at the desk: a dossier handed in at the counter (or by post) for a person with or
 * without an account; refusing on the spot without a dossier.
 */
import { randomBytes } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { fromLocal } from "@/lib/domain/calendar";
import { receiveAtCounter, refuseAtCounter, counterProcedure, findApplicants, CounterFormError } from "@/lib/server/backoffice/counter";
import { listMyDossiers } from "@/lib/server/dossiers/mine";
import { AppError } from "@/lib/server/errors";
import type { Actor } from "@/lib/server/backoffice/types";
import { actorByEmail, agencyOf, createOfficer, DEMO, otherCommune } from "./support/backoffice-fixtures";

let reception: Actor;
let procedureCode = "";
let communeCode = "";
let requiredComponents: string[] = [];

const citizenId = () => `0${String(Math.floor(Math.random() * 1e11)).padStart(11, "0")}`;
const person = (id: string, name = "Trần Thị Quầy") => ({
  fullName: name,
  dateOfBirth: "1990-05-04",
  citizenId: id,
  phone: "0912345678",
  email: "",
  address: { street: "Số 5 đường Tràng An", commune: communeCode, province: "Ninh Bình" },
});

beforeAll(async () => {
  reception = await actorByEmail(DEMO.receptionXa);
  communeCode = (await agencyOf(DEMO.receptionXa)).code;
  // A same-day procedure of this commune, received at the counter, with the generic form.
  const p = await db().procedure.findFirstOrThrow({
    where: {
      currentVersion: {
        status: "PUBLISHED",
        channels: { has: "COUNTER" },
        timeLimitUnit: "SAME_DAY",
        agencies: { some: { agencyId: reception.agencyId!, role: "IMPLEMENTING" } },
        formSchema: { path: ["sections", "0", "id"], equals: "request" },
      },
    },
    select: { code: true },
    orderBy: { code: "asc" },
  });
  procedureCode = p.code;
  const cp = await counterProcedure(reception, procedureCode);
  requiredComponents = cp!.components.filter((c) => c.required).map((c) => c.id);
});

const checklist = () => requiredComponents.map((componentId) => ({ componentId, original: true, copy: false, count: 1 }));

describe("receiving at the counter", () => {
  it("receives a dossier for a person without an account: code, PIN, received, same-day clock", async () => {
    // Monday 2026-03-02 at 09:00: a same-day procedure is due that afternoon at 17:00.
    const now = fromLocal("2026-03-02", "09:00");
    const r = await receiveAtCounter(
      reception,
      { procedureCode, applicant: person(citizenId()), answers: { request: "Xin chứng thực bản sao" }, channel: "COUNTER", checklist: checklist(), files: [] },
      { now, today: "2026-03-02" },
    );
    expect(r.code).toMatch(/-260302-\d{4}$/);
    expect(r.pin).toMatch(/^\d{6}$/);
    expect(r.linkedAccount).toBe(false);
    const d = await db().dossier.findUniqueOrThrow({ where: { id: r.dossierId }, include: { events: { orderBy: { id: "asc" } } } });
    expect(d.status).toBe("RECEIVED");
    expect(d.channel).toBe("COUNTER");
    expect(d.applicantId).toBeNull();
    expect(d.receivedAt?.toISOString()).toBe(now.toISOString());
    expect(d.dueAt?.toISOString()).toBe(fromLocal("2026-03-02", "17:00").toISOString());
    expect(d.events.map((e) => e.action)).toEqual(["submit", "receive"]);
    expect(d.pinSealed).toBeTruthy();
    const audit = await db().auditLog.count({ where: { entityId: r.dossierId, action: "dossier.receiveAtCounter" } });
    expect(audit).toBe(1);
  });

  it("after the 15:00 cut-off, a same-day dossier is due the next working day by 10:00", async () => {
    const now = fromLocal("2026-03-06", "15:30"); // a Friday
    const r = await receiveAtCounter(
      reception,
      { procedureCode, applicant: person(citizenId()), answers: { request: "Xin chứng thực" }, channel: "COUNTER", checklist: checklist(), files: [] },
      { now, today: "2026-03-06" },
    );
    const d = await db().dossier.findUniqueOrThrow({ where: { id: r.dossierId } });
    expect(d.dueAt?.toISOString()).toBe(fromLocal("2026-03-09", "10:00").toISOString());
  });

  it("puts the dossier in the 'my dossiers' of the account holding that citizen ID", async () => {
    const id = citizenId();
    const tag = randomBytes(4).toString("hex");
    const user = await db().user.create({ data: { email: `quay-${tag}@test.motcua`, fullName: "Lê Văn Tài Khoản", role: "CITIZEN", citizenId: id }, select: { id: true } });
    const found = await findApplicants(reception, id);
    expect(found.map((u) => u.id)).toEqual([user.id]);
    const r = await receiveAtCounter(reception, { procedureCode, applicant: person(id, "Lê Văn Tài Khoản"), answers: { request: "Xin chứng thực" }, channel: "COUNTER", checklist: checklist(), files: [] });
    expect(r.linkedAccount).toBe(true);
    const mine = await listMyDossiers(user.id);
    expect(JSON.stringify(mine)).toContain(r.code);
    expect(await db().outbox.count({ where: { dossierId: r.dossierId, recipient: `quay-${tag}@test.motcua` } })).toBe(1);
  });

  it("records a post dossier with its postmark date, and refuses a postmark in the future", async () => {
    const p = await counterProcedure(reception, procedureCode);
    if (!p!.channels.includes("POST")) {
      await expect(
        receiveAtCounter(reception, { procedureCode, applicant: person(citizenId()), answers: { request: "Qua bưu chính" }, channel: "POST", postmarkDate: "2026-01-05", checklist: checklist(), files: [] }),
      ).rejects.toMatchObject({ messageKey: "desk.errors.channel" });
      return;
    }
    const r = await receiveAtCounter(reception, { procedureCode, applicant: person(citizenId()), answers: { request: "Qua bưu chính" }, channel: "POST", postmarkDate: "2026-01-05", checklist: checklist(), files: [] });
    const d = await db().dossier.findUniqueOrThrow({ where: { id: r.dossierId } });
    expect(d.channel).toBe("POST");
  });

  it("refuses incomplete input with every field error and the components not ticked, and keeps nothing", async () => {
    const before = await db().dossier.count();
    const error = await receiveAtCounter(reception, {
      procedureCode,
      applicant: { ...person("123"), fullName: "" },
      answers: { request: "" },
      channel: "COUNTER",
      checklist: [],
      files: [],
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CounterFormError);
    const e = error as CounterFormError;
    expect(e.fieldErrors.map((f) => `${f.form}:${f.path.join(".")}`).sort()).toEqual(["answers:request", "applicant:citizenId", "applicant:fullName"]);
    expect(e.missingComponents.sort()).toEqual([...requiredComponents].sort());
    expect(await db().dossier.count()).toBe(before);
  });

  it("is for the desk's reception officers only, and only for procedures the desk handles", async () => {
    const leader = await actorByEmail(DEMO.leaderXa);
    const input = { procedureCode, applicant: person(citizenId()), answers: { request: "x" }, channel: "COUNTER" as const, checklist: checklist(), files: [] };
    await expect(receiveAtCounter(leader, input)).rejects.toMatchObject({ kind: "not_found" });
    await expect(receiveAtCounter(await actorByEmail(DEMO.citizen), input)).rejects.toMatchObject({ kind: "not_found" });
    const elsewhere = await createOfficer((await otherCommune(reception.agencyId!)).id, "RECEPTION");
    const handled = await db().procedureAgency.count({ where: { agencyId: elsewhere.agencyId!, version: { procedure: { code: procedureCode } } } });
    if (handled === 0) await expect(receiveAtCounter(elsewhere, input)).rejects.toMatchObject({ messageKey: "desk.errors.notHandledHere" });
    await expect(receiveAtCounter(reception, { ...input, procedureCode: "NO-SUCH" })).rejects.toBeInstanceOf(AppError);
  });
});

describe("refusing on the spot", () => {
  it("records and counts the refusal with its reason, without creating a dossier", async () => {
    const before = await db().dossier.count();
    const r = await refuseAtCounter(reception, {
      procedureCode,
      applicant: person(citizenId(), "Phạm Văn Từ Chối"),
      channel: "COUNTER",
      reason: "Thiếu giấy tờ bắt buộc của thủ tục",
      items: [{ name: "Bản chính giấy tờ cần chứng thực" }],
    });
    expect(r.code).toMatch(/^TC-/);
    expect(await db().dossier.count()).toBe(before);
    const row = await db().counterRefusal.findUniqueOrThrow({ where: { id: r.id } });
    expect(row.applicantName).toBe("Phạm Văn Từ Chối");
    expect(row.reason).toBe("Thiếu giấy tờ bắt buộc của thủ tục");
    expect(await db().auditLog.count({ where: { entityId: r.id, action: "dossier.refuseAtCounter" } })).toBe(1);
  });

  it("needs a reason", async () => {
    await expect(refuseAtCounter(reception, { procedureCode, applicant: person(citizenId()), channel: "COUNTER", reason: "x", items: [] })).rejects.toMatchObject({
      messageKey: "desk.errors.reason",
    });
  });
});
