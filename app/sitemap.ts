import type { MetadataRoute } from "next";
import { config } from "@/lib/config";
import { listProcedureCodes, procedureUrl } from "@/lib/server/catalog";

export const dynamic = "force-dynamic";

/** sitemap.xml: the public pages and every published procedure. */
export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const base = config().APP_URL.replace(/\/$/, "");
  const procedures = await listProcedureCodes();
  return [
    { url: `${base}/`, changeFrequency: "daily", priority: 1 },
    { url: `${base}/procedures`, changeFrequency: "daily", priority: 0.9 },
    { url: `${base}/procedures/life-events`, changeFrequency: "weekly", priority: 0.7 },
    { url: `${base}/procedures/agencies`, changeFrequency: "weekly", priority: 0.7 },
    ...procedures.map((p) => ({ url: `${base}${procedureUrl(p.code)}`, lastModified: p.indexedAt, changeFrequency: "monthly" as const, priority: 0.8 })),
  ];
}
