"use server";

import { notFound, redirect } from "next/navigation";
import { z } from "zod";
import { applyOp, FIELD_TYPES, toDraft, type BuilderOp } from "@/lib/domain/admin/form-builder";
import { defineAction } from "@/lib/server/action";
import { CHANGING_ROLES, loadAdminActor } from "@/lib/server/admin/access";
import { getAdminVersion, saveDraftForm } from "@/lib/server/admin/procedures";
import { AppError } from "@/lib/server/errors";

const index = z.coerce.number().int().min(0).max(200);
const optIndex = z.preprocess((v) => (v === "" || v === undefined ? undefined : v), index.optional());
const str = (max: number) => z.preprocess((v) => (typeof v === "string" ? v : ""), z.string().max(max));

const input = z.object({
  versionId: z.uuid(),
  op: z.enum(["addSection", "editSection", "moveSection", "removeSection", "addField", "editField", "moveField", "removeField"]),
  s: optIndex,
  f: optIndex,
  g: optIndex,
  dir: z.enum(["up", "down"]).optional(),
  type: z.enum(FIELD_TYPES).optional(),
  id: str(63),
  title: str(500),
  name: str(63),
  label: str(500),
});

/** Values of an edit form: every other text input, bounded. */
function valuesOf(raw: Record<string, unknown>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(raw)) if (typeof v === "string" && /^[a-zA-Z]{1,30}$/.test(k)) out[k] = v.slice(0, 20000);
  return out;
}

function toOp(i: z.output<typeof input>, raw: Record<string, unknown>): BuilderOp | null {
  const s = i.s ?? -1;
  const f = i.f ?? -1;
  switch (i.op) {
    case "addSection":
      return { op: "addSection", id: i.id.trim(), title: i.title.trim() };
    case "editSection":
      return { op: "editSection", s, values: valuesOf(raw) };
    case "moveSection":
      return i.dir ? { op: "moveSection", s, dir: i.dir } : null;
    case "removeSection":
      return { op: "removeSection", s };
    case "addField":
      return i.type ? { op: "addField", s, g: i.g, type: i.type, name: i.name.trim(), label: i.label.trim() } : null;
    case "editField":
      return { op: "editField", s, f, g: i.g, values: valuesOf(raw) };
    case "moveField":
      return i.dir ? { op: "moveField", s, f, g: i.g, dir: i.dir } : null;
    case "removeField":
      return { op: "removeField", s, f, g: i.g };
  }
}

/** One change to a draft's form; the page shows the result with the parser's verdict in place. */
export const formBuilderAction = defineAction({ name: "admin.procedure.form", access: CHANGING_ROLES, input }, async (i, { actor, raw }) => {
  const admin = await loadAdminActor(actor.userId).catch(() => notFound());
  const path = `/admin/procedures/${i.versionId}/form`;
  const op = toOp(i, raw);
  if (!op) redirect(`${path}?error=generic`);
  let anchor = "";
  try {
    const view = await getAdminVersion(admin, i.versionId);
    if (view.state !== "draft") redirect(`${path}?error=notDraft`);
    const next = applyOp(toDraft(view.formSchema), op);
    await saveDraftForm(admin, i.versionId, next);
    anchor = "s" in op && op.s >= 0 ? `#s${op.s}` : "";
    if ((op.op === "moveField" || op.op === "editField" || op.op === "removeField") && op.f >= 0) {
      anchor = `#f${op.s}-${op.g ?? ""}${op.g !== undefined ? "-" : ""}${op.op === "moveField" ? Math.max(0, op.dir === "up" ? op.f - 1 : op.f + 1) : op.f}`;
    }
  } catch (e) {
    if (!(e instanceof AppError)) throw e;
    if (e.kind === "not_found") notFound();
    redirect(`${path}?error=${e.messageKey.replace(/^admin\.errors\./, "")}`);
  }
  // A fresh query each time, so the page is rendered again even when only the anchor would differ.
  redirect(`${path}?saved=${Date.now().toString(36)}${anchor}`);
});
