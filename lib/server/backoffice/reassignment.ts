/**
 * Dossiers that need a new assignee: open dossiers at a leader's agencies still assigned to an
 * officer whose account was deactivated (left, merged away). The leader's queue lists them first.
 */
import { db } from "@/lib/db";
import { OPEN_STATUSES } from "@/lib/domain/workflow";
import { queueAgencyIds } from "./scope";
import type { Actor } from "./types";

export interface ReassignmentRow {
  id: string;
  code: string;
  applicantName: string;
  status: string;
  dueAt: Date | null;
  assigneeName: string;
}

export async function dossiersToReassign(actor: Actor, take = 50): Promise<ReassignmentRow[]> {
  if (actor.role !== "LEADER") return [];
  const client = db();
  const agencyIds = await queueAgencyIds(client, actor);
  if (agencyIds.length === 0) return [];
  const rows = await client.dossier.findMany({
    where: { currentAgencyId: { in: agencyIds }, status: { in: OPEN_STATUSES }, assignee: { active: false } },
    orderBy: [{ dueAt: { sort: "asc", nulls: "last" } }, { code: "asc" }],
    take,
    select: { id: true, code: true, applicantName: true, status: true, dueAt: true, assignee: { select: { fullName: true } } },
  });
  return rows.map((r) => ({ id: r.id, code: r.code, applicantName: r.applicantName, status: r.status, dueAt: r.dueAt, assigneeName: r.assignee?.fullName ?? "" }));
}
