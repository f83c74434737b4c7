import { Page } from "@/components/ui/page";
import { requireRole } from "@/lib/auth/current-user";
import { AREA_ROLES } from "@/lib/auth/rules";

export const metadata = { title: "Finance" };

export default async function FinanceHome() {
  const user = await requireRole(AREA_ROLES.finance);
  return <Page title="Finance" description={`Welcome, ${user.name}. Invoices, payments and revenue reports.`}>{null}</Page>;
}
