"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { currentUser } from "@/lib/server/auth/session";
import { createDraft } from "@/lib/server/dossiers/drafts";

const input = z.object({ code: z.string().regex(/^[0-9A-Za-z.\-_]{1,40}$/) });

/** "Start now": signs in first if needed, then opens a new draft at its first step. */
export async function startDraftAction(fd: FormData): Promise<void> {
  const parsed = input.safeParse({ code: fd.get("code") });
  if (!parsed.success) redirect("/file");
  const { code } = parsed.data;
  const user = await currentUser();
  if (!user) redirect(`/sign-in?next=${encodeURIComponent(`/file/${code}/new`)}`);
  const draftId = await createDraft(user.id, code);
  redirect(`/file/${code}/${draftId}/applicant`);
}
