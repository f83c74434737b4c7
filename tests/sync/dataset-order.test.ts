// The data sets' order and declared parents match the schema's foreign keys, so "all"
// (and any list) applies parents before children on a target that checks foreign keys.
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { rowsOf } from "@/db/client";
import {
  DATASET_NAMES,
  datasetNameOfTable,
  orderDatasets,
  SYNC_DATASET_PARENTS,
  SYNC_DATASETS,
  type SyncDataset,
} from "@/lib/sync/rules";
import { createTestDb, type TestDb } from "../helpers/test-db";

let db: TestDb;
beforeAll(async () => {
  db = await createTestDb();
});
afterAll(async () => {
  await db?.destroy();
});

describe("sync data-set order", () => {
  it("every foreign key between synced tables points at an earlier table of the data set or at a declared, earlier parent data set", async () => {
    const edges = rowsOf<{ child: string; parent: string }>(
      await db.db.execute(
        sql`select conrelid::regclass::text as child, confrelid::regclass::text as parent from pg_constraint where contype = 'f'`,
      ),
    ).filter((e) => datasetNameOfTable(e.child) && datasetNameOfTable(e.parent));
    expect(edges.length).toBeGreaterThan(10);
    const needed = Object.fromEntries(DATASET_NAMES.map((d) => [d, new Set<SyncDataset>()]));
    for (const { child, parent } of edges) {
      const childSet = datasetNameOfTable(child)!;
      const parentSet = datasetNameOfTable(parent)!;
      if (childSet === parentSet) {
        const tables = SYNC_DATASETS[childSet].map((t) => t.name) as string[];
        if (child !== parent)
          expect(tables.indexOf(parent), `${child} → ${parent}`).toBeLessThan(tables.indexOf(child));
      } else {
        needed[childSet].add(parentSet);
        expect(DATASET_NAMES.indexOf(parentSet), `${child} → ${parent}`).toBeLessThan(DATASET_NAMES.indexOf(childSet));
      }
    }
    for (const dataset of DATASET_NAMES)
      expect([...SYNC_DATASET_PARENTS[dataset]].sort(), dataset).toEqual([...needed[dataset]].sort());
  });

  it("orders any request parents first", () => {
    expect(orderDatasets(["invoices", "bookings", "users"])).toEqual(["users", "bookings", "invoices"]);
    expect(orderDatasets("all")).toEqual(DATASET_NAMES);
    for (const [i, dataset] of DATASET_NAMES.entries()) {
      for (const parent of SYNC_DATASET_PARENTS[dataset]) expect(DATASET_NAMES.indexOf(parent)).toBeLessThan(i);
    }
  });
});
