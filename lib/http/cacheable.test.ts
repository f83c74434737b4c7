import { describe, expect, it } from "vitest";
import { cacheableJson, matchesIfNoneMatch, PUBLIC_CACHE_CONTROL } from "./cacheable";

describe("cacheableJson", () => {
  const data = { items: [{ id: "a", seatsAvailable: 4 }], total: 1 };
  it("answers 200 with a strong ETag and the shared Cache-Control, then 304 for the same bytes", async () => {
    const first = cacheableJson(new Request("http://x/api"), data);
    expect(first.status).toBe(200);
    const etag = first.headers.get("etag")!;
    expect(etag).toMatch(/^"[\w-]+"$/);
    expect(first.headers.get("cache-control")).toBe(PUBLIC_CACHE_CONTROL);
    expect(await first.json()).toEqual(data);
    const again = cacheableJson(new Request("http://x/api", { headers: { "If-None-Match": etag } }), data);
    expect(again.status).toBe(304);
    expect(again.headers.get("etag")).toBe(etag);
    expect(await again.text()).toBe("");
  });
  it("answers 200 again once the data changed", () => {
    const etag = cacheableJson(new Request("http://x/api"), data).headers.get("etag")!;
    const changed = { ...data, total: 2 };
    expect(cacheableJson(new Request("http://x/api", { headers: { "If-None-Match": etag } }), changed).status).toBe(
      200,
    );
  });
  it("reads If-None-Match lists, weak forms and *", () => {
    expect(matchesIfNoneMatch('"x", W/"abc"', '"abc"')).toBe(true);
    expect(matchesIfNoneMatch("*", '"abc"')).toBe(true);
    expect(matchesIfNoneMatch('"abd"', '"abc"')).toBe(false);
    expect(matchesIfNoneMatch(null, '"abc"')).toBe(false);
  });
});
