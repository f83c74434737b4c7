import { describe, expect, it } from "vitest";
import { fieldErrorsOf } from "@/lib/validation";
import { changeStatusSchema, launchListQuerySchema, scheduleLaunchFormSchema } from "./schemas";

const valid = {
  rocketId: "3f9a1c77-1234-4abc-8def-0123456789ab",
  spaceport: "Kourou",
  destination: "moon",
  date: "2027-03-14T10:00:00.000Z",
  price: "1999.99",
  minimumOccupancy: "",
};

describe("schedule form schema", () => {
  it("parses the dollar string to cents and leaves an empty minimum occupancy to the default", () => {
    expect(scheduleLaunchFormSchema.parse(valid)).toEqual({
      rocketId: valid.rocketId,
      spaceport: "Kourou",
      destination: "moon",
      date: new Date(valid.date),
      pricePerSeatCents: 199_999,
      minimumOccupancy: undefined,
    });
  });
  it("reports every field error at once, the price included", () => {
    const result = scheduleLaunchFormSchema.safeParse({ ...valid, spaceport: "", price: "12.345" });
    expect(result.success).toBe(false);
    expect(fieldErrorsOf(result.error!)).toMatchObject({
      spaceport: [expect.any(String)],
      price: ["Enter an amount in dollars, like 250000 or 1999.99."],
    });
    expect(fieldErrorsOf(scheduleLaunchFormSchema.safeParse({ ...valid, price: "1000000.01" }).error!)).toMatchObject({
      price: [expect.stringMatching(/at most/)],
    });
  });
});

describe("status and list schemas", () => {
  it("treats empty strings from forms as absent", () => {
    expect(changeStatusSchema.parse({ status: "aborted", date: "", reason: "" })).toEqual({ status: "aborted" });
    expect(() => changeStatusSchema.parse({ status: "scheduled" })).toThrow();
  });
  it("reads the list query from the URL", () => {
    expect(launchListQuerySchema.parse({ viable: "false", sort: "occupancy", page: "2" })).toEqual({
      viable: false,
      sort: "occupancy",
      page: 2,
      pageSize: 20,
    });
    expect(launchListQuerySchema.safeParse({ pageSize: "101" }).success).toBe(false);
  });
});
