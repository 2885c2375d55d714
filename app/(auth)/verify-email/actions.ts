"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { defineAction, field } from "@/lib/server/action";
import { verifyEmail } from "@/lib/server/auth/accounts";
import { safeReturnPath } from "@/lib/server/auth/return-path";

export const verifyEmailAction = defineAction(
  { name: "auth.verify-email", access: "anyone", input: z.object({ token: field.text(200), next: field.text(1000) }) },
  async ({ token, next }): Promise<void> => {
    const ok = token !== "" && (await verifyEmail(token));
    const to = next ? safeReturnPath(next, "") : "";
    redirect(ok ? `/sign-in?verified=1${to ? `&next=${encodeURIComponent(to)}` : ""}` : "/verify-email?failed=1");
  },
);
