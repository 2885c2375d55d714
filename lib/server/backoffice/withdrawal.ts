/**
 * Withdrawal asked by the applicant from "my dossiers" (before a result); the desk then accepts or
 * rejects it from the dossier page. The transition itself is the workflow's requestWithdrawal.
 */
import { db } from "@/lib/db";
import { availableActions } from "@/lib/domain/workflow";
import { loadDossier, stateOf, transitionDossier } from "./transition";
import { inScope } from "./scope";
import type { Actor } from "./types";

/** Whether the applicant may ask to withdraw this dossier now, and the version to act on. */
export async function withdrawalOffer(actor: Actor, dossierId: string): Promise<{ dossierId: string; version: number } | null> {
  if (actor.role !== "CITIZEN") return null;
  const d = await loadDossier(db(), dossierId);
  if (!d || !inScope(actor, d)) return null;
  return availableActions(stateOf(d), actor, ["requestWithdrawal"]).length > 0 ? { dossierId: d.id, version: d.version } : null;
}

export async function requestWithdrawal(actor: Actor, dossierId: string, version: number, reason: string) {
  return transitionDossier(actor, dossierId, version, "requestWithdrawal", { reason });
}
