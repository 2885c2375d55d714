import { getTranslations } from "next-intl/server";
import type { Status } from "@/lib/domain/workflow";

const tone: Record<Status, string> = {
  NEW: "border-brand-700 text-brand-800 bg-brand-50",
  RECEIVED: "border-brand-700 text-brand-800 bg-brand-50",
  IN_PROCESSING: "border-brand-700 text-brand-800 bg-white",
  SUPPLEMENT_REQUESTED: "border-warn-700 text-warn-700 bg-white",
  FINANCIAL_OBLIGATION_REQUESTED: "border-warn-700 text-warn-700 bg-white",
  WITHDRAWAL_REQUESTED: "border-warn-700 text-warn-700 bg-white",
  PROCESSED: "border-ok-700 text-ok-700 bg-white",
  RESULT_RETURNED: "border-ok-700 text-ok-700 bg-white",
  NOT_RECEIVED: "border-muted text-muted bg-white",
  STOPPED: "border-muted text-muted bg-white",
  WITHDRAWN: "border-muted text-muted bg-white",
};

export async function StatusBadge({ status }: { status: Status }) {
  const t = await getTranslations("office.statuses");
  return <span className={`inline-block rounded border px-2 py-0.5 text-sm font-semibold ${tone[status]}`}>{t(status)}</span>;
}
