// Tag invalidations shared by every instance through Redis (REDIS_URL). Plain JavaScript: the
// cache handler (cache-handler.mjs) is loaded by Next at run time, outside the bundle, and the
// app imports the same file, so both agree on the key and the format.
//
// One Redis hash maps a tag to the time (ms) it was last invalidated. An instance keeps its
// own rendered pages and query results; before serving one it asks this hash whether any of
// the entry's tags was invalidated after the entry was made (one HMGET). Every call has a short
// timeout and fails open: without Redis an entry lives at most its few-second lifetime.
import { createClient } from "redis";

const TIMEOUT_MS = 250;
const prefix = () => process.env.REDIS_CACHE_PREFIX || "astrobookings:";

let client = null;
let connecting = null;

async function redis() {
  const url = process.env.REDIS_URL;
  if (!url) return null;
  if (client?.isReady) return client;
  if (!connecting) {
    const c = createClient({
      url,
      socket: { connectTimeout: 1000, reconnectStrategy: (n) => Math.min(n * 100, 2000) },
    });
    // A dropped connection is reported here instead of crashing the process; calls fail open.
    c.on("error", () => {});
    connecting = c
      .connect()
      .then(() => (client = c))
      .finally(() => (connecting = null));
  }
  return connecting;
}

function withTimeout(promise) {
  return Promise.race([
    promise,
    new Promise((_, reject) => setTimeout(() => reject(new Error("redis timeout")), TIMEOUT_MS).unref()),
  ]);
}

/** Whether invalidations are shared (REDIS_URL is set). */
export const sharedTagsEnabled = () => Boolean(process.env.REDIS_URL);

/** Records that `tags` were invalidated now, for every instance. Never throws. */
export async function expireSharedTags(tags, at = Date.now()) {
  if (!tags.length) return false;
  try {
    const c = await withTimeout(redis());
    if (!c) return false;
    await withTimeout(c.hSet(`${prefix()}tags`, Object.fromEntries(tags.map((t) => [t, String(at)]))));
    return true;
  } catch {
    return false;
  }
}

/** The latest invalidation time (ms) of any of `tags`, 0 if none (or Redis is unreachable). */
export async function latestSharedExpiry(tags) {
  if (!tags.length) return 0;
  try {
    const c = await withTimeout(redis());
    if (!c) return 0;
    const values = await withTimeout(c.hmGet(`${prefix()}tags`, tags));
    return Math.max(0, ...values.map((v) => Number(v ?? 0)));
  } catch {
    return 0;
  }
}
