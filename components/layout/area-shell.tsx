import Link from "next/link";
import type { ReactNode } from "react";

export interface NavItem {
  href: string;
  label: string;
}

/** The frame of a role area: its name, a navigation bar that wraps on a phone, the page. */
export function AreaShell({ title, nav, children }: { title: string; nav: NavItem[]; children: ReactNode }) {
  return (
    <div className="flex flex-col">
      <div className="border-b border-slate-200 bg-white">
        <nav
          aria-label={title}
          className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-5 gap-y-2 px-4 py-3 text-sm"
        >
          <span className="font-semibold text-slate-900">{title}</span>
          {nav.map((item) => (
            <Link key={item.href} href={item.href} className="text-slate-700 hover:text-brand-700 hover:underline">
              {item.label}
            </Link>
          ))}
        </nav>
      </div>
      {children}
    </div>
  );
}
