import "server-only";
import { eq } from "drizzle-orm";
import { unstable_cache } from "next/cache";
import { getDb } from "@/db/client";
import { launches } from "@/db/schema";
import { singleFlight } from "@/lib/cache/single-flight";
import { createContext, type Ctx } from "@/lib/context";
import { ALL_LAUNCHES_TAG, CATALOGUE_REVALIDATE_SECONDS, CATALOGUE_TAG, launchTag } from "./cache";
import {
  getLaunchDetail,
  listCatalogue,
  listCatalogueAgencies,
  listSitemapLaunches,
  type CatalogueItem,
  type LaunchDetail,
  type Paged,
} from "./queries";
import type { CatalogueQuery } from "./schemas";

// The public catalogue's reads, cached by Next (the server cache handler: memory, disk, tag
// invalidations shared through Redis) under the tags of lib/catalogue/cache.ts. Everything here
// is public data with no reader in it: a cached value is the same for every visitor, so no
// session, cookie or header may ever be read inside these functions. Keyed by their arguments.
// Each load is single-flight: the requests that find an entry stale at once run one query.

// A cached read runs outside the visitor's request: its own context, no actor, its own clock.
const publicCtx = (): Ctx => createContext({ db: getDb(), origin: "web" });
const lifetime = { revalidate: CATALOGUE_REVALIDATE_SECONDS };

/** A page of the catalogue for one filter (the filter is the cache key). */
export const cachedCatalogue: (q: CatalogueQuery) => Promise<Paged<CatalogueItem>> = unstable_cache(
  singleFlight((q: CatalogueQuery) => listCatalogue(publicCtx(), q)),
  ["catalogue-page"],
  { tags: [CATALOGUE_TAG], ...lifetime },
);

/** Agencies with a bookable launch (the catalogue's agency filter). */
export const cachedCatalogueAgencies: () => Promise<{ id: string; name: string }[]> = unstable_cache(
  singleFlight(() => listCatalogueAgencies(publicCtx())),
  ["catalogue-agencies"],
  { tags: [CATALOGUE_TAG], ...lifetime },
);

/** The sitemap's launches (dates as ISO strings: a cached value is JSON). */
export const cachedSitemapLaunches: () => Promise<{ slug: string; updatedAt: string }[]> = unstable_cache(
  singleFlight(async () =>
    (await listSitemapLaunches(publicCtx())).map((l) => ({
      slug: l.slug,
      updatedAt: new Date(l.updatedAt).toISOString(),
    })),
  ),
  ["catalogue-sitemap"],
  { tags: [CATALOGUE_TAG], ...lifetime },
);

// Slug → id, so a launch page can be tagged with its launch's id. A new launch invalidates the
// catalogue, which this carries, so an unknown slug is looked up again as soon as one appears.
const cachedLaunchIdOfSlug: (slug: string) => Promise<string | null> = unstable_cache(
  singleFlight(async (slug: string) => {
    const [row] = await getDb().select({ id: launches.id }).from(launches).where(eq(launches.slug, slug)).limit(1);
    return row?.id ?? null;
  }),
  ["launch-id-of-slug"],
  { tags: [CATALOGUE_TAG], ...lifetime },
);

/** One launch with its seats and status history, by id; null if there is none. */
const loadLaunchDetail = singleFlight((launchId: string) => getLaunchDetail(publicCtx(), { id: launchId }));

export function cachedLaunchDetail(launchId: string): Promise<LaunchDetail | null> {
  return unstable_cache(() => loadLaunchDetail(launchId), ["launch-detail", launchId], {
    tags: [launchTag(launchId), ALL_LAUNCHES_TAG],
    ...lifetime,
  })();
}

/** One launch by slug (launch pages); null if there is none. */
export async function cachedLaunchBySlug(slug: string): Promise<LaunchDetail | null> {
  const id = await cachedLaunchIdOfSlug(slug);
  return id ? cachedLaunchDetail(id) : null;
}
