import type { Metadata } from "next";
import Link from "next/link";
import { Alert } from "@/components/ui/alert";
import { buttonClass } from "@/components/ui/button";
import { Card } from "@/components/ui/page";
import { confirmEmail } from "@/lib/auth/confirm-email";
import { getCurrentUser, webContext } from "@/lib/auth/current-user";
import { HOME_BY_ROLE } from "@/lib/auth/rules";
import { isDomainError } from "@/lib/errors";

export const metadata: Metadata = { title: "Confirm your email", robots: { index: false } };

type Outcome = { ok: true; changedTo?: string } | { ok: false; message: string };

async function consume(token: string | undefined): Promise<Outcome> {
  if (!token)
    return { ok: false, message: "This confirmation link is incomplete. Open the whole link from the email." };
  try {
    const done = await confirmEmail(await webContext(null), token);
    return { ok: true, changedTo: done.changed ? done.email : undefined };
  } catch (error) {
    if (isDomainError(error)) return { ok: false, message: error.message };
    throw error;
  }
}

// The link of the verify_email mail: consumes the single-use token and shows the result.
export default async function ConfirmEmailPage({ searchParams }: { searchParams: Promise<{ token?: string }> }) {
  const outcome = await consume((await searchParams).token);
  const user = await getCurrentUser();
  const next = user ? { href: HOME_BY_ROLE[user.role], label: "Continue" } : { href: "/login", label: "Sign in" };
  return (
    <main className="mx-auto w-full max-w-md px-4 py-12">
      <h1 className="mb-6 text-2xl font-semibold">
        {outcome.ok ? "Email confirmed" : "We could not confirm your email"}
      </h1>
      <Card>
        <div className="space-y-4">
          {outcome.ok ? (
            <Alert tone="success">
              {outcome.changedTo
                ? `Your account's email is now ${outcome.changedTo}: sign in with it from now on.`
                : "Thank you: your email address is confirmed."}
            </Alert>
          ) : (
            <Alert tone="error">{outcome.message}</Alert>
          )}
          {!outcome.ok && user ? (
            <p className="text-sm text-slate-600">You can ask for a new link from the banner at the top of the page.</p>
          ) : null}
          <Link href={next.href} className={buttonClass("primary", "w-full")}>
            {next.label}
          </Link>
        </div>
      </Card>
    </main>
  );
}
