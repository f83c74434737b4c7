"use client";
import { useSession } from "@/components/session/use-session";
import { Alert } from "@/components/ui/alert";
import { SEAT_LIMIT } from "@/lib/bookings/rules";
import { SEATS_PARAM, seatsFromParam } from "@/lib/bookings/seat-query";
import { launchPath } from "@/lib/launches/rules";
import { BookingFlow } from "./booking-flow";
import { SeatMap } from "./seat-map";
import { VisitorSeatPicker } from "./visitor-seat-picker";

type HoldAction = React.ComponentProps<typeof BookingFlow>["holdAction"];

/**
 * The personal part of a (cached) launch page: the booking form for a traveler, with his own
 * seat allowance fetched by the browser; the seat map and a sign-in link for everyone else.
 */
export function LaunchBooking({
  launch,
  holdAction,
}: {
  launch: {
    id: string;
    slug: string;
    capacity: number;
    takenSeats: number[];
    seatsAvailable: number;
    pricePerSeatCents: number;
  };
  holdAction: HoldAction;
}) {
  const session = useSession(launch.id);
  const map = <SeatMap capacity={launch.capacity} taken={launch.takenSeats} />;
  if (!session) return map;
  if (session.user?.role === "traveler" && session.allowance) {
    const { limit, mine, me } = session.allowance;
    // Seats a visitor picked before signing in come back in the URL (read here, in the browser:
    // the cached page is the same for every URL).
    const picked = new URLSearchParams(window.location.search).get(SEATS_PARAM) ?? undefined;
    return (
      <BookingFlow
        launchId={launch.id}
        capacity={launch.capacity}
        taken={launch.takenSeats}
        pricePerSeatCents={launch.pricePerSeatCents}
        seatsLeftForMe={Math.max(0, limit - mine)}
        seatLimit={limit}
        me={me}
        holdAction={holdAction}
        initialSeats={seatsFromParam(picked, launch.takenSeats, launch.capacity, Math.max(0, limit - mine))}
      />
    );
  }
  if (session.user)
    return (
      <>
        {map}
        <div className="mt-4">
          <Alert tone="info">Only traveler accounts can book seats.</Alert>
        </div>
      </>
    );
  return (
    <VisitorSeatPicker
      capacity={launch.capacity}
      taken={launch.takenSeats}
      launchHref={launchPath(launch.slug)}
      maxSelectable={Math.min(SEAT_LIMIT, launch.seatsAvailable)}
    />
  );
}
