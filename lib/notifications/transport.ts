import "server-only";
import { getEnv, mailboxEnabled } from "@/lib/env";
import { mailboxTransport } from "./transports/mailbox";
import { noTransport } from "./transports/none";
import { resendTransport } from "./transports/resend";
import type { Transport } from "./transports/types";

// The ONE place that picks how mail leaves the app: Resend when RESEND_API_KEY is set,
// else the built-in mailbox where it is allowed (never silently in production), else none.
// One Resend client per process (it paces its own requests).
const globalForTransport = globalThis as unknown as { __astroTransport?: Transport };

export function getTransport(): Transport {
  if (!globalForTransport.__astroTransport) {
    const env = getEnv();
    globalForTransport.__astroTransport = env.RESEND_API_KEY
      ? resendTransport({ apiKey: env.RESEND_API_KEY, baseUrl: env.RESEND_BASE_URL })
      : mailboxEnabled(env)
        ? mailboxTransport()
        : noTransport();
  }
  return globalForTransport.__astroTransport;
}

/** What the status page shows about the provider. */
export function providerInfo(): { provider: "resend" | "mailbox"; configured: boolean; baseUrl: string | null } {
  const env = getEnv();
  if (env.RESEND_API_KEY)
    return { provider: "resend", configured: true, baseUrl: env.RESEND_BASE_URL ?? "https://api.resend.com" };
  return { provider: "mailbox", configured: mailboxEnabled(env), baseUrl: null };
}
