/**
 * Demo dossiers with known outcomes, so that the officers' queue, "my dossiers", tracking and the
 * public statistics have something true to show. Finished dossiers have fixed dates in 2026; open
 * ones are placed relative to the time of seeding. Idempotent (keyed by idempotencyKey "demo-…").
 * The counts they produce are listed in DEMO_DOSSIER_COUNTS (the e2e suite checks the statistics
 * page against them).
 */
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import { formatDossierCode } from "@/lib/domain/dossier-code";
import { hashTrackingPin } from "@/lib/server/dossiers/code";
import { refreshStatistics } from "@/lib/server/stats/refresh";
import { DEMO_TRACKING_PIN, demoDossiers, type DemoDossier } from "./seed-data/dossiers";

export { DEMO_TRACKING_PIN };

const HOUR = 3600_000;

function at(spec: DemoDossier["receivedAt"], now: Date): Date | null {
  if (spec === null) return null;
  if (typeof spec === "string") return new Date(spec);
  return new Date(now.getTime() + spec.hoursFromNow * HOUR);
}

export async function seedDemoDossiers(prisma: PrismaClient, now = new Date()): Promise<{ created: number; firstCode: string | null }> {
  const existing = await prisma.dossier.findFirst({ where: { idempotencyKey: "demo-1" }, select: { code: true } });
  if (existing) return { created: 0, firstCode: existing.code };

  const users = await prisma.user.findMany({ where: { email: { endsWith: "@motcua.test" } }, select: { id: true, email: true, role: true, agencyId: true } });
  const byEmail = new Map(users.map((u) => [u.email!, u]));
  const citizen = byEmail.get("congdan@motcua.test");
  if (!citizen) throw new Error("demo dossiers need the demo citizen");
  const citizenRow = await prisma.user.findUniqueOrThrow({ where: { id: citizen.id } });
  let firstCode: string | null = null;
  let created = 0;

  for (const [i, d] of demoDossiers.entries()) {
    const officerPrefix = d.agency === "commune" ? "xa" : "so";
    const reception = byEmail.get(`tiepnhan.${officerPrefix}@motcua.test`)!;
    const specialist = byEmail.get(`chuyenvien.${officerPrefix}@motcua.test`)!;
    const leader = byEmail.get(`lanhdao.${officerPrefix}@motcua.test`)!;
    const agencyId = reception.agencyId!;
    const agency = await prisma.agency.findUniqueOrThrow({ where: { id: agencyId }, select: { code: true } });
    const version = await prisma.procedureVersion.findFirstOrThrow({
      where: { name: d.procedureName, status: "PUBLISHED", currentOf: { isNot: null } },
      select: { id: true },
    });
    const submittedAt = at(d.submittedAt, now)!;
    const receivedAt = at(d.receivedAt, now);
    const dueAt = at(d.dueAt, now);
    const processedAt = at(d.processedAt ?? null, now);
    const returnedAt = at(d.returnedAt ?? null, now);
    const extendedDueAt = at(d.extendedDueAt ?? null, now);

    await prisma.$transaction(async (tx) => {
      const seq = await tx.$queryRaw<Array<{ last: number }>>`
        INSERT INTO "DossierCodeSequence" ("agencyId", "day", "last")
        VALUES (${agencyId}::uuid, (${submittedAt}::timestamptz AT TIME ZONE 'Asia/Ho_Chi_Minh')::date, 1)
        ON CONFLICT ("agencyId", "day") DO UPDATE SET "last" = "DossierCodeSequence"."last" + 1 RETURNING "last"`;
      const code = formatDossierCode(agency.code, submittedAt, Number(seq[0]!.last));
      firstCode ??= code;
      const applicant = {
        fullName: citizenRow.fullName,
        email: citizenRow.email,
        phone: citizenRow.phone,
        citizenId: citizenRow.citizenId,
        address: citizenRow.address,
      };
      const dossier = await tx.dossier.create({
        data: {
          code,
          pinHash: hashTrackingPin(code, DEMO_TRACKING_PIN),
          procedureVersionId: version.id,
          applicantId: citizen.id,
          applicant,
          applicantName: citizenRow.fullName,
          applicantCitizenId: citizenRow.citizenId,
          channel: d.channel,
          status: d.status,
          step: d.status === "IN_PROCESSING" ? "EXAMINING" : null,
          receivingAgencyId: agencyId,
          currentAgencyId: agencyId,
          assigneeId: d.status === "IN_PROCESSING" || processedAt ? specialist.id : null,
          answers: d.answers as Prisma.InputJsonValue,
          idempotencyKey: `demo-${i + 1}`,
          submittedAt,
          receivedAt,
          dueAt,
          extendedDueAt,
          finishedAt: returnedAt,
          createdAt: submittedAt,
        },
      });
      const events: Array<{ action: string; from: string | null; to: string; actor: { id: string; role: string } | null; time: Date; reason?: string }> = [
        { action: "submit", from: null, to: "NEW", actor: d.channel === "ONLINE" ? { id: citizen.id, role: "CITIZEN" } : { id: reception.id, role: "RECEPTION" }, time: submittedAt },
      ];
      if (receivedAt) {
        events.push({ action: "receive", from: "NEW", to: "RECEIVED", actor: { id: reception.id, role: "RECEPTION" }, time: receivedAt });
        events.push({ action: "assign", from: "RECEIVED", to: "IN_PROCESSING", actor: { id: leader.id, role: "LEADER" }, time: new Date(receivedAt.getTime() + HOUR) });
      }
      if (extendedDueAt) {
        events.push({ action: "apologize", from: "IN_PROCESSING", to: "IN_PROCESSING", actor: { id: leader.id, role: "LEADER" }, time: new Date(dueAt!.getTime() - 4 * HOUR), reason: d.apologyReason });
      }
      if (processedAt) {
        events.push({ action: "propose", from: "IN_PROCESSING", to: "IN_PROCESSING", actor: { id: specialist.id, role: "SPECIALIST" }, time: new Date(processedAt.getTime() - 2 * HOUR) });
        events.push({ action: "approve", from: "IN_PROCESSING", to: "PROCESSED", actor: { id: leader.id, role: "LEADER" }, time: processedAt });
      }
      if (returnedAt) events.push({ action: "returnResult", from: "PROCESSED", to: "RESULT_RETURNED", actor: { id: reception.id, role: "RECEPTION" }, time: returnedAt });
      for (const e of events) {
        await tx.statusEvent.create({
          data: {
            dossierId: dossier.id,
            action: e.action,
            fromStatus: e.from as never,
            toStatus: e.to as never,
            actorId: e.actor?.id ?? null,
            actorRole: (e.actor?.role ?? null) as never,
            agencyId,
            reason: e.reason ?? null,
            createdAt: e.time,
          },
        });
      }
      if (d.rating) {
        await tx.rating.create({
          data: {
            dossierId: dossier.id,
            userId: citizen.id,
            agencyId,
            access: d.rating,
            procedure: d.rating,
            officers: d.rating,
            result: d.rating,
            feedbackHandling: d.rating,
            overall: d.rating,
            contacts: 1,
            agenciesVisited: 1,
            comment: d.rating >= 4 ? "Cán bộ hướng dẫn tận tình." : "Phải đi lại nhiều lần.",
            createdAt: new Date(returnedAt!.getTime() + 2 * HOUR),
          },
        });
      }
    });
    created++;
  }
  await seedDemoFeedback(prisma, citizen.id, byEmail.get("tiepnhan.xa@motcua.test")!, now);
  await refreshStatistics(now, prisma);
  return { created, firstCode };
}

/** Two demo feedback items to the demo commune: one answered and published, one waiting. */
async function seedDemoFeedback(prisma: PrismaClient, citizenId: string, officer: { id: string; agencyId: string | null }, now: Date): Promise<void> {
  const agencyId = officer.agencyId!;
  await prisma.feedback.create({
    data: {
      code: "PA-261002-DEMO0001",
      senderId: citizenId,
      target: "AGENCY",
      agencyId,
      subject: "Đề nghị bố trí thêm ghế chờ tại bộ phận một cửa",
      body: "Buổi sáng thứ Hai người dân đến làm thủ tục đông, nhiều người phải đứng chờ lâu. Đề nghị bố trí thêm ghế chờ.",
      status: "ANSWERED",
      dueAt: new Date("2026-10-16T17:00:00+07:00"),
      answer: "Bộ phận một cửa đã bố trí thêm 20 ghế chờ và mở thêm một quầy tiếp nhận vào sáng thứ Hai. Cảm ơn ông/bà đã góp ý.",
      answeredAt: new Date("2026-10-08T10:00:00+07:00"),
      answeredById: officer.id,
      answeredOnTime: true,
      published: true,
      publicSubject: "Đề nghị bố trí thêm ghế chờ tại bộ phận một cửa",
      publicBody: "Buổi sáng thứ Hai người dân đến làm thủ tục đông, nhiều người phải đứng chờ lâu. Đề nghị bố trí thêm ghế chờ.",
      publicAnswer: "Bộ phận một cửa đã bố trí thêm 20 ghế chờ và mở thêm một quầy tiếp nhận vào sáng thứ Hai. Cảm ơn ông/bà đã góp ý.",
      publishedAt: new Date("2026-10-08T11:00:00+07:00"),
      createdAt: new Date("2026-10-02T09:00:00+07:00"),
    },
  });
  await prisma.feedback.create({
    data: {
      code: "PA-261120-DEMO0002",
      senderId: citizenId,
      target: "AGENCY",
      agencyId,
      subject: "Hướng dẫn nộp hồ sơ trực tuyến cho người cao tuổi",
      body: "Đề nghị bộ phận một cửa có người hướng dẫn người cao tuổi nộp hồ sơ trực tuyến tại chỗ.",
      dueAt: new Date(now.getTime() + 10 * 24 * HOUR),
      createdAt: new Date(now.getTime() - 24 * HOUR),
    },
  });
}
