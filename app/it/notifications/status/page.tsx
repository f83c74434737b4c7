import Link from "next/link";
import type { Metadata } from "next";
import { Page } from "@/components/ui/page";
import { requirePageRole, webContext } from "@/lib/auth/current-user";
import { STATUS_POLL_SECONDS } from "@/lib/notifications/rules";
import { getServiceStatus } from "@/lib/notifications/service-status";
import { providerInfo } from "@/lib/notifications/transport";
import { LiveStatus } from "./live-status";

export const metadata: Metadata = { title: "Notification service status" };

export default async function StatusPage() {
  const actor = await requirePageRole(["it"]);
  const initial = await getServiceStatus(await webContext(actor), providerInfo(), process.uptime());
  return (
    <Page
      title="Notification service status"
      description={
        <Link href="/it/notifications" className="text-brand-700 underline">
          ← Back to the notifications
        </Link>
      }
    >
      <LiveStatus initial={initial} pollSeconds={STATUS_POLL_SECONDS} />
    </Page>
  );
}
