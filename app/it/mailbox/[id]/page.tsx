import Link from "next/link";
import { notFound } from "next/navigation";
import type { Metadata } from "next";
import { LocalDateTime } from "@/components/ui/local-date-time";
import { MailPreview } from "@/components/notifications/mail-preview";
import { Card, Page } from "@/components/ui/page";
import { requirePageRole, webContext } from "@/lib/auth/current-user";
import { isDomainError } from "@/lib/errors";
import { getMail } from "@/lib/notifications/mailbox-queries";

export const metadata: Metadata = { title: "Mail" };

export default async function MailPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requirePageRole(["it"]);
  const { id } = await params;
  const mail = await getMail(await webContext(actor), id).catch((error: unknown) => {
    if (isDomainError(error) && error.code === "not_found") notFound();
    throw error;
  });
  return (
    <Page
      title={mail.subject}
      description={
        <Link href="/it/mailbox" className="text-brand-700 underline">
          ← Back to the mailbox
        </Link>
      }
    >
      <Card className="mb-6">
        <dl className="grid grid-cols-1 gap-2 text-sm sm:grid-cols-[8rem_1fr]">
          <dt className="text-slate-600">From</dt>
          <dd className="break-all">{mail.from}</dd>
          <dt className="text-slate-600">To</dt>
          <dd className="break-all">{mail.to}</dd>
          <dt className="text-slate-600">Delivered</dt>
          <dd>
            <LocalDateTime iso={mail.createdAt} withSeconds />
          </dd>
          {mail.notificationId ? (
            <>
              <dt className="text-slate-600">Notification</dt>
              <dd>
                <Link href={`/it/notifications/${mail.notificationId}`} className="text-brand-700 underline">
                  Open the notification
                </Link>
              </dd>
            </>
          ) : null}
        </dl>
      </Card>
      <Card>
        <MailPreview mail={mail} title={mail.subject} />
      </Card>
    </Page>
  );
}
