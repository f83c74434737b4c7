// npm run db:migrate — applies the committed migrations to DATABASE_URL, or the embedded database.
import { openDatabase } from "@/db/client";
import { migrateDatabase } from "@/db/migrate";

const handle = openDatabase({ databaseUrl: process.env.DATABASE_URL, dataDir: process.env.DATA_DIR || ".data" });
try {
  await migrateDatabase(handle);
  console.log(`Migrations applied (${handle.kind}).`);
} finally {
  await handle.close();
}
