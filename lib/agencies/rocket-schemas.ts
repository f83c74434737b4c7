import { z } from "zod";
import { CAPACITY_MAX, CAPACITY_MIN, RANGES } from "@/lib/launches/rules";

// One schema for the API body, the server action and the client form (zodResolver).
export const rocketInputSchema = z.object({
  name: z
    .string({ error: "Enter the rocket's name." })
    .trim()
    .min(1, "Enter the rocket's name.")
    .max(80, "Keep the name under 80 characters."),
  capacity: z.coerce
    .number({ error: "Enter the number of seats." })
    .int("Seats are a whole number.")
    .min(CAPACITY_MIN, `A rocket has at least ${CAPACITY_MIN} seat.`)
    .max(CAPACITY_MAX, `A rocket has at most ${CAPACITY_MAX} seats.`),
  range: z.enum(RANGES, { error: "Choose the rocket's range." }),
});
export type RocketInput = z.infer<typeof rocketInputSchema>;
export type RocketFormValues = z.input<typeof rocketInputSchema>;

/** PATCH: any subset of the fields. */
export const rocketPatchSchema = rocketInputSchema.partial();
export type RocketPatch = z.infer<typeof rocketPatchSchema>;

export const rocketSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  capacity: z.number().int(),
  range: z.enum(RANGES),
  createdAt: z.string(),
});
export type RocketDto = z.infer<typeof rocketSchema>;

/** `?page=1&pageSize=20` (max 100) for every list. */
export const pageQuerySchema = z.object({
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
});
