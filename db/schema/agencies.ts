import { sql } from "drizzle-orm";
import { check, index, integer, pgEnum, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { users } from "./auth";
import { createdAt, id, updatedAt } from "./columns";

export const rocketRangeEnum = pgEnum("rocket_range", ["suborbital", "low_earth", "moon", "mars"]);
export const destinationEnum = pgEnum("destination", ["suborbital", "leo", "iss", "moon", "mars"]);
export const launchStatusEnum = pgEnum("launch_status", ["scheduled", "delayed", "aborted", "successful", "failed"]);
export type RocketRange = (typeof rocketRangeEnum.enumValues)[number];
export type Destination = (typeof destinationEnum.enumValues)[number];
export type LaunchStatus = (typeof launchStatusEnum.enumValues)[number];

export const agencies = pgTable(
  "agencies",
  {
    id: id(),
    userId: uuid()
      .notNull()
      .unique()
      .references(() => users.id, { onDelete: "restrict" }),
    name: text().notNull(),
    description: text(),
    contactEmail: text().notNull(),
    phone: text(),
    website: text(),
    address: text(),
    country: text().notNull(),
    taxId: text().notNull(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [uniqueIndex("agencies_name_key").on(sql`lower(${t.name})`)],
);

export const rockets = pgTable(
  "rockets",
  {
    id: id(),
    agencyId: uuid()
      .notNull()
      .references(() => agencies.id, { onDelete: "cascade" }),
    name: text().notNull(),
    capacity: integer().notNull(),
    range: rocketRangeEnum().notNull(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex("rockets_agency_name_key").on(t.agencyId, sql`lower(${t.name})`),
    check("rockets_capacity_check", sql`${t.capacity} between 1 and 100`),
  ],
);

export const launches = pgTable(
  "launches",
  {
    id: id(),
    agencyId: uuid()
      .notNull()
      .references(() => agencies.id, { onDelete: "cascade" }),
    rocketId: uuid()
      .notNull()
      .references(() => rockets.id, { onDelete: "restrict" }),
    slug: text().notNull().unique(),
    spaceport: text().notNull(),
    destination: destinationEnum().notNull(),
    date: timestamp({ withTimezone: true }).notNull(),
    pricePerSeatCents: integer().notNull(),
    minimumOccupancy: integer().notNull(),
    status: launchStatusEnum().notNull().default("scheduled"),
    abortReason: text(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index("launches_agency_idx").on(t.agencyId),
    index("launches_rocket_date_idx").on(t.rocketId, t.date),
    index("launches_status_date_idx").on(t.status, t.date),
    // The catalogue's default order: bookable launches by date.
    index("launches_bookable_date_idx")
      .on(t.date)
      .where(sql`${t.status} in ('scheduled', 'delayed')`),
    check("launches_price_check", sql`${t.pricePerSeatCents} > 0 and ${t.pricePerSeatCents} <= 100000000`),
    check("launches_min_occupancy_check", sql`${t.minimumOccupancy} between 1 and 100`),
  ],
);

export const launchStatusHistory = pgTable(
  "launch_status_history",
  {
    id: id(),
    launchId: uuid()
      .notNull()
      .references(() => launches.id, { onDelete: "cascade" }),
    fromStatus: launchStatusEnum(),
    toStatus: launchStatusEnum().notNull(),
    changedBy: uuid().references(() => users.id, { onDelete: "set null" }),
    changedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    oldDate: timestamp({ withTimezone: true }),
    newDate: timestamp({ withTimezone: true }),
    reason: text(),
  },
  (t) => [index("launch_status_history_launch_idx").on(t.launchId, t.changedAt)],
);
