"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { getLocale } from "next-intl/server";
import { z } from "zod";
import { currentActor } from "@/lib/server/backoffice/actor";
import { AppError, logUnexpected } from "@/lib/server/errors";
import { clientAddress } from "@/lib/server/rate-limit";
import { recordDeskPayment, startOnlinePayment } from "./payments";

const ids = z.object({ dossierId: z.uuid(), paymentId: z.uuid() });

const errorParam = (e: unknown, context: string) =>
  e instanceof AppError ? encodeURIComponent(e.messageKey.split(".").pop() ?? "generic") : `generic&errorId=${logUnexpected(e, context)}`;

/** The citizen's "pay online" button: sends them to the gateway with the signed request. */
export async function payOnlineAction(formData: FormData): Promise<void> {
  const parsed = ids.safeParse({ dossierId: formData.get("dossierId"), paymentId: formData.get("paymentId") });
  if (!parsed.success) redirect("/my/dossiers");
  const back = `/my/dossiers/${parsed.data.dossierId}`;
  const actor = await currentActor();
  if (!actor) redirect(`/sign-in?next=${encodeURIComponent(back)}`);
  let target: string;
  try {
    const ip = clientAddress(await headers());
    target = await startOnlinePayment(actor.userId, parsed.data.paymentId, { clientIp: ip === "local" ? "127.0.0.1" : ip, locale: (await getLocale()) === "en" ? "en" : "vi" });
  } catch (e) {
    target = `${back}?payError=${errorParam(e, "payment.start")}#payments`;
  }
  redirect(target);
}

const desk = ids.extend({ method: z.enum(["CASH", "CARD"]).optional(), receiptNumber: z.string().max(200).optional() });

/** The reception officer records a cash or card payment with the receipt number. */
export async function recordDeskPaymentAction(formData: FormData): Promise<void> {
  const parsed = desk.safeParse({
    dossierId: formData.get("dossierId"),
    paymentId: formData.get("paymentId"),
    method: formData.get("method") ?? undefined,
    receiptNumber: formData.get("receiptNumber") ?? undefined,
  });
  if (!parsed.success && !ids.safeParse({ dossierId: formData.get("dossierId"), paymentId: formData.get("paymentId") }).success) redirect("/office");
  const dossierId = String(formData.get("dossierId"));
  const back = `/office/dossiers/${dossierId}`;
  const actor = await currentActor();
  if (!actor) redirect(`/sign-in?next=${encodeURIComponent(back)}`);
  let target = `${back}?paid=1#payments`;
  try {
    await recordDeskPayment(actor, String(formData.get("paymentId")), { method: parsed.data?.method, receiptNumber: parsed.data?.receiptNumber });
  } catch (e) {
    target = `${back}?payError=${errorParam(e, "payment.desk")}#payments`;
  }
  redirect(target);
}
