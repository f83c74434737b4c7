// N instances may start at once against one fresh database (and run their first sync into
// one fresh target): every migration waits its turn instead of failing on a duplicate
// CREATE TYPE / CREATE EXTENSION.
import { afterEach, describe, expect, it } from "vitest";
import { sql } from "drizzle-orm";
import { openPostgres, rowsOf, type DbHandle } from "@/db/client";
import { migrateDatabase, migrationState } from "@/db/migrate";
import { createScratchDatabase, type ScratchDatabase } from "@/db/scratch-database";
import { prepareTarget } from "@/lib/sync/target";
import { scratchPrefix } from "../helpers/test-db";

const serverUrl = process.env.TEST_DATABASE_URL!;
let opened: DbHandle[] = [];
let scratch: ScratchDatabase | undefined;

async function freshDatabase(instances: number): Promise<DbHandle[]> {
  scratch = await createScratchDatabase(serverUrl, scratchPrefix(serverUrl));
  // One pool each, as separate processes would have.
  opened = Array.from({ length: instances }, () => openPostgres(scratch!.url, 3));
  return opened;
}

afterEach(async () => {
  for (const h of opened) await h.close();
  opened = [];
  await scratch?.drop();
  scratch = undefined;
});

describe("migrations started together", () => {
  it("three instances migrating one fresh primary database all succeed, each migration applied once", async () => {
    const handles = await freshDatabase(3);
    const results = await Promise.allSettled(handles.map((h) => migrateDatabase(h)));
    expect(results.map((r) => (r.status === "rejected" ? String(r.reason) : "ok"))).toEqual(["ok", "ok", "ok"]);
    expect(await migrationState(handles[0])).toBe("current");
    const applied = rowsOf<{ n: number; distinct: number }>(
      await handles[0].db.execute(
        sql`select count(*)::int as n, count(distinct hash)::int as distinct from drizzle.__drizzle_migrations`,
      ),
    )[0];
    expect(applied.n).toBe(applied.distinct);
  });

  it("two instances preparing one fresh sync target at once both succeed", async () => {
    const handles = await freshDatabase(2);
    const results = await Promise.allSettled(handles.map((h, i) => prepareTarget(h, `target ${i}`)));
    expect(results.map((r) => (r.status === "rejected" ? String(r.reason) : "ok"))).toEqual(["ok", "ok"]);
    expect(await migrationState(handles[1])).toBe("current");
  });
});
