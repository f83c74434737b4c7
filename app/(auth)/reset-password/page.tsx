import type { Metadata } from "next";
import Link from "next/link";
import { Alert } from "@/components/ui/alert";
import { Card } from "@/components/ui/page";
import { ResetPasswordForm } from "./reset-password-form";

// The link's token stays out of referrers and logs of other sites.
export const metadata: Metadata = { title: "Choose a new password", robots: { index: false }, referrer: "no-referrer" };

export default async function ResetPasswordPage({ searchParams }: { searchParams: Promise<{ token?: string }> }) {
  const token = (await searchParams).token ?? "";
  return (
    <main className="mx-auto w-full max-w-md px-4 py-12">
      <h1 className="mb-2 text-2xl font-semibold">Choose a new password</h1>
      <p className="mb-6 text-slate-600">Saving it signs you out everywhere; then sign in with the new password.</p>
      <Card>
        {token ? (
          <ResetPasswordForm token={token} />
        ) : (
          <Alert tone="error">
            This link is incomplete. Open the whole link from the email, or{" "}
            <Link href="/forgot-password" className="font-medium underline">
              ask for a new one
            </Link>
            .
          </Alert>
        )}
      </Card>
    </main>
  );
}
