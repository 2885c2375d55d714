/** Counter refusals (refused at the desk, no dossier created) are counted in the statistics per agency, field and month. */
import { randomBytes, randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { statisticsCsv } from "@/lib/server/stats/csv";
import { getStatistics } from "@/lib/server/stats/query";
import { refreshStatistics } from "@/lib/server/stats/refresh";
import { someProcedureVersion } from "./support/backoffice-fixtures";

const agencyCode = `998.${randomBytes(2).toString("hex").toUpperCase()}.H42`;
const NOW = new Date("2026-07-20T10:00:00+07:00");
let agencyId: string;
let fieldCode: string;

async function refusal(at: string, officerId: string, versionId: string) {
  await db().counterRefusal.create({
    data: {
      code: `TC-${randomBytes(4).toString("hex")}`,
      agencyId,
      procedureVersionId: versionId,
      officerId,
      channel: "COUNTER",
      applicantName: "Phạm Văn Từ Chối",
      applicant: { fullName: "Phạm Văn Từ Chối" },
      reason: "Thiếu giấy tờ bắt buộc",
      createdAt: new Date(at),
    },
  });
}

beforeAll(async () => {
  const root = await db().agency.findFirstOrThrow({ where: { parentId: null }, select: { id: true, path: true } });
  const a = await db().agency.create({ data: { id: randomUUID(), code: agencyCode, name: "Xã Thống Kê Từ Chối", nameEn: "Refusals Commune", kind: "COMMUNE", parentId: root.id, path: "" } });
  agencyId = a.id;
  await db().agency.update({ where: { id: a.id }, data: { path: `${root.path}${a.id}/` } });
  const officer = await db().user.create({ data: { email: `officer-${randomBytes(4).toString("hex")}@test.motcua`, fullName: "Cán bộ một cửa", role: "RECEPTION", agencyId } });
  const version = await someProcedureVersion();
  const field = await db().procedureVersion.findUniqueOrThrow({ where: { id: version.id }, select: { procedure: { select: { field: { select: { code: true } } } } } });
  fieldCode = field.procedure.field.code;
  await refusal("2026-05-04T09:00:00+07:00", officer.id, version.id);
  await refusal("2026-05-29T16:00:00+07:00", officer.id, version.id);
  await refusal("2026-07-01T08:30:00+07:00", officer.id, version.id);
  // Outside the period asked below.
  await refusal("2025-12-31T16:00:00+07:00", officer.id, version.id);
  await refreshStatistics(NOW);
});

describe("counter refusals in the statistics", () => {
  it("count per agency, per field and per month in the period, and in the CSV", async () => {
    const report = await getStatistics({ from: "2026-01-01", to: "2026-07-20", agency: agencyCode });
    expect(report.byAgency.map((r) => [r.code, r.figures.refusedAtDesk])).toEqual([[agencyCode, 3]]);
    expect(report.totals.refusedAtDesk).toBe(3);
    // Refused dossiers were never received: nothing else counts them.
    expect(report.totalRates.received).toBe(0);
    expect(report.byField.find((r) => r.code === fieldCode)?.figures.refusedAtDesk).toBe(3);
    expect(report.byMonth.map((m) => [m.month, m.figures.refusedAtDesk])).toEqual([
      ["2026-05", 2],
      ["2026-07", 1],
    ]);
    const csv = statisticsCsv(report, "vi").split("\r\n");
    expect(csv[0]!.split(",").at(-1)).toBe("refused_at_desk");
    expect(csv[1]!.split(",").at(-1)).toBe("3");
  });

  it("a shorter period counts only its own refusals", async () => {
    const report = await getStatistics({ from: "2026-05-01", to: "2026-05-10", agency: agencyCode });
    expect(report.totals.refusedAtDesk).toBe(1);
  });
});
