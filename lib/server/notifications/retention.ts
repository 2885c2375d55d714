/**
 * Personal data is kept only as long as needed (Nghị định 13/2023/NĐ-CP): an email's address and
 * contents stay in the outbox EMAIL_RETENTION_DAYS after it was sent (or gave up), then go.
 */
import { config } from "@/lib/config";
import { db } from "@/lib/db";

export async function purgeOldEmails(now = new Date(), days = config().EMAIL_RETENTION_DAYS): Promise<number> {
  const before = new Date(now.getTime() - days * 86_400_000);
  const res = await db().outbox.deleteMany({
    where: {
      channel: "email",
      OR: [
        { status: "SENT", sentAt: { lt: before } },
        { status: { not: "SENT" }, createdAt: { lt: before }, nextAttemptAt: { lt: before } },
      ],
    },
  });
  return res.count;
}
