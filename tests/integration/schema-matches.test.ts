/**
 * The migrated database must match prisma/schema.prisma: every model, column, type,
 * nullability, enum, primary key, unique constraint and index.
 */
import { readFileSync } from "node:fs";
import { get_dmmf } from "@prisma/prisma-schema-wasm";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";

interface DmmfField {
  name: string;
  kind: "scalar" | "object" | "enum" | "unsupported";
  isList: boolean;
  isRequired: boolean;
  type: string;
  nativeType: [string, string[]] | null;
  dbName?: string | null;
}
interface DmmfModel {
  name: string;
  dbName: string | null;
  fields: DmmfField[];
}
interface DmmfIndex {
  model: string;
  type: "id" | "unique" | "normal" | "fulltext";
  fields: Array<{ name: string }>;
}

const schema = readFileSync("prisma/schema.prisma", "utf8");
const dmmf = JSON.parse(get_dmmf(JSON.stringify({ prismaSchema: [["schema.prisma", schema]] }))) as {
  datamodel: { models: DmmfModel[]; enums: Array<{ name: string; values: Array<{ name: string }> }>; indexes: DmmfIndex[] };
};

/** The PostgreSQL type Prisma gives a scalar field. */
function expectedType(field: DmmfField): string {
  if (field.kind === "enum") return field.type;
  const native = field.nativeType?.[0];
  const base = (() => {
    if (native === "Uuid") return "uuid";
    if (native === "Date") return "date";
    if (native === "Timestamptz") return "timestamptz";
    if (native === "Decimal") return "numeric";
    switch (field.type) {
      case "String":
        return "text";
      case "Int":
        return "int4";
      case "BigInt":
        return "int8";
      case "Boolean":
        return "bool";
      case "DateTime":
        return "timestamp";
      case "Json":
        return "jsonb";
      case "Float":
        return "float8";
      case "Decimal":
        return "numeric";
      default:
        return field.type;
    }
  })();
  return field.isList ? `_${base}` : base;
}

let client: pg.Client;
let columns: Map<string, { udt: string; nullable: boolean }>;
let indexes: Array<{ table: string; unique: boolean; primary: boolean; columns: string[] }>;

beforeAll(async () => {
  client = new pg.Client({ connectionString: inject("databaseUrl") });
  await client.connect();
  const cols = await client.query<{ table_name: string; column_name: string; udt_name: string; is_nullable: string }>(
    `SELECT table_name, column_name, udt_name, is_nullable FROM information_schema.columns WHERE table_schema = 'public'`,
  );
  columns = new Map(cols.rows.map((r) => [`${r.table_name}.${r.column_name}`, { udt: r.udt_name, nullable: r.is_nullable === "YES" }]));
  const idx = await client.query<{ table: string; unique: boolean; primary: boolean; columns: string[] }>(
    `SELECT t.relname::text AS table, ix.indisunique AS unique, ix.indisprimary AS primary,
            array_agg(a.attname::text ORDER BY k.ord) AS columns
       FROM pg_index ix
       JOIN pg_class t ON t.oid = ix.indrelid
       JOIN pg_namespace n ON n.oid = t.relnamespace AND n.nspname = 'public'
       CROSS JOIN LATERAL unnest(ix.indkey) WITH ORDINALITY AS k(attnum, ord)
       JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = k.attnum
      GROUP BY t.relname, ix.indexrelid, ix.indisunique, ix.indisprimary`,
  );
  indexes = idx.rows;
});

afterAll(async () => {
  await client.end();
});

describe("the migrated database matches schema.prisma", () => {
  it("has a table for every model, and no table the schema does not know", async () => {
    const tables = await client.query<{ table_name: string }>(
      `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE'`,
    );
    const actual = tables.rows.map((r) => r.table_name).filter((t) => t !== "_prisma_migrations").sort();
    const expected = dmmf.datamodel.models.map((m) => m.dbName ?? m.name).sort();
    expect(actual).toEqual(expected);
  });

  for (const model of dmmf.datamodel.models) {
    it(`${model.name}: every column with its type and nullability`, () => {
      const table = model.dbName ?? model.name;
      const scalars = model.fields.filter((f) => f.kind === "scalar" || f.kind === "enum");
      for (const field of scalars) {
        const column = columns.get(`${table}.${field.dbName ?? field.name}`);
        expect(column, `${table}.${field.name} exists`).toBeDefined();
        expect(column!.udt, `${table}.${field.name} type`).toBe(expectedType(field));
        // Prisma maps lists to nullable arrays; other fields are nullable exactly when optional.
        expect(column!.nullable, `${table}.${field.name} nullability`).toBe(field.isList || !field.isRequired);
      }
      // Unsupported("…") fields (stored tsvector columns) are columns too; the DMMF leaves them out.
      const block = schema.match(new RegExp(`model ${model.name} \\{([\\s\\S]*?)\\n\\}`))?.[1] ?? "";
      const unsupported = [...block.matchAll(/^\s+(\w+)\s+Unsupported\(/gm)].map((m) => m[1]!);
      const known = new Set([...scalars.map((f) => f.dbName ?? f.name), ...unsupported]);
      const extra = [...columns.keys()].filter((k) => k.startsWith(`${table}.`) && !known.has(k.slice(table.length + 1)));
      expect(extra, `${table} has no column the schema lacks`).toEqual([]);
    });
  }

  it("has every enum with exactly its values", async () => {
    const res = await client.query<{ name: string; values: string[] }>(
      // The application's schema only (the job queue keeps its own types in the "pgboss" schema).
      `SELECT t.typname::text AS name, array_agg(e.enumlabel::text ORDER BY e.enumsortorder) AS values
         FROM pg_type t JOIN pg_enum e ON e.enumtypid = t.oid JOIN pg_namespace n ON n.oid = t.typnamespace
        WHERE n.nspname = 'public' GROUP BY t.typname`,
    );
    const actual = Object.fromEntries(res.rows.map((r) => [r.name, r.values]));
    for (const e of dmmf.datamodel.enums) expect(actual[e.name], e.name).toEqual(e.values.map((v) => v.name));
    expect(Object.keys(actual).sort()).toEqual(dmmf.datamodel.enums.map((e) => e.name).sort());
  });

  it("has every primary key, unique constraint and index of the schema", () => {
    const tableOf = new Map(dmmf.datamodel.models.map((m) => [m.name, m.dbName ?? m.name]));
    for (const index of dmmf.datamodel.indexes) {
      const table = tableOf.get(index.model)!;
      const cols = index.fields.map((f) => f.name);
      const match = indexes.find(
        (i) =>
          i.table === table &&
          JSON.stringify(i.columns) === JSON.stringify(cols) &&
          (index.type === "id" ? i.primary : index.type === "unique" ? i.unique && !i.primary : !i.unique),
      );
      expect(match, `${index.type} index on ${table}(${cols.join(", ")})`).toBeDefined();
    }
  });

  it("has no btree index the schema does not declare, other than search indexes the migrations add", async () => {
    const declared = dmmf.datamodel.indexes.length;
    const res = await client.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM pg_indexes
        WHERE schemaname = 'public' AND tablename <> '_prisma_migrations' AND indexdef NOT LIKE '%USING gin%'
          AND indexdef NOT LIKE '%USING gist%'`,
    );
    expect(res.rows[0]!.n).toBe(declared);
  });
});
