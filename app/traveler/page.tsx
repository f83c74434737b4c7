import Link from "next/link";
import { connection } from "next/server";
import { LocalDateTime } from "@/components/ui/local-date-time";
import { StatusBadge } from "@/components/agency/status-badge";
import { BookingStatusBadge } from "@/components/booking/booking-status-badge";
import { EmptyState, Page } from "@/components/ui/page";
import { Pagination } from "@/components/ui/pagination";
import { requirePageRole, webContext } from "@/lib/auth/current-user";
import { parseSearchParams } from "@/lib/http/search-params";
import { AREA_ROLES } from "@/lib/auth/rules";
import { listQuerySchema } from "@/lib/bookings/schemas";
import { listMyTrips, TRIP_TABS, type TripTab } from "@/lib/bookings/trips";
import { formatUsd } from "@/lib/money";

export const metadata = { title: "My bookings" };

const TAB_LABELS: Record<TripTab, string> = { upcoming: "Upcoming", past: "Past" };

export default async function TravelerHome({
  searchParams,
}: {
  searchParams: Promise<{ page?: string; tab?: string }>;
}) {
  await connection();
  const user = await requirePageRole(AREA_ROLES.traveler);
  const params = await searchParams;
  const tab: TripTab = TRIP_TABS.find((t) => t === params.tab) ?? "upcoming";
  const { query } = parseSearchParams(listQuerySchema, { page: params.page, pageSize: 20 }, () => ({
    page: 1,
    pageSize: 20,
  }));
  const page = await listMyTrips(await webContext(user), { tab, ...query });
  return (
    <Page title="My bookings" description={`Welcome, ${user.name}.`}>
      <nav aria-label="Bookings by time" className="mb-4 flex gap-1 border-b border-slate-200">
        {TRIP_TABS.map((t) => (
          <Link
            key={t}
            href={t === "upcoming" ? "/traveler" : `/traveler?tab=${t}`}
            aria-current={t === tab ? "page" : undefined}
            className={`-mb-px border-b-2 px-4 py-2 text-sm font-medium ${
              t === tab ? "text-brand-800 border-brand-700" : "border-transparent text-slate-600 hover:text-slate-900"
            }`}
          >
            {TAB_LABELS[t]} ({page.counts[t]})
          </Link>
        ))}
      </nav>
      {page.total === 0 ? (
        <EmptyState title={tab === "upcoming" ? "No upcoming trips" : "No past trips"}>
          <Link href="/" className="text-brand-700 underline">
            Browse the upcoming launches
          </Link>{" "}
          and book a seat.
        </EmptyState>
      ) : (
        <ul aria-label={`${TAB_LABELS[tab]} bookings`} className="space-y-3">
          {page.items.map((b) => (
            <li
              key={b.id}
              className="flex flex-wrap items-center justify-between gap-3 rounded-lg border border-slate-200 bg-white p-4 shadow-sm"
            >
              <div>
                <p className="font-medium text-slate-900">
                  <Link href={`/traveler/bookings/${b.id}`} className="hover:underline">
                    {b.launch.title}
                  </Link>
                </p>
                <p className="text-sm text-slate-600">
                  <LocalDateTime iso={b.launch.date} /> · <span className="font-mono">{b.reference}</span> · seat
                  {b.seats.length === 1 ? "" : "s"} {b.seats.join(", ")} · {formatUsd(b.amountCents)}
                </p>
              </div>
              <div className="flex items-center gap-2 text-sm">
                <span className="sr-only">Booking:</span>
                <BookingStatusBadge status={b.status} />
                <span className="text-slate-500">Launch:</span>
                <StatusBadge status={b.launch.status} />
                {b.status === "held" ? (
                  <Link href={`/traveler/bookings/${b.id}/pay`} className="font-medium text-brand-700 underline">
                    Pay now
                  </Link>
                ) : null}
              </div>
            </li>
          ))}
        </ul>
      )}
      <Pagination page={page.page} pageSize={page.pageSize} total={page.total} basePath="/traveler" query={{ tab }} />
    </Page>
  );
}
