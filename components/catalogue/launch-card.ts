import type { Destination, LaunchStatus } from "@/db/schema";
import type { CatalogueItem } from "@/lib/catalogue/queries";

// Plain functions and types for the catalogue's cards, usable from server and client
// components alike (a function exported by a "use client" file cannot be called on the server).

/** Our own illustration of each destination (public/destinations/*.svg). */
export const destinationArt = (destination: Destination) => `/destinations/${destination}.svg`;

/**
 * What one card shows, and nothing else: the list (launch-list.tsx) is a client component so that the cached
 * page's React payload carries these few fields per launch instead of every card's markup
 * (half of the catalogue page's bytes, and bytes are what a crowd costs; docs/performance.md).
 */
export interface LaunchCard {
  id: string;
  slug: string;
  title: string;
  date: string;
  destination: Destination;
  status: LaunchStatus;
  agencyName: string;
  pricePerSeatCents: number;
  seatsAvailable: number;
  capacity: number;
}

export const toLaunchCard = (l: CatalogueItem): LaunchCard => ({
  id: l.id,
  slug: l.slug,
  title: l.title,
  date: l.date,
  destination: l.destination,
  status: l.status,
  agencyName: l.agency.name,
  pricePerSeatCents: l.pricePerSeatCents,
  seatsAvailable: l.seatsAvailable,
  capacity: l.capacity,
});
