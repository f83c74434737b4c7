import { z } from "zod";
import { CAPACITY_MAX, DESTINATIONS, LAUNCH_STATUSES, PRICE_MAX_CENTS, RANGES, TARGET_STATUSES } from "./rules";
import { parseUsdToCents } from "@/lib/money";

const emptyToUndefined = (v: unknown) => (v === "" || v === null ? undefined : v);

const launchFields = {
  rocketId: z.uuid({ error: "Choose one of your rockets." }),
  spaceport: z
    .string({ error: "Enter the spaceport." })
    .trim()
    .min(2, "Enter the spaceport (launch site name).")
    .max(80, "Keep the spaceport under 80 characters."),
  destination: z.enum(DESTINATIONS, { error: "Choose a destination." }),
  // Forms send the datetime-local value converted to an instant; the API an ISO string.
  date: z.coerce.date({ error: "Enter the launch date and time." }),
  minimumOccupancy: z.preprocess(
    emptyToUndefined,
    z.coerce
      .number()
      .int("Minimum occupancy is a whole number of seats.")
      .min(1, "Minimum occupancy is at least 1 seat.")
      .max(CAPACITY_MAX, `Minimum occupancy is at most ${CAPACITY_MAX} seats.`)
      .optional(),
  ),
};

const priceCents = z.coerce
  .number({ error: "Enter the price per seat in cents." })
  .int("The price is a whole number of cents.")
  .min(1, "The price must be greater than 0.")
  .max(PRICE_MAX_CENTS, `The price is at most ${PRICE_MAX_CENTS} cents.`);

/** POST /api/v1/agency/launches. */
export const scheduleLaunchSchema = z.object({ ...launchFields, pricePerSeatCents: priceCents });
export type ScheduleLaunchInput = z.infer<typeof scheduleLaunchSchema>;

/** The console form: the price is typed in dollars and parsed to cents from the string. */
export const scheduleLaunchFormSchema = z
  .object({
    ...launchFields,
    // Checked as a field (not in the final transform) so its error shows with the others.
    price: z
      .string({ error: "Enter the price per seat." })
      .trim()
      .min(1, "Enter the price per seat.")
      .refine((v) => parseUsdToCents(v) !== null, "Enter an amount in dollars, like 250000 or 1999.99.")
      .refine((v) => {
        const cents = parseUsdToCents(v);
        return cents === null || (cents >= 1 && cents <= PRICE_MAX_CENTS);
      }, "The price must be more than $0 and at most $1,000,000."),
  })
  .transform(({ price, ...rest }) => ({ ...rest, pricePerSeatCents: parseUsdToCents(price)! }));
export type ScheduleLaunchFormValues = z.input<typeof scheduleLaunchFormSchema>;

/** POST /api/v1/agency/launches/{id}/status. */
export const changeStatusSchema = z.object({
  status: z.enum(TARGET_STATUSES, { error: "Choose delayed, aborted, successful or failed." }),
  date: z.preprocess(emptyToUndefined, z.coerce.date({ error: "Enter a valid date." }).optional()),
  reason: z.preprocess(
    emptyToUndefined,
    z.string().trim().max(500, "Keep the reason under 500 characters.").optional(),
  ),
});
export type ChangeStatusInput = z.infer<typeof changeStatusSchema>;
export type ChangeStatusFormValues = z.input<typeof changeStatusSchema>;

export const LAUNCH_SORTS = ["date", "occupancy"] as const;

/** GET /api/v1/agency/launches (and the console's URL). */
export const launchListQuerySchema = z.object({
  status: z.preprocess(emptyToUndefined, z.enum(LAUNCH_STATUSES).optional()),
  viable: z.preprocess(
    emptyToUndefined,
    z
      .enum(["true", "false"])
      .transform((v) => v === "true")
      .optional(),
  ),
  sort: z.preprocess(emptyToUndefined, z.enum(LAUNCH_SORTS).default("date")),
  order: z.preprocess(emptyToUndefined, z.enum(["asc", "desc"]).optional()),
  page: z.preprocess(emptyToUndefined, z.coerce.number().int().min(1).default(1)),
  pageSize: z.preprocess(emptyToUndefined, z.coerce.number().int().min(1).max(100).default(20)),
});
export type LaunchListQuery = z.infer<typeof launchListQuerySchema>;

export const statusHistorySchema = z.object({
  id: z.uuid(),
  fromStatus: z.enum(LAUNCH_STATUSES).nullable(),
  toStatus: z.enum(LAUNCH_STATUSES),
  changedAt: z.string(),
  changedBy: z.object({ id: z.uuid(), name: z.string() }).nullable(),
  oldDate: z.string().nullable(),
  newDate: z.string().nullable(),
  reason: z.string().nullable(),
});

export const agencyLaunchSchema = z.object({
  id: z.uuid(),
  slug: z.string(),
  path: z.string(),
  title: z.string(),
  rocketId: z.uuid(),
  rocket: z.object({ id: z.uuid(), name: z.string(), capacity: z.number().int(), range: z.enum(RANGES) }),
  spaceport: z.string(),
  destination: z.enum(DESTINATIONS),
  date: z.string(),
  status: z.enum(LAUNCH_STATUSES),
  pricePerSeatCents: z.number().int(),
  capacity: z.number().int(),
  minimumOccupancy: z.number().int(),
  confirmedSeats: z.number().int(),
  occupancyPercent: z.number(),
  viable: z.boolean(),
  abortReason: z.string().nullable(),
  createdAt: z.string(),
});
export type AgencyLaunchDto = z.infer<typeof agencyLaunchSchema>;

export const agencyLaunchDetailSchema = agencyLaunchSchema.extend({ statusHistory: z.array(statusHistorySchema) });
export type AgencyLaunchDetailDto = z.infer<typeof agencyLaunchDetailSchema>;
export type StatusHistoryDto = z.infer<typeof statusHistorySchema>;
