import type { MetadataRoute } from "next";
import { cachedSitemapLaunches } from "@/lib/catalogue/cached";
import { getEnv } from "@/lib/env";
import { launchPath } from "@/lib/launches/rules";

// Rendered per request (a build-time copy would be served stale on the first visits, and the
// build never opens the database), from the cached launch list: one cache read, no query.
export const dynamic = "force-dynamic";

export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const base = getEnv().APP_URL.replace(/\/$/, "");
  const launches = await cachedSitemapLaunches();
  return [
    { url: `${base}/`, changeFrequency: "hourly", priority: 1 },
    ...launches.map((l) => ({
      url: `${base}${launchPath(l.slug)}`,
      lastModified: l.updatedAt,
      changeFrequency: "daily" as const,
      priority: 0.8,
    })),
  ];
}
