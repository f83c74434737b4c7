"use client";

import Link from "next/link";
import { useState } from "react";
import { buttonClass } from "@/components/ui/button";
import { SEATS_PARAM } from "@/lib/bookings/seat-query";
import { SeatMap } from "./seat-map";

/**
 * A visitor picks seats on the map before signing in; the sign-in link carries them in the
 * return address (`/launches/…?seats=12,13`), so the booking form starts with them selected.
 * Nothing is held until the traveler continues to payment.
 */
export function VisitorSeatPicker({
  capacity,
  taken,
  launchHref,
  maxSelectable,
}: {
  capacity: number;
  taken: number[];
  launchHref: string;
  maxSelectable: number;
}) {
  const [selected, setSelected] = useState<number[]>([]);
  const toggle = (seat: number) =>
    setSelected((s) => (s.includes(seat) ? s.filter((x) => x !== seat) : [...s, seat].sort((a, b) => a - b)));
  const back = selected.length ? `${launchHref}?${SEATS_PARAM}=${selected.join(",")}` : launchHref;
  return (
    <>
      <SeatMap capacity={capacity} taken={taken} selected={selected} onToggle={toggle} maxSelectable={maxSelectable} />
      <p className="mt-2 text-sm" aria-live="polite">
        {selected.length
          ? `Selected: seat ${selected.join(", ")}. Sign in to book them; they are not held yet.`
          : "Pick seats on the map, then sign in to book them."}
      </p>
      <div className="mt-4">
        <Link href={`/login?callbackUrl=${encodeURIComponent(back)}`} className={buttonClass("primary")}>
          Sign in to book
        </Link>
      </div>
    </>
  );
}
