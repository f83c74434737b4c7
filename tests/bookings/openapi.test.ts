import { expect, it } from "vitest";
import { BOOKING_OPERATIONS } from "@/lib/bookings/openapi";
import { CATALOGUE_OPERATIONS } from "@/lib/catalogue/openapi";
import { buildOpenApi } from "@/lib/http/openapi";

it("documents every catalogue and booking route from the zod schemas", () => {
  const doc = buildOpenApi([...CATALOGUE_OPERATIONS, ...BOOKING_OPERATIONS], "http://x/api/v1");
  expect(Object.keys(doc.paths).sort()).toEqual(
    [
      "/bookings",
      "/bookings/{id}",
      "/bookings/{id}/calendar.ics",
      "/bookings/{id}/cancel",
      "/bookings/{id}/checkout",
      "/bookings/{id}/payment",
      "/bookings/{id}/receipt.pdf",
      "/bookings/{id}/refund-quote",
      "/launches",
      "/launches/{id}",
      "/payments/stripe/webhook",
    ].sort(),
  );
  const list = doc.paths["/launches"].get as { parameters: { name: string }[] };
  expect(list.parameters.map((p) => p.name)).toEqual(
    expect.arrayContaining([
      "destination",
      "agencyId",
      "from",
      "to",
      "minPriceCents",
      "maxPriceCents",
      "minSeats",
      "sort",
      "order",
      "page",
      "pageSize",
    ]),
  );
});
