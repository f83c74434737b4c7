import Link from "next/link";
import { getCurrentUser } from "@/lib/auth/current-user";
import { HOME_BY_ROLE } from "@/lib/auth/rules";
import { SignOutButton } from "./sign-out-button";

const ROLE_LABEL = { traveler: "My trips", agency: "Agency console", employee: "Finance", it: "IT console" } as const;

export async function SiteHeader() {
  const user = await getCurrentUser();
  return (
    <header className="bg-space-950 text-white">
      <nav aria-label="Main" className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-6 gap-y-2 px-4 py-3">
        <Link href="/" className="text-lg font-semibold tracking-tight">
          <span aria-hidden="true">🚀 </span>AstroBookings
        </Link>
        <Link href="/" className="text-sm text-slate-200 hover:text-white">
          Launches
        </Link>
        <div className="ml-auto flex items-center gap-4 text-sm">
          {user ? (
            <>
              <Link href={HOME_BY_ROLE[user.role]} className="text-slate-200 hover:text-white">
                {ROLE_LABEL[user.role]}
              </Link>
              <span className="hidden text-slate-300 sm:inline">{user.name}</span>
              <Link href="/account/password" className="text-slate-200 hover:text-white">
                Change password
              </Link>
              <SignOutButton />
            </>
          ) : (
            <>
              <Link href="/login" className="text-slate-200 hover:text-white">
                Sign in
              </Link>
              <Link href="/register" className="rounded bg-white px-3 py-1.5 font-medium text-space-950 hover:bg-slate-100">
                Register
              </Link>
            </>
          )}
        </div>
      </nav>
    </header>
  );
}
