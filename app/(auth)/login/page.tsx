import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { Alert } from "@/components/ui/alert";
import { Card } from "@/components/ui/page";
import { getCurrentUser } from "@/lib/auth/current-user";
import { HOME_BY_ROLE, safeCallbackPath } from "@/lib/auth/rules";
import { LoginForm } from "./login-form";

export const metadata: Metadata = { title: "Sign in", robots: { index: false } };

export default async function LoginPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const params = await searchParams;
  const user = await getCurrentUser();
  if (user) redirect(safeCallbackPath(params.callbackUrl, HOME_BY_ROLE[user.role]));
  return (
    <main className="mx-auto w-full max-w-md px-4 py-12">
      <h1 className="mb-6 text-2xl font-semibold">Sign in</h1>
      <Card>
        <div className="space-y-4">
          {params.signedOut ? <Alert tone="success">You have signed out.</Alert> : null}
          {params.reset ? (
            <Alert tone="success">
              Your password has been changed and every session signed out. Sign in with it now.
            </Alert>
          ) : null}
          {params.deleted ? (
            <Alert tone="success">Your account has been deleted. Thank you for flying with us.</Alert>
          ) : null}
          {params.emailChanged ? (
            <Alert tone="success">Your email address has been changed. Sign in with the new address.</Alert>
          ) : null}
          {params.callbackUrl && !params.signedOut ? <Alert>Please sign in to continue.</Alert> : null}
          <LoginForm callbackUrl={params.callbackUrl} />
          <p className="text-sm">
            <Link href="/forgot-password" className="font-medium text-brand-700 underline">
              Forgot your password?
            </Link>
          </p>
        </div>
      </Card>
      <p className="mt-4 text-center text-sm text-slate-600">
        New here?{" "}
        <Link href="/register" className="font-medium text-brand-700 underline">
          Create an account
        </Link>
      </p>
    </main>
  );
}
