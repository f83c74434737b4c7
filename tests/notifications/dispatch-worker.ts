// A dispatcher instance in its own process, for the killed-dispatcher test: passes against
// DATABASE_URL through the Resend stub at RESEND_BASE_URL until nothing is due.
// Run with: tsx --import ./scripts/hooks/server-only.mjs tests/notifications/dispatch-worker.ts
import { openPostgres } from "@/db/client";
import { createContext } from "@/lib/context";
import { dispatchNotifications } from "@/lib/notifications/dispatcher";
import { resendTransport } from "@/lib/notifications/transports/resend";

const handle = openPostgres(process.env.DATABASE_URL!, 2);
const transport = resendTransport({
  apiKey: process.env.RESEND_API_KEY!,
  baseUrl: process.env.RESEND_BASE_URL,
  requestsPerSecond: 0,
});
for (;;) {
  const ctx = createContext({ db: handle.db, origin: "cron:notifications", now: new Date() });
  const r = await dispatchNotifications(ctx, { transport, appUrl: "http://instance-a.test", from: "a@astro.test" });
  if (r.claimed === 0) break;
}
await handle.close();
