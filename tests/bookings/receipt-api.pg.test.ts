import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GET as receipt } from "@/app/api/v1/bookings/[id]/receipt.pdf/route";
import { GET as calendar } from "@/app/api/v1/bookings/[id]/calendar.ics/route";
import { bookAndPay, holdSeats } from "@/lib/bookings/service";
import { createTestDb, type TestDb } from "../helpers/test-db";
import { routeClient } from "../payments/api-client";
import { CARD_OK, makeLaunch, makeTraveler } from "./fixtures";

// GET /api/v1/bookings/{id}/receipt.pdf and …/calendar.ics through the route handlers (bearer token).
let db: TestDb;
let api: ReturnType<typeof routeClient>;
beforeAll(async () => {
  db = await createTestDb();
  api = routeClient(db);
});
afterAll(async () => {
  await api?.close();
  await db?.destroy();
});

describe("receipt and calendar on the API", () => {
  it("answer the owner with the file, another traveler 404, a hold 409", async () => {
    const launch = await makeLaunch(db);
    const owner = await makeTraveler(db);
    const booked = await bookAndPay(db.ctx(owner), { launchId: launch.id, seatCount: 1, cardNumber: CARD_OK });
    const at = (file: string, id = booked.id) => ({ path: `/bookings/${id}/${file}`, params: { id } });

    const pdf = await api.get(receipt, owner, at("receipt.pdf"));
    expect(pdf.status).toBe(200);
    expect(pdf.headers.get("content-type")).toBe("application/pdf");
    expect(
      Buffer.from(await pdf.arrayBuffer())
        .subarray(0, 5)
        .toString(),
    ).toBe("%PDF-");
    const ics = await api.get(calendar, owner, at("calendar.ics"));
    expect(ics.status).toBe(200);
    expect(ics.headers.get("content-type")).toMatch(/^text\/calendar/);
    const text = await ics.text();
    expect(text).toMatch(/\r\nDTSTART:\d{8}T\d{6}Z\r\n/);
    expect(text).toContain(booked.reference);

    const stranger = await makeTraveler(db);
    for (const [route, file] of [
      [receipt, "receipt.pdf"],
      [calendar, "calendar.ics"],
    ] as const) {
      const response = await api.get(route, stranger, at(file));
      expect(response.status).toBe(404);
      expect(response.headers.get("content-type")).toBe("application/problem+json");
    }

    const held = await holdSeats(db.ctx(owner), { launchId: launch.id, seatCount: 1 });
    const refused = await api.get(receipt, owner, at("receipt.pdf", held.id));
    expect(refused.status).toBe(409);
    expect(await refused.json()).toMatchObject({ code: "conflict", detail: expect.stringContaining("never paid") });
  });
});
