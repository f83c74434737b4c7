import "server-only";
import type { Job } from "./types";

export interface JobSpec {
  run: () => Promise<Job>;
  /** How often the embedded scheduler (instrumentation.ts) runs it. */
  everySeconds: number;
}

// GET /api/cron/<name> and the embedded scheduler both run these. Each job is imported
// lazily so that a route handler only loads the code it runs.
export const JOBS: Record<string, JobSpec> = {
  "invoice-reminders": {
    run: async () => (await import("@/lib/finance/reminders-job")).invoiceRemindersJob,
    everySeconds: 60,
  },
  notifications: {
    run: async () => (await import("@/lib/notifications/dispatch-job")).notificationsJob,
    everySeconds: 3,
  },
  "expire-holds": {
    run: async () => (await import("@/lib/bookings/expire-holds-job")).expireHoldsJob,
    everySeconds: 15,
  },
  sync: { run: async () => (await import("@/lib/sync/sync-job")).syncJob, everySeconds: 5 },
  "change-log-digest": {
    run: async () => (await import("@/lib/monitoring/change-log-digest")).changeLogDigestJob,
    everySeconds: 10,
  },
  "auth-retention": {
    run: async () => (await import("@/lib/auth/auth-retention-job")).authRetentionJob,
    everySeconds: 3600,
  },
  "payment-refunds": {
    run: async () => (await import("@/lib/payments/refunds-job")).paymentRefundsJob,
    everySeconds: 15,
  },
  "idempotency-retention": {
    run: async () => (await import("@/lib/payments/idempotency-retention-job")).idempotencyRetentionJob,
    everySeconds: 3600,
  },
  "log-retention": {
    run: async () => (await import("@/lib/monitoring/log-retention")).logRetentionJob,
    everySeconds: 3600,
  },
};
