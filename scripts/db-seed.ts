// npm run db:seed — loads the demo data (idempotent).
import { openDatabase } from "@/db/client";
import { migrateDatabase } from "@/db/migrate";
import { seedDemo } from "@/db/seed";
import { createContext } from "@/lib/context";

const handle = openDatabase({ databaseUrl: process.env.DATABASE_URL, dataDir: process.env.DATA_DIR || ".data" });
try {
  if (handle.kind === "pglite") await migrateDatabase(handle);
  await seedDemo(createContext({ db: handle.db, origin: "seed" }));
  console.log("Demo data loaded.");
} finally {
  await handle.close();
}
