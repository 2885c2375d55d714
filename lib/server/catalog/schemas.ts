/**
 * The catalog's inputs and outputs as zod schemas. The pages, the JSON API and its OpenAPI
 * document (z.toJSONSchema) all use these, so they cannot drift apart.
 */
import { z } from "zod";
import { MAX_QUERY_LENGTH } from "@/lib/domain/search";

export const LEVELS = ["province", "commune"] as const;
export const ONLINE_LEVELS = ["full", "partial", "none"] as const;
export const AUDIENCES = ["citizen", "business"] as const;
export const SORTS = ["relevance", "name", "time"] as const;
export const MAX_PAGE = 1000;
export const MAX_PAGE_SIZE = 50;
export const DEFAULT_PAGE_SIZE = 20;

const CONTROL = /[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2060-\u2064\ufeff]/;

const positiveInt = (max: number) =>
  z
    .string()
    .regex(/^\d{1,7}$/, { message: "must be a whole number" })
    .transform(Number)
    .pipe(z.number().int().min(1, { message: "must be at least 1" }).max(max, { message: `must be at most ${max}` }));

export const querySchema = z
  .string()
  .max(MAX_QUERY_LENGTH * 4, { message: `must be at most ${MAX_QUERY_LENGTH} characters` })
  .refine((s) => Array.from(s).length <= MAX_QUERY_LENGTH, { message: `must be at most ${MAX_QUERY_LENGTH} characters` })
  .refine((s) => !CONTROL.test(s), { message: "must not contain control characters" })
  .refine((s) => s.isWellFormed(), { message: "must be valid Unicode" })
  .describe("Search words, with or without diacritics; synonyms and abbreviations are understood.");

export const procedureCodeSchema = z
  .string()
  .regex(/^[0-9A-Za-z][0-9A-Za-z.\-_]{0,39}$/, { message: "is not a procedure code" })
  .describe("National catalog code of the procedure, e.g. 1.001193");

const codeParam = (what: string) =>
  z
    .string()
    .regex(/^[0-9A-Za-z][0-9A-Za-z._\-]{0,39}$/, { message: `is not a ${what} code` })
    .describe(`Code of the ${what}`);

/** Query parameters of the catalog (GET /procedures and GET /api/v1/procedures). */
export const catalogParamsSchema = z.object({
  q: querySchema.optional(),
  field: codeParam("field").optional(),
  agency: codeParam("agency").optional(),
  level: z.enum(LEVELS).optional().describe("province or commune"),
  online: z.enum(ONLINE_LEVELS).optional().describe("full online, partial online, or counter only"),
  audience: z.enum(AUDIENCES).optional().describe("citizen or business (procedures for both match either)"),
  lifeEvent: codeParam("life event").optional(),
  sort: z.enum(SORTS).optional().describe("relevance (default with q), name (default without q), or time: shortest time limit first"),
  page: positiveInt(MAX_PAGE).optional().describe(`Page number, 1 to ${MAX_PAGE}`),
  pageSize: positiveInt(MAX_PAGE_SIZE).optional().describe(`Items per page, 1 to ${MAX_PAGE_SIZE} (default ${DEFAULT_PAGE_SIZE})`),
});
export type CatalogParams = z.output<typeof catalogParamsSchema>;
export const CATALOG_PARAM_NAMES = Object.keys(catalogParamsSchema.shape) as Array<keyof CatalogParams>;

export const suggestParamsSchema = z.object({ q: querySchema });

export interface InvalidParam {
  name: string;
  reason: string;
}

/**
 * Reads the catalog's parameters from a URL's search params. A parameter given twice is invalid;
 * an empty one counts as absent (an HTML form sends empty selects).
 */
export function parseCatalogParams(
  read: (name: string) => string[],
): { ok: true; params: CatalogParams } | { ok: false; errors: InvalidParam[] } {
  const raw: Record<string, string> = {};
  const errors: InvalidParam[] = [];
  for (const name of CATALOG_PARAM_NAMES) {
    const values = read(name);
    if (values.length > 1) errors.push({ name, reason: "must be given once" });
    const value = values[0];
    if (value !== undefined && value !== "") raw[name] = value;
  }
  const parsed = catalogParamsSchema.safeParse(raw);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) errors.push({ name: String(issue.path[0] ?? "query"), reason: issue.message });
  }
  if (errors.length > 0 || !parsed.success) return { ok: false, errors };
  return { ok: true, params: parsed.data };
}

// ───────────── Outputs ─────────────

const fieldRef = z.object({ code: z.string(), name: z.string(), nameEn: z.string() });
const namedRef = z.object({ code: z.string(), name: z.string(), nameEn: z.string() });
const segment = z.object({ text: z.string(), match: z.boolean() });

export const procedureSummarySchema = z.object({
  code: z.string().describe("National catalog code"),
  name: z.string(),
  nameHighlighted: z.array(segment).describe("The name cut into segments; match=true where a query word matched"),
  field: fieldRef,
  level: z.enum(LEVELS),
  onlineLevel: z.enum(ONLINE_LEVELS),
  audience: z.enum(["citizen", "business", "both"]),
  timeLimit: z.object({ text: z.string(), workingHours: z.number() }),
  url: z.string().describe("Path of the procedure's page on the portal"),
});

export const procedureListSchema = z.object({
  items: z.array(procedureSummarySchema).describe("Best match first (or as sorted)"),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
  query: z.string().nullable().describe("The query as understood (sanitised)"),
  didYouMean: z.string().nullable().describe("When nothing matched the query as typed: a corrected query, whose results are the items"),
  partial: z.boolean().describe("No procedure holds every word of the query: the items are those holding the most of them"),
});

export const procedureDetailSchema = z.object({
  code: z.string(),
  name: z.string(),
  version: z.number().int(),
  field: fieldRef,
  level: z.enum(LEVELS),
  onlineLevel: z.enum(ONLINE_LEVELS),
  audience: z.enum(["citizen", "business", "both"]),
  lifeEvents: z.array(namedRef),
  implementingAgencies: z.array(z.object({ code: z.string(), name: z.string(), nameEn: z.string(), address: z.string(), phone: z.string() })),
  decidingAgency: z.object({ code: z.string(), name: z.string(), nameEn: z.string() }).nullable(),
  conditions: z.string(),
  steps: z.array(z.string()),
  channels: z.array(z.enum(["counter", "online", "post"])),
  components: z.array(
    z.object({
      name: z.string(),
      form: z.enum(["original", "copy", "certified_copy", "original_or_copy", "present_original"]),
      count: z.number().int(),
      required: z.boolean(),
      templateName: z.string().nullable(),
      templateUrl: z.string().nullable(),
      note: z.string(),
    }),
  ),
  numberOfSets: z.number().int(),
  timeLimit: z.object({ value: z.number(), unit: z.enum(["working_day", "working_hour", "same_day", "calendar_day"]), text: z.string() }),
  fees: z.array(z.object({ name: z.string(), amount: z.number(), note: z.string().nullable(), legalBasis: z.string().nullable() })),
  result: z.string(),
  legalBasis: z.array(z.object({ code: z.string(), title: z.string(), issuedOn: z.string().nullable(), issuer: z.string().nullable() })),
  effectStatus: z.enum(["in_effect", "not_yet_in_effect", "expired"]),
  locationIndependent: z.boolean(),
  publishedBy: z.string(),
  publishedOn: z.string().nullable(),
  fileOnlineUrl: z.string().nullable().describe("Where to file online; null when the procedure is counter only"),
  url: z.string(),
});

export const suggestListSchema = z.object({
  items: z.array(z.object({ code: z.string(), name: z.string(), url: z.string(), nameHighlighted: z.array(segment) })),
});

export const problemSchema = z.object({
  type: z.string(),
  title: z.string(),
  status: z.number().int(),
  detail: z.string().optional(),
  invalidParams: z.array(z.object({ name: z.string(), reason: z.string() })).optional(),
});

export type ProcedureSummary = z.infer<typeof procedureSummarySchema>;
export type ProcedureList = z.infer<typeof procedureListSchema>;
export type ProcedureDetail = z.infer<typeof procedureDetailSchema>;
