"use server";

import { headers } from "next/headers";
import { z } from "zod";
import { defineAction } from "@/lib/server/action";
import { logUnexpected } from "@/lib/server/errors";
import { checkCopy, type Verdict } from "@/lib/server/e-results/verify";
import { clientAddress, hit, type Limit } from "@/lib/server/rate-limit";

export type CopyState =
  | { status: "idle" }
  | { status: "error"; error: "copyMissing" | "copyTooLarge" | "copyRateLimited" | "unexpected"; errorId?: string }
  | { status: "checked"; name: string; verdict: Verdict };

const MAX_COPY_BYTES = 15 * 1024 * 1024;
/** Copies checked from one client address (each is hashed and its signature verified). */
const COPY_LIMIT: Limit = { scope: "verify:copy", max: 30, windowSeconds: 600 };

const input = z.object({ id: z.string().max(64), file: z.instanceof(File).optional().catch(undefined) });

/** Checks an uploaded copy of a result against the issued one (the file is read in memory and not kept). */
export const checkCopyAction = defineAction(
  { name: "public.verifyCopy", access: "anyone", input, invalid: (): CopyState => ({ status: "error", error: "copyMissing" }) },
  async ({ id, file }): Promise<CopyState> => {
    if (!file || file.size === 0) return { status: "error", error: "copyMissing" };
    if (file.size > MAX_COPY_BYTES) return { status: "error", error: "copyTooLarge" };
    if (!(await hit(COPY_LIMIT, clientAddress(await headers())))) return { status: "error", error: "copyRateLimited" };
    try {
      const checked = await checkCopy(id, new Uint8Array(await file.arrayBuffer()));
      if (!checked) return { status: "error", error: "copyMissing" };
      return { status: "checked", name: file.name.slice(0, 120), verdict: checked.copy };
    } catch (error) {
      return { status: "error", error: "unexpected", errorId: logUnexpected(error, "verify.copy") };
    }
  },
);
