import type { Metadata } from "next";
import Link from "next/link";
import { connection } from "next/server";
import { Alert } from "@/components/ui/alert";
import { buttonClass } from "@/components/ui/button";
import { Card } from "@/components/ui/page";
import { requirePageRole, webContext } from "@/lib/auth/current-user";
import { getPreferences } from "@/lib/auth/preferences";
import { getMeDetails } from "@/lib/auth/profile";
import { ALL_ROLES } from "@/lib/auth/rules";
import { EmailForm } from "./email-form";
import { NameForm } from "./name-form";
import { PreferencesForm } from "./preferences-form";
import { ProfileForm } from "./profile-form";

export const metadata: Metadata = { title: "My account", robots: { index: false } };

function Section({ title, children }: { title: string; children: React.ReactNode }) {
  return (
    <Card>
      <h2 className="mb-4 text-lg font-semibold">{title}</h2>
      {children}
    </Card>
  );
}

// Every role's own account: profile, email, password, preferences, data export, deletion.
export default async function AccountPage() {
  await connection();
  const actor = await requirePageRole(ALL_ROLES, "/account");
  const ctx = await webContext(actor);
  const me = await getMeDetails(ctx);
  const prefs = me.role === "traveler" ? await getPreferences(ctx) : null;
  return (
    <main className="mx-auto w-full max-w-2xl space-y-6 px-4 py-10">
      <h1 className="text-2xl font-semibold tracking-tight text-slate-900">My account</h1>
      {me.pendingEmail ? (
        <Alert tone="warning">
          Your email is changing to <strong>{me.pendingEmail}</strong>: open the link we sent there. Until then, sign in
          with {me.email}.
        </Alert>
      ) : null}
      <Section title="Profile">
        {me.traveler ? (
          <>
            <ProfileForm
              initial={{
                name: me.name,
                phone: me.traveler.phone,
                address: me.traveler.address,
                country: me.traveler.country,
                taxId: me.traveler.taxId,
              }}
            />
            <p className="mt-4 text-sm text-slate-600">
              Date of birth: {me.traveler.dateOfBirth} (it cannot be changed here; contact support if it is wrong).
            </p>
          </>
        ) : (
          <>
            <NameForm name={me.name} />
            {me.role === "agency" ? (
              <p className="mt-4 text-sm text-slate-600">
                Your agency&apos;s details are on{" "}
                <Link href="/agency/profile" className="text-brand-700 underline">
                  the agency profile
                </Link>
                .
              </p>
            ) : null}
          </>
        )}
      </Section>
      <Section title="Email">
        <p className="mb-4 text-sm text-slate-600">
          You sign in with <span className="font-medium text-slate-900">{me.email}</span>. A new address needs your
          password and a click on the link we send to it; your current address gets a notice.
        </p>
        <EmailForm />
      </Section>
      <Section title="Password">
        <Link href="/account/password" className={buttonClass("secondary")}>
          Change password
        </Link>
      </Section>
      {prefs ? (
        <Section title="Notifications">
          <PreferencesForm vipAlerts={prefs.vipAlerts} />
        </Section>
      ) : null}
      <Section title="Your data">
        <p className="mb-4 text-sm text-slate-600">
          One JSON file with your profile, bookings, passengers, payments, refunds and the emails we sent you.
        </p>
        <a href="/account/export" className={buttonClass("secondary")} download>
          Download my data
        </a>
      </Section>
      <Section title="Delete my account">
        <p className="mb-4 text-sm text-slate-600">
          You will see what happens to your bookings and refunds before anything is deleted.
        </p>
        <Link href="/account/delete" className={buttonClass("danger")}>
          Delete my account…
        </Link>
      </Section>
    </main>
  );
}
