/**
 * "/file/<code>/new" is the address that opens a new draft (a route handler, so it works as a
 * plain link and without JavaScript). After signing in, the sign-in form's redirect is followed by
 * the browser's router, which would keep that address in the address bar: the draft's first step
 * would then post its form to the route and fail. Signing in therefore opens the draft itself and
 * lands on the draft's own address.
 */
import { AppError } from "@/lib/server/errors";
import { createDraft } from "./drafts";

const FILING_START = /^\/file\/([0-9A-Za-z.\-_]{1,40})\/new$/;

/** Where a signed-in citizen going to `to` lands: a new draft's first step for a filing start, else `to`. */
export async function landOnFilingStart(userId: string, to: string): Promise<string> {
  const match = FILING_START.exec(to);
  if (!match) return to;
  const code = match[1]!;
  try {
    const draftId = await createDraft(userId, code);
    return `/file/${code}/${draftId}/applicant`;
  } catch (error) {
    // No longer filed online, or too many drafts open: the start page says why.
    if (error instanceof AppError) return `/file/${code}`;
    throw error;
  }
}
