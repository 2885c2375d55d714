/**
 * Per-user limits (issue 9, item 8), counted with lib/server/rate-limit.ts; the numbers are
 * settings (lib/config.ts, README's configuration table).
 */
import { config } from "@/lib/config";
import type { Limit } from "@/lib/server/rate-limit";

const HOUR = 3600;
const DAY = 24 * HOUR;

export const openDraftsMax = (): number => config().LIMIT_OPEN_DRAFTS;
/** Counted in bytes. */
export const uploadBytesPerDay = (): Limit => ({ scope: "upload-bytes:user", max: config().LIMIT_UPLOAD_MB_PER_DAY * 1024 * 1024, windowSeconds: DAY });
export const feedbackPerDay = (): Limit => ({ scope: "feedback:user", max: config().LIMIT_FEEDBACK_PER_DAY, windowSeconds: DAY });
export const resetEmailsPerHour = (): Limit => ({ scope: "reset-email:user", max: config().LIMIT_AUTH_EMAILS_PER_HOUR, windowSeconds: HOUR });
export const verifyEmailsPerHour = (): Limit => ({ scope: "verify-email:user", max: config().LIMIT_AUTH_EMAILS_PER_HOUR, windowSeconds: HOUR });
export const uploadStallMs = (): number => config().UPLOAD_STALL_SECONDS * 1000;
