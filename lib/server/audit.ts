import { headers } from "next/headers";
import { Prisma } from "@/lib/generated/prisma/client";
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

/** SQL yielding the jsonb of a record's data (NULL when there is none). */
export function jsonbSql(data: Prisma.InputJsonValue | undefined): Prisma.Sql {
  return data === undefined ? Prisma.sql`NULL::jsonb` : Prisma.sql`${JSON.stringify(data)}::jsonb`;
}

/**
 * The INSERT of an audit record: one, or one per row of `source` (a CTE of the same statement) when
 * given. `data` is SQL yielding jsonb, so a statement can add what it just wrote (transitionDossier adds
 * its event's id). audit() writes through it too, so the columns are listed once.
 */
export function auditInsertSql(entry: Omit<AuditEntry, "data" | "clientAddress"> & { data: Prisma.Sql; clientAddress: string | null }, source?: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`INSERT INTO "AuditLog" ("actorId", action, entity, "entityId", data, "clientAddress")
    SELECT ${entry.actorId}::uuid, ${entry.action}, ${entry.entity}, ${entry.entityId ?? null}, ${entry.data}, ${entry.clientAddress}${source ? Prisma.sql` FROM ${source}` : Prisma.empty}`;
}

/** Writes an audit record inside the caller's transaction (append-only in the database). */
export async function audit(tx: Prisma.TransactionClient, entry: AuditEntry): Promise<void> {
  await tx.$executeRaw(auditInsertSql({ ...entry, data: jsonbSql(entry.data), clientAddress: await auditAddress(entry) }));
}
