import { getTranslations } from "next-intl/server";
import { currentActor } from "@/lib/server/backoffice/actor";
import { formatDateTime } from "@/lib/server/dossiers/i18n";
import { payOnlineAction, recordDeskPaymentAction } from "@/lib/server/payments/actions";
import { listPayments, onlinePaymentAvailable } from "@/lib/server/payments/payments";

/**
 * The payments of a dossier, for the applicant (what to pay, the pay button, the receipt) and for
 * the officers (the payment state; the reception desk records a cash or card payment).
 */
export async function DossierPayments({ dossierId, error, paid }: { dossierId: string; error?: string; paid?: boolean }) {
  const actor = await currentActor();
  if (!actor) return null;
  const payments = await listPayments(actor, dossierId).catch(() => []);
  const citizen = actor.role === "CITIZEN";
  if (citizen && payments.length === 0) return null;
  const t = await getTranslations("payments");
  const money = (n: number) => t("vnd", { amount: n.toLocaleString("vi-VN") });
  const errorText = error ? (t.has(`errors.${error}`) ? t(`errors.${error}`) : t("errors.generic")) : null;
  const online = onlinePaymentAvailable();
  return (
    <section id="payments" aria-labelledby="payments-title" className="mt-6 rounded border-2 border-line p-4">
      <h2 id="payments-title" className="text-2xl">
        {t("heading")}
      </h2>
      {errorText && (
        <p role="alert" className="mt-2 font-semibold text-accent-700">
          {errorText}
        </p>
      )}
      {paid && !errorText && (
        <p role="status" className="mt-2 font-semibold">
          {t("desk.done")}
        </p>
      )}
      {payments.length === 0 && <p className="mt-2">{t("none")}</p>}
      {payments.map((p) => (
        <div key={p.id} className="mt-3 border-t border-line pt-3" data-payment-status={p.status}>
          <dl className="grid gap-x-6 gap-y-1 sm:grid-cols-[auto_1fr]">
            <dt className="font-semibold">{t("description")}</dt>
            <dd>{p.description}</dd>
            <dt className="font-semibold">{t("amount")}</dt>
            <dd>{money(p.amount)}</dd>
            {p.legalBasis && (
              <>
                <dt className="font-semibold">{t("legalBasis")}</dt>
                <dd>{p.legalBasis}</dd>
              </>
            )}
            <dt className="font-semibold">{t("state")}</dt>
            <dd>
              <strong>{t(`status.${p.status}`)}</strong>
            </dd>
            {p.status === "PENDING" && p.dueAt && (
              <>
                <dt className="font-semibold">{t("dueAt")}</dt>
                <dd>{formatDateTime(p.dueAt)}</dd>
              </>
            )}
            {p.status === "PAID" && (
              <>
                <dt className="font-semibold">{t("method")}</dt>
                <dd>{p.method ? t(`methods.${p.method}`) : "—"}</dd>
                <dt className="font-semibold">{t("paidAt")}</dt>
                <dd>{p.paidAt ? formatDateTime(p.paidAt) : "—"}</dd>
                <dt className="font-semibold">{t("receiptNumber")}</dt>
                <dd>{p.receiptNumber}</dd>
                {p.providerRef && (
                  <>
                    <dt className="font-semibold">{t("providerRef")}</dt>
                    <dd>{p.providerRef}</dd>
                  </>
                )}
              </>
            )}
          </dl>
          {p.status === "PAID" && citizen && (
            <p className="mt-2">
              <a href={`/my/payments/${p.id}/receipt`}>{t("receipt")}</a>
            </p>
          )}
          {p.status === "PENDING" && citizen && (
            online ? (
              <form action={payOnlineAction} className="mt-3">
                <input type="hidden" name="dossierId" value={dossierId} />
                <input type="hidden" name="paymentId" value={p.id} />
                <p className="text-sm text-muted">{t("payHint")}</p>
                <button type="submit" className="mt-2 rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-900">
                  {t("pay")}
                </button>
              </form>
            ) : (
              <p className="mt-2">{t("notConfigured")}</p>
            )
          )}
          {p.status === "PENDING" && actor.role === "RECEPTION" && (
            <form action={recordDeskPaymentAction} className="mt-3 space-y-2">
              <input type="hidden" name="dossierId" value={dossierId} />
              <input type="hidden" name="paymentId" value={p.id} />
              <fieldset>
                <legend className="font-semibold">{t("desk.heading")}</legend>
                <div className="mt-1 flex flex-wrap gap-4">
                  <label className="flex items-center gap-2">
                    <input type="radio" name="method" value="CASH" defaultChecked /> {t("methods.CASH")}
                  </label>
                  <label className="flex items-center gap-2">
                    <input type="radio" name="method" value="CARD" /> {t("methods.CARD")}
                  </label>
                </div>
              </fieldset>
              <label htmlFor={`receipt-${p.id}`} className="block font-semibold">
                {t("desk.receiptNumber")}
              </label>
              <input id={`receipt-${p.id}`} name="receiptNumber" required maxLength={40} className="rounded border border-line px-2 py-1" />
              <div>
                <button type="submit" className="rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-900">
                  {t("desk.submit")}
                </button>
              </div>
            </form>
          )}
        </div>
      ))}
    </section>
  );
}
