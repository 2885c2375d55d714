/**
 * Keeps "ProcedureSearch" and "SearchWord" in step with the published catalog.
 * reindexCatalog rebuilds everything in one transaction (seed, benchmark, administrator);
 * indexProcedure refreshes one procedure after its version changes.
 */
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import { bodyText, buildDocument, isCommonWord, spellings, type DocumentSource } from "./document";
import { invalidateCatalogCaches } from "./cache";

type Client = PrismaClient;

const versionInclude = {
  procedure: { include: { field: true } },
  components: { orderBy: { position: "asc" as const }, select: { name: true, note: true } },
  lifeEvents: { include: { lifeEvent: true } },
  agencies: { select: { agencyId: true } },
} as const;

async function loadVersions(client: Client | Prisma.TransactionClient, where: { procedureId?: string }, skip: number, take: number) {
  return client.procedureVersion.findMany({
    where: { status: "PUBLISHED", currentOf: { isNot: null }, ...where },
    include: versionInclude,
    orderBy: { id: "asc" },
    skip,
    take,
  });
}

type LoadedVersion = Awaited<ReturnType<typeof loadVersions>>[number];

function sourceOf(v: LoadedVersion): DocumentSource {
  return {
    name: v.name,
    fieldName: v.procedure.field.name,
    lifeEventNames: v.lifeEvents.map((l) => l.lifeEvent.name),
    conditions: v.conditions,
    steps: v.steps,
    components: v.components,
    result: v.result,
    fees: v.fees,
    legalBasis: v.legalBasis,
    timeLimitValue: Number(v.timeLimitValue),
    timeLimitUnit: v.timeLimitUnit,
  };
}

function rowOf(v: LoadedVersion, isCommon: (word: string) => boolean) {
  const doc = buildDocument(sourceOf(v), isCommon);
  return {
    procedureId: v.procedureId,
    versionId: v.id,
    code: v.procedure.code,
    name: v.name,
    fieldId: v.procedure.fieldId,
    level: v.level,
    onlineLevel: v.onlineLevel,
    audience: v.audience,
    agencyIds: [...new Set(v.agencies.map((a) => a.agencyId))],
    lifeEventIds: v.lifeEvents.map((l) => l.lifeEventId),
    timeLimitText: v.timeLimitText,
    timeLimitHours: doc.timeLimitHours,
    nameWords: doc.nameWords,
    bodyWords: doc.bodyWords,
  };
}

type Vocabulary = Map<string, { spellings: Map<string, number>; inName: boolean; frequency: number }>;

/** Adds a document's words; `frequency` counts documents, so pass the whole document at once. */
function addDocument(vocab: Vocabulary, name: string, body: string): void {
  const seen = new Set<string>();
  addWords(vocab, name, true, seen);
  addWords(vocab, body, false, seen);
}

function addWords(vocab: Vocabulary, text: string, inName: boolean, seen: Set<string>): void {
  for (const { word, display } of spellings(text)) {
    let entry = vocab.get(word);
    if (!entry) {
      entry = { spellings: new Map(), inName: false, frequency: 0 };
      vocab.set(word, entry);
    }
    entry.inName ||= inName;
    entry.spellings.set(display, (entry.spellings.get(display) ?? 0) + 1);
    if (!seen.has(word)) {
      seen.add(word);
      entry.frequency += 1;
    }
  }
}

function vocabularyRows(vocab: Vocabulary) {
  return [...vocab.entries()].map(([word, e]) => ({
    word,
    display: [...e.spellings.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? word,
    inName: e.inName,
    frequency: e.frequency,
  }));
}

const BATCH = 500;

/**
 * One indexing at a time: a rebuild and a single procedure's refresh each read the published versions
 * and write the index under this transaction lock, so a procedure published during a rebuild is never
 * wiped by it (its refresh waits, then sees the rebuilt index).
 */
const INDEX_LOCK = 727074;

/** Rebuilds the whole search index from the current published versions. */
export async function reindexCatalog(client: Client): Promise<{ procedures: number; words: number }> {
  const { rows, words } = await client.$transaction(
    async (tx) => {
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(${INDEX_LOCK})`;
      const all: LoadedVersion[] = [];
      const vocab: Vocabulary = new Map();
      for (let skip = 0; ; skip += BATCH) {
        const versions = await loadVersions(tx, {}, skip, BATCH);
        for (const v of versions) {
          all.push(v);
          addDocument(vocab, v.name, bodyText(sourceOf(v)));
        }
        if (versions.length < BATCH) break;
      }
      const isCommon = (word: string) => isCommonWord(vocab.get(word)?.frequency ?? 0, all.length);
      const rows = all.map((v) => rowOf(v, isCommon));
      const words = vocabularyRows(vocab);
      await tx.procedureSearch.deleteMany({});
      for (let i = 0; i < rows.length; i += 1000) await tx.procedureSearch.createMany({ data: rows.slice(i, i + 1000) });
      await tx.searchWord.deleteMany({});
      for (let i = 0; i < words.length; i += 2000) await tx.searchWord.createMany({ data: words.slice(i, i + 2000) });
      return { rows, words };
    },
    { timeout: 600_000, maxWait: 60_000 },
  );
  // The rows went through the GIN indexes' pending lists (fast bulk inserts); every scan would
  // read those lists in full until the next vacuum: merge them into the indexes now. The same for
  // "ProcedureMatch", which the triggers filled; without fresh statistics the planner would take
  // it for empty and scan it whole, matching every row's vector.
  await client.$executeRawUnsafe(
    `SELECT gin_clean_pending_list(i.indexrelid) FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid
      JOIN pg_am a ON a.oid = c.relam
     WHERE i.indrelid IN ('"ProcedureSearch"'::regclass, '"ProcedureMatch"'::regclass) AND a.amname = 'gin'`,
  );
  await client.$executeRawUnsafe(`ANALYZE "ProcedureSearch"`);
  await client.$executeRawUnsafe(`ANALYZE "ProcedureMatch"`);
  await client.$executeRawUnsafe(`ANALYZE "SearchWord"`);
  invalidateCatalogCaches();
  return { procedures: rows.length, words: words.length };
}

/** Refreshes one procedure (after a version is published or superseded). */
export async function indexProcedure(client: Client, procedureId: string): Promise<"indexed" | "removed"> {
  const outcome = await client.$transaction(
    async (tx) => {
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(${INDEX_LOCK})`;
      const [version] = await loadVersions(tx, { procedureId }, 0, 1);
      if (!version) {
        await tx.procedureSearch.deleteMany({ where: { procedureId } });
        return "removed" as const;
      }
      // Common words are judged against the vocabulary as it stands (reindexCatalog refreshes it).
      const documents = await tx.procedureSearch.count();
      const known = await tx.searchWord.findMany({ select: { word: true, frequency: true } });
      const frequency = new Map(known.map((w) => [w.word, w.frequency]));
      const row = rowOf(version, (word) => isCommonWord(frequency.get(word) ?? 0, documents));
      const vocab: Vocabulary = new Map();
      addDocument(vocab, version.name, bodyText(sourceOf(version)));
      await tx.procedureSearch.upsert({ where: { procedureId }, create: row, update: { ...row, indexedAt: new Date() } });
      for (const w of vocabularyRows(vocab)) {
        await tx.$executeRaw`INSERT INTO "SearchWord" (word, display, "inName", frequency) VALUES (${w.word}, ${w.display}, ${w.inName}, 1)
          ON CONFLICT (word) DO UPDATE SET "inName" = "SearchWord"."inName" OR EXCLUDED."inName", frequency = "SearchWord".frequency + 1`;
      }
      return "indexed" as const;
    },
    { timeout: 60_000, maxWait: 60_000 },
  );
  invalidateCatalogCaches();
  return outcome;
}
