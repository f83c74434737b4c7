import type { Metadata } from "next";
import { Card } from "@/components/ui/page";
import { UnsubscribeButton } from "./unsubscribe-button";

export const metadata: Metadata = { title: "Unsubscribe", robots: { index: false }, referrer: "no-referrer" };

// The visible link of a VIP alert: one button (a GET never unsubscribes; mail scanners follow links).
export default async function UnsubscribePage({ searchParams }: { searchParams: Promise<{ token?: string }> }) {
  const token = (await searchParams).token ?? "";
  return (
    <main className="mx-auto w-full max-w-md px-4 py-12">
      <h1 className="mb-6 text-2xl font-semibold">Stop new-launch alerts</h1>
      <Card>
        <p className="mb-4 text-sm text-slate-700">
          You will no longer get an email when an agency schedules a new launch. Mails about your bookings keep coming.
        </p>
        <UnsubscribeButton token={token} />
      </Card>
    </main>
  );
}
