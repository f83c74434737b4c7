// Stable, typed error codes shared by services, server actions and the HTTP API.
// lib/http/problem.ts maps each code to one HTTP status and one title.
export const ERROR_CODES = [
  "validation_failed",
  "email_taken",
  "invalid_credentials",
  "rate_limited",
  "not_found",
  "forbidden",
  "unauthorized",
  "sold_out",
  "seat_taken",
  "seat_limit_exceeded",
  "launch_not_bookable",
  "passenger_age",
  "invalid_transition",
  "payment_declined",
  "hold_expired",
  "conflict",
  "too_many_holds",
  "token_invalid",
  "account_disabled",
  "bad_request",
  "method_not_allowed",
  "internal_error",
  "idempotency_key_reused",
  "provider_unavailable",
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export type FieldErrors = Record<string, string[]>;

export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly fieldErrors?: FieldErrors,
    readonly retryAfterSeconds?: number,
  ) {
    super(message);
    this.name = "DomainError";
  }
}

export const isDomainError = (e: unknown): e is DomainError => e instanceof DomainError;
