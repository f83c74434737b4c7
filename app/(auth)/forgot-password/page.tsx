import type { Metadata } from "next";
import Link from "next/link";
import { Card } from "@/components/ui/page";
import { ForgotPasswordForm } from "./forgot-password-form";

export const metadata: Metadata = { title: "Forgot your password?", robots: { index: false } };

export default function ForgotPasswordPage() {
  return (
    <main className="mx-auto w-full max-w-md px-4 py-12">
      <h1 className="mb-2 text-2xl font-semibold">Forgot your password?</h1>
      <p className="mb-6 text-slate-600">
        Enter the email of your account. We will send it a link to choose a new password; the link works once, for 1
        hour.
      </p>
      <Card>
        <ForgotPasswordForm />
      </Card>
      <p className="mt-4 text-center text-sm text-slate-600">
        <Link href="/login" className="font-medium text-brand-700 underline">
          Back to sign in
        </Link>
      </p>
    </main>
  );
}
