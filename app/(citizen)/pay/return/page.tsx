import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { requireUser } from "@/lib/server/auth/session";
import { readPaymentReturn } from "@/lib/server/payments/payments";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("payments");
  return { title: t("return.title") };
}

/** Where the gateway sends the citizen back. Shows the portal's own state; changes nothing. */
export default async function PaymentReturnPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const sp = await searchParams;
  const params: Record<string, string> = {};
  for (const [k, v] of Object.entries(sp)) if (typeof v === "string" && k.length <= 64 && v.length <= 2000) params[k] = v;
  const user = await requireUser(`/pay/return?${new URLSearchParams(params).toString()}`);
  const view = await readPaymentReturn(user.id, params);
  const t = await getTranslations("payments");
  const message = !view.valid
    ? t("return.invalid")
    : view.status === "PAID"
      ? t("return.paid")
      : view.status === "CANCELLED"
        ? t("return.cancelled")
        : view.status === "FAILED" || view.status === "EXPIRED"
          ? t("return.failed")
          : t("return.pending");
  return (
    <div className="container-page max-w-3xl py-8">
      <h1 className="text-3xl">{t("return.title")}</h1>
      <p role="status" className="mt-4 rounded border-l-4 border-brand-700 bg-brand-50 p-3 text-lg" data-payment-return={view.valid ? (view.status ?? "") : "INVALID"}>
        {message}
      </p>
      {view.dossierId && (
        <p className="mt-6">
          <Link href={`/my/dossiers/${view.dossierId}#payments`}>{t("return.back")}</Link>
        </p>
      )}
    </div>
  );
}
