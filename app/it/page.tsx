import { Page } from "@/components/ui/page";
import { requireRole } from "@/lib/auth/current-user";
import { AREA_ROLES } from "@/lib/auth/rules";

export const metadata = { title: "IT console" };

export default async function ItHome() {
  const user = await requireRole(AREA_ROLES.it);
  return (
    <Page title="IT console" description={`Welcome, ${user.name}. Notifications, data sync and system logs.`}>
      {null}
    </Page>
  );
}
