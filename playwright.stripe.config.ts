// The journeys of stripe mode: the same app started with PAYMENT_PROVIDER=stripe against the
// local Stripe stand-in (scripts/e2e-server.ts), running only e2e/stripe-*.spec.ts.
//   npx playwright test -c playwright.stripe.config.ts
process.env.E2E_PAYMENT_PROVIDER = "stripe";
const { default: base } = await import("./playwright.config");

const stripeConfig = { ...base, testMatch: "**/stripe-*.spec.ts", testIgnore: [] };
export default stripeConfig;
