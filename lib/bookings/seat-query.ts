// Seats a visitor picked before signing in travel in the return address (`?seats=12,13`).
// Plain module (no "use client"): the launch page reads it on the server, the picker on the client.

/** The query parameter that carries a visitor's chosen seats through sign-in. */
export const SEATS_PARAM = "seats";

/** Seat numbers from `?seats=12,13` that are free and within the limit, for the booking form's first render. */
export function seatsFromParam(raw: string | undefined, taken: number[], capacity: number, max: number): number[] {
  if (!raw) return [];
  const busy = new Set(taken);
  const seats = [...new Set(raw.split(",").map(Number))].filter(
    (n) => Number.isInteger(n) && n >= 1 && n <= capacity && !busy.has(n),
  );
  return seats.sort((a, b) => a - b).slice(0, max);
}
