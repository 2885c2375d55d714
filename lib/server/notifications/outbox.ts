import type { Prisma } from "@/lib/generated/prisma/client";

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
 * Queues a notification inside the caller's transaction, so it exists if and only if the change
 * it reports was committed. The worker (scripts/worker.ts) sends it.
 */
export async function enqueueNotification(tx: Prisma.TransactionClient, n: Notification): Promise<void> {
  await tx.outbox.create({
    data: { recipient: n.to, template: n.template, locale: n.locale ?? "vi", data: n.data, dossierId: n.dossierId ?? null },
  });
}
