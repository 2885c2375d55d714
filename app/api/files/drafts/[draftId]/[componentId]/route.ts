/**
 * Upload into a draft's document slot (multipart/form-data, one file), streamed to storage and
 * checked while it streams. A plain HTML form posts here (answer: 303 back to the documents
 * step); the browser script posts the same form with `Accept: application/json` (answer: JSON)
 * to show upload progress. GET returns the uploaded document to its owner, as an attachment.
 */
import { z } from "zod";
import { currentUser } from "@/lib/server/auth/session";
import { attachDraftFile, getDraft } from "@/lib/server/dossiers/drafts";
import { openDraftFile } from "@/lib/server/dossiers/mine";
import { AppError, logUnexpected } from "@/lib/server/errors";
import { boundaryOf, MultipartError, readMultipart } from "@/lib/server/storage/multipart";
import { bodyStream, fileResponse, sameOrigin } from "@/lib/server/storage/respond";
import { publicUpload, UploadError } from "@/lib/server/storage/upload";

export const dynamic = "force-dynamic";

const params = z.object({ draftId: z.uuid(), componentId: z.uuid() });
type Ctx = { params: Promise<{ draftId: string; componentId: string }> };

const notFound = () => new Response("Not found", { status: 404, headers: { "Cache-Control": "no-store" } });

export async function GET(_req: Request, ctx: Ctx): Promise<Response> {
  const p = params.safeParse(await ctx.params);
  const user = await currentUser();
  if (!p.success || !user) return notFound();
  const file = await openDraftFile(user.id, p.data.draftId, p.data.componentId);
  return file ? fileResponse(file) : notFound();
}

export async function POST(req: Request, ctx: Ctx): Promise<Response> {
  const wantsJson = (req.headers.get("accept") ?? "").includes("application/json");
  const p = params.safeParse(await ctx.params);
  const user = await currentUser();
  if (!p.success || !user || !sameOrigin(req)) return notFound();
  const draft = await getDraft(user.id, p.data.draftId);
  if (!draft || !draft.procedure.components.some((c) => c.id === p.data.componentId)) return notFound();
  const back = (query: string) => {
    const url = new URL(`/file/${draft.procedure.code}/${draft.id}/documents?${query}#slot-${p.data.componentId}`, req.url);
    return new Response(null, { status: 303, headers: { Location: url.pathname + url.search + url.hash } });
  };
  if (draft.status !== "DRAFT") {
    return wantsJson ? Response.json({ ok: false, code: "alreadySubmitted" }, { status: 409 }) : back("");
  }
  const boundary = boundaryOf(req.headers.get("content-type"));
  let code: string | null = null;
  let stored: { originalName: string; size: number; mimeType: string } | null = null;
  if (!boundary) code = "noFile";
  else {
    try {
      const result = await readMultipart(
        bodyStream(req),
        boundary,
        (file) => attachDraftFile(user.id, draft.id, p.data.componentId, file.stream, file.filename),
        { maxFields: 10, maxFieldBytes: 4096, maxFiles: 1, maxTotalBytes: 200 * 1024 * 1024 },
      );
      const first = result.files[0];
      if (!first || first.error instanceof MultipartError) code = "noFile";
      else if (first.error instanceof UploadError) code = first.error.code;
      else if (first.error instanceof AppError) code = first.error.kind === "conflict" ? "alreadySubmitted" : "noFile";
      else if (first.error) throw first.error;
      // The answer names the file only: never its storage key or hash.
      else if (first.result) stored = publicUpload(first.result);
    } catch (error) {
      if (error instanceof MultipartError) code = "tooLarge";
      else {
        const id = logUnexpected(error, "draft upload");
        code = "failed";
        if (wantsJson) return Response.json({ ok: false, code, errorId: id }, { status: 500 });
      }
    }
  }
  if (wantsJson) {
    return code ? Response.json({ ok: false, code }, { status: code === "alreadySubmitted" ? 409 : 422 }) : Response.json({ ok: true, file: stored }, { status: 201 });
  }
  return back(code ? `error=${encodeURIComponent(`${p.data.componentId}.${code}`)}` : `uploaded=${p.data.componentId}`);
}
