import type { DossierStatus, ProcessingStep, Role as PrismaRole } from "@/lib/generated/prisma/enums";
import type { Role, Status, Step } from "@/lib/domain/workflow";

/** Who is acting: from the session (lib/server/backoffice/actor.ts), re-read from the database. */
export interface Actor {
  userId: string;
  role: Role;
  agencyId: string | null;
}

// The domain's lists and the database enums must be the same sets (compile-time check).
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const statusesMatch: Same<Status, DossierStatus> = true;
const stepsMatch: Same<Step, ProcessingStep> = true;
const rolesMatch: Same<Role, PrismaRole> = true;
void statusesMatch;
void stepsMatch;
void rolesMatch;
