import { cacheGeneration } from "./generation.mjs";

/**
 * Runs `load` once for concurrent calls with the same arguments: the others share its promise.
 * A cached read that is stale is made again by every request that sees it (Next dedupes only
 * within one request), so under a crowd each revalidation ran the same query once per request
 * in flight. Calls after an invalidation (this process's, or one learnt from Redis) never join
 * a load begun before it, so the request after a change still reads the change.
 */
export function singleFlight<A extends unknown[], R>(load: (...args: A) => Promise<R>): (...args: A) => Promise<R> {
  const inFlight = new Map<string, Promise<R>>();
  return (...args: A) => {
    const key = `${cacheGeneration()}:${JSON.stringify(args)}`;
    let running = inFlight.get(key);
    if (!running) {
      running = load(...args).finally(() => inFlight.delete(key));
      inFlight.set(key, running);
    }
    return running;
  };
}
