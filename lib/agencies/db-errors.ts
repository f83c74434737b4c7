// Postgres error codes seen through drizzle, which wraps the driver's error in `cause`.
function pgCode(error: unknown): string | undefined {
  let e: unknown = error;
  for (let i = 0; i < 4 && e && typeof e === "object"; i++) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === "string" && /^[0-9A-Z]{5}$/.test(code)) return code;
    e = (e as { cause?: unknown }).cause;
  }
  return undefined;
}

/** A unique index refused the write (e.g. two requests racing for one name). */
export const isUniqueViolation = (error: unknown): boolean => pgCode(error) === "23505";
