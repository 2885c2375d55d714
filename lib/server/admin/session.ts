/**
 * Administration pages: the signed-in administration actor, or the sign-in page, or "not found"
 * for every other role. An inspector's every page view is audited here.
 */
import { notFound as nextNotFound, redirect } from "next/navigation";
import { currentUser, safeNext } from "@/lib/server/auth/session";
import { AppError } from "@/lib/server/errors";
import { auditInspection, loadAdminActor, type AdminActor } from "./access";

export async function currentAdminActor(): Promise<AdminActor | null> {
  const user = await currentUser();
  if (!user) return null;
  try {
    return await loadAdminActor(user.id);
  } catch (e) {
    if (e instanceof AppError) return null;
    throw e;
  }
}

/** For pages: who is administering, audited when an inspector reads `page`. */
export async function requireAdministration(page: string): Promise<AdminActor> {
  const user = await currentUser();
  if (!user) redirect(`/sign-in?next=${encodeURIComponent(safeNext(page, "/admin"))}`);
  const actor = await currentAdminActor();
  if (!actor) nextNotFound();
  await auditInspection(actor, page);
  return actor;
}

/** For server actions: an actor who may change things; anyone else is answered "not found". */
export async function requireAdminChanger(): Promise<AdminActor> {
  const actor = await currentAdminActor();
  if (!actor || (actor.role !== "ADMIN" && actor.role !== "AGENCY_ADMIN")) nextNotFound();
  return actor;
}
