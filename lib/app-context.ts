import "server-only";
import { getDb } from "@/db/client";
import { createContext, type Ctx } from "@/lib/context";

/**
 * A service context on the application's database, for entry points (route handlers, the
 * sitemap, jobs): app/ reaches the database only through lib/. Tests build theirs on a test
 * database with createContext.
 */
export function appContext(init: Omit<Parameters<typeof createContext>[0], "db">): Ctx {
  return createContext({ db: getDb(), ...init });
}
