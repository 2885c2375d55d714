/**
 * Public tracking of a dossier by its code and tracking PIN, without signing in. Answers with no
 * personal data; a wrong code and a wrong PIN answer exactly alike; attempts are limited per
 * client, and failures per dossier code, so a PIN cannot be guessed.
 */
import { z } from "zod";
import { db } from "@/lib/db";
import { parseDossierCode } from "@/lib/domain/dossier-code";
import { AppError } from "@/lib/server/errors";
import { hashTrackingPin, verifyTrackingPin } from "@/lib/server/dossiers/code";
import { hit, used, type Limit } from "@/lib/server/rate-limit";

export const trackInputSchema = z.object({
  code: z
    .string()
    .trim()
    .max(60)
    .transform((s) => s.toUpperCase().replace(/\s+/g, ""))
    .refine((s) => parseDossierCode(s) !== null, "tracking.errors.trackCodeFormat"),
  pin: z
    .string()
    .trim()
    .regex(/^\d{6}$/, "tracking.errors.trackPinFormat"),
});
export type TrackInput = z.infer<typeof trackInputSchema>;

export const CLIENT_LIMIT: Limit = { scope: "track:client", max: 30, windowSeconds: 600 };
export const CODE_FAILURE_LIMIT: Limit = { scope: "track:code", max: 10, windowSeconds: 3600 };

export interface PublicTimelineEntry {
  at: string;
  action: string;
  status: string;
  agency: { name: string; nameEn: string } | null;
}

export interface PublicDossierStatus {
  code: string;
  procedure: { code: string; name: string };
  status: string;
  channel: string;
  receivingAgency: { code: string; name: string; nameEn: string };
  currentAgency: { code: string; name: string; nameEn: string };
  submittedAt: string;
  receivedAt: string | null;
  /** The appointment for the result (the extended date after an apology). */
  appointmentAt: string | null;
  finishedAt: string | null;
  timeline: PublicTimelineEntry[];
}

const DUMMY_HASH = hashTrackingPin("000-000000-0000", "000000");

/**
 * Looks up a dossier. Throws AppError("rate_limited") when the client has tried too often and
 * AppError("not_found") for any wrong code or PIN.
 */
export async function trackDossier(input: TrackInput, client: string): Promise<PublicDossierStatus> {
  if (!(await hit(CLIENT_LIMIT, client))) throw new AppError("rate_limited", "tracking.errors.trackRateLimited");
  const dossier = await db().dossier.findUnique({
    where: { code: input.code },
    select: {
      code: true,
      pinHash: true,
      status: true,
      channel: true,
      submittedAt: true,
      receivedAt: true,
      dueAt: true,
      extendedDueAt: true,
      finishedAt: true,
      procedureVersion: { select: { name: true, procedure: { select: { code: true } } } },
      receivingAgency: { select: { code: true, name: true, nameEn: true } },
      currentAgency: { select: { code: true, name: true, nameEn: true } },
      events: {
        orderBy: { id: "asc" },
        select: { createdAt: true, action: true, toStatus: true, agency: { select: { name: true, nameEn: true } } },
      },
    },
  });
  // Same work whether or not the dossier exists, so timing says nothing either.
  const ok = verifyTrackingPin(input.code, input.pin, dossier?.pinHash ?? DUMMY_HASH) && dossier !== null;
  if (!ok || !dossier) {
    await hit(CODE_FAILURE_LIMIT, input.code);
    throw new AppError("not_found", "tracking.errors.trackNotFound");
  }
  // Too many failures against this code (from anywhere) lock it for a while, even for the right PIN.
  if ((await used(CODE_FAILURE_LIMIT, input.code)) >= CODE_FAILURE_LIMIT.max) {
    throw new AppError("rate_limited", "tracking.errors.trackRateLimited");
  }
  return {
    code: dossier.code,
    procedure: { code: dossier.procedureVersion.procedure.code, name: dossier.procedureVersion.name },
    status: dossier.status,
    channel: dossier.channel,
    receivingAgency: dossier.receivingAgency,
    currentAgency: dossier.currentAgency,
    submittedAt: dossier.submittedAt.toISOString(),
    receivedAt: dossier.receivedAt?.toISOString() ?? null,
    appointmentAt: (dossier.extendedDueAt ?? dossier.dueAt)?.toISOString() ?? null,
    finishedAt: dossier.finishedAt?.toISOString() ?? null,
    timeline: dossier.events.map((e) => ({ at: e.createdAt.toISOString(), action: e.action, status: e.toStatus, agency: e.agency })),
  };
}
