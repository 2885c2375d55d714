/**
 * Public tracking of a dossier by its code and tracking PIN, without signing in. Answers with no
 * personal data; a wrong code and a wrong PIN answer exactly alike; attempts are limited per
 * client, and failures per dossier code, so a PIN cannot be guessed.
 */
import { z } from "zod";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { parseDossierCode } from "@/lib/domain/dossier-code";
import { AppError } from "@/lib/server/errors";
import { hashTrackingPin, verifyTrackingPin } from "@/lib/server/dossiers/code";
import { bucketKey, hit, used, type Limit } from "@/lib/server/rate-limit";

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

/** Every lookup from one client address. */
export const CLIENT_LIMIT: Limit = { scope: "track:client", max: 30, windowSeconds: 600 };
/** Failed PINs from one client address at one code. */
export const CLIENT_CODE_FAILURE_LIMIT: Limit = { scope: "track:client-code", max: 5, windowSeconds: 3600 };
/**
 * Attempts at one code from anywhere, counted over a day since the last success: the first FREE go
 * through; after that each attempt waits a delay doubling from 1 minute up to 15 minutes. At most
 * about 10 + 4 + 92 ≈ 106 PINs a day can be tried at one code, whatever the number of addresses.
 */
export const CODE_THROTTLE = { free: 10, firstDelaySeconds: 60, maxDelaySeconds: 900, windowSeconds: 86_400 } as const;

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

let dummy: string | undefined;
/** A hash to compare against when the code is unknown (computed on first use, never while a module loads). */
function dummyHash(): string {
  dummy ??= hashTrackingPin("000-000000-0000", "000000");
  return dummy;
}

const dossierSelect = {
  code: true,
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
} as const satisfies Prisma.DossierSelect;

/**
 * Claims one attempt at a code: true when it may be checked now, false while the code waits out its
 * delay. Atomic (row lock of the upsert), so parallel requests cannot slip past the delay.
 */
async function claimCodeAttempt(code: string, now: Date): Promise<boolean> {
  const key = bucketKey("track:code", code);
  const t = CODE_THROTTLE;
  const windowFrom = new Date(now.getTime() - t.windowSeconds * 1000);
  const rows = await db().$queryRaw<Array<{ attempts: number }>>`
    INSERT INTO "TrackingThrottle" ("key", "attempts", "windowStart", "nextAttemptAt") VALUES (${key}, 1, ${now}, ${now})
    ON CONFLICT ("key") DO UPDATE SET
      "attempts" = CASE WHEN "TrackingThrottle"."windowStart" < ${windowFrom} THEN 1 ELSE "TrackingThrottle"."attempts" + 1 END,
      "windowStart" = CASE WHEN "TrackingThrottle"."windowStart" < ${windowFrom} THEN ${now} ELSE "TrackingThrottle"."windowStart" END,
      "nextAttemptAt" = CASE
        WHEN "TrackingThrottle"."windowStart" < ${windowFrom} OR "TrackingThrottle"."attempts" + 1 < ${t.free} THEN ${now}
        ELSE ${now}::timestamptz + make_interval(secs => LEAST(${t.firstDelaySeconds} * power(2, "TrackingThrottle"."attempts" + 1 - ${t.free}), ${t.maxDelaySeconds}))
      END
    WHERE "TrackingThrottle"."windowStart" < ${windowFrom} OR "TrackingThrottle"."nextAttemptAt" <= ${now}
    RETURNING "attempts"`;
  return rows.length > 0;
}

async function resetCodeAttempts(code: string): Promise<void> {
  await db().trackingThrottle.deleteMany({ where: { key: bucketKey("track:code", code) } });
}

/**
 * Looks up a dossier. Throws AppError("rate_limited") when the client or the code must wait — before
 * the PIN is looked at, so the answer is the same whatever PIN — and AppError("not_found") for any
 * wrong code or PIN. The signed-in applicant (`viewerId`) always sees their own dossier.
 */
export async function trackDossier(input: TrackInput, client: string, viewerId: string | null = null, now = new Date()): Promise<PublicDossierStatus> {
  if (viewerId) {
    const own = await db().dossier.findFirst({ where: { code: input.code, applicantId: viewerId }, select: dossierSelect });
    if (own) return toPublic(own);
  }
  if (!(await hit(CLIENT_LIMIT, client, now))) throw new AppError("rate_limited", "tracking.errors.trackRateLimited");
  const clientCode = `${client}|${input.code}`;
  if ((await used(CLIENT_CODE_FAILURE_LIMIT, clientCode, now)) >= CLIENT_CODE_FAILURE_LIMIT.max) {
    throw new AppError("rate_limited", "tracking.errors.trackRateLimited");
  }
  if (!(await claimCodeAttempt(input.code, now))) throw new AppError("rate_limited", "tracking.errors.trackRateLimited");
  // The same small lookup and the same hash whether or not the code exists; details load only on success.
  const found = await db().dossier.findUnique({ where: { code: input.code }, select: { id: true, pinHash: true } });
  const ok = verifyTrackingPin(input.code, input.pin, found?.pinHash ?? dummyHash()) && found !== null;
  if (!ok || !found) {
    await hit(CLIENT_CODE_FAILURE_LIMIT, clientCode, now);
    throw new AppError("not_found", "tracking.errors.trackNotFound");
  }
  await resetCodeAttempts(input.code);
  const dossier = await db().dossier.findUniqueOrThrow({ where: { id: found.id }, select: dossierSelect });
  return toPublic(dossier);
}

type SelectedDossier = Prisma.DossierGetPayload<{ select: typeof dossierSelect }>;

function toPublic(dossier: SelectedDossier): PublicDossierStatus {
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
