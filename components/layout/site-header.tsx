import Link from "next/link";
import { AccountNav } from "./account-nav";

// Static: the signed-in part is a client island (AccountNav), so no page renders per request for it.
export function SiteHeader() {
  return (
    <header className="bg-space-950 text-white">
      <nav aria-label="Main" className="mx-auto flex max-w-6xl items-center gap-x-4 px-4 py-3 sm:gap-x-6">
        <Link href="/" className="inline-flex items-center gap-2 text-lg font-semibold tracking-tight">
          {/* The app icon, inline: an emoji depends on the device's fonts. */}
          <svg aria-hidden="true" viewBox="0 0 32 32" className="h-6 w-6">
            <rect width="32" height="32" rx="7" fill="#312e81" />
            <path d="M16 4c4 3 6 8 6 13l-3 4h-6l-3-4c0-5 2-10 6-13z" fill="#e0e7ff" />
            <circle cx="16" cy="13" r="2.5" fill="#4f46e5" />
            <path d="M13 22h6l-3 6z" fill="#f97316" />
          </svg>
          AstroBookings
        </Link>
        {/* On a phone the logo is the way home: the header stays one row. */}
        <Link href="/" className="hidden text-sm text-slate-200 hover:text-white sm:inline">
          Launches
        </Link>
        <AccountNav />
      </nav>
    </header>
  );
}
