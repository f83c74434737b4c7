import type { MetadataRoute } from "next";
import { listSitemapLaunches } from "@/lib/catalogue/queries";
import { appContext } from "@/lib/app-context";
import { getEnv } from "@/lib/env";
import { launchPath } from "@/lib/launches/rules";

// Read at request time: launches come and go.
export const dynamic = "force-dynamic";

export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const base = getEnv().APP_URL.replace(/\/$/, "");
  const launches = await listSitemapLaunches(appContext({ origin: "web" }));
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
