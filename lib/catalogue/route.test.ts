import { describe, expect, it } from "vitest";
import {
  catalogueRoute,
  defaultCataloguePage,
  isCachedPagePath,
  MAX_CACHED_QUERY_LENGTH,
  queryOfFilteredSegment,
} from "./route";

const route = (q: string) => catalogueRoute(new URLSearchParams(q));

describe("defaultCataloguePage", () => {
  const page = (q: string) => defaultCataloguePage(new URLSearchParams(q));
  it("serves `/`, its pages and the empty filter form from the cached catalogue", () => {
    expect(page("")).toBe(1);
    expect(page("page=3")).toBe(3);
    expect(page("destination=&agencyId=&sort=date&order=asc&page=2")).toBe(2);
  });
  it("is not the default for a real filter, another order or a malformed page", () => {
    expect(page("destination=moon")).toBeNull();
    expect(page("sort=price")).toBeNull();
    expect(page("order=desc")).toBeNull();
    expect(page("page=0")).toBeNull();
    expect(page("page=abc")).toBeNull();
  });
});

describe("catalogueRoute", () => {
  it("serves the unfiltered catalogue from its page, whatever other parameters the link carries", () => {
    expect(route("")).toBe("/catalogue/1");
    expect(route("page=4")).toBe("/catalogue/4");
    expect(route("utm_source=x&sort=date&destination=")).toBe("/catalogue/1");
  });

  it("gives one cached page to each filter, the same for the same filter however it is written", () => {
    const mars = route("destination=mars&sort=price")!;
    expect(mars).toMatch(/^\/catalogue\/filtered\/[\w-]+$/);
    expect(queryOfFilteredSegment(mars.split("/").at(-1)!).toString()).toBe("destination=mars&sort=price");
    expect(route("sort=price&utm_source=x&destination=%20mars%20&destination=moon&agencyId=")).toBe(mars);
    expect(route("destination=mars&sort=price&page=2")).not.toBe(mars);
    const odd = route("minPrice=1/2 €&page=0")!;
    expect(Object.fromEntries(queryOfFilteredSegment(odd.split("/").at(-1)!))).toEqual({
      minPrice: "1/2 €",
      page: "0",
    });
  });

  it("renders a query too long to be worth a cache entry per request", () => {
    expect(route(`destination=${"x".repeat(MAX_CACHED_QUERY_LENGTH)}`)).toBeNull();
  });
});

describe("isCachedPagePath", () => {
  it("names the cached pages' own paths and nothing else", () => {
    for (const p of ["/launches/mars-1", "/catalogue/2", "/catalogue/filtered/ZGVzdA"])
      expect(isCachedPagePath(p)).toBe(true);
    for (const p of ["/", "/launches", "/traveler/bookings", "/launches/a/b/c", "/api/v1/launches/x"])
      expect(isCachedPagePath(p)).toBe(false);
  });
});
