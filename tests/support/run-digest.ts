/**
 * For the end-to-end journey of the morning digest: runs the worker's digest job once, as if at the
 * given instant, against DATABASE_URL, then prints (JSON) the officer's stored email, rendered as sent.
 *   tsx tests/support/run-digest.ts <ISO instant> <officer email>
 */
import { sendDailyDigests } from "@/lib/server/backoffice/digest";
import { db } from "@/lib/db";
import { getStoredMail } from "@/lib/server/notifications/templates";

async function main() {
  const [instant, email] = process.argv.slice(2);
  if (!instant || !email) throw new Error("usage: run-digest.ts <ISO instant> <officer email>");
  const result = await sendDailyDigests(new Date(instant));
  const row = await db().outbox.findFirst({ where: { recipient: email.toLowerCase(), template: "digest.officer" }, orderBy: { id: "desc" } });
  const mail = row ? await getStoredMail(row.id) : null;
  process.stdout.write(JSON.stringify({ result, mail: mail ? { recipient: mail.recipient, rendered: mail.rendered } : null }));
  await db().$disconnect?.();
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
