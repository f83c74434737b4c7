import type { z } from "zod";

/**
 * A page's query string through its zod schema. A bad value never breaks the page: the list
 * opens with the schema's defaults (or `fallback`), and `valid` says whether the filters the
 * URL asked for were ignored, so the page can say so.
 */
export function parseSearchParams<S extends z.ZodType>(
  schema: S,
  searchParams: unknown,
  fallback?: () => z.output<S>,
): { query: z.output<S>; valid: boolean } {
  const parsed = schema.safeParse(searchParams);
  if (parsed.success) return { query: parsed.data, valid: true };
  return { query: fallback ? fallback() : schema.parse({}), valid: false };
}
