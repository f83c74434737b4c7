// A counter of this process's cache invalidations, shared by the app's bundles and the cache
// handler (cache-handler.mjs is loaded outside every bundle, so a module variable would exist
// twice): lib/cache/single-flight.ts never lets a read begun before an invalidation answer a
// read begun after it.
const KEY = Symbol.for("astrobookings.cache-generation");

export function cacheGeneration() {
  return globalThis[KEY] ?? 0;
}

export function bumpCacheGeneration() {
  globalThis[KEY] = cacheGeneration() + 1;
}
