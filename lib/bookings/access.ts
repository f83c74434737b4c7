import "server-only";

/** Postgres error code through drizzle's wrapping (the driver error is in `cause`). */
export function pgErrorOf(error: unknown): { code?: string; constraint?: string } {
  let e: unknown = error;
  for (let i = 0; i < 5 && e && typeof e === "object"; i++) {
    const { code, constraint } = e as { code?: unknown; constraint?: unknown };
    if (typeof code === "string" && /^[0-9A-Z]{5}$/.test(code))
      return { code, constraint: typeof constraint === "string" ? constraint : undefined };
    e = (e as { cause?: unknown }).cause;
  }
  return {};
}
