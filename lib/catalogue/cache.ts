import "server-only";
import { eq } from "drizzle-orm";
import { revalidateTag } from "next/cache";
import { launches } from "@/db/schema";
import type { Ctx } from "@/lib/context";
import { bumpCacheGeneration } from "@/lib/cache/generation.mjs";
import { expireSharedTags, sharedTagsEnabled } from "@/lib/cache/shared-tags.mjs";

// Every cached public view (the catalogue, launch pages, the sitemap, GET /api/v1/launches…)
// carries these tags; a change that moves seats or public launch data invalidates exactly the
// ones it affects, in the same request, so this instance serves the change on its next request.

/** Every list of launches: the catalogue (any filter), its agency filter, the sitemap, the slug index. */
export const CATALOGUE_TAG = "catalogue";
/** One launch's detail (launch page, GET /api/v1/launches/{id}). */
export const launchTag = (launchId: string) => `launch:${launchId}`;
/** Every launch's detail at once, for a change touching more launches than is worth naming. */
export const ALL_LAUNCHES_TAG = "launches";
const MAX_NAMED_LAUNCHES = 200;

/**
 * How long a cached view may be served before it is made again (seconds). The backstop for what
 * no request invalidates: another instance's change when Redis is not configured, a hold that
 * times out before the expiry job sweeps it, a launch whose departure time passes.
 */
export const CATALOGUE_REVALIDATE_SECONDS = 3;

/**
 * Invalidates the catalogue and the given launches. Inside a request (server action, route
 * handler) it goes through Next (`revalidateTag` with immediate expiry) and, through the cache
 * handler, to every instance when REDIS_URL is set. Outside a request (in-process scheduler,
 * scripts) Next has no request store and `revalidateTag` throws: then it expires the tags in
 * this process's tag manifest and in Redis directly. Never throws: the change is committed.
 */
export function invalidateLaunches(launchIds: readonly string[]): void {
  const ids = [...new Set(launchIds)];
  const tags = [CATALOGUE_TAG, ...(ids.length > MAX_NAMED_LAUNCHES ? [ALL_LAUNCHES_TAG] : ids.map(launchTag))];
  bumpCacheGeneration();
  try {
    for (const tag of tags) revalidateTag(tag, { expire: 0 });
  } catch {
    expireOutsideRequest(tags);
  }
}

/** Invalidates the catalogue and one launch. */
export const invalidateLaunch = (launchId: string) => invalidateLaunches([launchId]);

/** Invalidates the launches that show an agency's or a rocket's public data (its name…). */
export async function invalidateLaunchesOf(ctx: Ctx, by: { agencyId: string } | { rocketId: string }): Promise<void> {
  const rows = await ctx.db
    .select({ id: launches.id })
    .from(launches)
    .where("agencyId" in by ? eq(launches.agencyId, by.agencyId) : eq(launches.rocketId, by.rocketId));
  invalidateLaunches(rows.map((r) => r.id));
}

function expireOutsideRequest(tags: string[]): void {
  const now = Date.now();
  void expireLocally(tags, now);
  if (sharedTagsEnabled()) void expireSharedTags(tags, now);
}

// Next keeps tag invalidations of this process in one shared map (the module is external to
// every bundle precisely so that the server and the app share it); its cache reads check it.
async function expireLocally(tags: string[], now: number): Promise<void> {
  try {
    const { tagsManifest } = await import("next/dist/server/lib/incremental-cache/tags-manifest.external.js");
    for (const tag of tags) tagsManifest.set(tag, { ...tagsManifest.get(tag), stale: now, expired: now });
  } catch {
    // Not inside a Next server (a CLI script): there is no cache to invalidate.
  }
}
