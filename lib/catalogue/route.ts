import { FILTER_KEYS } from "./url";

// Which cached page serves `/` with a given query (proxy.ts rewrites to it). A crowd follows
// the same few links (the home page, a page number, "flights to Mars" shared on social media),
// so every catalogue view is a cached page, made again after an invalidation of the catalogue
// or after its revalidate time. Only the parameters the catalogue reads are kept, in a fixed
// order, so `?utm_source=…` or a reordered query lands on the same cached page.

/** The cached public pages' own paths: the catalogue's pages and the launch pages. */
export const isCachedPagePath = (pathname: string): boolean =>
  /^\/(catalogue|launches)\/[^/]+(\/[^/]+)?$/.test(pathname);

/** Longer canonical queries are not cached (they are rendered per request at `/`). */
export const MAX_CACHED_QUERY_LENGTH = 512;
export const FILTERED_CATALOGUE_PREFIX = "/catalogue/filtered/";

/** Whether `/` with this query is the unfiltered catalogue (empty fields and the default order change nothing). */
export function defaultCataloguePage(params: URLSearchParams): number | null {
  let page = 1;
  for (const [key, raw] of params) {
    const value = raw.trim();
    if (value === "") continue;
    if (key === "page" && /^[1-9]\d{0,4}$/.test(value)) page = Number(value);
    else if (!((key === "sort" && value === "date") || (key === "order" && value === "asc"))) return null;
  }
  return page;
}

/** The catalogue's own parameters of a query, first value of each, trimmed, empty ones dropped, in a fixed order. */
export function canonicalCatalogueQuery(params: URLSearchParams): string {
  const kept = new URLSearchParams();
  for (const key of [...FILTER_KEYS, "page"]) {
    const value = params.get(key)?.trim();
    if (value) kept.set(key, value);
  }
  return kept.toString();
}

/** The cached page that shows `/` with this query, or null to render it per request. */
export function catalogueRoute(params: URLSearchParams): string | null {
  const query = canonicalCatalogueQuery(params);
  const page = defaultCataloguePage(new URLSearchParams(query));
  if (page !== null) return `/catalogue/${page}`;
  if (query.length > MAX_CACHED_QUERY_LENGTH) return null;
  return `${FILTERED_CATALOGUE_PREFIX}${Buffer.from(query).toString("base64url")}`;
}

/** The query a filtered page's path segment carries (base64url: no `/` or `%` for routing to trip on). */
export const queryOfFilteredSegment = (segment: string): URLSearchParams =>
  new URLSearchParams(Buffer.from(segment, "base64url").toString());
