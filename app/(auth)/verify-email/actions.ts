"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { verifyEmail } from "@/lib/server/auth/accounts";

export async function verifyEmailAction(fd: FormData): Promise<void> {
  const token = z.string().max(200).safeParse(fd.get("token"));
  const ok = token.success && (await verifyEmail(token.data));
  redirect(ok ? "/sign-in?verified=1" : "/verify-email?failed=1");
}
