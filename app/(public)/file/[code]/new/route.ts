/**
 * The filing start page's next step as an address: a signed-in citizen gets a new draft at its
 * first step; anyone else signs in first and comes back here, so nobody has to press "Start" twice
 * (with or without JavaScript).
 */
import { NextRequest } from "next/server";
import { z } from "zod";
import { currentUser } from "@/lib/server/auth/session";
import { createDraft } from "@/lib/server/dossiers/drafts";
import { AppError } from "@/lib/server/errors";

export const dynamic = "force-dynamic";

const codeSchema = z.string().regex(/^[0-9A-Za-z.\-_]{1,40}$/);

export async function GET(_req: NextRequest, { params }: { params: Promise<{ code: string }> }): Promise<Response> {
  const parsed = codeSchema.safeParse((await params).code);
  if (!parsed.success) return new Response(null, { status: 303, headers: { location: "/file" } });
  const code = parsed.data;
  const user = await currentUser();
  if (!user) return new Response(null, { status: 303, headers: { location: `/sign-in?next=${encodeURIComponent(`/file/${code}/new`)}` } });
  try {
    const draftId = await createDraft(user.id, code);
    return new Response(null, { status: 303, headers: { location: `/file/${code}/${draftId}/applicant` } });
  } catch (error) {
    if (error instanceof AppError) return new Response(null, { status: 303, headers: { location: `/file/${code}` } });
    throw error;
  }
}
