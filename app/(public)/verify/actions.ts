"use server";

import { z } from "zod";
import { defineAction } from "@/lib/server/action";
import { logUnexpected } from "@/lib/server/errors";
import { checkCopy, type Verdict } from "@/lib/server/e-results/verify";

export type CopyState =
  | { status: "idle" }
  | { status: "error"; error: "copyMissing" | "copyTooLarge" | "unexpected"; errorId?: string }
  | { status: "checked"; name: string; verdict: Verdict };

const MAX_COPY_BYTES = 15 * 1024 * 1024;

const input = z.object({ id: z.string().max(64), file: z.instanceof(File).optional().catch(undefined) });

/** Checks an uploaded copy of a result against the issued one (the file is read in memory and not kept). */
export const checkCopyAction = defineAction(
  { name: "public.verifyCopy", access: "anyone", input, invalid: (): CopyState => ({ status: "error", error: "copyMissing" }) },
  async ({ id, file }): Promise<CopyState> => {
    if (!file || file.size === 0) return { status: "error", error: "copyMissing" };
    if (file.size > MAX_COPY_BYTES) return { status: "error", error: "copyTooLarge" };
    try {
      const checked = await checkCopy(id, new Uint8Array(await file.arrayBuffer()));
      if (!checked) return { status: "error", error: "copyMissing" };
      return { status: "checked", name: file.name.slice(0, 120), verdict: checked.copy };
    } catch (error) {
      return { status: "error", error: "unexpected", errorId: logUnexpected(error, "verify.copy") };
    }
  },
);
