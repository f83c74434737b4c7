import { z } from "zod";
import { readUtcInstant } from "@/lib/time";
import { LOG_PAGE_SIZE, LOG_PRESETS } from "./log-rules";

const LEVELS = ["debug", "info", "warn", "error"] as const;
export type LevelName = (typeof LEVELS)[number];

const blankToUndefined = (v: unknown) => (typeof v === "string" && v.trim() === "" ? undefined : v);

/** ISO-8601 date or date-time; without a zone it is read as UTC (the page says so). */
const instant = z.preprocess(
  blankToUndefined,
  z
    .string()
    .max(40)
    .regex(
      /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,6})?)?(Z|[+-]\d{2}:\d{2})?)?$/,
      "Use an ISO date such as 2026-11-25T12:00Z.",
    )
    .transform((s, ctx) => {
      const date = readUtcInstant(s);
      if (!date) {
        ctx.addIssue({ code: "custom", message: "This is not a valid date." });
        return z.NEVER;
      }
      return date;
    })
    .optional(),
);

const text = z.preprocess(blankToUndefined, z.string().trim().max(200, "At most 200 characters.").optional());

/** The filter of /it/logs and GET /api/v1/it/logs (query strings: every value is a string). */
export const logFilterSchema = z
  .object({
    preset: z.preprocess(
      blankToUndefined,
      z.enum([...(Object.keys(LOG_PRESETS) as [keyof typeof LOG_PRESETS]), "custom"]).optional(),
    ),
    from: instant,
    to: instant,
    level: z.preprocess(
      (v) => (typeof v === "string" ? (v.trim() === "" ? undefined : v.split(",").map((s) => s.trim())) : v),
      z
        .array(z.enum(LEVELS, { error: "Level is debug, info, warn or error." }))
        .max(4)
        .optional(),
    ),
    event: text,
    actor: text,
    q: text,
    sort: z.preprocess(blankToUndefined, z.enum(["newest", "oldest"]).default("newest")),
    cursor: z.preprocess(blankToUndefined, z.string().max(200).optional()),
    pageSize: z.preprocess(blankToUndefined, z.coerce.number().int().min(1).max(100).default(LOG_PAGE_SIZE)),
    format: z.preprocess(blankToUndefined, z.enum(["csv", "json"]).optional()),
  })
  .refine((f) => !f.from || !f.to || f.from <= f.to, { message: "The start must be before the end.", path: ["to"] });

export type LogFilter = z.infer<typeof logFilterSchema>;

export const logEntryView = z.object({
  id: z.number().int(),
  at: z.string(),
  level: z.enum(LEVELS),
  event: z.string(),
  actor: z.string(),
  actorId: z.string().nullable(),
  requestId: z.string().nullable(),
  message: z.string(),
  details: z.record(z.string(), z.unknown()),
});
export type LogEntryView = z.infer<typeof logEntryView>;
