import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { LocalDateTime } from "@/components/ui/local-date-time";
import { StatusBadge } from "@/components/agency/status-badge";
import { LaunchBooking } from "@/components/booking/launch-booking";
import { SeatMap } from "@/components/booking/seat-map";
import { StatusTimeline } from "@/components/booking/status-timeline";
import { Alert } from "@/components/ui/alert";
import { Card, Page } from "@/components/ui/page";
import { cachedLaunchBySlug } from "@/lib/catalogue/cached";
import { DESTINATION_LABELS, launchPath } from "@/lib/launches/rules";
import { formatUsd } from "@/lib/money";
import { holdSeatsAction } from "./actions";

type Params = Promise<{ slug: string }>;

// Served from the cache, the same page for every visitor: rendered on a launch's first visit
// (no launch at build time), made again when a change invalidates its tags (a hold, a payment,
// a status change…) or after CATALOGUE_REVALIDATE_SECONDS. Nothing personal is rendered here:
// the booking form is a client island (LaunchBooking) fed by /api/session.
export const revalidate = 3;
export const generateStaticParams = async (): Promise<{ slug: string }[]> => [];
const loadLaunch = cachedLaunchBySlug;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const launch = await loadLaunch((await params).slug);
  if (!launch) return { title: "Launch not found" };
  const day = launch.date.slice(0, 10);
  const title = `${launch.title} — ${day}`;
  const description = `${DESTINATION_LABELS[launch.destination]} flight on ${launch.rocket.name} by ${launch.agency.name} from ${launch.spaceport} on ${day}. ${formatUsd(launch.pricePerSeatCents)} per seat, ${launch.seatsAvailable} of ${launch.capacity} seats left.`;
  return {
    title,
    description,
    alternates: { canonical: launchPath(launch.slug) },
    openGraph: { title, description, type: "website", url: launchPath(launch.slug) },
    twitter: { card: "summary", title, description },
  };
}

export default async function LaunchPage({ params }: { params: Params }) {
  const { slug } = await params;
  const launch = await loadLaunch(slug);
  if (!launch) notFound();

  return (
    <Page
      title={launch.title}
      description={
        <>
          {launch.agency.name} · <LocalDateTime iso={launch.date} />
        </>
      }
      actions={<StatusBadge status={launch.status} />}
    >
      <div className="grid gap-6 lg:grid-cols-3">
        <Card className="lg:col-span-2">
          <h2 className="text-lg font-semibold">Flight details</h2>
          <dl className="mt-3 grid grid-cols-2 gap-x-4 gap-y-2 text-sm sm:grid-cols-3">
            <div>
              <dt className="text-slate-600">Date</dt>
              <dd>
                <LocalDateTime iso={launch.date} />
              </dd>
            </div>
            <div>
              <dt className="text-slate-600">Destination</dt>
              <dd>{DESTINATION_LABELS[launch.destination]}</dd>
            </div>
            <div>
              <dt className="text-slate-600">Spaceport</dt>
              <dd>{launch.spaceport}</dd>
            </div>
            <div>
              <dt className="text-slate-600">Agency</dt>
              <dd>{launch.agency.name}</dd>
            </div>
            <div>
              <dt className="text-slate-600">Rocket</dt>
              <dd>{launch.rocket.name}</dd>
            </div>
            <div>
              <dt className="text-slate-600">Price per seat</dt>
              <dd className="font-medium">{formatUsd(launch.pricePerSeatCents)}</dd>
            </div>
            <div>
              <dt className="text-slate-600">Seats left</dt>
              <dd>
                {launch.seatsAvailable} of {launch.capacity}
              </dd>
            </div>
            <div>
              <dt className="text-slate-600">Flies with at least</dt>
              <dd>{launch.minimumOccupancy} travelers</dd>
            </div>
          </dl>
          <p className="mt-3 text-sm text-slate-700">
            The agency flies this launch once at least {launch.minimumOccupancy} seats are paid for. If it cannot, it
            may abort the launch before its date, and then every traveler gets the full price back automatically.
          </p>
          {launch.agency.description ? (
            <p className="mt-4 text-sm text-slate-700">{launch.agency.description}</p>
          ) : null}
        </Card>
        <Card>
          <h2 className="text-lg font-semibold">Status history</h2>
          <div className="mt-3">
            <StatusTimeline history={launch.statusHistory} />
          </div>
        </Card>
      </div>

      <Card className="mt-6">
        <h2 className="mb-3 text-lg font-semibold">Book your seats</h2>
        {!launch.bookable ? (
          <>
            <Alert tone="info">
              {launch.seatsAvailable < 1 && launch.status !== "aborted"
                ? "This launch is sold out."
                : "This launch is not open for booking."}
            </Alert>
            <div className="mt-4">
              <SeatMap capacity={launch.capacity} taken={launch.takenSeats} />
            </div>
          </>
        ) : (
          <LaunchBooking launch={launch} holdAction={holdSeatsAction} />
        )}
      </Card>
    </Page>
  );
}
