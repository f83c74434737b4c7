import Link from "next/link";
import { connection } from "next/server";
import { LocalDateTime } from "@/components/agency/local-date-time";
import { StatusBadge } from "@/components/agency/status-badge";
import { BookingStatusBadge } from "@/components/booking/booking-status-badge";
import { EmptyState, Page } from "@/components/ui/page";
import { Pagination } from "@/components/ui/pagination";
import { requireRole, webContext } from "@/lib/auth/current-user";
import { AREA_ROLES } from "@/lib/auth/rules";
import { listQuerySchema } from "@/lib/bookings/schemas";
import { listMyBookings } from "@/lib/bookings/service";
import { formatUsd } from "@/lib/money";

export const metadata = { title: "My bookings" };

export default async function TravelerHome({ searchParams }: { searchParams: Promise<{ page?: string }> }) {
  await connection();
  const user = await requireRole(AREA_ROLES.traveler);
  const parsed = listQuerySchema.safeParse({ page: (await searchParams).page, pageSize: 20 });
  const page = await listMyBookings(await webContext(user), parsed.success ? parsed.data : { page: 1, pageSize: 20 });
  return (
    <Page title="My bookings" description={`Welcome, ${user.name}.`}>
      {page.total === 0 ? (
        <EmptyState title="No bookings yet">
          <Link href="/" className="text-brand-700 underline">
            Browse the upcoming launches
          </Link>{" "}
          and book your first seat.
        </EmptyState>
      ) : (
        <ul aria-label="Bookings" className="space-y-3">
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
                  <span className="font-mono">{b.reference}</span> · <LocalDateTime iso={b.launch.date} /> · seat
                  {b.seats.length === 1 ? "" : "s"} {b.seats.join(", ")} · {formatUsd(b.amountCents)}
                </p>
              </div>
              <div className="flex items-center gap-2 text-sm">
                <span className="sr-only">Booking:</span>
                <BookingStatusBadge status={b.status} />
                <span className="text-slate-500">Launch:</span>
                <StatusBadge status={b.launch.status} />
              </div>
            </li>
          ))}
        </ul>
      )}
      <Pagination page={page.page} pageSize={page.pageSize} total={page.total} basePath="/traveler" query={{}} />
    </Page>
  );
}
