"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { defineAction, field } from "@/lib/server/action";
import { verifyEmail } from "@/lib/server/auth/accounts";

export const verifyEmailAction = defineAction(
  { name: "auth.verify-email", access: "anyone", input: z.object({ token: field.text(200) }) },
  async ({ token }): Promise<void> => {
    const ok = token !== "" && (await verifyEmail(token));
    redirect(ok ? "/sign-in?verified=1" : "/verify-email?failed=1");
  },
);
