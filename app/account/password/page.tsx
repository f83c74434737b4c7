import type { Metadata } from "next";
import { connection } from "next/server";
import { Alert } from "@/components/ui/alert";
import { Card } from "@/components/ui/page";
import { requirePageRole } from "@/lib/auth/current-user";
import { ALL_ROLES } from "@/lib/auth/rules";
import { ChangePasswordForm } from "./change-password-form";

export const metadata: Metadata = { title: "Change password", robots: { index: false } };

// Every signed-in role changes its own password here; the action checks the session again.
export default async function ChangePasswordPage({ searchParams }: { searchParams: Promise<{ changed?: string }> }) {
  await connection();
  const user = await requirePageRole(ALL_ROLES, "/account/password");
  const changed = (await searchParams).changed === "1";
  return (
    <main className="mx-auto w-full max-w-xl px-4 py-10">
      <h1 className="mb-2 text-2xl font-semibold tracking-tight text-slate-900">Change password</h1>
      <p className="mb-2 text-slate-600">
        Signed in as <span className="font-medium text-slate-900">{user.email}</span>.
      </p>
      <p className="mb-6 text-slate-600">
        Changing your password signs you out everywhere else: every other browser and every API token stops working at
        once and must sign in again with the new password. This device stays signed in.
      </p>
      {changed ? (
        <div className="mb-6">
          <Alert tone="success">
            Your password has been changed. You stay signed in on this device; every other browser and every API token
            has been signed out and must sign in with the new password.
          </Alert>
        </div>
      ) : null}
      <Card>
        {/* A new key after the redirect: the form starts empty again. */}
        <ChangePasswordForm key={changed ? "changed" : "form"} />
      </Card>
    </main>
  );
}
