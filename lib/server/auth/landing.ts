import type { Role } from "@/lib/generated/prisma/client";

/**
 * Where a person lands after signing in: the page they were going to when there was one (already
 * checked by safeReturnPath), else their home — a citizen's dossiers, an administrator's
 * administration, any other staff member's queue.
 */
export function landingPath(role: Role, next: string): string {
  if (next) return next;
  if (role === "CITIZEN") return "/my/dossiers";
  if (role === "ADMIN") return "/admin";
  return "/office";
}
