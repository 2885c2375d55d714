/**
 * Search synonyms: the everyday words people type ("sổ đỏ") and the official wordings they mean.
 * The province administrator adds, edits and removes them (audited); search uses them at once:
 * every change clears the catalog caches here and on every other instance. Inspectors read them.
 */
import { z } from "zod";
import { db } from "@/lib/db";
import { foldVietnamese } from "@/lib/domain/search";
import type { Prisma } from "@/lib/generated/prisma/client";
import { audit } from "@/lib/server/audit";
import { invalidateCatalogCaches } from "@/lib/server/catalog/cache";
import { notFound } from "@/lib/server/errors";
import { assertProvinceAdmin, type AdminActor } from "./access";

export const synonymInput = z.object({
  term: z.string().trim().toLowerCase().min(2, "term").max(60, "term"),
  /** One official wording a line. */
  expansions: z
    .string()
    .max(2000, "expansions")
    .transform((s) => [...new Set(s.split(/\r?\n/).map((l) => l.trim().toLowerCase()).filter(Boolean))])
    .pipe(z.array(z.string().min(2, "expansions").max(200, "expansions")).min(1, "expansions").max(20, "expansions")),
});

export type SynonymErrors = Partial<Record<"term" | "expansions", string>>;
export type SynonymResult = { ok: true; id: string } | { ok: false; errors: SynonymErrors };

function readable(actor: AdminActor) {
  if (actor.role !== "ADMIN" && actor.role !== "INSPECTOR") throw notFound();
}

export async function listSynonyms(actor: AdminActor, q = "") {
  readable(actor);
  const rows = await db().searchSynonym.findMany({ orderBy: { term: "asc" }, select: { id: true, term: true, expansions: true } });
  const f = foldVietnamese(q.trim());
  return f ? rows.filter((r) => foldVietnamese(`${r.term} ${r.expansions.join(" ")}`).includes(f)) : rows;
}

export async function getSynonym(actor: AdminActor, id: string) {
  readable(actor);
  if (!z.uuid().safeParse(id).success) throw notFound();
  const row = await db().searchSynonym.findUnique({ where: { id }, select: { id: true, term: true, expansions: true } });
  if (!row) throw notFound();
  return row;
}

function errorsOf(e: z.ZodError): SynonymErrors {
  const out: SynonymErrors = {};
  for (const i of e.issues) {
    const f = i.path[0] === "term" ? "term" : "expansions";
    out[f] ??= f;
  }
  return out;
}

/** Another entry whose term reads the same once folded ("so do" and "sổ đỏ"). */
async function sameTerm(tx: Prisma.TransactionClient, term: string, notId?: string) {
  const folded = foldVietnamese(term);
  const rows = await tx.searchSynonym.findMany({ select: { id: true, term: true } });
  return rows.find((r) => r.id !== notId && foldVietnamese(r.term) === folded);
}

export async function saveSynonym(actor: AdminActor, id: string | null, raw: unknown): Promise<SynonymResult> {
  assertProvinceAdmin(actor);
  const parsed = synonymInput.safeParse(raw);
  if (!parsed.success) return { ok: false, errors: errorsOf(parsed.error) };
  const { term, expansions } = parsed.data;
  const res = await db().$transaction(async (tx): Promise<SynonymResult> => {
    if (await sameTerm(tx, term, id ?? undefined)) return { ok: false, errors: { term: "termTaken" } };
    if (id === null) {
      const row = await tx.searchSynonym.create({ data: { term, expansions } });
      await audit(tx, { actorId: actor.userId, action: "synonym.create", entity: "SearchSynonym", entityId: row.id, data: { after: { term, expansions } } });
      return { ok: true, id: row.id };
    }
    if (!z.uuid().safeParse(id).success) throw notFound();
    const before = await tx.searchSynonym.findUnique({ where: { id } });
    if (!before) throw notFound();
    await tx.searchSynonym.update({ where: { id }, data: { term, expansions } });
    await audit(tx, {
      actorId: actor.userId,
      action: "synonym.update",
      entity: "SearchSynonym",
      entityId: id,
      data: { before: { term: before.term, expansions: before.expansions }, after: { term, expansions } },
    });
    return { ok: true, id };
  });
  if (res.ok) invalidateCatalogCaches();
  return res;
}

export async function removeSynonym(actor: AdminActor, id: string): Promise<void> {
  assertProvinceAdmin(actor);
  if (!z.uuid().safeParse(id).success) throw notFound();
  await db().$transaction(async (tx) => {
    const before = await tx.searchSynonym.findUnique({ where: { id } });
    if (!before) throw notFound();
    await tx.searchSynonym.delete({ where: { id } });
    await audit(tx, { actorId: actor.userId, action: "synonym.delete", entity: "SearchSynonym", entityId: id, data: { before: { term: before.term, expansions: before.expansions } } });
  });
  invalidateCatalogCaches();
}
