import { NextResponse } from "next/server";
import type { ErrorCode, FieldErrors } from "@/lib/errors";

// One table: each stable error code → its HTTP status and title (the API's error convention).
export const PROBLEMS: Record<ErrorCode, { status: number; title: string }> = {
  bad_request: { status: 400, title: "Malformed request" },
  method_not_allowed: { status: 405, title: "Method not allowed" },
  validation_failed: { status: 422, title: "Validation failed" },
  email_taken: { status: 409, title: "Email already registered" },
  invalid_credentials: { status: 401, title: "Invalid credentials" },
  rate_limited: { status: 429, title: "Too many requests" },
  not_found: { status: 404, title: "Not found" },
  forbidden: { status: 403, title: "Forbidden" },
  unauthorized: { status: 401, title: "Unauthorized" },
  sold_out: { status: 409, title: "Sold out" },
  seat_taken: { status: 409, title: "Seat taken" },
  seat_limit_exceeded: { status: 422, title: "Seat limit exceeded" },
  launch_not_bookable: { status: 422, title: "Launch not bookable" },
  passenger_age: { status: 422, title: "Passenger age out of range" },
  invalid_transition: { status: 409, title: "Invalid status transition" },
  payment_declined: { status: 402, title: "Payment declined" },
  hold_expired: { status: 409, title: "Hold expired" },
  conflict: { status: 409, title: "Conflict" },
  too_many_holds: { status: 409, title: "Too many unpaid holds" },
  token_invalid: { status: 400, title: "Invalid or expired link" },
  account_disabled: { status: 403, title: "Account disabled" },
  internal_error: { status: 500, title: "Internal error" },
  idempotency_key_reused: { status: 422, title: "Idempotency key reused with another request" },
  provider_unavailable: { status: 503, title: "Payment provider unavailable" },
};

export interface ProblemInit {
  code: ErrorCode;
  detail: string;
  errors?: FieldErrors;
  retryAfterSeconds?: number;
  requestId?: string;
  status?: number;
}

/** An RFC 9457 problem document. */
export function problem(init: ProblemInit): NextResponse {
  const { status: defaultStatus, title } = PROBLEMS[init.code];
  const status = init.status ?? defaultStatus;
  const body = {
    type: `https://astrobookings.test/problems/${init.code.replaceAll("_", "-")}`,
    title,
    status,
    detail: init.detail,
    code: init.code,
    ...(init.errors ? { errors: init.errors } : {}),
    ...(init.requestId ? { requestId: init.requestId } : {}),
  };
  const headers: Record<string, string> = { "Content-Type": "application/problem+json" };
  if (init.retryAfterSeconds) headers["Retry-After"] = String(init.retryAfterSeconds);
  if (init.requestId) headers["X-Request-Id"] = init.requestId;
  return new NextResponse(JSON.stringify(body), { status, headers });
}
