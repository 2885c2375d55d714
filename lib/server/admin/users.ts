/**
 * Officers and users: find anyone by name, email or ID number; invite an officer by email (a
 * one-use, expiring link that sets the password — the same one-time link as a password reset —
 * after which the second factor is enrolled at first sign-in); change role or agency; deactivate
 * and reactivate. Nobody removes the last active administrator.
 *
 * Deactivation ends sessions at once: every request re-reads the user (lib/server/auth/session.ts,
 * `currentUser`) and an inactive user is signed out.
 */
import { randomBytes } from "node:crypto";
import { z } from "zod";
import { config } from "@/lib/config";
import { db } from "@/lib/db";
import type { Prisma, Role } from "@/lib/generated/prisma/client";
import { audit } from "@/lib/server/audit";
import { sha256Hex } from "@/lib/server/auth/secret";
import { conflict, notFound, validation } from "@/lib/server/errors";
import { enqueueNotification } from "@/lib/server/notifications/outbox";
import { OPEN_STATUSES } from "@/lib/domain/workflow/statuses";
import { agencyPathInScope, agencyScopeWhere, assertCanChange, type AdminActor } from "./access";

export const INVITE_HOURS = 72;
export const STAFF_ROLES = ["RECEPTION", "SPECIALIST", "LEADER", "AGENCY_ADMIN", "ADMIN", "INSPECTOR"] as const satisfies readonly Role[];
/** Roles an agency administrator may give (within their subtree). */
const AGENCY_GRANTABLE: readonly Role[] = ["RECEPTION", "SPECIALIST", "LEADER", "AGENCY_ADMIN"];

const canGrant = (actor: AdminActor, role: Role) => actor.role === "ADMIN" || (actor.role === "AGENCY_ADMIN" && AGENCY_GRANTABLE.includes(role));

export const findInput = z.object({ q: z.string().trim().max(100).optional().default("") });

/** Users the actor may see: everyone for the province and inspectors; staff of their subtree for an agency administrator. */
function userScope(actor: AdminActor): Prisma.UserWhereInput {
  if (actor.role !== "AGENCY_ADMIN") return {};
  return { role: { not: "CITIZEN" }, agency: agencyScopeWhere(actor) };
}

export async function findUsers(actor: AdminActor, raw: unknown) {
  const { q } = findInput.safeParse(raw).data ?? { q: "" };
  const where: Prisma.UserWhereInput = {
    AND: [
      userScope(actor),
      q
        ? { OR: [{ fullName: { contains: q, mode: "insensitive" } }, { email: { contains: q.toLowerCase() } }, { citizenId: q }, { phone: { contains: q } }] }
        : { role: { not: "CITIZEN" } },
    ],
  };
  return db().user.findMany({
    where,
    orderBy: [{ active: "desc" }, { fullName: "asc" }],
    take: 100,
    select: { id: true, fullName: true, email: true, role: true, active: true, citizenId: true, agency: { select: { code: true, name: true } } },
  });
}

async function loadUserInScope(tx: Prisma.TransactionClient | ReturnType<typeof db>, actor: AdminActor, userId: string) {
  if (!z.uuid().safeParse(userId).success) throw notFound();
  const user = await tx.user.findFirst({ where: { id: userId, ...userScope(actor) }, include: { agency: { select: { id: true, code: true, name: true, path: true } } } });
  if (!user) throw notFound();
  return user;
}

export async function getUser(actor: AdminActor, userId: string) {
  const u = await loadUserInScope(db(), actor, userId);
  const history = await db().auditLog.findMany({ where: { entity: "User", entityId: userId }, orderBy: { id: "desc" }, take: 20, select: { action: true, createdAt: true, data: true, actor: { select: { fullName: true } } } });
  return {
    id: u.id,
    fullName: u.fullName,
    email: u.email,
    phone: u.phone,
    role: u.role,
    active: u.active,
    citizenId: u.citizenId,
    agency: u.agency ? { code: u.agency.code, name: u.agency.name } : null,
    invited: !u.passwordHash,
    secondFactor: u.role === "CITIZEN" ? null : ((await db().secondFactor.findUnique({ where: { userId }, select: { enabledAt: true } }))?.enabledAt ? "enrolled" : "none"),
    openAssigned: await openAssignedCount(userId),
    history,
  };
}

async function agencyByCode(tx: Prisma.TransactionClient, actor: AdminActor, code: string) {
  const agency = await tx.agency.findUnique({ where: { code }, select: { id: true, path: true, active: true } });
  if (!agency || !agency.active || !agencyPathInScope(actor, agency.path)) throw validation("admin.errors.agencyOutOfScope");
  return agency;
}

/** Refuses to leave the portal without an active administrator (row locks make two at once safe). */
async function assertNotLastAdmin(tx: Prisma.TransactionClient, userId: string): Promise<void> {
  const admins = await tx.$queryRaw<Array<{ id: string }>>`SELECT "id" FROM "User" WHERE "role" = 'ADMIN' AND "active" = true FOR UPDATE`;
  if (admins.every((a) => a.id === userId)) throw conflict("admin.errors.lastAdmin");
}

export const inviteInput = z.object({
  email: z.string().trim().toLowerCase().pipe(z.email()),
  fullName: z.string().trim().min(2).max(100),
  role: z.enum(STAFF_ROLES),
  agencyCode: z.string().trim().max(40).optional().default(""),
});

/** Creates the officer's account and emails the link that sets their password. */
export async function inviteOfficer(actor: AdminActor, raw: unknown, locale: "vi" | "en" = "vi"): Promise<{ userId: string }> {
  assertCanChange(actor);
  const parsed = inviteInput.safeParse(raw);
  if (!parsed.success) throw validation("admin.errors.invite");
  const { email, fullName, role, agencyCode } = parsed.data;
  if (!canGrant(actor, role)) throw notFound();
  return db().$transaction(async (tx) => {
    const needsAgency = role !== "ADMIN" && role !== "INSPECTOR";
    const agency = agencyCode ? await agencyByCode(tx, actor, agencyCode) : null;
    if (needsAgency && !agency) throw validation("admin.errors.agencyRequired");
    if (await tx.user.findUnique({ where: { email } })) throw conflict("admin.errors.emailTaken");
    const user = await tx.user.create({ data: { email, fullName, role, agencyId: agency?.id ?? null } });
    const token = randomBytes(32).toString("base64url");
    await tx.authToken.create({ data: { userId: user.id, kind: "RESET_PASSWORD", tokenHash: sha256Hex(token), expiresAt: new Date(Date.now() + INVITE_HOURS * 3600_000) } });
    await enqueueNotification(tx, {
      to: email,
      template: "admin.invitation",
      locale,
      data: { name: fullName, url: new URL(`/reset-password?token=${token}`, config().APP_URL).toString(), hours: INVITE_HOURS },
    });
    await audit(tx, { actorId: actor.userId, action: "user.invite", entity: "User", entityId: user.id, data: { after: { email, fullName, role, agencyCode: agencyCode || null } } });
    return { userId: user.id };
  });
}

export const changeInput = z.object({ role: z.enum(STAFF_ROLES), agencyCode: z.string().trim().max(40).optional().default("") });

/** Changes an officer's role or agency (audited with before and after). */
export async function changeUserRole(actor: AdminActor, userId: string, raw: unknown): Promise<void> {
  assertCanChange(actor);
  const parsed = changeInput.safeParse(raw);
  if (!parsed.success) throw validation("admin.errors.invite");
  const { role, agencyCode } = parsed.data;
  if (!canGrant(actor, role)) throw notFound();
  await db().$transaction(async (tx) => {
    const user = await loadUserInScope(tx, actor, userId);
    if (user.role === "CITIZEN") throw validation("admin.errors.citizenRole");
    if (!canGrant(actor, user.role)) throw notFound();
    if (user.role === "ADMIN" && role !== "ADMIN") await assertNotLastAdmin(tx, userId);
    const agency = agencyCode ? await agencyByCode(tx, actor, agencyCode) : null;
    if (role !== "ADMIN" && role !== "INSPECTOR" && !agency) throw validation("admin.errors.agencyRequired");
    await tx.user.update({ where: { id: userId }, data: { role, agencyId: agency?.id ?? null } });
    await audit(tx, {
      actorId: actor.userId,
      action: "user.role",
      entity: "User",
      entityId: userId,
      data: { before: { role: user.role, agencyCode: user.agency?.code ?? null }, after: { role, agencyCode: agencyCode || null } },
    });
  });
}

/** Deactivates (sessions end at once: every request re-reads the user) or reactivates an account. */
export async function setUserActive(actor: AdminActor, userId: string, active: boolean): Promise<void> {
  assertCanChange(actor);
  await db().$transaction(async (tx) => {
    const user = await loadUserInScope(tx, actor, userId);
    if (actor.role === "AGENCY_ADMIN" && !canGrant(actor, user.role)) throw notFound();
    if (user.active === active) return;
    if (!active && user.role === "ADMIN") await assertNotLastAdmin(tx, userId);
    await tx.user.update({ where: { id: userId }, data: { active } });
    await audit(tx, { actorId: actor.userId, action: active ? "user.reactivate" : "user.deactivate", entity: "User", entityId: userId, data: { before: { active: user.active }, after: { active } } });
  });
}

/**
 * Resets an officer's second factor (lost phone): the authenticator and the recovery codes are
 * removed and every session ends, so the officer enrolls a new authenticator at the next sign-in.
 */
export async function resetSecondFactor(actor: AdminActor, userId: string): Promise<void> {
  assertCanChange(actor);
  await db().$transaction(async (tx) => {
    const user = await loadUserInScope(tx, actor, userId);
    if (user.role === "CITIZEN") throw notFound();
    if (!canGrant(actor, user.role)) throw notFound();
    const had = await tx.secondFactor.findUnique({ where: { userId }, select: { enabledAt: true } });
    await tx.secondFactor.deleteMany({ where: { userId } });
    const codes = await tx.recoveryCode.deleteMany({ where: { userId } });
    const sessions = await tx.userSession.updateMany({ where: { userId, revokedAt: null }, data: { revokedAt: new Date() } });
    await audit(tx, {
      actorId: actor.userId,
      action: "user.resetSecondFactor",
      entity: "User",
      entityId: userId,
      data: { before: { secondFactor: had?.enabledAt ? "enrolled" : had ? "pending" : "none", recoveryCodes: codes.count }, after: { secondFactor: "none" }, sessionsEnded: sessions.count },
    });
  });
}

/** Open dossiers still assigned to an officer (shown when deactivating them). */
export async function openAssignedCount(userId: string): Promise<number> {
  return db().dossier.count({ where: { assigneeId: userId, status: { in: OPEN_STATUSES } } });
}
