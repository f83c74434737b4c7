import { timestamp, uuid } from "drizzle-orm/pg-core";

// Shared column helpers so every table spells ids and timestamps the same way.
export const id = () => uuid().primaryKey().defaultRandom();
export const createdAt = () => timestamp({ withTimezone: true }).notNull().defaultNow();
export const updatedAt = () =>
  timestamp({ withTimezone: true })
    .notNull()
    .defaultNow()
    .$onUpdate(() => new Date());
