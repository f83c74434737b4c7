import "server-only";
import { randomUUID } from "node:crypto";
import { sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import type { Role } from "@/db/schema";

/** Where a change comes from; recorded with every row of the change log. */
export type Origin = "web" | "api" | "cli" | "seed" | "sync" | `cron:${string}`;

export interface Actor {
  id: string;
  role: Role;
  email: string;
  name: string;
  /** The session (JWT `sid`) the request was made with, when there is one. */
  sessionId?: string;
}

/** What every service takes: the database (or transaction), who acts, from where, and the clock. */
export interface Ctx {
  db: Db;
  actor: Actor | null;
  origin: Origin;
  requestId: string;
  now: Date;
}

export function createContext(init: Pick<Ctx, "db" | "origin"> & Partial<Ctx>): Ctx {
  return {
    db: init.db,
    origin: init.origin,
    actor: init.actor ?? null,
    requestId: init.requestId || randomUUID(),
    now: init.now ?? new Date(),
  };
}

/**
 * Runs `fn` in one transaction whose change-log triggers see this context's origin,
 * actor and request id (set_config(..., true) lasts until the transaction ends).
 */
export async function withTransaction<T>(ctx: Ctx, fn: (tx: Ctx) => Promise<T>): Promise<T> {
  return ctx.db.transaction(async (tx) => {
    await tx.execute(
      sql`select set_config('app.origin', ${ctx.origin}, true), set_config('app.actor', ${ctx.actor?.id ?? ""}, true), set_config('app.request_id', ${ctx.requestId}, true)`,
    );
    return fn({ ...ctx, db: tx as unknown as Db });
  });
}
