import type { Metadata } from "next";
import Link from "next/link";
import { Card } from "@/components/ui/page";
import { buttonClass } from "@/components/ui/button";
import { EMAIL_TOKEN_HOURS } from "@/lib/auth/rules";

export const metadata: Metadata = { title: "Check your email", robots: { index: false } };

export default async function CheckEmailPage({ searchParams }: { searchParams: Promise<{ email?: string }> }) {
  const email = (await searchParams).email;
  return (
    <main className="mx-auto w-full max-w-md px-4 py-12">
      <h1 className="mb-6 text-2xl font-semibold">Your account is ready</h1>
      <Card>
        <div className="space-y-4 text-slate-700">
          <p>
            We sent a confirmation link to <strong>{email ?? "your email address"}</strong>. Open it within{" "}
            {EMAIL_TOKEN_HOURS} hours to confirm your address.
          </p>
          <p>You can sign in already; until you confirm, we will remind you at the top of the page.</p>
          <Link href="/login" className={buttonClass("primary", "w-full")}>
            Sign in
          </Link>
        </div>
      </Card>
    </main>
  );
}
