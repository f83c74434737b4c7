import { parseUsdToCents } from "@/lib/money";
import { catalogueQuerySchema, type CatalogueQuery } from "./schemas";

// The catalogue page keeps its filters in the URL with the API's names, except that
// prices are typed in dollars (minPrice, maxPrice) and parsed to cents from the string.

export type RawParams = Record<string, string | string[] | undefined>;
const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v)?.trim() || undefined;

export const FILTER_KEYS = [
  "destination",
  "agencyId",
  "from",
  "to",
  "minPrice",
  "maxPrice",
  "minSeats",
  "sort",
  "order",
] as const;
export type FilterValues = Partial<Record<(typeof FILTER_KEYS)[number], string>>;

export function catalogueQueryFromUrl(raw: RawParams): {
  query: CatalogueQuery;
  values: FilterValues;
  errors: string[];
} {
  const values: FilterValues = {};
  for (const k of FILTER_KEYS) values[k] = first(raw[k]);
  const errors: string[] = [];
  const cents = (v: string | undefined, label: string) => {
    if (v === undefined) return undefined;
    const c = parseUsdToCents(v);
    if (c === null) errors.push(`${label}: enter an amount in dollars, like 250000.`);
    return c ?? undefined;
  };
  const input = {
    destination: values.destination,
    agencyId: values.agencyId,
    from: values.from,
    to: values.to,
    minPriceCents: cents(values.minPrice, "Minimum price"),
    maxPriceCents: cents(values.maxPrice, "Maximum price"),
    minSeats: values.minSeats,
    sort: values.sort,
    order: values.order,
    page: first(raw.page),
  };
  const parsed = catalogueQuerySchema.safeParse(input);
  if (parsed.success) return { query: parsed.data, values, errors };
  for (const issue of parsed.error.issues) errors.push(issue.message);
  // Keep what is valid: drop each offending key and parse again.
  const bad = new Set(parsed.error.issues.map((i) => String(i.path[0])));
  const kept = Object.fromEntries(Object.entries(input).filter(([k]) => !bad.has(k)));
  const retry = catalogueQuerySchema.safeParse(kept);
  return { query: retry.success ? retry.data : catalogueQuerySchema.parse({}), values, errors };
}
