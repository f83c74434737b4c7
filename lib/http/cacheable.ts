import "server-only";
import { createHash } from "node:crypto";

/** Public, shared data: a CDN may keep it 5 s and serve it 30 s more while it refreshes. */
export const PUBLIC_CACHE_CONTROL = "public, s-maxage=5, stale-while-revalidate=30";

/** A strong validator: the hash of the exact body bytes. */
export const strongEtag = (body: string) => `"${createHash("sha256").update(body).digest("base64url").slice(0, 32)}"`;

/** Whether If-None-Match names this entity tag (weak comparison, as If-None-Match requires). */
export function matchesIfNoneMatch(header: string | null, etag: string): boolean {
  if (!header) return false;
  if (header.trim() === "*") return true;
  const opaque = (tag: string) => tag.trim().replace(/^W\//, "");
  return header.split(",").some((tag) => opaque(tag) === etag);
}

/**
 * A public JSON answer with a strong ETag: 304 with no body when the client already has these
 * bytes, otherwise 200. Both carry the ETag and the shared Cache-Control.
 */
export function cacheableJson(request: Request, data: unknown): Response {
  const body = JSON.stringify(data);
  const etag = strongEtag(body);
  const headers = new Headers({ ETag: etag, "Cache-Control": PUBLIC_CACHE_CONTROL });
  if (matchesIfNoneMatch(request.headers.get("if-none-match"), etag))
    return new Response(null, { status: 304, headers });
  headers.set("Content-Type", "application/json");
  return new Response(body, { status: 200, headers });
}
