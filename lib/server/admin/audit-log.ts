/**
 * Reading the audit log: who, what kind of record, which record, when; each entry with the before
 * and after it recorded. Administrators and inspectors (agency administrators: not the audit log).
 */
import { z } from "zod";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { notFound } from "@/lib/server/errors";
import type { AdminActor } from "./access";

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const opt = <T extends z.ZodType>(s: T) => z.preprocess((v) => (v === "" || v === undefined ? undefined : v), s.optional());

export const auditFilter = z.object({
  /** Part of the actor's name or email. */
  who: opt(z.string().trim().max(100)),
  entity: opt(z.string().trim().max(60)),
  entityId: opt(z.string().trim().max(300)),
  action: opt(z.string().trim().max(100)),
  from: opt(isoDate),
  to: opt(isoDate),
  before: opt(z.coerce.bigint()),
});
export type AuditFilter = z.output<typeof auditFilter>;

function assertReader(actor: AdminActor): void {
  if (actor.role !== "ADMIN" && actor.role !== "INSPECTOR") throw notFound();
}

function whereOf(f: AuditFilter): Prisma.AuditLogWhereInput {
  const vn = (d: string, end: boolean) => new Date(Date.parse(`${d}T00:00:00+07:00`) + (end ? 86400_000 : 0));
  return {
    ...(f.who ? { actor: { OR: [{ fullName: { contains: f.who, mode: "insensitive" } }, { email: { contains: f.who.toLowerCase() } }] } } : {}),
    ...(f.entity ? { entity: f.entity } : {}),
    ...(f.entityId ? { entityId: f.entityId } : {}),
    ...(f.action ? { action: { startsWith: f.action } } : {}),
    ...(f.from || f.to ? { createdAt: { ...(f.from ? { gte: vn(f.from, false) } : {}), ...(f.to ? { lt: vn(f.to, true) } : {}) } } : {}),
    ...(f.before ? { id: { lt: f.before } } : {}),
  };
}

export function parseAuditFilter(raw: unknown): AuditFilter {
  const r = auditFilter.safeParse(raw);
  return r.success ? r.data : {};
}

const select = { id: true, action: true, entity: true, entityId: true, data: true, clientAddress: true, createdAt: true, actor: { select: { fullName: true, email: true, role: true } } } as const;

/** One page (newest first, 50 entries); `next` continues before the last one. */
export async function listAudit(actor: AdminActor, f: AuditFilter) {
  assertReader(actor);
  const rows = await db().auditLog.findMany({ where: whereOf(f), orderBy: { id: "desc" }, take: 51, select });
  const page = rows.slice(0, 50);
  const [entities] = await Promise.all([db().auditLog.findMany({ distinct: ["entity"], select: { entity: true }, orderBy: { entity: "asc" } })]);
  return { rows: page, next: rows.length > 50 ? page[page.length - 1]!.id.toString() : null, entities: entities.map((e) => e.entity) };
}

const csvCell = (v: string) => {
  // Formula injection in spreadsheets: a leading = + - @ is quoted as text.
  const s = /^[=+\-@\t\r]/.test(v) ? `'${v}` : v;
  return /[",\n\r;]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};

/** The filtered log as CSV (at most 50,000 rows), for the inspector's records. */
export async function exportAuditCsv(actor: AdminActor, f: AuditFilter): Promise<string> {
  assertReader(actor);
  const rows = await db().auditLog.findMany({ where: whereOf(f), orderBy: { id: "desc" }, take: 50_000, select });
  const head = ["id", "time", "actor", "email", "role", "action", "entity", "entityId", "data", "clientAddress"];
  const lines = rows.map((r) =>
    [r.id.toString(), r.createdAt.toISOString(), r.actor?.fullName ?? "", r.actor?.email ?? "", r.actor?.role ?? "", r.action, r.entity, r.entityId ?? "", r.data == null ? "" : JSON.stringify(r.data), r.clientAddress ?? ""].map(csvCell).join(","),
  );
  return `\uFEFF${[head.join(","), ...lines].join("\r\n")}\r\n`;
}
