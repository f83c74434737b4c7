"use client";

/**
 * The agency filter's options. A client component only for the cached page's size: its React
 * payload carries each agency's id and name once, not a full `<option>` element per agency.
 */
export function AgencyOptions({ agencies }: { agencies: { id: string; name: string }[] }) {
  return agencies.map((a) => (
    <option key={a.id} value={a.id}>
      {a.name}
    </option>
  ));
}
