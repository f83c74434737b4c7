// Security headers of every response (set by proxy.ts; next.config.ts adds the static ones to
// files the proxy does not see). Two Content-Security-Policies, because a nonce must be new on
// every response while a cached page is the same bytes for everyone (docs/security.md,
// "Headers and CSP"):
// - per-request pages: scripts only with this response's nonce ('strict-dynamic' lets them load
//   the chunks they need); Next puts the nonce on its own scripts when it renders the page.
// - cached public pages (see needsNonce): rendered once for every visitor, so no nonce can be in
//   them; scripts from this origin and inline ones (Next's inline RSC payload), never from elsewhere.

/**
 * Whether a page gets a nonce: the signed-in areas, the credential forms, and `/` when no cached
 * catalogue page serves its query (`cachedCatalogue`, lib/catalogue/route.ts), all rendered per
 * request. Every other path (the cached public pages, the static 404, API responses) gets the
 * policy without a nonce, which also holds for a page rendered per request: with no nonce in
 * the request, Next emits none.
 */
export function needsNonce(pathname: string, isGuarded: boolean, cachedCatalogue: string | null): boolean {
  if (isGuarded) return true;
  if (pathname === "/") return cachedCatalogue === null;
  return /^\/(login|register|confirm-email|invitation)(\/|$)/.test(pathname);
}

export function newNonce(): string {
  const bytes = new Uint8Array(18);
  crypto.getRandomValues(bytes);
  return btoa(String.fromCharCode(...bytes));
}

const COMMON = [
  "default-src 'self'",
  // Inline style attributes (charts, the seat map) are not scripts; nonces cannot cover attributes.
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "frame-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
  "form-action 'self'",
];

/** The policy of a response: with a nonce for a per-request page, without one for a cached page. */
export function contentSecurityPolicy(opts: { nonce?: string; https: boolean; dev?: boolean }): string {
  const eval_ = opts.dev ? " 'unsafe-eval'" : "";
  const script = opts.nonce
    ? `script-src 'self' 'nonce-${opts.nonce}' 'strict-dynamic'${eval_}`
    : `script-src 'self' 'unsafe-inline'${eval_}`;
  return [script, ...COMMON, ...(opts.https ? ["upgrade-insecure-requests"] : [])].join("; ");
}

/** The headers every response carries besides the CSP. */
export function staticSecurityHeaders(https: boolean): Record<string, string> {
  return {
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "strict-origin-when-cross-origin",
    "Permissions-Policy": "camera=(), microphone=(), geolocation=(), payment=(), usb=()",
    ...(https ? { "Strict-Transport-Security": "max-age=63072000; includeSubDomains" } : {}),
  };
}
