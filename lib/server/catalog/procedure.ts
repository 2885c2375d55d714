/** getProcedure: the whole published record of one procedure, by its code. */
import { db, readDb } from "@/lib/db";
import { notFound } from "@/lib/server/errors";
import { procedureCodeSchema, type ProcedureDetail } from "./schemas";

export const procedureUrl = (code: string) => `/procedures/${encodeURIComponent(code)}`;
export const templateUrl = (code: string, position: number) => `${procedureUrl(code)}/forms/${position}`;

const lower = <T extends string>(v: T) => v.toLowerCase() as Lowercase<T>;

function stringList(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === "string") : [];
}

function objects(value: unknown): Array<Record<string, unknown>> {
  return Array.isArray(value) ? value.filter((v): v is Record<string, unknown> => !!v && typeof v === "object") : [];
}

const str = (v: unknown): string | null => (typeof v === "string" ? v : null);

export interface ProcedureRecord extends ProcedureDetail {
  publishedAt: string | null;
}

/** Throws not_found for an unknown code, or one without a published version. */
export async function getProcedure(code: string): Promise<ProcedureRecord> {
  if (!procedureCodeSchema.safeParse(code).success) throw notFound("catalog.errors.notFound");
  const p = await readDb().procedure.findUnique({
    where: { code },
    include: {
      field: true,
      currentVersion: {
        include: {
          components: { orderBy: { position: "asc" } },
          agencies: { include: { agency: true } },
          lifeEvents: { include: { lifeEvent: true } },
        },
      },
    },
  });
  const v = p?.currentVersion;
  if (!p || !v || v.status !== "PUBLISHED") throw notFound("catalog.errors.notFound");
  const implementing = v.agencies.filter((a) => a.role === "IMPLEMENTING").map((a) => a.agency);
  const deciding = v.agencies.find((a) => a.role === "DECIDING")?.agency ?? null;
  return {
    code: p.code,
    name: v.name,
    version: v.version,
    field: { code: p.field.code, name: p.field.name, nameEn: p.field.nameEn },
    level: lower(v.level),
    onlineLevel: lower(v.onlineLevel),
    audience: lower(v.audience),
    lifeEvents: v.lifeEvents
      .map((l) => ({ code: l.lifeEvent.code, name: l.lifeEvent.name, nameEn: l.lifeEvent.nameEn }))
      .sort((a, b) => a.name.localeCompare(b.name, "vi")),
    implementingAgencies: implementing
      .sort((a, b) => a.path.localeCompare(b.path))
      .map((a) => ({ code: a.code, name: a.name, nameEn: a.nameEn, address: a.address, phone: a.phone })),
    decidingAgency: deciding ? { code: deciding.code, name: deciding.name, nameEn: deciding.nameEn } : null,
    conditions: v.conditions,
    steps: stringList(v.steps),
    channels: v.channels
      .map((c) => c.toLowerCase())
      .filter((c): c is "counter" | "online" | "post" => c === "counter" || c === "online" || c === "post"),
    components: v.components.map((c) => ({
      name: c.name,
      form: lower(c.form),
      count: c.count,
      required: c.required,
      templateName: c.templateName,
      templateUrl: c.templateName ? templateUrl(p.code, c.position) : null,
      note: c.note,
    })),
    numberOfSets: v.numberOfSets,
    timeLimit: { value: Number(v.timeLimitValue), unit: lower(v.timeLimitUnit), text: v.timeLimitText },
    fees: objects(v.fees).map((f) => ({
      name: str(f.name) ?? "",
      amount: typeof f.amount === "number" ? f.amount : 0,
      note: str(f.note),
      legalBasis: str(f.legalBasis),
    })),
    result: v.result,
    legalBasis: objects(v.legalBasis).map((l) => ({
      code: str(l.code) ?? "",
      title: str(l.title) ?? "",
      issuedOn: str(l.issuedOn),
      issuer: str(l.issuer),
    })),
    effectStatus: lower(v.effectStatus),
    locationIndependent: v.locationIndependent,
    publishedBy: v.publishedBy,
    publishedOn: v.publishedOn ? v.publishedOn.toISOString().slice(0, 10) : null,
    publishedAt: v.publishedAt ? v.publishedAt.toISOString() : null,
    fileOnlineUrl: v.onlineLevel === "NONE" ? null : `/file/${encodeURIComponent(p.code)}`,
    url: procedureUrl(p.code),
  };
}

/** Codes of every published procedure, for the sitemap. */
export async function listProcedureCodes(): Promise<Array<{ code: string; indexedAt: Date }>> {
  return db().procedureSearch.findMany({ select: { code: true, indexedAt: true }, orderBy: { code: "asc" } });
}
