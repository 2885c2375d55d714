/**
 * Inspection (thanh tra, kiểm soát TTHC): read-only across the province — the register of dossiers
 * (filter by filing dates, agency, code, ID number or name) and each dossier with its full history.
 * Nothing here changes anything; every page that calls these is audited for an inspector
 * (`requireAdministration`). Province administrators read the same.
 */
import { z } from "zod";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { notFound } from "@/lib/server/errors";
import type { AdminActor } from "./access";

function assertReader(actor: AdminActor): void {
  if (actor.role !== "ADMIN" && actor.role !== "INSPECTOR") throw notFound();
}

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
export const inspectQuery = z.object({
  from: isoDate.optional().catch(undefined),
  to: isoDate.optional().catch(undefined),
  agency: z.string().trim().toUpperCase().max(40).optional().catch(undefined),
  q: z.string().trim().max(100).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(10_000).catch(1).default(1),
});
export type InspectQuery = z.output<typeof inspectQuery>;

const PAGE = 50;
const vnMidnight = (d: string) => new Date(`${d}T00:00:00+07:00`);

/** The register across the province: newest filings first, 50 a page. */
export async function inspectRegister(actor: AdminActor, raw: unknown) {
  assertReader(actor);
  const q = inspectQuery.parse(raw ?? {});
  const and: Prisma.DossierWhereInput[] = [];
  if (q.from) and.push({ submittedAt: { gte: vnMidnight(q.from) } });
  if (q.to) and.push({ submittedAt: { lt: new Date(vnMidnight(q.to).getTime() + 86_400_000) } });
  if (q.agency) and.push({ OR: [{ receivingAgency: { code: q.agency } }, { currentAgency: { code: q.agency } }] });
  if (q.q) {
    const term = q.q;
    and.push({ OR: [{ code: term.toUpperCase() }, { code: { startsWith: term.toUpperCase() } }, { applicantCitizenId: term }, { applicantName: { contains: term, mode: "insensitive" } }] });
  }
  const rows = await db().dossier.findMany({
    where: { AND: and },
    orderBy: [{ submittedAt: "desc" }, { code: "asc" }],
    skip: (q.page - 1) * PAGE,
    take: PAGE + 1,
    select: {
      id: true,
      code: true,
      applicantName: true,
      status: true,
      channel: true,
      submittedAt: true,
      dueAt: true,
      finishedAt: true,
      procedureVersion: { select: { name: true, version: true } },
      receivingAgency: { select: { code: true, name: true } },
      currentAgency: { select: { code: true, name: true } },
    },
  });
  return { query: q, rows: rows.slice(0, PAGE), hasMore: rows.length > PAGE };
}

/** One dossier with its full history (every status event, who, where, why). */
export async function inspectDossier(actor: AdminActor, dossierId: string) {
  assertReader(actor);
  if (!z.uuid().safeParse(dossierId).success) throw notFound();
  const d = await db().dossier.findUnique({
    where: { id: dossierId },
    select: {
      id: true,
      code: true,
      applicantName: true,
      applicantCitizenId: true,
      onBehalf: true,
      channel: true,
      status: true,
      step: true,
      submittedAt: true,
      receivedAt: true,
      dueAt: true,
      extendedDueAt: true,
      finishedAt: true,
      supplementCount: true,
      procedureVersion: { select: { name: true, version: true, procedure: { select: { code: true } } } },
      receivingAgency: { select: { code: true, name: true } },
      currentAgency: { select: { code: true, name: true } },
      assignee: { select: { fullName: true, active: true } },
      files: { orderBy: { createdAt: "asc" }, select: { id: true, kind: true, originalName: true, createdAt: true } },
      events: {
        orderBy: { id: "asc" },
        select: { id: true, action: true, fromStatus: true, toStatus: true, actorRole: true, reason: true, createdAt: true, actor: { select: { fullName: true } }, agency: { select: { name: true } } },
      },
    },
  });
  if (!d) throw notFound();
  return { ...d, events: d.events.map((e) => ({ ...e, id: String(e.id) })) };
}
