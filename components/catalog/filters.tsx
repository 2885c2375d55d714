import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import type { Facets } from "@/lib/server/catalog";

export interface FilterValues {
  field?: string;
  agency?: string;
  level?: string;
  online?: string;
  audience?: string;
  lifeEvent?: string;
  sort?: string;
}

function Select({
  id,
  name,
  label,
  value,
  anyLabel,
  options,
}: {
  id: string;
  name: string;
  label: string;
  value: string | undefined;
  anyLabel: string | null;
  options: Array<{ value: string; label: string }>;
}) {
  return (
    <div>
      <label htmlFor={id} className="block font-semibold">
        {label}
      </label>
      <select id={id} name={name} defaultValue={value ?? ""} className="input mt-1">
        {anyLabel !== null && <option value="">{anyLabel}</option>}
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}

/** The filter fields of the catalog's GET form (they submit with the search field). */
export async function Filters({ facets, values, clearHref }: { facets: Facets; values: FilterValues; clearHref: string }) {
  const t = await getTranslations("catalog");
  const en = (await getLocale()) === "en";
  const name = (o: { name: string; nameEn: string }) => (en ? o.nameEn : o.name);
  const any = t("filterAny");
  return (
    <fieldset className="grid gap-4">
      <legend className="mb-2 text-xl font-bold">{t("filtersHeading")}</legend>
      <Select
        id="f-lifeEvent"
        name="lifeEvent"
        label={t("filterLifeEvent")}
        value={values.lifeEvent}
        anyLabel={any}
        options={facets.lifeEvents.filter((e) => e.count > 0).map((e) => ({ value: e.code, label: `${name(e)} (${e.count})` }))}
      />
      <Select
        id="f-field"
        name="field"
        label={t("filterField")}
        value={values.field}
        anyLabel={any}
        options={facets.fields.filter((f) => f.count > 0).map((f) => ({ value: f.code, label: `${name(f)} (${f.count})` }))}
      />
      <Select
        id="f-agency"
        name="agency"
        label={t("filterAgency")}
        value={values.agency}
        anyLabel={any}
        options={facets.agencies.filter((a) => a.count > 0).map((a) => ({ value: a.code, label: `${name(a)} (${a.count})` }))}
      />
      <Select
        id="f-level"
        name="level"
        label={t("filterLevel")}
        value={values.level}
        anyLabel={any}
        options={(["province", "commune"] as const).map((v) => ({ value: v, label: t(`level.${v}`) }))}
      />
      <Select
        id="f-online"
        name="online"
        label={t("filterOnline")}
        value={values.online}
        anyLabel={any}
        options={(["full", "partial", "none"] as const).map((v) => ({ value: v, label: t(`online.${v}`) }))}
      />
      <Select
        id="f-audience"
        name="audience"
        label={t("filterAudience")}
        value={values.audience}
        anyLabel={any}
        options={(["citizen", "business"] as const).map((v) => ({ value: v, label: t(`audience.${v}`) }))}
      />
      <Select
        id="f-sort"
        name="sort"
        label={t("sortLabel")}
        value={values.sort}
        anyLabel={t("sort.default")}
        options={(["relevance", "name", "time"] as const).map((v) => ({ value: v, label: t(`sort.${v}`) }))}
      />
      <div className="flex flex-wrap items-center gap-3">
        <button type="submit" className="btn btn-primary">
          {t("apply")}
        </button>
        <Link href={clearHref} className="font-semibold">
          {t("clearFilters")}
        </Link>
      </div>
    </fieldset>
  );
}
