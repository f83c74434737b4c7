import type { MetadataRoute } from "next";
import { getDb } from "@/db/client";
import { listSitemapLaunches } from "@/lib/catalogue/queries";
import { createContext } from "@/lib/context";
import { getEnv } from "@/lib/env";
import { launchPath } from "@/lib/launches/rules";

// Read at request time: launches come and go.
export const dynamic = "force-dynamic";

export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const base = getEnv().APP_URL.replace(/\/$/, "");
  const launches = await listSitemapLaunches(createContext({ db: getDb(), origin: "web" }));
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
