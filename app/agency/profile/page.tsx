import { connection } from "next/server";
import { ProfileForm } from "@/components/agency/profile-form";
import { Card, Page } from "@/components/ui/page";
import { getAgencyProfile } from "@/lib/agencies/profile";
import { requirePageRole, webContext } from "@/lib/auth/current-user";
import { AREA_ROLES } from "@/lib/auth/rules";
import { updateProfileAction } from "./actions";

export const metadata = { title: "Agency profile" };

export default async function ProfilePage() {
  await connection();
  const user = await requirePageRole(AREA_ROLES.agency);
  const profile = await getAgencyProfile(await webContext(user));
  return (
    <Page
      title="Agency profile"
      description="Travelers see your name and description; finance invoices your billing data."
    >
      <Card>
        <ProfileForm profile={profile} submit={updateProfileAction} />
      </Card>
    </Page>
  );
}
