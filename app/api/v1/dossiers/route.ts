/**
 * POST /api/v1/dossiers — file an application in one request (multipart/form-data), for
 * programs and the submission benchmark. Signed-in citizens only (session cookie).
 *
 *   Idempotency-Key: <1–100 chars>       required; a retry with the same key returns the first dossier
 *   fields (before the files): procedureCode, applicant (JSON), answers (JSON), locale (vi|en)
 *   files: one part per document, named "file.<dossier component id>"
 *
 * 201 { id, code, pin } when created; 200 { id, code } when the key was already used;
 * problem+json otherwise. The same use case as the web form (lib/server/dossiers/submit.ts).
 */
import { z } from "zod";
import { currentUser } from "@/lib/server/auth/session";
import { getFilingProcedure, type FilingProcedure } from "@/lib/server/dossiers/procedures";
import { submitDossier } from "@/lib/server/dossiers/submit";
import { AppError } from "@/lib/server/errors";
import { handle, problem } from "@/lib/server/http";
import { boundaryOf, MultipartError, readMultipart } from "@/lib/server/storage/multipart";
import { bodyStream, sameOrigin } from "@/lib/server/storage/respond";
import { storage } from "@/lib/server/storage";
import { storeUpload, UploadError, type StoredUpload } from "@/lib/server/storage/upload";

export const dynamic = "force-dynamic";

const fieldsSchema = z.object({
  procedureCode: z.string().min(1).max(40),
  applicant: z.string().max(20_000).transform((s, ctx) => {
    try {
      return JSON.parse(s) as unknown;
    } catch {
      ctx.addIssue({ code: "custom", message: "applicant is not JSON" });
      return z.NEVER;
    }
  }),
  answers: z.string().max(200_000).transform((s, ctx) => {
    try {
      return JSON.parse(s) as unknown;
    } catch {
      ctx.addIssue({ code: "custom", message: "answers is not JSON" });
      return z.NEVER;
    }
  }),
  locale: z.enum(["vi", "en"]).default("vi"),
});

export async function POST(req: Request): Promise<Response> {
  return handle("POST /api/v1/dossiers", async () => {
    const user = await currentUser();
    if (!user) return problem(401, "auth.errors.signInRequired");
    if (!sameOrigin(req)) return problem(403, "errors.crossSite");
    const key = z.string().trim().min(1).max(100).safeParse(req.headers.get("idempotency-key"));
    if (!key.success) return problem(400, "filing.errors.idempotencyKeyRequired");
    const boundary = boundaryOf(req.headers.get("content-type"));
    if (!boundary) return problem(415, "filing.errors.multipartRequired");

    let procedure: FilingProcedure | null | undefined;
    const stored: Array<StoredUpload & { componentId: string }> = [];
    let parsed;
    try {
      parsed = await readMultipart(
        bodyStream(req),
        boundary,
        async (file, fields) => {
          procedure ??= fields.procedureCode ? await getFilingProcedure(fields.procedureCode) : null;
          const componentId = file.field.replace(/^file\./, "");
          const component = procedure?.components.find((c) => c.id === componentId);
          if (!component) throw new AppError("validation", "filing.errors.unknownDocument", { field: file.field });
          const s = await storeUpload(file.stream, file.filename, { maxBytes: component.maxSizeMb * 1024 * 1024, acceptedTypes: component.acceptedTypes }, `dossiers/${user.id}`);
          stored.push({ ...s, componentId });
          return s;
        },
        { maxFields: 10, maxFieldBytes: 200_000, maxFiles: 30, maxTotalBytes: 300 * 1024 * 1024 },
      );
    } catch (error) {
      await Promise.all(stored.map((s) => storage().delete(s.storageKey).catch(() => {})));
      if (error instanceof MultipartError) return problem(400, "filing.errors.malformedUpload");
      throw error;
    }
    const failed = parsed.files.find((f) => f.error);
    const fields = fieldsSchema.safeParse(parsed.fields);
    if (failed || !fields.success) {
      await Promise.all(stored.map((s) => storage().delete(s.storageKey).catch(() => {})));
      if (failed?.error instanceof UploadError) return problem(422, `uploads.errors.${failed.error.code}`, { field: failed.field });
      if (failed?.error instanceof AppError) throw failed.error;
      if (failed) throw failed.error;
      return problem(400, "filing.errors.badFields", { issues: fields.success ? [] : fields.error.issues.map((i) => ({ path: i.path.join("."), message: i.message })) });
    }
    const result = await submitDossier(user.id, {
      procedureCode: fields.data.procedureCode,
      applicant: fields.data.applicant,
      answers: fields.data.answers,
      files: stored,
      idempotencyKey: key.data,
      locale: fields.data.locale,
    });
    return Response.json(
      result.created ? { id: result.dossierId, code: result.code, pin: result.pin } : { id: result.dossierId, code: result.code },
      { status: result.created ? 201 : 200, headers: { "Cache-Control": "no-store" } },
    );
  });
}
