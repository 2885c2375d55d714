"use server";

import { headers } from "next/headers";
import { currentUser } from "@/lib/server/auth/session";
import { AppError, logUnexpected } from "@/lib/server/errors";
import { clientAddress } from "@/lib/server/rate-limit";
import { trackDossier, trackInputSchema, type PublicDossierStatus } from "@/lib/server/tracking/track";

export type TrackState =
  | { status: "idle"; values: { code: string } }
  | { status: "error"; values: { code: string }; fieldErrors: { code?: string; pin?: string }; formError?: string; errorId?: string }
  | { status: "ok"; values: { code: string }; result: PublicDossierStatus };

/** Looks up a dossier by code and PIN (a POST, so the PIN never lands in a URL or a log). */
export async function trackAction(_prev: TrackState, formData: FormData): Promise<TrackState> {
  const raw = { code: String(formData.get("code") ?? "").slice(0, 200), pin: String(formData.get("pin") ?? "").slice(0, 50) };
  const values = { code: raw.code };
  const parsed = trackInputSchema.safeParse(raw);
  if (!parsed.success) {
    const fieldErrors: { code?: string; pin?: string } = {};
    for (const issue of parsed.error.issues) {
      const field = issue.path[0] as "code" | "pin";
      fieldErrors[field] ??= issue.message.startsWith("tracking.") ? issue.message : field === "code" ? "tracking.errors.trackCodeFormat" : "tracking.errors.trackPinFormat";
    }
    return { status: "error", values, fieldErrors };
  }
  try {
    const viewer = await currentUser();
    const result = await trackDossier(parsed.data, clientAddress(await headers()), viewer?.id ?? null);
    return { status: "ok", values: { code: parsed.data.code }, result };
  } catch (error) {
    if (error instanceof AppError) return { status: "error", values, fieldErrors: {}, formError: error.messageKey };
    return { status: "error", values, fieldErrors: {}, formError: "tracking.errors.unexpected", errorId: logUnexpected(error, "track") };
  }
}
