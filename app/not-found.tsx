import Link from "next/link";
import { getTranslations } from "next-intl/server";

export default async function NotFound() {
  const t = await getTranslations("common");
  return (
    <div className="container-page py-12">
      <h1 className="text-3xl">{t("notFoundTitle")}</h1>
      <p className="mt-3">{t("notFoundBody")}</p>
      <p className="mt-6">
        <Link href="/">{t("goHome")}</Link>
      </p>
    </div>
  );
}
