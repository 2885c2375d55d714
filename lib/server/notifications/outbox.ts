import { Prisma } from "@/lib/generated/prisma/client";

export interface Notification {
  /** Email address of the recipient. */
  to: string;
  /** Template name (see lib/server/notifications/templates). */
  template: string;
  locale?: "vi" | "en";
  data: Prisma.InputJsonValue;
  dossierId?: string | null;
}

/**
 * The INSERT of a notification: one, or one per row of `source` (a CTE of the same statement, whose
 * `id` is the dossier's) when given. enqueueNotification writes through it too, so the columns are
 * listed once.
 */
export function outboxInsertSql(n: Notification, source?: Prisma.Sql): Prisma.Sql {
  const dossierId = source ? Prisma.sql`${source}.id` : Prisma.sql`${n.dossierId ?? null}::uuid`;
  return Prisma.sql`INSERT INTO "Outbox" (recipient, template, locale, data, "dossierId")
    SELECT ${n.to}, ${n.template}, ${n.locale ?? "vi"}, ${JSON.stringify(n.data)}::jsonb, ${dossierId}${source ? Prisma.sql` FROM ${source}` : Prisma.empty}`;
}

/**
 * Queues a notification inside the caller's transaction, so it exists if and only if the change
 * it reports was committed. The worker (scripts/worker.ts) sends it.
 */
export async function enqueueNotification(tx: Prisma.TransactionClient, n: Notification): Promise<void> {
  await tx.$executeRaw(outboxInsertSql(n));
}
