import { z } from "zod";
import { DESTINATIONS } from "@/lib/launches/rules";

const emptyToUndefined = (v: unknown) => (v === "" || v === null ? undefined : v);
const optional = <T extends z.ZodType>(schema: T) => z.preprocess(emptyToUndefined, schema.optional());
const cents = z.coerce
  .number({ error: "Enter an amount in cents." })
  .int("Enter a whole number of cents.")
  .min(0, "Enter an amount of at least 0.");

/** GET /api/v1/launches: filters, sort and page of the public catalogue. */
export const catalogueQuerySchema = z
  .object({
    destination: optional(z.enum(DESTINATIONS, { error: "Choose one of the destinations." })),
    agencyId: optional(z.uuid({ error: "Enter an agency id." })),
    from: optional(z.iso.date({ error: "Enter a date as YYYY-MM-DD." })),
    to: optional(z.iso.date({ error: "Enter a date as YYYY-MM-DD." })),
    minPriceCents: optional(cents),
    maxPriceCents: optional(cents),
    minSeats: optional(
      z.coerce
        .number()
        .int("Enter a whole number of seats.")
        .min(1, "Ask for at least 1 seat.")
        .max(100, "A rocket has at most 100 seats."),
    ),
    sort: z.preprocess(
      emptyToUndefined,
      z.enum(["date", "price", "seats"], { error: "Sort by date, price or seats." }).default("date"),
    ),
    order: z.preprocess(emptyToUndefined, z.enum(["asc", "desc"], { error: "Order asc or desc." }).default("asc")),
    page: z.preprocess(emptyToUndefined, z.coerce.number().int().min(1).default(1)),
    pageSize: z.preprocess(
      emptyToUndefined,
      z.coerce.number().int().min(1).max(100, "At most 100 per page.").default(20),
    ),
  })
  .superRefine((v, ctx) => {
    if (v.from && v.to && v.from > v.to)
      ctx.addIssue({ code: "custom", path: ["to"], message: "The end date must not be before the start date." });
    if (v.minPriceCents !== undefined && v.maxPriceCents !== undefined && v.minPriceCents > v.maxPriceCents) {
      ctx.addIssue({
        code: "custom",
        path: ["maxPriceCents"],
        message: "The maximum price must not be below the minimum.",
      });
    }
  });
export type CatalogueQuery = z.infer<typeof catalogueQuerySchema>;

const item = z.object({
  id: z.uuid(),
  slug: z.string(),
  title: z.string(),
  date: z.string(),
  destination: z.enum(DESTINATIONS),
  spaceport: z.string(),
  status: z.string(),
  pricePerSeatCents: z.number().int(),
  seatsAvailable: z.number().int(),
  capacity: z.number().int(),
  agency: z.object({ id: z.uuid(), name: z.string() }),
  rocket: z.object({ id: z.uuid(), name: z.string() }),
});
export const catalogueItemSchema = item;
export const catalogueListSchema = z.object({
  items: z.array(item),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
});
export const statusHistoryEntrySchema = z.object({
  fromStatus: z.string().nullable(),
  toStatus: z.string(),
  changedAt: z.string(),
  oldDate: z.string().nullable(),
  newDate: z.string().nullable(),
  reason: z.string().nullable(),
});
export const launchDetailSchema = item.extend({
  takenSeats: z.array(z.number().int()),
  minimumOccupancy: z.number().int(),
  bookable: z.boolean(),
  agency: z.object({ id: z.uuid(), name: z.string(), description: z.string().nullable() }),
  statusHistory: z.array(statusHistoryEntrySchema),
});
