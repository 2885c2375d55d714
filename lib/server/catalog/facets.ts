/** listFacets: the values the catalog can be filtered by, with how many procedures each has. */
import { readDb } from "@/lib/db";
import { cached } from "./cache";

export interface FacetOption {
  id: string;
  code: string;
  name: string;
  nameEn: string;
  count: number;
}

export interface AgencyOption extends FacetOption {
  kind: string;
  address: string;
  phone: string;
  parentId: string | null;
}

export interface LifeEventOption extends FacetOption {
  description: string;
}

export interface Facets {
  fields: FacetOption[];
  agencies: AgencyOption[];
  lifeEvents: LifeEventOption[];
  total: number;
}

const TTL = 60_000;

export function listFacets(): Promise<Facets> {
  return cached("facets", TTL, async () => {
    const client = readDb();
    const [fields, lifeEvents, agencies, total] = await Promise.all([
      client.$queryRaw<Array<{ id: string; code: string; name: string; nameEn: string; count: number }>>`
        SELECT f.id, f.code, f.name, f."nameEn", count(s."procedureId")::int AS count
          FROM "Field" f LEFT JOIN "ProcedureSearch" s ON s."fieldId" = f.id
         GROUP BY f.id ORDER BY f.name`,
      client.$queryRaw<Array<{ id: string; code: string; name: string; nameEn: string; description: string; count: number }>>`
        SELECT e.id, e.code, e.name, e."nameEn", e.description,
               (SELECT count(*)::int FROM "ProcedureSearch" s WHERE s."lifeEventIds" @> ARRAY[e.id]) AS count
          FROM "LifeEvent" e ORDER BY e.name`,
      client.$queryRaw<
        Array<{ id: string; code: string; name: string; nameEn: string; kind: string; address: string; phone: string; parentId: string | null; count: number }>
      >`
        SELECT a.id, a.code, a.name, a."nameEn", a.kind::text AS kind, a.address, a.phone, a."parentId",
               (SELECT count(*)::int FROM "ProcedureSearch" s WHERE s."agencyIds" @> ARRAY[a.id]) AS count
          FROM "Agency" a WHERE a.active ORDER BY a.path`,
      client.procedureSearch.count(),
    ]);
    const byName = (a: FacetOption, b: FacetOption) => a.name.localeCompare(b.name, "vi");
    // Every value is kept (a filter by a value with no procedure is valid and finds nothing);
    // the pages show those with procedures.
    return { fields: fields.sort(byName), lifeEvents: lifeEvents.sort(byName), agencies, total };
  });
}
