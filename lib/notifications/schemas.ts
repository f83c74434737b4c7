import { z } from "zod";
import { calendarDaySchema } from "@/lib/time";
import { MANUAL_TARGETS } from "./rules";

// The single source for the IT notification pages, their API handlers and the OpenAPI document.
export const NOTIFICATION_STATUSES = ["pending", "sending", "sent", "failed", "deleted"] as const;
export const NOTIFICATION_QUEUES = ["vip", "default"] as const;
export const NOTIFICATION_SORTS = ["createdAt", "attempts"] as const;

const blankToUndefined = z.literal("").transform(() => undefined);
const optionalText = z
  .string()
  .trim()
  .max(200)
  .optional()
  .transform((v) => (v ? v : undefined));
const isoDay = calendarDaySchema();
const page = z.coerce.number().int().min(1).default(1);
const pageSize = z.coerce.number().int().min(1).max(100).default(20);

export const mailboxQuery = z.object({
  to: optionalText,
  page,
  pageSize,
});
export type MailboxQuery = z.infer<typeof mailboxQuery>;

export const mailSchema = z.object({
  id: z.uuid(),
  notificationId: z.uuid().nullable(),
  to: z.string(),
  from: z.string(),
  subject: z.string(),
  html: z.string(),
  text: z.string(),
  /** Extra headers the mail carried (List-Unsubscribe…). */
  headers: z.record(z.string(), z.string()),
  /**
   * The link's single-use token, sealed with the server's key (the html and text show it
   * redacted): useless without AUTH_SECRET, which development tools have.
   */
  sealedToken: z.string().nullable(),
  createdAt: z.string(),
});
export type MailView = z.infer<typeof mailSchema>;

export const listNotificationsQuery = z.object({
  status: z.enum(NOTIFICATION_STATUSES).optional().or(blankToUndefined),
  queue: z.enum(NOTIFICATION_QUEUES).optional().or(blankToUndefined),
  template: optionalText,
  /** Part of the recipient's address (case-insensitive). */
  recipient: optionalText,
  /** Created on or after this UTC day. */
  from: isoDay.optional().or(blankToUndefined),
  /** Created on or before this UTC day. */
  to: isoDay.optional().or(blankToUndefined),
  sort: z.enum(NOTIFICATION_SORTS).default("createdAt"),
  order: z.enum(["asc", "desc"]).default("desc"),
  page,
  pageSize,
});
export type ListNotificationsQuery = z.infer<typeof listNotificationsQuery>;

export const notificationSchema = z.object({
  id: z.uuid(),
  queue: z.enum(NOTIFICATION_QUEUES),
  template: z.string(),
  recipient: z.string(),
  status: z.enum(NOTIFICATION_STATUSES),
  attempts: z.number().int(),
  nextAttemptAt: z.string(),
  lastError: z.string().nullable(),
  sentAt: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type NotificationView = z.infer<typeof notificationSchema>;

const countsByStatus = z.object(
  Object.fromEntries(NOTIFICATION_STATUSES.map((s) => [s, z.number().int()])) as Record<
    (typeof NOTIFICATION_STATUSES)[number],
    z.ZodNumber
  >,
);
export const countsSchema = z.object({
  byStatus: countsByStatus,
  byQueue: z.object({ vip: countsByStatus, default: countsByStatus }),
  total: z.number().int(),
});
export type NotificationCounts = z.infer<typeof countsSchema>;

export const notificationListSchema = z.object({
  items: z.array(notificationSchema),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
  counts: countsSchema,
});

export const attemptSchema = z.object({
  id: z.uuid(),
  ok: z.boolean(),
  error: z.string().nullable(),
  rateLimited: z.boolean(),
  durationMs: z.number().int(),
  createdAt: z.string(),
});
export const notificationDetailSchema = notificationSchema.extend({
  payload: z.record(z.string(), z.unknown()),
  idempotencyKey: z.string(),
  providerMessageId: z.string().nullable(),
  attemptsLog: z.array(attemptSchema),
});
export type NotificationDetail = z.infer<typeof notificationDetailSchema>;

export const changeNotificationSchema = z.object({
  status: z.enum(MANUAL_TARGETS, { message: "Choose sent or deleted." }),
});
export type ChangeNotificationInput = z.infer<typeof changeNotificationSchema>;

export const serviceStatusSchema = z.object({
  generatedAt: z.string(),
  provider: z.object({ name: z.enum(["resend", "mailbox"]), configured: z.boolean(), baseUrl: z.string().nullable() }),
  uptime: z.object({ startedAt: z.string(), seconds: z.number().int() }),
  lastSuccessfulSendAt: z.string().nullable(),
  lastHour: z.object({
    sent: z.number().int(),
    failed: z.number().int(),
    attempts: z.number().int(),
    failedAttempts: z.number().int(),
    failureRate: z.number(),
  }),
  last24h: z.object({
    sent: z.number().int(),
    failed: z.number().int(),
    attempts: z.number().int(),
    failedAttempts: z.number().int(),
    failureRate: z.number(),
  }),
  queues: z.object({
    vip: z.object({ pending: z.number().int(), sending: z.number().int() }),
    default: z.object({ pending: z.number().int(), sending: z.number().int() }),
  }),
  oldestPendingAgeSeconds: z.number().nullable(),
  lastRun: z
    .object({
      startedAt: z.string(),
      finishedAt: z.string(),
      durationMs: z.number().int(),
      claimed: z.number().int(),
      sent: z.number().int(),
      failed: z.number().int(),
      retried: z.number().int(),
      recovered: z.number().int(),
    })
    .nullable(),
  verdict: z.enum(["ok", "degraded", "down"]),
  reasons: z.array(z.string()),
  thresholds: z.object({
    degraded: z.object({
      failureRate: z.number(),
      failureRate24h: z.number().nullable(),
      lagSeconds: z.number(),
      dispatcherSilentSeconds: z.number(),
    }),
    down: z.object({
      failureRate: z.number(),
      failureRate24h: z.number().nullable(),
      lagSeconds: z.number(),
      dispatcherSilentSeconds: z.number(),
    }),
    minAttemptsForRate: z.number().int(),
  }),
});
export type ServiceStatus = z.infer<typeof serviceStatusSchema>;

/** Send a failed notification again, optionally to a corrected address (a typo in it). */
export const retryNotificationSchema = z.object({
  recipient: z
    .string()
    .trim()
    .toLowerCase()
    .pipe(z.email({ error: "Enter a valid email address." }))
    .optional(),
});
export type RetryNotificationInput = z.infer<typeof retryNotificationSchema>;
