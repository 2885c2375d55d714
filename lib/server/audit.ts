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

/** Writes an audit record inside the caller's transaction (append-only in the database). */
export async function audit(tx: Prisma.TransactionClient, entry: AuditEntry): Promise<void> {
  const address = entry.clientAddress !== undefined ? entry.clientAddress : await requestAddress();
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
