// The PostgreSQL error behind whatever the driver or Drizzle threw. Drizzle wraps the driver's
// error in `cause` (node-postgres and PGlite both put the SQLSTATE in `code`), so walk the chain.

/** The fields of a PostgreSQL error that callers act on. */
export interface PgError {
  /** SQLSTATE, e.g. 23505 unique_violation, 23503 foreign_key_violation, 40001 serialization_failure. */
  code: string;
  message: string;
  detail?: string;
  table?: string;
  constraint?: string;
}

const SQLSTATE = /^[0-9A-Z]{5}$/;

/** The PostgreSQL error in `error` or its `cause` chain, or undefined when it is not one. */
export function pgErrorOf(error: unknown): PgError | undefined {
  let e: unknown = error;
  for (let i = 0; i < 5 && e && typeof e === "object"; i++) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === "string" && SQLSTATE.test(code)) return e as PgError;
    e = (e as { cause?: unknown }).cause;
  }
  return undefined;
}

/** A unique index refused the write (two requests racing for one name, one invoice per launch…). */
export function isUniqueViolation(error: unknown, constraint?: string): boolean {
  const pg = pgErrorOf(error);
  return pg?.code === "23505" && (constraint === undefined || pg.constraint === constraint);
}
