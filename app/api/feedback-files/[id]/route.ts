import { currentUser } from "@/lib/server/auth/session";
import { AppError } from "@/lib/server/errors";
import { openFeedbackFile } from "@/lib/server/feedback/feedback";
import { handle, problem } from "@/lib/server/http";
import { fileResponse } from "@/lib/server/storage/respond";

export const dynamic = "force-dynamic";

/** A feedback attachment, for its sender and the responsible agency's officers only. */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  return handle("GET /api/feedback-files/{id}", async () => {
    const user = await currentUser();
    if (!user) return problem(404, "Not found");
    const { id } = await params;
    try {
      const file = await openFeedbackFile({ userId: user.id, role: user.role, agencyId: user.agencyId }, id);
      return fileResponse(file);
    } catch (error) {
      if (error instanceof AppError && error.kind === "not_found") return problem(404, "Not found");
      throw error;
    }
  });
}
