/**
 * A procedure version as the administrator edits it: plain data, parsed from the edit page's
 * fields (one item a line, parts separated by "|"), checked before publishing. Pure.
 */
import { z } from "zod";
import { safeParseFormSchema } from "@/lib/domain/forms";

export const LEVELS = ["PROVINCE", "COMMUNE"] as const;
export const AUDIENCES = ["CITIZEN", "BUSINESS", "BOTH"] as const;
export const ONLINE_LEVELS = ["FULL", "PARTIAL", "NONE"] as const;
export const CHANNELS = ["COUNTER", "ONLINE", "POST"] as const;
export const TIME_UNITS = ["WORKING_DAY", "WORKING_HOUR", "CALENDAR_DAY"] as const;
export const DOCUMENT_FORMS = ["ORIGINAL", "COPY", "CERTIFIED_COPY", "ORIGINAL_OR_COPY", "PRESENT_ORIGINAL"] as const;
export const AGENCY_KINDS = ["PROVINCE_COMMITTEE", "DEPARTMENT", "COMMUNE", "SERVICE_CENTER", "POLICE", "SOCIAL_INSURANCE"] as const;

export interface ComponentRecord {
  name: string;
  form: (typeof DOCUMENT_FORMS)[number];
  count: number;
  required: boolean;
  acceptedTypes: string[];
  maxSizeMb: number;
  templateName: string | null;
  note: string;
}
export interface FeeRecord {
  name: string;
  amount: number;
  note?: string;
  legalBasis?: string;
}
export interface LegalRecord {
  code: string;
  title: string;
  issuedOn?: string;
  issuer?: string;
}
export interface RouteLeg {
  agencyKind: (typeof AGENCY_KINDS)[number];
  agencyCode?: string;
  description: string;
  timeLimit: number;
  timeUnit: (typeof TIME_UNITS)[number];
}

/** Everything of a version the edit page changes. */
export interface VersionRecord {
  name: string;
  level: (typeof LEVELS)[number];
  audience: (typeof AUDIENCES)[number];
  onlineLevel: (typeof ONLINE_LEVELS)[number];
  channels: Array<(typeof CHANNELS)[number]>;
  conditions: string;
  steps: string[];
  numberOfSets: number;
  timeLimitValue: number;
  timeLimitUnit: (typeof TIME_UNITS)[number];
  timeLimitText: string;
  fees: FeeRecord[];
  result: string;
  legalBasis: LegalRecord[];
  locationIndependent: boolean;
  implementingCodes: string[];
  decidingCode: string | null;
  lifeEventCodes: string[];
  components: ComponentRecord[];
  route: RouteLeg[] | null;
}

/** A problem with one input of the edit page: the input's name, a message key, line number when it applies. */
export interface RecordIssue {
  field: string;
  key: string;
  line?: number;
}

const lines = (s: string) =>
  s
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean);
const parts = (line: string) => line.split("|").map((p) => p.trim());
const isoDate = /^\d{4}-\d{2}-\d{2}$/;
const MIME = /^[a-z]+\/[a-z0-9.+-]+$/;

const str = (v: unknown, max = 20000) => (typeof v === "string" ? v.trim().slice(0, max) : "");
const oneOf = <T extends string>(v: unknown, list: readonly T[]): T | null => (typeof v === "string" && (list as readonly string[]).includes(v) ? (v as T) : null);
const num = (v: string): number | null => {
  if (!/^-?\d+([.,]\d+)?$/.test(v)) return null;
  return Number(v.replace(",", "."));
};

export type RawRecord = Record<string, string | string[] | undefined>;

/** Reads the edit page's inputs; returns the record and the problems (the record keeps what could be read). */
export function parseVersionRecord(raw: RawRecord): { record: VersionRecord; issues: RecordIssue[] } {
  const issues: RecordIssue[] = [];
  const s = (k: string, max?: number) => str(Array.isArray(raw[k]) ? raw[k][0] : raw[k], max);
  const list = (k: string) => (Array.isArray(raw[k]) ? raw[k] : raw[k] ? [raw[k]] : []).map((x) => String(x));

  const name = s("name", 1000);
  if (name.length < 5) issues.push({ field: "name", key: "nameShort" });
  const level = oneOf(s("level"), LEVELS) ?? (issues.push({ field: "level", key: "choose" }), "COMMUNE");
  const audience = oneOf(s("audience"), AUDIENCES) ?? (issues.push({ field: "audience", key: "choose" }), "CITIZEN");
  const onlineLevel = oneOf(s("onlineLevel"), ONLINE_LEVELS) ?? (issues.push({ field: "onlineLevel", key: "choose" }), "NONE");
  const channels = list("channels").filter((c): c is VersionRecord["channels"][number] => (CHANNELS as readonly string[]).includes(c));
  const timeLimitUnit = oneOf(s("timeLimitUnit"), TIME_UNITS) ?? (issues.push({ field: "timeLimitUnit", key: "choose" }), "WORKING_DAY");
  const sets = num(s("numberOfSets") || "1");
  if (sets === null || !Number.isInteger(sets) || sets < 1 || sets > 20) issues.push({ field: "numberOfSets", key: "numberRange" });
  const limit = num(s("timeLimitValue"));
  if (limit === null || limit < 0 || limit > 999) issues.push({ field: "timeLimitValue", key: "numberRange" });

  const fees: FeeRecord[] = [];
  lines(s("fees")).forEach((l, i) => {
    const [feeName = "", amount = "", note = "", legalBasis = ""] = parts(l);
    const value = num(amount.replace(/\./g, "").replace(/\s/g, "") || "0");
    if (!feeName || value === null || value < 0) issues.push({ field: "fees", key: "feeLine", line: i + 1 });
    fees.push({ name: feeName, amount: value ?? 0, ...(note ? { note } : {}), ...(legalBasis ? { legalBasis } : {}) });
  });

  const legalBasis: LegalRecord[] = [];
  lines(s("legalBasis")).forEach((l, i) => {
    const [code = "", title = "", issuedOn = "", issuer = ""] = parts(l);
    if (!code || !title || (issuedOn && !isoDate.test(issuedOn))) issues.push({ field: "legalBasis", key: "legalLine", line: i + 1 });
    legalBasis.push({ code, title, ...(issuedOn ? { issuedOn } : {}), ...(issuer ? { issuer } : {}) });
  });

  const components: ComponentRecord[] = [];
  lines(s("components")).forEach((l, i) => {
    const [cName = "", form = "", count = "1", required = "", types = "", size = "10", template = "", note = ""] = parts(l);
    const f = oneOf(form, DOCUMENT_FORMS);
    const c = num(count || "1");
    const mb = num(size || "10");
    const accepted = types ? types.split(",").map((t) => t.trim().toLowerCase()).filter(Boolean) : ["application/pdf", "image/jpeg", "image/png"];
    const req = /^(có|co|yes|y|1|true|bắt buộc|bat buoc)$/i.test(required);
    const opt = /^(không|khong|no|n|0|false|)$/i.test(required);
    if (!cName || !f || c === null || !Number.isInteger(c) || c < 1 || c > 20 || mb === null || !Number.isInteger(mb) || mb < 1 || mb > 50 || (!req && !opt) || !accepted.every((t) => MIME.test(t))) {
      issues.push({ field: "components", key: "componentLine", line: i + 1 });
    }
    components.push({ name: cName, form: f ?? "ORIGINAL", count: c ?? 1, required: req, acceptedTypes: accepted, maxSizeMb: mb ?? 10, templateName: template || null, note });
  });

  const routeLines = lines(s("route"));
  const route: RouteLeg[] | null = routeLines.length ? [] : null;
  routeLines.forEach((l, i) => {
    const [kind = "", code = "", description = "", tl = "", unit = ""] = parts(l);
    const k = oneOf(kind, AGENCY_KINDS);
    const value = num(tl);
    const u = oneOf(unit || timeLimitUnit, TIME_UNITS);
    if (!k || !description || value === null || value <= 0 || !u) issues.push({ field: "route", key: "routeLine", line: i + 1 });
    route!.push({ agencyKind: k ?? "COMMUNE", ...(code ? { agencyCode: code } : {}), description, timeLimit: value ?? 0, timeUnit: u ?? "WORKING_DAY" });
  });

  const codes = (k: string) => [...new Set(s(k).split(/[\s,;]+/).filter(Boolean))];
  return {
    record: {
      name,
      level,
      audience,
      onlineLevel,
      channels,
      conditions: s("conditions"),
      steps: lines(s("steps")),
      numberOfSets: sets ?? 1,
      timeLimitValue: limit ?? 0,
      timeLimitUnit,
      timeLimitText: s("timeLimitText", 2000),
      fees,
      result: s("result", 2000),
      legalBasis,
      locationIndependent: s("locationIndependent") === "on" || s("locationIndependent") === "true",
      implementingCodes: codes("implementingCodes"),
      decidingCode: s("decidingCode") || null,
      lifeEventCodes: [...new Set(list("lifeEventCodes"))],
      components,
      route,
    },
    issues,
  };
}

/** The edit page's inputs for a record (the inverse of parseVersionRecord). */
export function recordToInputs(r: VersionRecord): Record<string, string | string[]> {
  return {
    name: r.name,
    level: r.level,
    audience: r.audience,
    onlineLevel: r.onlineLevel,
    channels: r.channels,
    conditions: r.conditions,
    steps: r.steps.join("\n"),
    numberOfSets: String(r.numberOfSets),
    timeLimitValue: String(r.timeLimitValue),
    timeLimitUnit: r.timeLimitUnit,
    timeLimitText: r.timeLimitText,
    fees: r.fees.map((f) => [f.name, String(f.amount), f.note ?? "", f.legalBasis ?? ""].join(" | ").replace(/( \| )+$/, "")).join("\n"),
    result: r.result,
    legalBasis: r.legalBasis.map((l) => [l.code, l.title, l.issuedOn ?? "", l.issuer ?? ""].join(" | ").replace(/( \| )+$/, "")).join("\n"),
    locationIndependent: r.locationIndependent ? "on" : "",
    implementingCodes: r.implementingCodes.join("\n"),
    decidingCode: r.decidingCode ?? "",
    lifeEventCodes: r.lifeEventCodes,
    components: r.components
      .map((c) => [c.name, c.form, String(c.count), c.required ? "có" : "không", c.acceptedTypes.join(", "), String(c.maxSizeMb), c.templateName ?? "", c.note].join(" | ").replace(/( \| )+$/, ""))
      .join("\n"),
    route: (r.route ?? []).map((l) => [l.agencyKind, l.agencyCode ?? "", l.description, String(l.timeLimit), l.timeUnit].join(" | ")).join("\n"),
  };
}

/**
 * What must hold before a version is published: everything the public page and filing need,
 * the route's legs adding up to the time limit, and a form that parses.
 */
export function publishIssues(r: VersionRecord, formSchema: unknown): RecordIssue[] {
  const issues: RecordIssue[] = [];
  if (r.name.length < 5) issues.push({ field: "name", key: "nameShort" });
  if (r.steps.length === 0) issues.push({ field: "steps", key: "required" });
  if (r.components.length === 0) issues.push({ field: "components", key: "required" });
  if (!r.result) issues.push({ field: "result", key: "required" });
  if (!r.timeLimitText) issues.push({ field: "timeLimitText", key: "required" });
  if (r.timeLimitValue <= 0) issues.push({ field: "timeLimitValue", key: "numberRange" });
  if (r.channels.length === 0) issues.push({ field: "channels", key: "required" });
  if (r.onlineLevel !== "NONE" && !r.channels.includes("ONLINE")) issues.push({ field: "channels", key: "onlineChannel" });
  if (r.legalBasis.length === 0) issues.push({ field: "legalBasis", key: "required" });
  if (r.implementingCodes.length === 0 && r.level !== "COMMUNE") issues.push({ field: "implementingCodes", key: "required" });
  if (r.route && r.route.length > 0) {
    const sum = r.route.reduce((a, l) => a + l.timeLimit, 0);
    const sameUnit = r.route.every((l) => l.timeUnit === r.timeLimitUnit);
    if (!sameUnit || Math.abs(sum - r.timeLimitValue) > 1e-9) issues.push({ field: "route", key: "routeSum" });
  }
  if (formSchema != null && !safeParseFormSchema(formSchema).success) issues.push({ field: "form", key: "formInvalid" });
  if (r.onlineLevel !== "NONE" && formSchema == null) issues.push({ field: "form", key: "formMissing" });
  return issues;
}

export const procedureCodeInput = z.string().trim().regex(/^[0-9A-Za-z.\-_]{1,40}$/);

/** Lines that differ between two records, for the side-by-side comparison. */
export function diffRecords(a: Record<string, string | string[]>, b: Record<string, string | string[]>): Array<{ key: string; before: string; after: string; changed: boolean }> {
  const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])];
  const show = (v: string | string[] | undefined) => (Array.isArray(v) ? v.join(", ") : (v ?? ""));
  return keys.map((key) => ({ key, before: show(a[key]), after: show(b[key]), changed: show(a[key]) !== show(b[key]) }));
}
