// No "server-only" marker: proxy.ts (compiled outside the react-server layer) reads it too.
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { randomBytes } from "node:crypto";
import path from "node:path";
import { z } from "zod";
import { ensurePrivateDir } from "./private-dir";

// Parsed once; the application reads its configuration through getEnv(). Three places read
// process.env themselves, on purpose, because getEnv() may generate and write the embedded
// secrets: db/client.ts (DATABASE_URL, DATA_DIR) and lib/monitoring/logger.ts (LOG_LEVEL),
// which run before or without those secrets, and app/layout.tsx (APP_URL for metadata),
// which is evaluated by `next build`.
const schema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  DATABASE_URL: z.url().optional(),
  DATA_DIR: z.string().min(1).default(".data"),
  AUTH_SECRET: z.string().min(32, "AUTH_SECRET must be at least 32 characters").optional(),
  CRON_SECRET: z.string().min(16, "CRON_SECRET must be at least 16 characters").optional(),
  APP_URL: z.url().default("http://localhost:3000"),
  RESEND_API_KEY: z.string().min(1).optional(),
  RESEND_BASE_URL: z.url().optional(),
  EMAIL_FROM: z.string().min(3).default("AstroBookings <no-reply@astrobookings.test>"),
  // The built-in mailbox is a development transport: in production only when asked for.
  MAILBOX: z.enum(["on", "off"]).optional(),
  SYNC_TARGET_URL: z.url().optional(),
  LOG_RETENTION_DAYS: z.coerce.number().int().positive().default(90),
  LOG_LEVEL: z.enum(["debug", "info", "warn", "error", "silent"]).default("info"),
  // Embedded mode runs the cron handlers in-process; set to "off" to disable (tests).
  SCHEDULER: z.enum(["on", "off"]).default("on"),
  // Who takes the money: the sandbox's test cards, or Stripe Checkout (docs/payments.md).
  PAYMENT_PROVIDER: z.enum(["sandbox", "stripe"]).default("sandbox"),
  STRIPE_SECRET_KEY: z.string().min(1).optional(),
  STRIPE_WEBHOOK_SECRET: z.string().min(1).optional(),
  // Where the Stripe SDK sends its calls (a local stand-in); unset → Stripe itself.
  STRIPE_API_BASE: z.url().optional(),
  // Which address the per-address limits count (lib/auth/client-ip.ts): the N-th entry from
  // the right of X-Forwarded-For, the connection's own address being entry 0.
  TRUST_PROXY_HOPS: z.coerce.number().int().min(0).max(10).default(0),
  // "vercel": the platform's own x-real-ip instead (it overwrites what a client sends).
  TRUST_PROXY: z.enum(["vercel"]).optional(),
});

/** The Stripe SDK's connection options, from STRIPE_API_BASE (none: the SDK's own api.stripe.com). */
export interface StripeApiTarget {
  host: string;
  port: number;
  protocol: "http" | "https";
}

export function stripeApiTarget(base: string | undefined): StripeApiTarget | undefined {
  if (!base) return undefined;
  const url = new URL(base);
  const protocol = url.protocol === "http:" ? "http" : "https";
  return { host: url.hostname, port: url.port ? Number(url.port) : protocol === "http" ? 80 : 443, protocol };
}

/** With PAYMENT_PROVIDER=stripe the start-up stops here, naming every missing setting. */
function assertPaymentSettings(e: z.infer<typeof schema>): void {
  if (e.PAYMENT_PROVIDER !== "stripe") return;
  const missing = (["STRIPE_SECRET_KEY", "STRIPE_WEBHOOK_SECRET"] as const).filter((name) => !e[name]);
  if (missing.length)
    throw new Error(
      `PAYMENT_PROVIDER=stripe needs ${missing.join(" and ")}: set ${missing.length > 1 ? "them" : "it"} in the environment (docs/payments.md).`,
    );
}

export type Env = z.infer<typeof schema> & { AUTH_SECRET: string; CRON_SECRET: string; embedded: boolean };

/** Secrets the embedded demo generates once and keeps beside its database. */
function embeddedSecret(dataDir: string, name: string): string {
  const file = path.join(dataDir, "secrets.json");
  ensurePrivateDir(dataDir);
  const stored: Record<string, string> = existsSync(file) ? JSON.parse(readFileSync(file, "utf8")) : {};
  if (!stored[name]) {
    stored[name] = randomBytes(32).toString("base64url");
    writeFileSync(file, JSON.stringify(stored, null, 2), { mode: 0o600 });
  }
  return stored[name];
}

export function parseEnv(source: NodeJS.ProcessEnv): Env {
  const parsed = schema.safeParse(source);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`);
    throw new Error(`Invalid configuration:\n${lines.join("\n")}`);
  }
  const e = parsed.data;
  assertPaymentSettings(e);
  if (e.TRUST_PROXY && e.TRUST_PROXY_HOPS > 0) {
    throw new Error(
      "Invalid configuration:\n  TRUST_PROXY_HOPS: set either TRUST_PROXY=vercel or TRUST_PROXY_HOPS, not both.",
    );
  }
  const embedded = !e.DATABASE_URL;
  const secret = (name: "AUTH_SECRET" | "CRON_SECRET"): string => {
    const value = e[name];
    if (value) return value;
    if (!embedded && e.NODE_ENV === "production") {
      throw new Error(
        `${name} is missing: set it in the environment (at least 32 random characters) before starting with DATABASE_URL in production.`,
      );
    }
    return embeddedSecret(e.DATA_DIR, name);
  };
  return { ...e, AUTH_SECRET: secret("AUTH_SECRET"), CRON_SECRET: secret("CRON_SECRET"), embedded };
}

let cached: Env | undefined;
/** Whether mails without RESEND_API_KEY go to the built-in mailbox (off in production unless MAILBOX=on). */
export function mailboxEnabled(env: Pick<Env, "NODE_ENV" | "MAILBOX">): boolean {
  return env.MAILBOX ? env.MAILBOX === "on" : env.NODE_ENV !== "production";
}

export function getEnv(): Env {
  cached ??= parseEnv(process.env);
  return cached;
}
