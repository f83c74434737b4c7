import { AreaShell } from "@/components/layout/area-shell";
import { FINANCE_NAV } from "@/components/layout/area-nav";
import { requirePageRole } from "@/lib/auth/current-user";
import { AREA_ROLES } from "@/lib/auth/rules";

// Comfort only: every page, action and route handler below checks the role again.
export default async function Layout({ children }: { children: React.ReactNode }) {
  await requirePageRole(AREA_ROLES.finance);
  return (
    <AreaShell title="Finance" nav={FINANCE_NAV}>
      {children}
    </AreaShell>
  );
}
