import { AreaShell } from "@/components/layout/area-shell";
import { IT_NAV } from "@/components/layout/area-nav";
import { requirePageRole } from "@/lib/auth/current-user";
import { AREA_ROLES } from "@/lib/auth/rules";

// Comfort only: every page, action and route handler below checks the role again.
export default async function Layout({ children }: { children: React.ReactNode }) {
  await requirePageRole(AREA_ROLES.it);
  return (
    <AreaShell title="IT console" nav={IT_NAV}>
      {children}
    </AreaShell>
  );
}
