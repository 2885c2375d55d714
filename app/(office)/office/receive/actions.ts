"use server";

import { Readable } from "node:stream";
import { redirect } from "next/navigation";
import { z } from "zod";
import { readDate } from "@/lib/domain/calendar-date";
import { readRawAnswers, type FormDataLike, type RawAnswers } from "@/lib/domain/forms";
import { defineAction, field } from "@/lib/server/action";
import { counterProcedure, CounterFormError, receiveAtCounter, refuseAtCounter } from "@/lib/server/backoffice/counter";
import { AppError, logUnexpected } from "@/lib/server/errors";
import { storeUpload, UploadError, type StoredUpload } from "@/lib/server/storage/upload";
import type { CounterFormState } from "@/components/desk/counter-form";

/** The wrapper's plain object read back as a form (for the form-schema readers). */
function asForm(raw: Record<string, unknown>): FormDataLike {
  const all = (k: string) => {
    const v = raw[k];
    return (Array.isArray(v) ? v : v === undefined ? [] : [v]) as FormDataEntryValue[];
  };
  return { get: (k) => all(k)[0] ?? null, getAll: all };
}

const inputSchema = z.object({
  procedure: z.string().trim().regex(/^[0-9A-Za-z.\-_]{1,40}$/),
  channel: z.enum(["COUNTER", "POST"]).catch("COUNTER"),
  note: field.optional(2000),
});


function failed(messageKey: string, values: CounterFormState["values"], extra: Partial<CounterFormState> = {}): CounterFormState {
  return { messageKey, fieldErrors: [], missingComponents: [], values, ...extra };
}

export const receiveCounterDossier = defineAction(
  { name: "office.desk.receive", access: ["RECEPTION"], input: inputSchema, invalid: () => failed("desk.errors.invalidInput", { applicant: {}, answers: {}, checklist: {} }) },
  async (input, { actor, raw }): Promise<CounterFormState> => {
    const p = await counterProcedure(actor, input.procedure);
    if (!p) return failed("desk.errors.invalidInput", { applicant: {}, answers: {}, checklist: {} });
    const fd = asForm(raw);
    const applicant = readRawAnswers(p.applicantForm, fd);
    const answers = readRawAnswers(p.form, fd);
    const checklistRaw: Record<string, { original: boolean; copy: boolean; count: string }> = {};
    const checklist = p.components.map((c) => {
      const original = fd.get(`c.${c.id}.original`) !== null;
      const copy = fd.get(`c.${c.id}.copy`) !== null;
      const countText = String(fd.get(`c.${c.id}.count`) ?? "");
      checklistRaw[c.id] = { original, copy, count: countText };
      const count = /^\d{1,2}$/.test(countText.trim()) ? Number(countText.trim()) : original || copy ? c.count : 0;
      return { componentId: c.id, original, copy, count };
    });
    // Asked as day / month / year; what was typed comes back as typed when it is not a date.
    const typed = readDate(fd, "postmarkDate").value;
    const postmark = typed || undefined;
    const values = { applicant, answers, checklist: checklistRaw, channel: input.channel, postmarkDate: typed, note: input.note ?? "" };

    const stored: Array<StoredUpload & { componentId: string }> = [];
    let done: { dossierId: string } | null = null;
    try {
      for (const c of p.components) {
        for (const file of fd.getAll(`c.${c.id}.files`)) {
          if (!(file instanceof File) || file.size === 0) continue;
          const s = await storeUpload(Readable.fromWeb(file.stream() as never), file.name, { maxBytes: c.maxSizeMb * 1024 * 1024, acceptedTypes: c.acceptedTypes }, `dossiers/counter-${actor.agencyId}`);
          stored.push({ ...s, componentId: c.id });
        }
      }
      done = await receiveAtCounter(actor, { procedureCode: p.code, applicant, answers, channel: input.channel, postmarkDate: postmark, checklist, files: stored, note: input.note });
    } catch (error) {
      if (error instanceof CounterFormError) return failed(error.messageKey, values, { fieldErrors: error.fieldErrors, missingComponents: error.missingComponents });
      if (error instanceof UploadError) return failed("desk.errors.upload", values);
      if (error instanceof AppError) return failed(error.messageKey.startsWith("desk.") ? error.messageKey : "desk.errors.invalidInput", values);
      return failed("desk.errors.unexpected", values, { errorId: logUnexpected(error, "office.desk.receive") });
    }
    redirect(`/office/receive/done?id=${done.dossierId}`);
  },
);

const refuseSchema = z.object({
  procedure: z.string().trim().regex(/^[0-9A-Za-z.\-_]{1,40}$/),
  channel: z.enum(["COUNTER", "POST"]).catch("COUNTER"),
  fullName: field.text(100),
  citizenId: field.text(12),
  reason: field.text(2000),
  items: field.text(5000),
});

export const refuseCounterDossier = defineAction(
  { name: "office.desk.refuse", access: ["RECEPTION"], input: refuseSchema },
  async (input, { actor }): Promise<void> => {
    const back = `/office/receive?procedure=${encodeURIComponent(input.procedure)}`;
    let target: string;
    try {
      const applicant: RawAnswers = { fullName: input.fullName, citizenId: input.citizenId };
      const items = input.items
        .split(/\r?\n/)
        .map((l) => l.replace(/^[-•*\d.)\s]+/, "").trim())
        .filter((l) => l.length >= 2)
        .map((name) => ({ name: name.slice(0, 500) }));
      const r = await refuseAtCounter(actor, { procedureCode: input.procedure, applicant, channel: input.channel, reason: input.reason, items });
      target = `/office/receive/done?refusal=${r.id}`;
    } catch (error) {
      if (error instanceof AppError) target = `${back}&refuseError=${encodeURIComponent(error.messageKey.replace(/^desk\.errors\./, ""))}#refuse`;
      else target = `${back}&refuseError=unexpected&errorId=${logUnexpected(error, "office.desk.refuse")}#refuse`;
    }
    redirect(target);
  },
);
