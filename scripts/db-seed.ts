// npm run db:seed — loads the demo data (idempotent). Its accounts share a published
// password, so with NODE_ENV=production it refuses unless given --force.
import { openDatabase } from "@/db/client";
import { migrateDatabase } from "@/db/migrate";
import { seedDemo } from "@/scripts/seed";
import { createContext } from "@/lib/context";

if (process.env.NODE_ENV === "production" && !process.argv.includes("--force")) {
  console.error(
    "Refusing to load the demo data with NODE_ENV=production: its accounts share a published password.\n" +
      "If this really is a throw-away installation, run `npm run db:seed -- --force`.",
  );
  process.exit(1);
}

const handle = openDatabase({ databaseUrl: process.env.DATABASE_URL, dataDir: process.env.DATA_DIR || ".data" });
try {
  if (handle.kind === "pglite") await migrateDatabase(handle);
  await seedDemo(createContext({ db: handle.db, origin: "seed" }));
  console.log("Demo data loaded.");
} finally {
  await handle.close();
}
