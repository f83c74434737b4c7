import Link from "next/link";
import { Card, Page } from "@/components/ui/page";
import { requirePageRole } from "@/lib/auth/current-user";
import { AREA_ROLES } from "@/lib/auth/rules";

export const metadata = { title: "Finance" };

const LINKS = [
  { href: "/finance/invoices", title: "Invoices", text: "Generate, follow and collect the fees of finished launches." },
  {
    href: "/finance/reports/agencies",
    title: "Agency revenue",
    text: "One agency's launches, revenue and fees by month, quarter or year.",
  },
  {
    href: "/finance/reports/annual",
    title: "Annual report",
    text: "Fees received, pending and projected, by month and by agency.",
  },
];

export default async function FinanceHome() {
  const user = await requirePageRole(AREA_ROLES.finance);
  return (
    <Page title="Finance" description={`Welcome, ${user.name}. Invoices, payments and revenue reports.`}>
      <div className="grid gap-4 sm:grid-cols-3">
        {LINKS.map((l) => (
          <Card key={l.href}>
            <h2 className="font-semibold">
              <Link href={l.href} className="text-brand-700 underline">
                {l.title}
              </Link>
            </h2>
            <p className="mt-1 text-sm text-slate-600">{l.text}</p>
          </Card>
        ))}
      </div>
    </Page>
  );
}
