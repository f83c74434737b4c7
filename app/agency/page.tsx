import { Page } from "@/components/ui/page";
import { requireRole } from "@/lib/auth/current-user";
import { AREA_ROLES } from "@/lib/auth/rules";

export const metadata = { title: "Agency console" };

export default async function AgencyHome() {
  const user = await requireRole(AREA_ROLES.agency);
  return <Page title="Agency console" description={`Welcome, ${user.name}. Manage your profile, rockets and launches.`}>{null}</Page>;
}
