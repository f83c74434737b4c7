import { NextRequest } from "next/server";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/context";
import { bookAndPay, holdSeats } from "@/lib/bookings/service";
import { createTestDb, type TestDb } from "../helpers/test-db";
import { CARD_OK, makeLaunch, makeTraveler } from "./fixtures";

// No Auth.js in vitest: the session cookie's user is whatever this test says.
const session = vi.hoisted(() => ({ actor: null as Actor | null }));
vi.mock("@/lib/auth/current-user", () => ({ getCurrentUser: async () => session.actor }));

const { GET: receiptRoute } = await import("@/app/traveler/bookings/[id]/receipt.pdf/route");
const { GET: calendarRoute } = await import("@/app/traveler/bookings/[id]/calendar.ics/route");

let db: TestDb;
beforeAll(async () => {
  db = await createTestDb();
  (globalThis as { __astroDb?: unknown }).__astroDb = db;
});
afterAll(async () => {
  delete (globalThis as { __astroDb?: unknown }).__astroDb;
  await db?.destroy();
});

type Route = typeof receiptRoute;
const get = (route: Route, actor: Actor, id: string, file: string) => {
  session.actor = actor;
  return route(new NextRequest(`http://127.0.0.1/traveler/bookings/${id}/${file}`), {
    params: Promise.resolve({ id }),
  });
};

describe("the booking page's receipt and calendar downloads", () => {
  it("give the owner a PDF and an .ics, another traveler a 404, a hold a 409", async () => {
    const launch = await makeLaunch(db);
    const owner = await makeTraveler(db);
    const booked = await bookAndPay(db.ctx(owner), { launchId: launch.id, seatCount: 1, cardNumber: CARD_OK });

    const pdf = await get(receiptRoute, owner, booked.id, "receipt.pdf");
    expect(pdf.status).toBe(200);
    expect(pdf.headers.get("content-type")).toBe("application/pdf");
    expect(pdf.headers.get("cache-control")).toBe("private, no-store");
    expect(
      Buffer.from(await pdf.arrayBuffer())
        .subarray(0, 5)
        .toString(),
    ).toBe("%PDF-");

    const ics = await get(calendarRoute, owner, booked.id, "calendar.ics");
    expect(ics.status).toBe(200);
    expect(ics.headers.get("content-type")).toBe("text/calendar; charset=utf-8");
    expect(await ics.text()).toContain(`UID:booking-${booked.id}@astrobookings\r\n`);

    const stranger = await makeTraveler(db);
    for (const [route, file] of [
      [receiptRoute, "receipt.pdf"],
      [calendarRoute, "calendar.ics"],
    ] as const) {
      const response = await get(route, stranger, booked.id, file);
      expect(response.status).toBe(404);
      expect((await response.json()).code).toBe("not_found");
    }

    const held = await holdSeats(db.ctx(owner), { launchId: launch.id, seatCount: 1 });
    const refused = await get(receiptRoute, owner, held.id, "receipt.pdf");
    expect(refused.status).toBe(409);
    expect((await refused.json()).detail).toContain("never paid");
  });
});
