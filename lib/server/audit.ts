import type { Prisma } from "@/lib/generated/prisma/client";

export interface AuditEntry {
  actorId: string | null;
  action: string;
  entity: string;
  entityId?: string | null;
  data?: Prisma.InputJsonValue;
}

/** Writes an audit record inside the caller's transaction (append-only in the database). */
export async function audit(tx: Prisma.TransactionClient, entry: AuditEntry): Promise<void> {
  await tx.auditLog.create({
    data: { actorId: entry.actorId, action: entry.action, entity: entry.entity, entityId: entry.entityId ?? null, data: entry.data },
  });
}
