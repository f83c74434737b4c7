"use client";
import Link from "next/link";
import { useSession } from "@/components/session/use-session";
import { AccountMenu } from "./account-menu";

/** The personal end of the header, filled in by the browser so every page can be cached whole. */
export function AccountNav() {
  const session = useSession();
  if (!session) return <div className="ml-auto h-8" aria-hidden="true" />;
  const user = session.user;
  return (
    <div className="ml-auto flex items-center gap-3 text-sm sm:gap-4">
      {user ? (
        <AccountMenu user={{ name: user.name, role: user.role }} />
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
  );
}
