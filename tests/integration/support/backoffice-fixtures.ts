/**
 * Fixtures for the back-office tests: dossiers written straight with Prisma (no dependency on the
 * filing flow), officers of other agencies with unique emails, an inter-agency procedure.
 */
import { randomBytes, randomUUID } from "node:crypto";
import { db } from "@/lib/db";
import { indexProcedure } from "@/lib/server/catalog/reindex";
import { Prisma } from "@/lib/generated/prisma/client";
import type { DossierStatus, Role } from "@/lib/generated/prisma/enums";
import type { Actor } from "@/lib/server/backoffice/types";

export const DEMO = {
  receptionXa: "tiepnhan.xa@motcua.test",
  specialistXa: "chuyenvien.xa@motcua.test",
  leaderXa: "lanhdao.xa@motcua.test",
  receptionSo: "tiepnhan.so@motcua.test",
  specialistSo: "chuyenvien.so@motcua.test",
  leaderSo: "lanhdao.so@motcua.test",
  citizen: "congdan@motcua.test",
  admin: "quantri@motcua.test",
} as const;

export async function actorByEmail(email: string): Promise<Actor> {
  const u = await db().user.findUniqueOrThrow({ where: { email }, select: { id: true, role: true, agencyId: true } });
  return { userId: u.id, role: u.role, agencyId: u.agencyId };
}

export async function agencyOf(email: string): Promise<{ id: string; code: string; path: string }> {
  const u = await db().user.findUniqueOrThrow({ where: { email }, select: { agency: { select: { id: true, code: true, path: true } } } });
  return u.agency!;
}

/** Another commune than the demo officers' one: active, and outside its subtree (other tests add, merge and dissolve agencies). */
export async function otherCommune(notId: string): Promise<{ id: string; code: string }> {
  return db().agency.findFirstOrThrow({
    where: { kind: "COMMUNE", active: true, NOT: { path: { contains: notId } } },
    select: { id: true, code: true },
    orderBy: { code: "desc" },
  });
}

export async function createOfficer(agencyId: string, role: Role): Promise<Actor> {
  const tag = randomBytes(5).toString("hex");
  const u = await db().user.create({
    data: { email: `officer-${tag}@test.motcua`, fullName: `Cán bộ ${tag}`, role, agencyId },
    select: { id: true, role: true, agencyId: true },
  });
  return { userId: u.id, role: u.role, agencyId: u.agencyId };
}

export async function createCitizen(): Promise<Actor & { email: string }> {
  const tag = randomBytes(5).toString("hex");
  const email = `citizen-${tag}@test.motcua`;
  const u = await db().user.create({ data: { email, fullName: `Công dân ${tag}`, role: "CITIZEN" }, select: { id: true } });
  return { userId: u.id, role: "CITIZEN", agencyId: null, email };
}

/** A published commune procedure of the seeded catalog with a time limit in working days. */
export async function someProcedureVersion(): Promise<{ id: string; name: string }> {
  return db().procedureVersion.findFirstOrThrow({
    where: { status: "PUBLISHED", level: "COMMUNE", timeLimitUnit: "WORKING_DAY" },
    select: { id: true, name: true },
    orderBy: { name: "asc" },
  });
}

let sequence = 0;

export interface DossierFixture {
  agencyId: string;
  versionId?: string;
  status?: DossierStatus;
  applicantId?: string | null;
  applicantName?: string;
  applicantEmail?: string;
  citizenId?: string;
  receivedAt?: Date | null;
  dueAt?: Date | null;
  assigneeId?: string | null;
  step?: "AWAITING_ASSIGNMENT" | "EXAMINING" | "PROPOSED" | "APPROVED" | null;
}

export async function createDossier(f: DossierFixture): Promise<{ id: string; code: string; version: number }> {
  const versionId = f.versionId ?? (await someProcedureVersion()).id;
  const agency = await db().agency.findUniqueOrThrow({ where: { id: f.agencyId }, select: { code: true } });
  const code = `${agency.code}-991231-${String(++sequence).padStart(4, "0")}${randomBytes(2).toString("hex").toUpperCase()}`;
  const status = f.status ?? "NEW";
  const name = f.applicantName ?? "Trần Thị Bích";
  const d = await db().dossier.create({
    data: {
      code,
      pinHash: "x",
      procedureVersionId: versionId,
      applicantId: f.applicantId ?? null,
      applicant: { fullName: name, email: f.applicantEmail ?? `applicant-${randomUUID().slice(0, 8)}@test.motcua`, phone: "0912000111" },
      applicantName: name,
      applicantCitizenId: f.citizenId ?? "001190000001",
      channel: "ONLINE",
      status,
      receivingAgencyId: f.agencyId,
      currentAgencyId: f.agencyId,
      assigneeId: f.assigneeId ?? null,
      step: f.step ?? (status === "IN_PROCESSING" ? "EXAMINING" : null),
      answers: { purpose: "Kiểm thử" },
      receivedAt: f.receivedAt === undefined ? (status === "NEW" ? null : new Date()) : f.receivedAt,
      dueAt: f.dueAt ?? null,
    },
    select: { id: true, code: true, version: true },
  });
  await db().statusEvent.create({ data: { dossierId: d.id, action: "submit", toStatus: "NEW", actorId: f.applicantId ?? null, actorRole: f.applicantId ? "CITIZEN" : null } });
  return d;
}

export async function addFile(dossierId: string, kind: "SUBMISSION" | "SUPPLEMENT" | "RESULT" | "ATTACHMENT" = "RESULT"): Promise<string> {
  const f = await db().dossierFile.create({
    data: {
      dossierId,
      kind,
      originalName: "ket-qua.pdf",
      storageKey: `test/${randomUUID()}`,
      mimeType: "application/pdf",
      size: 1234,
      sha256: "0".repeat(64),
    },
    select: { id: true },
  });
  return f.id;
}

/** A published inter-agency procedure: the commune examines (2 working days), then the Department of Justice (3). */
export async function createRoutedProcedure(departmentCode: string): Promise<string> {
  const field = await db().field.findFirstOrThrow({ select: { id: true } });
  const tag = randomBytes(4).toString("hex");
  const procedure = await db().procedure.create({ data: { code: `T.${tag}`, fieldId: field.id } });
  const version = await db().procedureVersion.create({
    data: {
      procedureId: procedure.id,
      version: 1,
      status: "DRAFT",
      name: `Thủ tục liên thông thử nghiệm ${tag}`,
      level: "COMMUNE",
      audience: "CITIZEN",
      onlineLevel: "FULL",
      channels: ["ONLINE", "COUNTER"],
      steps: [],
      timeLimitValue: new Prisma.Decimal(5),
      timeLimitUnit: "WORKING_DAY",
      timeLimitText: "05 ngày làm việc",
      fees: [],
      result: "Quyết định",
      legalBasis: [],
      route: [
        { agencyKind: "COMMUNE", description: "Ủy ban nhân dân xã kiểm tra, xác nhận", timeLimit: 2, timeUnit: "WORKING_DAY" },
        { agencyKind: "DEPARTMENT", agencyCode: departmentCode, description: "Sở thẩm định, quyết định", timeLimit: 3, timeUnit: "WORKING_DAY" },
      ],
      components: { create: [{ position: 0, name: "Tờ khai", form: "ORIGINAL", count: 1, required: true }] },
    },
  });
  await db().procedureVersion.update({ where: { id: version.id }, data: { status: "PUBLISHED", publishedAt: new Date() } });
  await db().procedure.update({ where: { id: procedure.id }, data: { currentVersionId: version.id } });
  // Publishing puts a procedure in the search index, as the catalog's own publishing does.
  await indexProcedure(db(), procedure.id);
  return version.id;
}

export async function currentVersion(dossierId: string): Promise<number> {
  return (await db().dossier.findUniqueOrThrow({ where: { id: dossierId }, select: { version: true } })).version;
}
