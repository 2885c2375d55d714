"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { getLocale } from "next-intl/server";
import { z } from "zod";
import { defineAction, field } from "@/lib/server/action";
import { AppError, logUnexpected } from "@/lib/server/errors";
import { clientAddress } from "@/lib/server/rate-limit";
import { recordDeskPayment, startOnlinePayment } from "./payments";

const errorParam = (e: unknown, context: string) =>
  e instanceof AppError ? encodeURIComponent(e.messageKey.split(".").pop() ?? "generic") : `generic&errorId=${logUnexpected(e, context)}`;

/** The citizen's "pay online" button: sends them to the gateway with the signed request. */
export const payOnlineAction = defineAction(
  { name: "payments.payOnline", access: ["CITIZEN"], input: z.object({ dossierId: field.uuid(), paymentId: field.uuid() }) },
  async (input, { actor }) => {
    let target: string;
    try {
      const ip = clientAddress(await headers());
      target = await startOnlinePayment(actor.userId, input.paymentId, { clientIp: ip === "local" ? "127.0.0.1" : ip, locale: (await getLocale()) === "en" ? "en" : "vi" });
    } catch (e) {
      target = `/my/dossiers/${input.dossierId}?payError=${errorParam(e, "payment.start")}#payments`;
    }
    redirect(target);
  },
);

/** The reception officer records a cash or card payment with the receipt number. */
export const recordDeskPaymentAction = defineAction(
  {
    name: "payments.recordDesk",
    access: ["RECEPTION"],
    input: z.object({ dossierId: field.uuid(), paymentId: field.uuid(), method: field.optional(10), receiptNumber: field.text(200) }),
  },
  async (input, { actor }) => {
    const back = `/office/dossiers/${input.dossierId}`;
    let target = `${back}?paid=1#payments`;
    try {
      await recordDeskPayment(actor, input.paymentId, { method: input.method, receiptNumber: input.receiptNumber });
    } catch (e) {
      target = `${back}?payError=${errorParam(e, "payment.desk")}#payments`;
    }
    redirect(target);
  },
);
