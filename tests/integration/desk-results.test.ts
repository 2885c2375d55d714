/** The result: its number and symbol per agency and year, returned online with the file the specialist attached, shown to the applicant only once returned. */
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { fromLocal } from "@/lib/domain/calendar";
import { formatResultNumber } from "@/lib/domain/result-number";
import { transitionDossier } from "@/lib/server/backoffice/transition";
import type { Actor } from "@/lib/server/backoffice/types";
import { getMyDossier } from "@/lib/server/dossiers/mine";
import { addFile, agencyOf, createCitizen, createDossier, createOfficer, currentVersion, DEMO } from "./support/backoffice-fixtures";

async function agencyUnder(parent: { id: string; path: string }, name: string) {
  const a = await db().agency.create({
    data: { code: `R${Date.now()}${Math.floor(Math.random() * 1e4)}`.slice(0, 15), name, nameEn: name, kind: "COMMUNE", parentId: parent.id, path: "" },
  });
  await db().agency.update({ where: { id: a.id }, data: { path: `${parent.path}${a.id}/` } });
  return { id: a.id, code: a.code };
}

async function act(actor: Actor, id: string, action: Parameters<typeof transitionDossier>[3], input: unknown, now?: Date) {
  return transitionDossier(actor, id, await currentVersion(id), action, input, { now });
}

let agencyA: { id: string; code: string }, agencyB: { id: string; code: string };
let leaderA: Actor, leaderB: Actor, receptionA: Actor, specialistA: Actor;

beforeAll(async () => {
  const commune = await agencyOf(DEMO.receptionXa);
  agencyA = await agencyUnder(commune, "Xã Số Kết Quả A");
  agencyB = await agencyUnder(commune, "Xã Số Kết Quả B");
  leaderA = await createOfficer(agencyA.id, "LEADER");
  leaderB = await createOfficer(agencyB.id, "LEADER");
  receptionA = await createOfficer(agencyA.id, "RECEPTION");
  specialistA = await createOfficer(agencyA.id, "SPECIALIST");
});

const proposed = (agencyId: string, applicantId: string | null = null) =>
  createDossier({ agencyId, status: "IN_PROCESSING", step: "PROPOSED", applicantId, dueAt: fromLocal("2027-12-31", "17:00") });
const numberOf = async (id: string) => db().dossier.findUniqueOrThrow({ where: { id }, select: { resultNumber: true, resultSymbol: true } });

describe("result numbers", () => {
  it("run from 1 per agency and per year, are given at approval and kept when returned", async () => {
    const a1 = await proposed(agencyA.id);
    const a2 = await proposed(agencyA.id);
    const b1 = await proposed(agencyB.id);
    const a3 = await proposed(agencyA.id);

    await act(leaderA, a1.id, "approve", {}, fromLocal("2026-12-30", "09:00"));
    await act(leaderA, a2.id, "approve", {}, fromLocal("2026-12-31", "16:00"));
    await act(leaderB, b1.id, "approve", {}, fromLocal("2026-12-31", "16:30"));
    // 1 January in Vietnam (still 31 December in UTC): a new year, a new sequence.
    await act(leaderA, a3.id, "approve", {}, fromLocal("2027-01-01", "06:00"));

    expect(await numberOf(a1.id)).toEqual({ resultNumber: 1, resultSymbol: `KQ-${agencyA.code}` });
    expect(await numberOf(a2.id)).toEqual({ resultNumber: 2, resultSymbol: `KQ-${agencyA.code}` });
    expect(await numberOf(b1.id)).toEqual({ resultNumber: 1, resultSymbol: `KQ-${agencyB.code}` });
    expect(await numberOf(a3.id)).toEqual({ resultNumber: 1, resultSymbol: `KQ-${agencyA.code}` });
    expect(formatResultNumber(await numberOf(a2.id))).toBe(`2/KQ-${agencyA.code}`);

    // The approval's history entry records the number; returning the result does not change it.
    const event = await db().statusEvent.findFirstOrThrow({ where: { dossierId: a2.id, action: "approve" }, select: { data: true } });
    expect(event.data).toMatchObject({ resultNumber: 2, resultSymbol: `KQ-${agencyA.code}` });
    await act(receptionA, a2.id, "returnResult", { method: "DESK" }, fromLocal("2027-01-04", "09:00"));
    expect(await numberOf(a2.id)).toMatchObject({ resultNumber: 2 });
  });

  it("the next approval at the agency takes the next number", async () => {
    const d = await proposed(agencyB.id);
    await act(leaderB, d.id, "approve", {}, fromLocal("2027-02-01", "09:00"));
    const first = await numberOf(d.id);
    expect(first.resultNumber).toBeGreaterThan(0);
    // Approving the next dossier takes the next number.
    const next = await proposed(agencyB.id);
    await act(leaderB, next.id, "approve", {}, fromLocal("2027-02-01", "10:00"));
    expect((await numberOf(next.id)).resultNumber).toBe(first.resultNumber! + 1);
  });
});

describe("returning the result", () => {
  it("online, with the file the specialist attached, without asking for it again; the applicant sees it only once returned, apart from their documents", async () => {
    const citizen = await createCitizen();
    const d = await createDossier({ agencyId: agencyA.id, status: "IN_PROCESSING", step: "EXAMINING", assigneeId: specialistA.userId, applicantId: citizen.userId });
    const submitted = await addFile(d.id, "SUBMISSION");
    const resultFile = await addFile(d.id, "RESULT");
    await act(specialistA, d.id, "propose", { outcome: "GRANT", examination: "Hồ sơ đủ điều kiện", resultFileId: resultFile });
    await act(leaderA, d.id, "approve", {});

    // Before it is returned the applicant sees only what they handed in.
    let mine = (await getMyDossier(citizen.userId, d.id))!;
    expect(mine.dossier.files.map((f) => f.id)).toEqual([submitted]);

    await act(receptionA, d.id, "returnResult", { method: "ONLINE" });
    const event = await db().statusEvent.findFirstOrThrow({ where: { dossierId: d.id, action: "returnResult" }, select: { data: true } });
    expect(event.data).toMatchObject({ method: "ONLINE", resultFileId: resultFile });

    mine = (await getMyDossier(citizen.userId, d.id))!;
    expect(mine.dossier.status).toBe("RESULT_RETURNED");
    expect(mine.dossier.files.filter((f) => f.kind === "RESULT").map((f) => f.id)).toEqual([resultFile]);
    expect(mine.dossier.files.filter((f) => f.kind !== "RESULT").map((f) => f.id)).toEqual([submitted]);
    expect(formatResultNumber(mine.dossier)).toMatch(new RegExp(`^\\d+/KQ-${agencyA.code.replace(/\./g, "\\.")}$`));
  });

  it("online without any result file is still refused", async () => {
    const d = await proposed(agencyA.id);
    await act(leaderA, d.id, "approve", {});
    await expect(act(receptionA, d.id, "returnResult", { method: "ONLINE" })).rejects.toMatchObject({ kind: "validation" });
  });
});
