// The local Stripe stand-in as a process, for the demo's optional stripe mode (docs/payments.md):
//   npx tsx scripts/stripe-stand-in.ts [port] [webhook URL]
// with STRIPE_WEBHOOK_SECRET set to the secret the app verifies with.
import { startStripeStandIn } from "./stripe-stand-in/server";

const port = Number(process.argv[2] ?? process.env.STRIPE_STAND_IN_PORT ?? 3850);
const webhook = process.argv[3] ?? "http://localhost:3000/api/v1/payments/stripe/webhook";
const webhookSecret = process.env.STRIPE_WEBHOOK_SECRET;
if (!webhookSecret) {
  console.error("Set STRIPE_WEBHOOK_SECRET (the same value the app gets) before starting the stand-in.");
  process.exit(1);
}
const standIn = await startStripeStandIn({ port, webhook, webhookSecret });
console.log(`Stripe stand-in on ${standIn.url}; webhooks to ${webhook}`);
const stop = () => void standIn.close().then(() => process.exit(0));
process.on("SIGTERM", stop);
process.on("SIGINT", stop);
