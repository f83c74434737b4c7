"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { useEffect, useRef } from "react";
import type { Role } from "@/db/schema";
import { HOME_BY_ROLE } from "@/lib/auth/rules";
import { SignOutButton } from "./sign-out-button";

export const ROLE_HOME_LABEL: Record<Role, string> = {
  traveler: "My bookings",
  agency: "Agency console",
  employee: "Finance",
  it: "IT console",
};

/**
 * One account menu for every role, so the header stays one row on a phone: a disclosure
 * (<details>, usable before the script loads) with the role's home, the account pages and
 * sign out. It closes on every navigation: the header lives in the layout, which a client-side
 * navigation keeps, so it would otherwise stay open over the next page.
 */
export function AccountMenu({ user }: { user: { name: string; role: Role } }) {
  const menu = useRef<HTMLDetailsElement>(null);
  const pathname = usePathname();
  useEffect(() => {
    if (menu.current) menu.current.open = false;
  }, [pathname]);
  return (
    <details ref={menu} className="group relative">
      <summary className="flex cursor-pointer list-none items-center gap-1 rounded px-2 py-1 text-slate-100 hover:bg-white/10 [&::-webkit-details-marker]:hidden">
        {/* "Account" on a phone, the name from sm up: the header must fit one row at 375 px. */}
        <span className="sm:hidden">Account</span>
        <span className="hidden max-w-[9rem] truncate sm:inline">{user.name}</span>
        <svg aria-hidden="true" viewBox="0 0 20 20" className="size-4 transition group-open:rotate-180">
          <path d="M5 8l5 5 5-5" fill="none" stroke="currentColor" strokeWidth="2" />
        </svg>
        <span className="sr-only"> menu</span>
      </summary>
      <div className="absolute right-0 z-20 mt-2 w-52 rounded-md border border-slate-200 bg-white py-1 text-slate-800 shadow-lg">
        <Link href={HOME_BY_ROLE[user.role]} className="block px-4 py-2 hover:bg-slate-100">
          {ROLE_HOME_LABEL[user.role]}
        </Link>
        <Link href="/account/password" className="block px-4 py-2 hover:bg-slate-100">
          Change password
        </Link>
        <div className="border-t border-slate-100">
          <SignOutButton className="block w-full px-4 py-2 text-left hover:bg-slate-100" />
        </div>
      </div>
    </details>
  );
}
