"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { DOCUMENT_KINDS } from "@/lib/domain/document-store";
import { defineAction, field, withDates } from "@/lib/server/action";
import { AppError, logUnexpected } from "@/lib/server/errors";
import { digitiseDossierFile, removeStoredDocument } from "./store";

const errorParam = (e: unknown, context: string) =>
  e instanceof AppError ? encodeURIComponent(e.messageKey.split(".").pop() ?? "generic") : `generic&errorId=${logUnexpected(e, context)}`;

/** The citizen removes a document they brought into their store. */
export const removeStoredDocumentAction = defineAction(
  { name: "store.remove", access: ["CITIZEN"], input: z.object({ id: field.uuid() }) },
  async (input, { actor }) => {
    let target = "/my/documents?removed=1";
    try {
      await removeStoredDocument(actor.userId, input.id);
    } catch (e) {
      target = `/my/documents?error=${errorParam(e, "store.remove")}`;
    }
    redirect(target);
  },
);

/** The reception officer digitises a document of the dossier into the applicant's store. */
export const digitiseAction = defineAction(
  {
    name: "store.digitise",
    access: ["RECEPTION"],
    // The day of issue is asked as day / month / year; a wrong one is refused by the use case.
    input: withDates(
      ["issuedOn"],
      z.object({
        dossierId: field.uuid(),
        fileId: field.uuid(),
        kind: z.enum(DOCUMENT_KINDS),
        title: field.text(200),
        issuer: field.text(200),
        number: field.text(60),
        issuedOn: field.optional(40),
        matchesOriginal: field.checkbox(),
      }),
    ),
  },
  async (input, { actor }) => {
    const back = `/office/dossiers/${input.dossierId}`;
    let target = `${back}?digitised=1#documents`;
    try {
      await digitiseDossierFile(actor, input.fileId, { ...input, issuedOn: input.issuedOn ?? null });
    } catch (e) {
      // The form opens again with what was typed (the officer's own page; nothing is stored).
      const typed = new URLSearchParams({ file: input.fileId, kind: input.kind, title: input.title, issuer: input.issuer, number: input.number, issuedOn: input.issuedOn ?? "" });
      target = `${back}?storeError=${errorParam(e, "store.digitise")}&${typed}#documents`;
    }
    redirect(target);
  },
);
