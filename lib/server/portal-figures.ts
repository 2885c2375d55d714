import { db } from "@/lib/db";

export interface PortalFigures {
  procedures: number;
  onlineProcedures: number;
  agencies: number;
}

/** Headline figures for the home page. */
export async function getPortalFigures(): Promise<PortalFigures> {
  const [procedures, onlineProcedures, agencies] = await Promise.all([
    db().procedureVersion.count({ where: { status: "PUBLISHED", currentOf: { isNot: null } } }),
    db().procedureVersion.count({ where: { status: "PUBLISHED", currentOf: { isNot: null }, onlineLevel: { not: "NONE" } } }),
    db().agency.count({ where: { active: true, kind: { in: ["COMMUNE", "DEPARTMENT", "POLICE", "SOCIAL_INSURANCE"] } } }),
  ]);
  return { procedures, onlineProcedures, agencies };
}
