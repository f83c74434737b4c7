import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { Card } from "@/components/ui/page";
import { getCurrentUser } from "@/lib/auth/current-user";
import { HOME_BY_ROLE } from "@/lib/auth/rules";
import { AgencyForm } from "./agency-form";
import { TravelerForm } from "./traveler-form";

export const metadata: Metadata = { title: "Create an account" };

// Visitors choose traveler or agency; employee and IT accounts come only from an invitation.
export default async function RegisterPage({ searchParams }: { searchParams: Promise<{ as?: string }> }) {
  const user = await getCurrentUser();
  if (user) redirect(HOME_BY_ROLE[user.role]);
  const kind = (await searchParams).as === "agency" ? "agency" : "traveler";
  const tab = (value: "traveler" | "agency", label: string) => (
    <Link
      href={value === "agency" ? "/register?as=agency" : "/register"}
      aria-current={kind === value ? "page" : undefined}
      className={`flex-1 rounded-md px-4 py-2 text-center text-sm font-medium ${kind === value ? "bg-brand-600 text-white" : "text-slate-700 hover:bg-slate-100"}`}
    >
      {label}
    </Link>
  );
  return (
    <main className="mx-auto w-full max-w-xl px-4 py-10">
      <h1 className="mb-2 text-2xl font-semibold">Create an account</h1>
      <p className="mb-6 text-slate-600">We will email you a link to confirm your address.</p>
      <nav aria-label="Account type" className="mb-6 flex gap-2 rounded-lg border border-slate-200 bg-white p-1">
        {tab("traveler", "I am a traveler")}
        {tab("agency", "I run an agency")}
      </nav>
      <Card>{kind === "agency" ? <AgencyForm /> : <TravelerForm />}</Card>
      <p className="mt-4 text-center text-sm text-slate-600">
        Already registered?{" "}
        <Link href="/login" className="font-medium text-brand-700 underline">
          Sign in
        </Link>
      </p>
    </main>
  );
}
