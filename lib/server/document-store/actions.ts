"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { DOCUMENT_KINDS } from "@/lib/domain/document-store";
import { defineAction, field } from "@/lib/server/action";
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
    input: z.object({
      dossierId: field.uuid(),
      fileId: field.uuid(),
      kind: z.enum(DOCUMENT_KINDS),
      title: field.text(200),
      issuer: field.text(200),
      number: field.text(60),
      issuedOn: field.optional(10),
      matchesOriginal: field.checkbox(),
    }),
  },
  async (input, { actor }) => {
    const back = `/office/dossiers/${input.dossierId}`;
    let target = `${back}?digitised=1#documents`;
    try {
      await digitiseDossierFile(actor, input.fileId, { ...input, issuedOn: input.issuedOn ?? null });
    } catch (e) {
      target = `${back}?storeError=${errorParam(e, "store.digitise")}&file=${input.fileId}#documents`;
    }
    redirect(target);
  },
);
