ALTER TABLE "notifications" ADD COLUMN "lease_owner" uuid;--> statement-breakpoint
ALTER TABLE "notifications" ADD COLUMN "send_key" text;--> statement-breakpoint
ALTER TABLE "notifications" ADD COLUMN "rendered" jsonb;--> statement-breakpoint
CREATE INDEX "notifications_send_key_idx" ON "notifications" USING btree ("send_key") WHERE "notifications"."send_key" is not null;