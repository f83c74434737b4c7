// Only IT employees reach the sync and logs actions and services.
// The actions run through safeAction with the session mocked (no Auth.js in vitest); each
// service asserts the role again, so both layers are tested here. Pages and page-side
// routes are covered by e2e/it-ops.spec.ts, the API routes by e2e/api/it-logs.spec.ts and
// e2e/api/it-sync.spec.ts.
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { Db } from "@/db/client";
import { syncJobs, users } from "@/db/schema";
import type { Actor, Ctx } from "@/lib/context";
import { exportLogs } from "@/lib/monitoring/log-export";
import { getLogEntry, listEventTypes, searchLogs } from "@/lib/monitoring/log-query";
import { logFilterSchema } from "@/lib/monitoring/log-schemas";
import { cancelSyncJob, getSyncJob, listActiveSyncJobs, listConflicts, listSyncJobs, startSync } from "@/lib/sync/jobs";
import { resolveConflict } from "@/lib/sync/resolve-conflict";
import type { SyncTarget } from "@/lib/sync/target";
import { createTestDb, type TestDb } from "../helpers/test-db";

const session = vi.hoisted(() => ({ actor: null as Actor | null, db: null as Db | null }));
vi.mock("@/lib/auth/current-user", async () => {
  const { createContext } = await import("@/lib/context");
  return {
    getCurrentUser: async () => session.actor,
    webContext: async (actor: Actor | null) => createContext({ db: session.db!, actor, origin: "web" }),
  };
});
vi.mock("next/cache", () => ({ revalidatePath: () => {} }));

const { cancelSyncAction, resolveConflictAction, startSyncAction } = await import("@/app/it/sync/actions");

const NOBODY = "00000000-0000-4000-8000-000000000000";
let db: TestDb;
const actors = {} as Record<"it" | "employee" | "agency" | "traveler", Actor>;

beforeAll(async () => {
  db = await createTestDb();
  session.db = db.db;
  for (const role of ["it", "employee", "agency", "traveler"] as const) {
    const [u] = await db.db
      .insert(users)
      .values({ email: `${role}-access@example.test`, passwordHash: "x", name: role, role })
      .returning();
    actors[role] = { id: u.id, role, email: u.email, name: u.name };
  }
});
afterAll(async () => {
  await db?.destroy();
});

const WHO = { employee: "an employee", agency: "an agency", traveler: "a traveler" } as const;

const ACTIONS = {
  startSyncAction: () => startSyncAction({ all: true, datasets: [], mode: "full" }),
  cancelSyncAction: () => cancelSyncAction({ jobId: NOBODY }),
  resolveConflictAction: () => resolveConflictAction({ conflictId: NOBODY, resolution: "keep_target" }),
};

describe("sync actions", () => {
  for (const role of ["employee", "agency", "traveler"] as const) {
    it(`refuse ${WHO[role]} before any work`, async () => {
      session.actor = actors[role];
      for (const [name, call] of Object.entries(ACTIONS)) {
        expect(await call(), name).toEqual({ ok: false, error: "You are not allowed to do this." });
      }
      expect(await db.db.select().from(syncJobs)).toEqual([]);
    });
  }

  it("refuse a visitor without a session", async () => {
    session.actor = null;
    for (const [name, call] of Object.entries(ACTIONS)) {
      expect(await call(), name).toEqual({ ok: false, error: "Your session has ended. Sign in again." });
    }
    expect(await db.db.select().from(syncJobs)).toEqual([]);
  });

  it("let an IT employee start and cancel a sync (the refusals above are the role, not the wiring)", async () => {
    session.actor = actors.it;
    const started = await startSyncAction({ all: true, datasets: [], mode: "full" });
    expect(started).toMatchObject({ ok: true });
    const id = (started as { data: { id: string } }).data.id;
    expect(await cancelSyncAction({ jobId: id })).toEqual({ ok: true, data: { id } });
    expect((await db.db.select().from(syncJobs).where(eq(syncJobs.id, id)))[0].status).toBe("cancelled");
  });
});

describe("sync and log services assert the role themselves", () => {
  const target = {} as SyncTarget; // never reached: the role check comes first
  const filter = logFilterSchema.parse({});
  const calls: Record<string, (ctx: Ctx) => Promise<unknown>> = {
    startSync: (ctx) => startSync(ctx, { datasets: "all", mode: "full" }),
    cancelSyncJob: (ctx) => cancelSyncJob(ctx, NOBODY),
    resolveConflict: (ctx) => resolveConflict(ctx, target, { conflictId: NOBODY, resolution: "overwrite" }),
    getSyncJob: (ctx) => getSyncJob(ctx, NOBODY),
    listSyncJobs: (ctx) => listSyncJobs(ctx, { page: 1, pageSize: 20 }),
    listActiveSyncJobs: (ctx) => listActiveSyncJobs(ctx),
    listConflicts: (ctx) => listConflicts(ctx, NOBODY, 1, 20),
    searchLogs: (ctx) => searchLogs(ctx, filter),
    getLogEntry: (ctx) => getLogEntry(ctx, 1),
    listEventTypes: (ctx) => listEventTypes(ctx),
    exportLogs: async (ctx) => exportLogs(ctx, filter, "csv"),
  };

  for (const role of ["employee", "agency", "traveler"] as const) {
    it(`forbidden for ${WHO[role]}`, async () => {
      for (const [name, call] of Object.entries(calls)) {
        await expect(call(db.ctx(actors[role])), name).rejects.toMatchObject({ code: "forbidden" });
      }
    });
  }

  it("unauthorized without an actor", async () => {
    for (const [name, call] of Object.entries(calls)) {
      await expect(call(db.ctx(null)), name).rejects.toMatchObject({ code: "unauthorized" });
    }
  });
});
