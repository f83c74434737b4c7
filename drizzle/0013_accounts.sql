CREATE TABLE "password_reset_requests" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"email" text NOT NULL,
	"ip" text NOT NULL,
	"mailed" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "booking_seats" ALTER COLUMN "passenger_date_of_birth" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "email_tokens" ADD COLUMN "new_email" text;--> statement-breakpoint
ALTER TABLE "invitations" ADD COLUMN "revoked_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "vip_alerts" boolean DEFAULT true NOT NULL;--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "disabled_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "deleted_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "mailbox" ADD COLUMN "headers" jsonb;--> statement-breakpoint
ALTER TABLE "mailbox" ADD COLUMN "sealed_token" text;--> statement-breakpoint
ALTER TABLE "notifications" ADD COLUMN "sealed_token" text;--> statement-breakpoint
CREATE INDEX "password_reset_requests_email_idx" ON "password_reset_requests" USING btree ("email","created_at");--> statement-breakpoint
CREATE INDEX "password_reset_requests_ip_idx" ON "password_reset_requests" USING btree ("ip","created_at");--> statement-breakpoint
CREATE INDEX "email_tokens_user_idx" ON "email_tokens" USING btree ("user_id","purpose","created_at");--> statement-breakpoint
-- Links written before tokens were sealed: redact them in the outbox and in the mailbox,
-- so no whole invitation or confirmation link stays readable (a redacted one asks for a new link).
UPDATE "notifications" SET "payload" = jsonb_set("payload", '{path}', to_jsonb(regexp_replace("payload"->>'path', '(token=|/invitation/)[A-Za-z0-9_%-]+', '\1[redacted]')))
  WHERE "template" IN ('verify_email', 'invitation') AND "payload" ? 'path';--> statement-breakpoint
UPDATE "mailbox" SET
  "html" = regexp_replace("html", '(confirm-email\?token=|/invitation/)[A-Za-z0-9_%-]+', '\1[redacted]', 'g'),
  "text" = regexp_replace("text", '(confirm-email\?token=|/invitation/)[A-Za-z0-9_%-]+', '\1[redacted]', 'g')
  WHERE "html" ~ '(confirm-email\?token=|/invitation/)' OR "text" ~ '(confirm-email\?token=|/invitation/)';
