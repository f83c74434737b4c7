import { Page } from "@/components/ui/page";
import { requireRole } from "@/lib/auth/current-user";
import { AREA_ROLES } from "@/lib/auth/rules";

export const metadata = { title: "My bookings" };

export default async function TravelerHome() {
  const user = await requireRole(AREA_ROLES.traveler);
  return <Page title="My bookings" description={`Welcome, ${user.name}. Your bookings and trips will appear here.`}>{null}</Page>;
}
