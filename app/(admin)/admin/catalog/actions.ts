"use server";

import { notFound } from "next/navigation";
import { z } from "zod";
import { defineAction, field } from "@/lib/server/action";
import { loadAdminActor } from "@/lib/server/admin/access";
import { importCatalog, type ImportProblem } from "@/lib/server/admin/catalog-transfer";

export type ImportState = { status: "idle" } | { status: "imported"; count: number } | { status: "refused"; problems: ImportProblem[] } | { status: "unreadable" };

const MAX_BYTES = 15 * 1024 * 1024;

export const importCatalogAction = defineAction(
  { name: "admin.catalog.import", access: ["ADMIN"], input: z.object({ file: field.file() }), invalid: (): ImportState => ({ status: "unreadable" }) },
  async ({ file }, { actor }): Promise<ImportState> => {
    const admin = await loadAdminActor(actor.userId).catch(() => notFound());
    if (!file || file.size > MAX_BYTES) return { status: "unreadable" };
    let raw: unknown;
    try {
      raw = JSON.parse(await file.text());
    } catch {
      return { status: "unreadable" };
    }
    const res = await importCatalog(admin, raw);
    return res.ok ? { status: "imported", count: res.imported.length } : { status: "refused", problems: res.problems.slice(0, 200) };
  },
);
