/**
 * The applicant rates a finished dossier once: the SIPAS factors (access, procedure, officers,
 * result, how feedback is handled) and overall satisfaction on a 1–5 scale, the number of
 * contacts and of agencies it took, and a comment. Only the applicant of the dossier can, only
 * once, only after it ended.
 */
import { z } from "zod";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { audit } from "@/lib/server/audit";
import { AppError, notFound } from "@/lib/server/errors";

const score = z.coerce.number({ message: "rating.errors.score" }).int("rating.errors.score").min(1, "rating.errors.score").max(5, "rating.errors.score");
const count = z.coerce.number({ message: "rating.errors.count" }).int("rating.errors.count").min(0, "rating.errors.count").max(99, "rating.errors.count");

export const RATING_FACTORS = ["access", "procedure", "officers", "result", "feedbackHandling", "overall"] as const;

export const ratingInputSchema = z.object({
  access: score,
  procedure: score,
  officers: score,
  result: score,
  feedbackHandling: score,
  overall: score,
  contacts: count,
  agenciesVisited: count,
  comment: z.string().trim().max(2000, "rating.errors.commentTooLong").default(""),
});
export type RatingInput = z.infer<typeof ratingInputSchema>;

/** Statuses in which a dossier has ended and may be rated. */
export const RATEABLE_STATUSES = ["RESULT_RETURNED", "NOT_RECEIVED", "STOPPED"] as const;

export interface RateableDossier {
  id: string;
  code: string;
  procedureName: string;
  status: string;
  rated: boolean;
}

/** The dossier as its applicant sees it for rating; anyone else gets "not found". */
export async function getRateableDossier(userId: string, dossierId: string): Promise<RateableDossier> {
  if (!/^[0-9a-f-]{36}$/i.test(dossierId)) throw notFound();
  const d = await db().dossier.findFirst({
    where: { id: dossierId, applicantId: userId },
    select: { id: true, code: true, status: true, procedureVersion: { select: { name: true } }, rating: { select: { id: true } } },
  });
  if (!d) throw notFound();
  return { id: d.id, code: d.code, procedureName: d.procedureVersion.name, status: d.status, rated: d.rating !== null };
}

export async function rateDossier(userId: string, dossierId: string, input: RatingInput): Promise<void> {
  const d = await getRateableDossier(userId, dossierId);
  if (!(RATEABLE_STATUSES as readonly string[]).includes(d.status)) throw new AppError("conflict", "rating.errors.notFinished");
  if (d.rated) throw new AppError("conflict", "rating.errors.alreadyRated");
  try {
    await db().$transaction(async (tx) => {
      const dossier = await tx.dossier.findUniqueOrThrow({ where: { id: dossierId }, select: { receivingAgencyId: true } });
      const rating = await tx.rating.create({ data: { dossierId, userId, agencyId: dossier.receivingAgencyId, ...input } });
      await audit(tx, { actorId: userId, action: "rating.create", entity: "Dossier", entityId: dossierId, data: { ratingId: rating.id, overall: input.overall } });
    });
  } catch (error) {
    // Two submissions at once: the database's unique key lets only one through.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") throw new AppError("conflict", "rating.errors.alreadyRated");
    throw error;
  }
}
