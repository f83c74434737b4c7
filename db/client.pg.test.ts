// The pool survives the server dropping an idle connection (restart, failover): no crash, one log line.
import { sql } from "drizzle-orm";
import { Client } from "pg";
import { afterEach, describe, expect, it, vi } from "vitest";
import { openPostgres, rowsOf } from "@/db/client";
import { logger } from "@/lib/monitoring/logger";

describe("node-postgres pool", () => {
  afterEach(() => vi.restoreAllMocks());

  it("logs an idle connection killed by the server and answers the next query on a new one", async () => {
    const url = process.env.TEST_DATABASE_URL!;
    const logged = vi.spyOn(logger, "error").mockImplementation(() => undefined);
    const handle = openPostgres(url, 1);
    try {
      const [{ pid }] = rowsOf<{ pid: number }>(await handle.db.execute(sql`select pg_backend_pid() as pid`));
      const admin = new Client({ connectionString: url });
      await admin.connect();
      await admin.query("select pg_terminate_backend($1)", [pid]);
      await admin.end();
      await vi.waitFor(() => expect(logged).toHaveBeenCalled(), { timeout: 5000 });
      expect(String(logged.mock.calls[0][1])).toContain("idle connection lost");
      const [{ again }] = rowsOf<{ again: number }>(await handle.db.execute(sql`select pg_backend_pid() as again`));
      expect(again).not.toBe(pid);
    } finally {
      await handle.close();
    }
  });
});
