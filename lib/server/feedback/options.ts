import { db } from "@/lib/db";

/** What the feedback form offers: agencies to address and the sender's own dossiers. */
export async function feedbackFormOptions(userId: string) {
  const [agencies, dossiers] = await Promise.all([
    db().agency.findMany({
      where: { active: true, kind: { in: ["PROVINCE_COMMITTEE", "DEPARTMENT", "COMMUNE", "POLICE", "SOCIAL_INSURANCE"] } },
      select: { code: true, name: true, nameEn: true },
      orderBy: [{ kind: "asc" }, { name: "asc" }],
    }),
    db().dossier.findMany({
      where: { applicantId: userId },
      orderBy: { submittedAt: "desc" },
      take: 50,
      select: { id: true, code: true, procedureVersion: { select: { name: true } } },
    }),
  ]);
  return { agencies, dossiers: dossiers.map((d) => ({ id: d.id, code: d.code, procedureName: d.procedureVersion.name })) };
}
