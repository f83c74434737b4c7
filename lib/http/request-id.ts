import { randomUUID } from "node:crypto";

const SAFE_REQUEST_ID = /^[\w.-]{8,64}$/;

/**
 * The request's id for the logs and the `X-Request-Id` answer: the caller's (a load balancer's
 * or an integrator's), when it is a short token, else a new one. The header is untrusted input
 * that goes into every log line of the request, so anything else (spaces, newlines, 10 kB) is
 * replaced rather than copied. Checked here, not only in proxy.ts: the public API reads skip
 * the proxy.
 */
export function requestIdFrom(header: string | null | undefined): string {
  return header && SAFE_REQUEST_ID.test(header) ? header : randomUUID();
}
