import Link from "next/link";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { LaunchStatusActions } from "@/components/agency/launch-status-actions";
import { LocalDateTime } from "@/components/ui/local-date-time";
import { OccupancyBar } from "@/components/agency/occupancy-bar";
import { StatusBadge, ViabilityBadge } from "@/components/agency/status-badge";
import { StatusHistory } from "@/components/agency/status-history";
import { Alert } from "@/components/ui/alert";
import { buttonClass } from "@/components/ui/button";
import { Card, Page } from "@/components/ui/page";
import { requirePageRole, webContext } from "@/lib/auth/current-user";
import { AREA_ROLES } from "@/lib/auth/rules";
import { isDomainError } from "@/lib/errors";
import { getAgencyLaunch } from "@/lib/launches/launch-queries";
import { launchPassengers } from "@/lib/launches/passengers";
import { DESTINATION_LABELS, isFinal } from "@/lib/launches/rules";
import { formatUsd } from "@/lib/money";
import { changeLaunchStatusAction } from "./actions";

export const metadata = { title: "Launch" };

export default async function LaunchPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  await connection();
  const user = await requirePageRole(AREA_ROLES.agency);
  const { id } = await params;
  const sp = await searchParams;
  const ctx = await webContext(user);
  const [launch, passengers] = await Promise.all([getAgencyLaunch(ctx, id), launchPassengers(ctx, id)]).catch((e) => {
    if (isDomainError(e) && e.code === "not_found") notFound();
    throw e;
  });
  const launched = ctx.now.getTime() >= new Date(launch.date).getTime();
  return (
    <Page
      title={launch.title}
      description={<LocalDateTime iso={launch.date} />}
      actions={
        launch.status === "successful" ? (
          <Link href={`/agency/launches/${launch.id}/report`} className={buttonClass("primary")}>
            Bookings report
          </Link>
        ) : null
      }
    >
      {sp.scheduled ? <Alert tone="success">Launch scheduled. Travelers can book it now.</Alert> : null}
      <div className="mt-4 grid gap-6 lg:grid-cols-3">
        <Card className="lg:col-span-2">
          <div className="flex flex-wrap gap-2">
            <StatusBadge status={launch.status} />
            {isFinal(launch.status) ? null : <ViabilityBadge viable={launch.viable} />}
          </div>
          <dl className="mt-4 grid grid-cols-1 gap-x-6 gap-y-2 text-sm sm:grid-cols-2">
            <div>
              <dt className="text-slate-600">Destination</dt>
              <dd className="font-medium">{DESTINATION_LABELS[launch.destination]}</dd>
            </div>
            <div>
              <dt className="text-slate-600">Rocket</dt>
              <dd className="font-medium">{launch.rocket.name}</dd>
            </div>
            <div>
              <dt className="text-slate-600">Spaceport</dt>
              <dd className="font-medium">{launch.spaceport}</dd>
            </div>
            <div>
              <dt className="text-slate-600">Price per seat</dt>
              <dd className="font-medium">{formatUsd(launch.pricePerSeatCents)}</dd>
            </div>
            <div>
              <dt className="text-slate-600">Public page</dt>
              <dd className="font-medium break-all">
                <Link href={launch.path} className="text-brand-700 underline">
                  {launch.path}
                </Link>
              </dd>
            </div>
            {launch.abortReason ? (
              <div>
                <dt className="text-slate-600">Abort reason</dt>
                <dd className="font-medium">{launch.abortReason}</dd>
              </div>
            ) : null}
          </dl>
          <div className="mt-4">
            <OccupancyBar
              confirmedSeats={launch.confirmedSeats}
              capacity={launch.capacity}
              minimumOccupancy={launch.minimumOccupancy}
              percent={launch.occupancyPercent}
            />
          </div>
        </Card>
        <Card>
          <h2 className="mb-3 text-lg font-semibold">Status history</h2>
          <StatusHistory history={launch.statusHistory} />
        </Card>
        <Card className="lg:col-span-2">
          <div className="mb-3 flex flex-wrap items-center justify-between gap-2">
            <h2 className="text-lg font-semibold">Passengers ({passengers.rows.length})</h2>
            {passengers.rows.length ? (
              <a href={`/agency/launches/${launch.id}/passengers.csv`} className={buttonClass("secondary")} download>
                Download CSV
              </a>
            ) : null}
          </div>
          {passengers.rows.length === 0 ? (
            <p className="text-sm text-slate-600">No confirmed booking yet.</p>
          ) : (
            <div className="overflow-x-auto">
              <table className="w-full text-left text-sm">
                <caption className="sr-only">Passengers by seat</caption>
                <thead className="text-slate-600">
                  <tr>
                    <th scope="col" className="py-1 pr-3">
                      Seat
                    </th>
                    <th scope="col" className="pr-3">
                      Passenger
                    </th>
                    <th scope="col" className="pr-3">
                      Date of birth
                    </th>
                    <th scope="col">Booking</th>
                  </tr>
                </thead>
                <tbody>
                  {passengers.rows.map((p) => (
                    <tr key={p.seat} className="border-t border-slate-100">
                      <td className="py-1 pr-3">{p.seat}</td>
                      <td className="pr-3">
                        {p.name}
                        <span className="block text-xs break-all text-slate-600">{p.email}</span>
                      </td>
                      <td className="pr-3">{p.dateOfBirth}</td>
                      <td className="font-mono text-xs">{p.reference}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </Card>
        <Card className="lg:col-span-2">
          <h2 className="mb-3 text-lg font-semibold">Change the status</h2>
          {isFinal(launch.status) ? (
            <p className="text-sm text-slate-600">This launch is {launch.status}; its status can no longer change.</p>
          ) : (
            <LaunchStatusActions
              launchId={launch.id}
              launchName={launch.title}
              launched={launched}
              travelersToNotify={passengers.travelers}
              change={changeLaunchStatusAction}
            />
          )}
        </Card>
      </div>
    </Page>
  );
}
