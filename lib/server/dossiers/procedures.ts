/** Procedures as the filing flow needs them: online filing allowed, form, documents, desks. */
import { applicantForm, DEFAULT_FORM, type FieldOption, type FormSchema, safeParseFormSchema } from "@/lib/domain/forms";
import { config } from "@/lib/config";
import { db } from "@/lib/db";
import { foldVietnamese } from "@/lib/domain/search";

export interface FilingComponent {
  id: string;
  position: number;
  name: string;
  form: string;
  count: number;
  required: boolean;
  note: string;
  acceptedTypes: string[];
  maxSizeMb: number;
}

export interface FilingAgency {
  id: string;
  code: string;
  name: string;
  nameEn: string;
  kind: string;
}

export interface FilingProcedure {
  code: string;
  procedureId: string;
  versionId: string;
  name: string;
  level: "PROVINCE" | "COMMUNE";
  onlineLevel: "FULL" | "PARTIAL" | "NONE";
  locationIndependent: boolean;
  timeLimit: { value: number; unit: "WORKING_DAY" | "WORKING_HOUR" | "CALENDAR_DAY" };
  timeLimitText: string;
  result: string;
  fees: Array<{ name: string; amount: number; note?: string }>;
  form: FormSchema;
  components: FilingComponent[];
  implementing: FilingAgency[];
}

export function canFileOnline(v: { onlineLevel: string; channels: string[]; status: string }): boolean {
  return v.status === "PUBLISHED" && v.onlineLevel !== "NONE" && v.channels.includes("ONLINE");
}

const versionInclude = {
  components: { orderBy: { position: "asc" as const } },
  agencies: { include: { agency: true } },
} as const;

type VersionRow = NonNullable<Awaited<ReturnType<typeof loadVersion>>>;

async function loadVersion(where: { id: string }) {
  return db().procedureVersion.findUnique({ where, include: { ...versionInclude, procedure: true } });
}

function toFiling(v: VersionRow): FilingProcedure {
  const parsed = v.formSchema ? safeParseFormSchema(v.formSchema) : null;
  const allowed = config().UPLOAD_ALLOWED_TYPES;
  return {
    code: v.procedure.code,
    procedureId: v.procedureId,
    versionId: v.id,
    name: v.name,
    level: v.level,
    onlineLevel: v.onlineLevel,
    locationIndependent: v.locationIndependent,
    timeLimit: { value: Number(v.timeLimitValue), unit: v.timeLimitUnit },
    timeLimitText: v.timeLimitText,
    result: v.result,
    fees: (Array.isArray(v.fees) ? v.fees : []) as FilingProcedure["fees"],
    form: parsed?.success ? parsed.data : DEFAULT_FORM,
    components: v.components.map((c) => ({
      id: c.id,
      position: c.position,
      name: c.name,
      form: c.form,
      count: c.count,
      required: c.required,
      note: c.note,
      acceptedTypes: c.acceptedTypes.filter((t) => allowed.includes(t)),
      maxSizeMb: c.maxSizeMb,
    })),
    implementing: v.agencies
      .filter((a) => a.role === "IMPLEMENTING" && a.agency.active)
      .map((a) => ({ id: a.agency.id, code: a.agency.code, name: a.agency.name, nameEn: a.agency.nameEn, kind: a.agency.kind }))
      .sort((a, b) => a.code.localeCompare(b.code)),
  };
}

/** The procedure's version in effect, if it can be filed online; null otherwise. */
export async function getFilingProcedure(code: string): Promise<FilingProcedure | null> {
  if (!/^[0-9A-Za-z.\-_]{1,40}$/.test(code)) return null;
  const p = await db().procedure.findUnique({ where: { code }, select: { currentVersionId: true, endedAt: true } });
  // An ended procedure takes no new filings (its page names its successor).
  if (!p?.currentVersionId || p.endedAt) return null;
  const v = await loadVersion({ id: p.currentVersionId });
  if (!v || !canFileOnline(v)) return null;
  return toFiling(v);
}

/** The version a draft was started under (still valid even if superseded since). */
export async function getFilingVersion(versionId: string): Promise<FilingProcedure | null> {
  const v = await loadVersion({ id: versionId });
  return v ? toFiling(v) : null;
}

export interface FileableProcedure {
  code: string;
  name: string;
  onlineLevel: "FULL" | "PARTIAL" | "NONE";
  level: "PROVINCE" | "COMMUNE";
  fieldName: string;
  fieldNameEn: string;
}

/** Procedures that can be filed online, optionally filtered by words of their name or code. */
export async function listFileableProcedures(query = ""): Promise<FileableProcedure[]> {
  const rows = await db().procedure.findMany({
    where: { endedAt: null, currentVersion: { status: "PUBLISHED", onlineLevel: { not: "NONE" }, channels: { has: "ONLINE" } } },
    select: { code: true, field: { select: { name: true, nameEn: true } }, currentVersion: { select: { name: true, onlineLevel: true, level: true } } },
  });
  const words = foldVietnamese(query).split(/\s+/).filter(Boolean);
  return rows
    .filter((r) => r.currentVersion)
    .map((r) => ({
      code: r.code,
      name: r.currentVersion!.name,
      onlineLevel: r.currentVersion!.onlineLevel,
      level: r.currentVersion!.level,
      fieldName: r.field.name,
      fieldNameEn: r.field.nameEn,
    }))
    .filter((r) => {
      if (words.length === 0) return true;
      const hay = ` ${foldVietnamese(`${r.name} ${r.code} ${r.fieldName}`)} `;
      return words.every((w) => hay.includes(w));
    })
    .sort((a, b) => a.fieldName.localeCompare(b.fieldName, "vi") || a.name.localeCompare(b.name, "vi"));
}

/** "Ủy ban nhân dân phường Hoa Lư" → "Phường Hoa Lư". */
export function communeLabel(a: { name: string; nameEn: string }, locale: string): string {
  if (locale === "en") return a.nameEn.replace(/^People's Committee of\s+/i, "");
  const s = a.name.replace(/^Ủy ban nhân dân\s+/i, "");
  return s.charAt(0).toUpperCase() + s.slice(1);
}

export async function listCommunes(): Promise<FilingAgency[]> {
  const rows = await db().agency.findMany({ where: { kind: "COMMUNE", active: true }, orderBy: { name: "asc" } });
  return rows.map((a) => ({ id: a.id, code: a.code, name: a.name, nameEn: a.nameEn, kind: a.kind }));
}

/** Whether the applicant chooses the desk (location-independent, or several provincial desks). */
export function chooseDesk(p: FilingProcedure): boolean {
  return p.implementing.length > 1 && (p.locationIndependent || p.level !== "COMMUNE");
}

export function communeOptions(communes: FilingAgency[]): FieldOption[] {
  return communes.map((c) => ({ value: c.code, label: communeLabel(c, "vi"), labelEn: communeLabel(c, "en") }));
}

export function applicantFormFor(p: FilingProcedure, communes: FilingAgency[], locale = "vi"): FormSchema {
  const desks: FieldOption[] | undefined = chooseDesk(p)
    ? p.implementing.map((a) => ({ value: a.code, label: a.kind === "COMMUNE" ? communeLabel(a, "vi") : a.name, labelEn: a.kind === "COMMUNE" ? communeLabel(a, "en") : a.nameEn }))
    : undefined;
  void locale;
  return applicantForm({ communes: communeOptions(communes), desks });
}

/**
 * The receiving agency for the applicant's answers: the desk they chose, else the only
 * implementing agency, else (commune level) their own commune. Null when none fits.
 */
export function receivingAgencyFor(p: FilingProcedure, applicant: { desk?: unknown; address?: unknown }): FilingAgency | null {
  if (chooseDesk(p)) return p.implementing.find((a) => a.code === applicant.desk) ?? null;
  if (p.implementing.length === 1) return p.implementing[0]!;
  const commune = (applicant.address as { commune?: string } | undefined)?.commune;
  return p.implementing.find((a) => a.code === commune) ?? null;
}
