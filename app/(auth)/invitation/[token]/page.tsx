import type { Metadata } from "next";
import Link from "next/link";
import { Alert } from "@/components/ui/alert";
import { Card } from "@/components/ui/page";
import { webContext } from "@/lib/auth/current-user";
import { findOpenInvitation } from "@/lib/auth/invitations";
import { InvitationForm } from "./invitation-form";

export const metadata: Metadata = { title: "Accept your invitation", robots: { index: false } };

const ROLE_LABEL = { employee: "employee (finance)", it: "IT employee" } as const;

// The link of the invitation mail: a registration form for the invited role, email fixed.
export default async function InvitationPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const invitation = await findOpenInvitation(await webContext(null), token);
  return (
    <main className="mx-auto w-full max-w-md px-4 py-12">
      <h1 className="mb-6 text-2xl font-semibold">Join AstroBookings</h1>
      <Card>
        {invitation ? (
          <div className="space-y-4">
            <p className="text-slate-700">
              You are invited as <strong>{ROLE_LABEL[invitation.role]}</strong>. Choose your name and password to create
              your account.
            </p>
            <InvitationForm token={token} email={invitation.email} />
          </div>
        ) : (
          <div className="space-y-4">
            <Alert tone="error">
              This invitation is not valid any more: it was used, has expired, or the link is incomplete.
            </Alert>
            <p className="text-sm text-slate-600">Ask an IT employee to send you a new invitation.</p>
            <Link href="/login" className="text-sm font-medium text-brand-700 underline">
              Go to sign in
            </Link>
          </div>
        )}
      </Card>
    </main>
  );
}
