"use server";

/**
 * The steps of the filing flow. Each action parses the posted form, saves it into the draft
 * (whatever was typed, so nothing is lost), and sends the applicant on: to the next step, back
 * to the same step with its errors, or to the list of drafts ("save and come back later").
 */
import { redirect } from "next/navigation";
import { getLocale } from "next-intl/server";
import { z } from "zod";
import { changeGroup, fieldDomId, readRawAnswers, SHOWN_INPUT, unseenQuestions, type FormSchema, type RawAnswers } from "@/lib/domain/forms";
import { currentUser } from "@/lib/server/auth/session";
import {
  applicantFormOf,
  deleteDraft,
  getDraft,
  markDocumentsStep,
  removeDraftFile,
  saveApplicantStep,
  saveQuestionsStep,
  takeFromStore,
} from "@/lib/server/dossiers/drafts";
import { submitDraft } from "@/lib/server/dossiers/submit";
import { AppError } from "@/lib/server/errors";

const ids = z.object({ draftId: z.uuid(), code: z.string().regex(/^[0-9A-Za-z.\-_]{1,40}$/) });

async function context(fd: FormData) {
  const parsed = ids.safeParse({ draftId: fd.get("draftId"), code: fd.get("code") });
  if (!parsed.success) redirect("/file");
  const { draftId, code } = parsed.data;
  const user = await currentUser();
  if (!user) redirect(`/sign-in?next=${encodeURIComponent(`/file/${code}/${draftId}/applicant`)}`);
  const draft = await getDraft(user.id, draftId);
  if (!draft || draft.procedure.code !== code) redirect("/my/drafts");
  const base = `/file/${code}/${draftId}`;
  if (draft.status !== "DRAFT") redirect(`${base}/confirmation`);
  const intent = z.string().max(100).catch("continue").parse(fd.get("intent") ?? "continue");
  const fromCheck = fd.get("from") === "check";
  return { user, draft, base, intent, fromCheck };
}

/** Runs a save; if the draft was submitted meanwhile (another tab), goes to its confirmation. */
async function guarded<T>(base: string, run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    if (error instanceof AppError && error.kind === "conflict") redirect(`${base}/confirmation`);
    throw error;
  }
}

function groupIntent(intent: string, raw: RawAnswers): { raw: RawAnswers; anchor: string } | null {
  const add = /^add:([a-zA-Z][a-zA-Z0-9_]*)$/.exec(intent);
  if (add) return { raw: changeGroup(raw, add[1]!, { add: true }), anchor: `f-${add[1]}` };
  const remove = /^remove:([a-zA-Z][a-zA-Z0-9_]*):(\d{1,2})$/.exec(intent);
  if (remove) return { raw: changeGroup(raw, remove[1]!, { remove: Number(remove[2]) }), anchor: `f-${remove[1]}` };
  return null;
}

/**
 * Questions that now apply (the answer they depend on was just given) but were not on the page:
 * without JavaScript they appear on the step shown again, before anything is called missing.
 */
function unseenAnchor(form: FormSchema, raw: RawAnswers, fd: FormData): string | null {
  const shown = new Set(fd.getAll(SHOWN_INPUT).filter((v): v is string => typeof v === "string").slice(0, 500));
  const [first] = unseenQuestions(form, raw, shown);
  return first ? fieldDomId(first) : null;
}

export async function saveApplicantAction(fd: FormData): Promise<void> {
  const { user, draft, base, intent, fromCheck } = await context(fd);
  const form = await applicantFormOf(draft);
  const raw = readRawAnswers(form, fd);
  const { complete } = await guarded(base, () => saveApplicantStep(user.id, draft.id, raw));
  if (intent === "later") redirect(`/my/drafts?saved=${draft.id}`);
  const unseen = unseenAnchor(form, raw, fd);
  if (unseen) redirect(`${base}/applicant?${fromCheck ? "from=check" : ""}#${unseen}`);
  if (!complete) redirect(`${base}/applicant?invalid=1${fromCheck ? "&from=check" : ""}`);
  redirect(fromCheck ? `${base}/check` : `${base}/questions`);
}

export async function saveQuestionsAction(fd: FormData): Promise<void> {
  const { user, draft, base, intent, fromCheck } = await context(fd);
  let raw = readRawAnswers(draft.procedure.form, fd);
  const group = groupIntent(intent, raw);
  if (group) raw = group.raw;
  const { complete } = await guarded(base, () => saveQuestionsStep(user.id, draft.id, raw));
  if (group) redirect(`${base}/questions?${fromCheck ? "from=check" : ""}#${group.anchor}`);
  if (intent === "later") redirect(`/my/drafts?saved=${draft.id}`);
  const unseen = unseenAnchor(draft.procedure.form, raw, fd);
  if (unseen) redirect(`${base}/questions?${fromCheck ? "from=check" : ""}#${unseen}`);
  if (!complete) redirect(`${base}/questions?invalid=1${fromCheck ? "&from=check" : ""}`);
  redirect(fromCheck ? `${base}/check` : `${base}/documents`);
}

export async function documentsAction(fd: FormData): Promise<void> {
  const { user, draft, base, intent } = await context(fd);
  const { complete } = await guarded(base, () => markDocumentsStep(user.id, draft.id));
  if (intent === "later") redirect(`/my/drafts?saved=${draft.id}`);
  if (!complete) redirect(`${base}/documents?invalid=1`);
  redirect(`${base}/check`);
}

export async function removeFileAction(fd: FormData): Promise<void> {
  const { user, draft, base } = await context(fd);
  const componentId = z.uuid().safeParse(fd.get("componentId"));
  if (componentId.success) await guarded(base, () => removeDraftFile(user.id, draft.id, componentId.data));
  redirect(`${base}/documents?removed=1`);
}

/** Takes a document from the citizen's store for one component: nothing to upload. */
export async function takeFromStoreAction(fd: FormData): Promise<void> {
  const { user, draft, base } = await context(fd);
  const componentId = z.uuid().safeParse(fd.get("componentId"));
  const storedId = z.uuid().safeParse(fd.get("storedDocumentId"));
  if (!componentId.success || !storedId.success) redirect(`${base}/documents`);
  try {
    await guarded(base, () => takeFromStore(user.id, draft.id, componentId.data, storedId.data));
  } catch (error) {
    if (error instanceof AppError && (error.kind === "not_found" || error.kind === "validation")) redirect(`${base}/documents?storeError=1#slot-${componentId.data}`);
    throw error;
  }
  redirect(`${base}/documents?fromStore=${componentId.data}#slot-${componentId.data}`);
}

export async function submitAction(fd: FormData): Promise<void> {
  const { user, draft, base } = await context(fd);
  if (fd.get("declaration") !== "on") redirect(`${base}/declaration?invalid=1`);
  const locale = (await getLocale()) === "en" ? "en" : "vi";
  try {
    await submitDraft(user.id, draft.id, locale);
  } catch (error) {
    if (error instanceof AppError && error.kind === "validation") redirect(`${base}/check?incomplete=1`);
    throw error;
  }
  redirect(`${base}/confirmation`);
}

export async function deleteDraftAction(fd: FormData): Promise<void> {
  const { user, draft } = await context(fd);
  await deleteDraft(user.id, draft.id);
  redirect("/my/drafts?deleted=1");
}
