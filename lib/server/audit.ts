import { headers } from "next/headers";
import type { Prisma } from "@/lib/generated/prisma/client";
import { clientAddress } from "@/lib/server/rate-limit";

export interface AuditEntry {
  actorId: string | null;
  action: string;
  entity: string;
  entityId?: string | null;
  data?: Prisma.InputJsonValue;
  /** The requesting client's address; by default the current request's (none for scheduled jobs). */
  clientAddress?: string | null;
}

/** The address of the client of the request being served, or null outside a request (jobs, scripts). */
async function requestAddress(): Promise<string | null> {
  try {
    return clientAddress(await headers()) || null;
  } catch {
    return null;
  }
}

/** The address an audit record keeps: the entry's own if given, else the current request's. */
export async function auditAddress(entry: Pick<AuditEntry, "clientAddress">): Promise<string | null> {
  return entry.clientAddress !== undefined ? entry.clientAddress : await requestAddress();
}

/**
 * Writes an audit record inside the caller's transaction (append-only in the database). A use case
 * that writes its record within one of its own statements (transitionDossier) takes the address
 * from auditAddress.
 */
export async function audit(tx: Prisma.TransactionClient, entry: AuditEntry): Promise<void> {
  const address = await auditAddress(entry);
  await tx.auditLog.create({
    data: {
      actorId: entry.actorId,
      action: entry.action,
      entity: entry.entity,
      entityId: entry.entityId ?? null,
      data: entry.data,
      clientAddress: address,
    },
  });
}
