ALTER TABLE "dispatcher_runs" ADD COLUMN "retried" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "dispatcher_runs" ADD COLUMN "recovered" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "dispatcher_runs" ADD COLUMN "transport" text DEFAULT 'mailbox' NOT NULL;--> statement-breakpoint
ALTER TABLE "notification_attempts" ADD COLUMN "rate_limited" boolean DEFAULT false NOT NULL;--> statement-breakpoint
CREATE INDEX "dispatcher_runs_started_idx" ON "dispatcher_runs" USING btree ("started_at");--> statement-breakpoint
CREATE INDEX "notification_attempts_created_idx" ON "notification_attempts" USING btree ("created_at");--> statement-breakpoint
CREATE INDEX "notifications_sent_at_idx" ON "notifications" USING btree ("sent_at");