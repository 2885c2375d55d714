/**
 * searchProcedures: the public catalog's search, filters, sorting and pages, in PostgreSQL.
 *
 * 1. Full text: every unit of the query (a word, or a synonym with its official wordings) must
 *    occur in the procedure's name or body — one GIN index lookup on "ProcedureMatch", the narrow
 *    part of the index (matching, ranking, filters, sorting), which counts and ranks the matches;
 *    only the page's rows are then read from "ProcedureSearch" for display — one statement.
 * 2. Ranking on the folded name: the exact name, the query (or a synonym-replaced variant of it)
 *    as a phrase, all units in the name, the share of query words in the name; shorter names
 *    first among equals. A match in the body only scores nothing, so it comes after them.
 * 3. Nothing found: words the catalog does not know are corrected to their nearest vocabulary
 *    word (trigram) and the corrected query is searched ("did you mean").
 * 4. Still nothing, and a long unknown word: trigram word similarity of the whole query against
 *    names (words run together: "dangky khaisinh").
 */
import { cached } from "./cache";
import { readDb } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { foldVietnamese, highlight, tokenize, type HighlightSegment } from "@/lib/domain/search";
import { validation } from "@/lib/server/errors";
import { combinations, firstMatchingName, nearbyWords, rankCorrections, trigramCandidates, type Candidate } from "./correct";
import { loadDictionary, loadVocabulary } from "./dictionary";
import { listFacets, type Facets } from "./facets";
import { atLeastQuery, lexeme, planQuery, type QueryPlan } from "./query-plan";
import { DEFAULT_PAGE_SIZE, type CatalogParams } from "./schemas";

export interface SearchHit {
  procedureId: string;
  code: string;
  name: string;
  nameHighlighted: HighlightSegment[];
  field: { code: string; name: string; nameEn: string };
  level: "PROVINCE" | "COMMUNE";
  onlineLevel: "FULL" | "PARTIAL" | "NONE";
  audience: "CITIZEN" | "BUSINESS" | "BOTH";
  timeLimitText: string;
  timeLimitHours: number;
}

export interface SearchResult {
  items: SearchHit[];
  total: number;
  page: number;
  pageSize: number;
  /** The sanitised query, null when none. */
  query: string | null;
  /** When nothing matched as typed: the corrected query whose results these are. */
  didYouMean: string | null;
  /** No procedure holds every word: these hold the most of them (the page says so). */
  partial: boolean;
  sort: "relevance" | "name" | "time";
}

interface Row {
  procedureId: string;
  code: string;
  name: string;
  fieldId: string;
  level: SearchHit["level"];
  onlineLevel: SearchHit["onlineLevel"];
  audience: SearchHit["audience"];
  timeLimitText: string;
  timeLimitHours: number;
  total: number;
}

/** The stored vector of name and body, without positions (index "ProcedureMatch_document_idx"). */
const DOCUMENT = Prisma.sql`m.document`;

/** True when the name contains every word of `words`. */
function nameHasAll(words: string[]): Prisma.Sql {
  return Prisma.join(
    words.map((w) => Prisma.sql`strpos(m."nameWords", ${` ${w} `}) > 0`),
    " AND ",
  );
}

/** True when the name holds every unit of the query (a synonym by any of its wordings). */
function nameHasUnits(plan: QueryPlan): Prisma.Sql {
  const required = plan.units.filter((u) => u.kind === "synonym" || !u.filler);
  const units = required.length > 0 ? required : plan.units;
  if (units.length === 0) return Prisma.sql`FALSE`;
  return Prisma.join(
    units.map((u) =>
      u.kind === "word"
        ? nameHasAll([u.word])
        : Prisma.sql`(${Prisma.join([u.term, ...u.expansions].map((alt) => Prisma.sql`(${nameHasAll(alt)})`), " OR ")})`,
    ),
    " AND ",
  );
}

/**
 * Filter codes to ids; an unknown code is a bad parameter. The conditions name the row `m`
 * ("ProcedureMatch", or "ProcedureSearch", which has the same filter columns); agencies and life
 * events are looked up in "ProcedureSearch" (GIN on the id arrays).
 */
function filterSql(params: CatalogParams, facets: Facets): Prisma.Sql[] {
  const where: Prisma.Sql[] = [];
  if (params.field) {
    const f = facets.fields.find((x) => x.code === params.field);
    if (!f) throw validation("catalog.errors.unknownValue", { invalidParams: [{ name: "field", reason: "unknown field code" }] });
    where.push(Prisma.sql`m."fieldId" = ${f.id}::uuid`);
  }
  if (params.agency) {
    const a = facets.agencies.find((x) => x.code === params.agency);
    if (!a) throw validation("catalog.errors.unknownValue", { invalidParams: [{ name: "agency", reason: "unknown agency code" }] });
    where.push(Prisma.sql`m."procedureId" IN (SELECT x."procedureId" FROM "ProcedureSearch" x WHERE x."agencyIds" @> ARRAY[${a.id}::uuid])`);
  }
  if (params.lifeEvent) {
    const e = facets.lifeEvents.find((x) => x.code === params.lifeEvent);
    if (!e) throw validation("catalog.errors.unknownValue", { invalidParams: [{ name: "lifeEvent", reason: "unknown life event code" }] });
    where.push(Prisma.sql`m."procedureId" IN (SELECT x."procedureId" FROM "ProcedureSearch" x WHERE x."lifeEventIds" @> ARRAY[${e.id}::uuid])`);
  }
  if (params.level) where.push(Prisma.sql`m.level = ${params.level.toUpperCase()}::"Level"`);
  if (params.online) where.push(Prisma.sql`m."onlineLevel" = ${params.online.toUpperCase()}::"OnlineLevel"`);
  if (params.audience) {
    where.push(Prisma.sql`m.audience IN (${params.audience.toUpperCase()}::"Audience", 'BOTH'::"Audience")`);
  }
  return where;
}

/** The columns of a hit ("h", one page of matches) that its order needs. */
const KEYS = Prisma.sql`m."procedureId", m.code, m."nameWords", m."timeLimitHours", length(m."nameWords") AS len`;

/**
 * The page's display columns, read from "ProcedureSearch" for the page's rows only, in the order of
 * `hits` (a sub-query naming its rows' keys as KEYS does, and `total`).
 */
async function page(hits: Prisma.Sql, order: Prisma.Sql): Promise<Row[]> {
  return readDb().$queryRaw<Row[]>`
    SELECT s."procedureId", s.code, s.name, s."fieldId", s.level, s."onlineLevel", s.audience,
           s."timeLimitText", s."timeLimitHours", h.total
      FROM (${hits}) h JOIN "ProcedureSearch" s ON s."procedureId" = h."procedureId"
     ORDER BY ${order}`;
}

function and(parts: Prisma.Sql[]): Prisma.Sql {
  return parts.length === 0 ? Prisma.sql`TRUE` : Prisma.join(parts, " AND ");
}

/**
 * Relevance, from the name only (short, in the row): cheap enough to compute for every match.
 * Written out as plain expressions (no sub-queries) so that each row costs a few string searches.
 */
function scoreSql(plan: QueryPlan): Prisma.Sql {
  const inName = (text: string) => Prisma.sql`strpos(m."nameWords", ${text}) > 0`;
  const phrases = plan.phrases.length > 0 ? plan.phrases : [" "];
  const typed = [...new Set(plan.tokens)];
  const share =
    typed.length > 0
      ? Prisma.sql`(${Prisma.join(typed.map((w) => Prisma.sql`(${inName(` ${w} `)})::int`), " + ")})::float8 / ${typed.length}`
      : Prisma.sql`0`;
  return Prisma.sql`(
      CASE WHEN m.code = ${plan.text} THEN 100 ELSE 0 END
    + CASE WHEN m."nameWords" = ANY(${phrases}::text[]) THEN 20 ELSE 0 END
    + CASE WHEN ${Prisma.join(phrases.map(inName), " OR ")} THEN 10 ELSE 0 END
    + CASE WHEN ${nameHasUnits(plan)} THEN 6 ELSE 0 END
    + 4 * ${share}
  )`;
}

/** The order of the rows named `alias` ("m" in the ranking, "h" over the page). */
function orderSql(sort: SearchResult["sort"], withScore: boolean, alias: "m" | "h"): Prisma.Sql {
  const a = Prisma.raw(alias);
  if (sort === "relevance" && withScore) return Prisma.sql`${a}.score DESC, ${a}.len, ${a}.code`;
  if (sort === "time") return Prisma.sql`${a}."timeLimitHours", ${a}."nameWords", ${a}.code`;
  return Prisma.sql`${a}."nameWords", ${a}.code`;
}

async function fullText(plan: QueryPlan, filters: Prisma.Sql[], sort: SearchResult["sort"], limit: number, offset: number): Promise<Row[]> {
  const match = Prisma.sql`(${DOCUMENT} @@ to_tsquery('simple'::regconfig, ${plan.strict}) OR m.code = ${plan.text})`;
  // Matching, counting and ranking read the narrow rows only; the score is computed once a row
  // (a sub-query, so that ORDER BY can name it); the page's display columns come after the LIMIT.
  return page(
    Prisma.sql`
      SELECT m.*, (count(*) OVER ())::int AS total FROM (
        SELECT ${KEYS}, ${scoreSql(plan)} AS score
          FROM "ProcedureMatch" m
         WHERE ${match} AND ${and(filters)}
      ) m
      ORDER BY ${orderSql(sort, true, "m")}
      LIMIT ${limit} OFFSET ${offset}`,
    orderSql(sort, true, "h"),
  );
}

async function browse(filters: Prisma.Sql[], sort: SearchResult["sort"], limit: number, offset: number): Promise<Row[]> {
  return page(
    Prisma.sql`
      SELECT ${KEYS}, (count(*) OVER ())::int AS total
        FROM "ProcedureMatch" m WHERE ${and(filters)}
       ORDER BY ${orderSql(sort, false, "m")} LIMIT ${limit} OFFSET ${offset}`,
    orderSql(sort, false, "h"),
  );
}

/** Words run together ("dangky khaisinh") look like long unknown words. */
const MERGED_WORD_LENGTH = 6;

async function trigramNames(plan: QueryPlan, filters: Prisma.Sql[], limit: number, offset: number): Promise<Row[]> {
  const folded = plan.tokens.join(" ");
  const vocabulary = await loadVocabulary();
  // Trigram similarity over every name is the slowest path: only for what looks like merged words.
  if (!plan.tokens.some((t) => t.length >= MERGED_WORD_LENGTH && !vocabulary.has(t))) return [];
  // motcua_similar_names (trigram GIN on "ProcedureSearch".nameWords) sets the similarity threshold.
  return page(
    Prisma.sql`
      SELECT ${KEYS}, t.score, (count(*) OVER ())::int AS total
        FROM motcua_similar_names(${folded}) t JOIN "ProcedureMatch" m ON m."procedureId" = t."procedureId"
       WHERE ${and(filters)}
       ORDER BY t.score DESC, len, m.code
       LIMIT ${limit} OFFSET ${offset}`,
    Prisma.sql`h.score DESC, h.len, h.code`,
  );
}

/**
 * The best partial matches, when no procedure holds every unit of the query: procedures holding at
 * least half of its units (rounded up), those holding the most first, then by the usual score.
 * A word the catalog lacks matches nothing: it counts in the half, never in the search. The GIN
 * index finds the rows holding enough units (an OR of ANDs), not every row holding any one of them.
 */
async function partialMatches(plan: QueryPlan, filters: Prisma.Sql[], limit: number, offset: number): Promise<Row[]> {
  if (plan.partial.length < 2) return [];
  const need = Math.ceil(plan.partial.length / 2);
  const vocabulary = await loadVocabulary();
  const units = plan.partial.filter((_, i) => {
    const word = plan.partialWords[i];
    return word == null || vocabulary.has(word);
  });
  if (units.length < need) return [];
  const any = atLeastQuery(units, need) ?? units.map((u) => `(${u})`).join(" | ");
  const matched = Prisma.join(
    units.map((u) => Prisma.sql`(${DOCUMENT} @@ to_tsquery('simple'::regconfig, ${u}))::int`),
    " + ",
  );
  return page(
    Prisma.sql`
      SELECT m.*, (count(*) OVER ())::int AS total FROM (
        SELECT ${KEYS}, ${matched} AS matched, ${scoreSql(plan)} AS score
          FROM "ProcedureMatch" m
         WHERE ${DOCUMENT} @@ to_tsquery('simple'::regconfig, ${any}) AND ${and(filters)}
      ) m
      WHERE m.matched >= ${need}
      ORDER BY m.matched DESC, m.score DESC, m.len, m.code
      LIMIT ${limit} OFFSET ${offset}`,
    Prisma.sql`h.matched DESC, h.score DESC, h.len, h.code`,
  );
}

/**
 * Whether the best full-text match holds fewer than half of the query's meaningful units. It holds
 * every required unit; the common words of the query are optional in the full text (they are indexed
 * in names only), so it holds those only if its name does. Cheap: no query, unless the query has
 * such optional words and this is not the first page (the caller then reads the first row).
 */
async function holdsTooLittle(plan: QueryPlan, best: () => Promise<Row | undefined>): Promise<boolean> {
  if (plan.partial.length < 2) return false;
  const required = new Set(plan.requiredWords);
  const optional = plan.partialWords.filter((w): w is string => w !== null && !required.has(w));
  if (optional.length === 0) return false;
  const top = await best();
  if (!top) return false;
  const name = new Set(tokenize(foldVietnamese(top.name)));
  const held = plan.partial.length - optional.length + optional.filter((w) => name.has(w)).length;
  return held < Math.ceil(plan.partial.length / 2);
}

/**
 * A corrected query when some word is unknown and has near neighbours, else null. Among the
 * likely combinations of corrections, the first whose words all occur together in a procedure's
 * name wins ("khia sinh" → "khai sinh", not "khi sinh"); otherwise the likeliest one.
 */
async function correctedQuery(plan: QueryPlan): Promise<string | null> {
  const vocabulary = await loadVocabulary();
  const unknown = [...new Set(plan.units.flatMap((u) => (u.kind === "word" && !vocabulary.has(u.word) ? [u.word] : [])))];
  if (unknown.length === 0) return null;
  // Words one edit away (swapped letters included) come from the vocabulary in memory; only the
  // words without any such neighbour ask PostgreSQL for trigram neighbours (two edits).
  const candidates = new Map(unknown.map((t) => [t, nearbyWords(t, vocabulary.words)]));
  const far = unknown.filter((t) => candidates.get(t)!.length === 0);
  for (const [t, list] of await trigramCandidates(far)) candidates.set(t, list);
  const fixable = unknown.filter((t) => rankCorrections(t, candidates.get(t) ?? []).length > 0);
  if (fixable.length === 0) return null;
  const combos = combinations(fixable.map((t) => rankCorrections(t, candidates.get(t) ?? [])));
  const wordsWith = (combo: Candidate[]) => {
    const fix = new Map(fixable.map((t, i) => [t, combo[i]!]));
    return { fix, words: plan.tokens.map((t) => fix.get(t)?.word ?? t) };
  };
  const queries = combos.map((combo) => wordsWith(combo).words.map((w) => lexeme(w)).join(" & "));
  const chosen = combos[(await firstMatchingName(queries)) ?? 0]!;
  const { fix } = wordsWith(chosen);
  // Keep the words as typed where they were right.
  const typed = plan.text.split(" ");
  if (typed.length === plan.tokens.length) return typed.map((w, i) => fix.get(plan.tokens[i]!)?.display ?? w).join(" ");
  return plan.tokens.map((t) => fix.get(t)?.display ?? t).join(" ");
}

function toHits(rows: Row[], facets: Facets, plan: QueryPlan | null): SearchHit[] {
  const fields = new Map(facets.fields.map((f) => [f.id, f]));
  return rows.map((r) => {
    const f = fields.get(r.fieldId);
    return {
      procedureId: r.procedureId,
      code: r.code,
      name: r.name,
      nameHighlighted: plan ? highlight(r.name, plan.highlightTerms) : [{ text: r.name, match: false }],
      field: { code: f?.code ?? "", name: f?.name ?? "", nameEn: f?.nameEn ?? "" },
      level: r.level,
      onlineLevel: r.onlineLevel,
      audience: r.audience,
      timeLimitText: r.timeLimitText,
      timeLimitHours: Number(r.timeLimitHours),
    };
  });
}

/**
 * A result page is kept for a minute: the published catalog changes rarely, and the same searches
 * ("khai sinh", "sổ đỏ") come again and again. A reindex in this process clears it at once.
 */
export function searchProcedures(params: CatalogParams): Promise<SearchResult> {
  return cached(`search:${JSON.stringify(params)}`, RESULT_TTL_MS, () => runSearch(params));
}

const RESULT_TTL_MS = 60_000;

async function runSearch(params: CatalogParams): Promise<SearchResult> {
  const [facets, dictionary, vocabulary] = await Promise.all([listFacets(), loadDictionary(), loadVocabulary()]);
  const filters = filterSql(params, facets);
  const page = params.page ?? 1;
  const pageSize = params.pageSize ?? DEFAULT_PAGE_SIZE;
  const offset = (page - 1) * pageSize;
  const plan = params.q ? planQuery(params.q, dictionary, vocabulary.classify) : null;
  const hasQuery = plan !== null && plan.tokens.length > 0;
  const sort = params.sort ?? (hasQuery ? "relevance" : "name");
  const result = (rows: Row[], usedPlan: QueryPlan | null, didYouMean: string | null = null, partial = false): SearchResult => ({
    items: toHits(rows, facets, usedPlan),
    total: rows[0]?.total ?? 0,
    page,
    pageSize,
    query: plan?.text || null,
    didYouMean,
    partial,
    sort,
  });

  if (!hasQuery) return result(await browse(filters, sort, pageSize, offset), null);

  // A required word the catalog lacks matches nothing: straight to the corrections (unless the
  // query may be a procedure's code, which has digits).
  const hopeless = !/\d/.test(plan.text) && plan.requiredWords.some((w) => !vocabulary.has(w));
  const rows = hopeless ? [] : await fullText(plan, filters, sort, pageSize, offset);
  // The best full match (the first row of the first page), read again only past the first page.
  let best: Row | undefined | null = offset === 0 || hopeless ? rows[0] : null;
  const bestMatch = async () => (best !== null ? best : (best = (await fullText(plan, filters, sort, 1, 0))[0]));
  if (rows.length > 0 || (await bestMatch())) {
    // The best match may hold only a minority of the query ("hủy hộ kinh doanh": only "hủy", in a
    // name without "hộ kinh doanh", whose common words are optional in the full text): then the
    // procedures holding most of the query's words are the better answer, as the closest.
    if (sort === "relevance" && (await holdsTooLittle(plan, bestMatch))) {
      const closer = await partialMatches(plan, filters, pageSize, offset);
      if (closer.length > 0) return result(closer, plan, null, true);
      const first = offset > 0 ? await partialMatches(plan, filters, 1, 0) : [];
      if (first.length > 0) return { ...result([], plan, null, true), total: first[0]!.total };
    }
    // Past the last page of a query that does match: an empty page, with the true total.
    return rows.length > 0 ? result(rows, plan) : { ...result([], plan), total: (await bestMatch())!.total };
  }

  const corrected = await correctedQuery(plan);
  const correctedPlan = corrected ? planQuery(corrected, dictionary, vocabulary.classify) : null;
  if (correctedPlan) {
    const fixed = await fullText(correctedPlan, filters, sort, pageSize, offset);
    if (fixed.length > 0) return result(fixed, correctedPlan, correctedPlan.text);
  }
  // Words run together ("dangky khaisinh"): the names most like the whole query.
  const similar = await trigramNames(plan, filters, pageSize, offset);
  if (similar.length > 0) return result(similar, plan);
  // Most words match, not all: the procedures holding the most of them (never "nothing").
  const partialPlan = correctedPlan ?? plan;
  const partial = await partialMatches(partialPlan, filters, pageSize, offset);
  return result(partial, partialPlan, partial.length > 0 ? (correctedPlan?.text ?? null) : null, partial.length > 0);
}
