// The server cache handler (next.config `cacheHandler`): Next's own file-system/memory cache,
// plus tag invalidations shared through Redis when REDIS_URL is set, so a change made through
// one instance is served by every other instance on its next request. Entries themselves stay
// per instance (each renders a page once after an invalidation); only the invalidations travel.
import fileSystemCache from "next/dist/server/lib/incremental-cache/file-system-cache.js";
import { bumpCacheGeneration } from "./lib/cache/generation.mjs";
import { latestSharedExpiry, expireSharedTags, sharedTagsEnabled } from "./lib/cache/shared-tags.mjs";

const FileSystemCache = fileSystemCache.default ?? fileSystemCache;
const TAGS_HEADER = "x-next-cache-tags";
// Cached query results, and the catalogue's pages per filter, live in memory only (Next's LRU,
// 50 MB by default): there is one per filter a visitor can type, so on disk they would grow
// without bound, and both are quick to make again after a restart.
const MEMORY_ONLY_PAGES = "/catalogue/filtered/";

function tagsOf(entry, ctx) {
  const value = entry?.value;
  if (value?.kind === "FETCH") return ctx?.tags ?? value.tags ?? [];
  const header = value?.headers?.[TAGS_HEADER];
  return typeof header === "string" ? header.split(",").filter((t) => !t.startsWith("_N_T_")) : [];
}

export default class SharedTagsCacheHandler extends FileSystemCache {
  async get(key, ctx) {
    const entry = await super.get(key, ctx);
    if (!entry || !sharedTagsEnabled()) return entry;
    const tags = tagsOf(entry, ctx);
    if (!tags.length) return entry;
    const expiredAt = await latestSharedExpiry(tags);
    // Invalidated elsewhere after this entry was made: a miss, so it is made again now (by a
    // fresh load, not one begun before we learnt of the change).
    if (expiredAt <= (entry.lastModified ?? 0)) return entry;
    bumpCacheGeneration();
    return null;
  }

  async set(key, data, ctx) {
    const memory = FileSystemCache.memoryCache;
    if (!memory || !(ctx?.fetchCache || key.startsWith(MEMORY_ONLY_PAGES))) return super.set(key, data, ctx);
    memory.set(key, {
      value: data,
      lastModified: Date.now(),
      cacheControl: ctx.fetchCache ? undefined : ctx.cacheControl,
    });
  }

  async revalidateTag(tags, durations) {
    bumpCacheGeneration();
    await super.revalidateTag(tags, durations);
    const list = typeof tags === "string" ? [tags] : tags;
    if (sharedTagsEnabled()) await expireSharedTags(list.filter((t) => !t.startsWith("_N_T_")));
  }
}
