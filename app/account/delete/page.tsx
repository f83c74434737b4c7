import type { Metadata } from "next";
import Link from "next/link";
import { connection } from "next/server";
import { Alert } from "@/components/ui/alert";
import { Card } from "@/components/ui/page";
import { requirePageRole, webContext } from "@/lib/auth/current-user";
import { deletionPreview } from "@/lib/auth/delete-account";
import { ALL_ROLES } from "@/lib/auth/rules";
import { formatUsd } from "@/lib/money";
import { DeleteAccountForm } from "./delete-form";

export const metadata: Metadata = { title: "Delete my account", robots: { index: false } };

// What deleting does, shown before the password is asked: refunds per the policy, what is kept and why.
export default async function DeleteAccountPage() {
  await connection();
  const actor = await requirePageRole(ALL_ROLES, "/account/delete");
  const preview = await deletionPreview(await webContext(actor));
  return (
    <main className="mx-auto w-full max-w-2xl space-y-6 px-4 py-10">
      <h1 className="text-2xl font-semibold tracking-tight text-slate-900">Delete my account</h1>
      <Card>
        <h2 className="mb-3 text-lg font-semibold">What will happen</h2>
        {preview.cancellations.length ? (
          <>
            <p className="mb-2 text-sm text-slate-700">
              These upcoming bookings are cancelled, each refunded under the cancellation policy as of now:
            </p>
            <ul className="mb-3 space-y-1 text-sm" aria-label="Bookings that will be cancelled">
              {preview.cancellations.map((c) => (
                <li key={c.bookingId}>
                  <span className="font-medium">{c.reference}</span> ({c.launchTitle}, {c.launchDate.slice(0, 10)}):
                  paid {formatUsd(c.amountCents)}, refund {c.refundPercent} % = {formatUsd(c.refundCents)}
                </li>
              ))}
            </ul>
            <p className="mb-3 text-sm font-medium" data-testid="refund-total">
              Total refund: {formatUsd(preview.refundTotalCents)}, to the card that paid.
            </p>
          </>
        ) : (
          <p className="mb-3 text-sm text-slate-700">You have no upcoming paid booking to cancel.</p>
        )}
        <ul className="list-disc space-y-1 pl-5 text-sm text-slate-700">
          {preview.heldBookings ? <li>Your {preview.heldBookings} unpaid hold(s) are released at once.</li> : null}
          <li>You are signed out everywhere and can no longer sign in.</li>
          <li>
            Your name, email, phone, address, tax id, date of birth and your passengers&apos; details are erased, and so
            are the emails we sent you.
          </li>
          <li>
            Bookings, payments, refunds and invoices are kept, without your personal data: accounting law requires them.
          </li>
        </ul>
      </Card>
      {preview.blockedBy ? (
        <Alert tone="error">{preview.blockedBy}</Alert>
      ) : (
        <Card>
          <p className="mb-4 text-sm text-slate-700">This cannot be undone. Enter your password to confirm.</p>
          <DeleteAccountForm />
        </Card>
      )}
      <Link href="/account" className="text-sm text-brand-700 underline">
        ← Keep my account
      </Link>
    </main>
  );
}
