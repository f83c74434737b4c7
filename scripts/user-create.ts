// npm run user:create -- --role it --email it@example.com --name "Ada Ops" [--password ...]
// Creates an account directly (the first IT employee of a fresh install). Run it while the
// embedded app is stopped: PGlite allows one process at a time.
import { randomBytes } from "node:crypto";
import { parseArgs } from "node:util";
import { z } from "zod";
import { openDatabase } from "@/db/client";
import { migrateDatabase } from "@/db/migrate";
import { insertUser } from "@/lib/auth/users";
import { createContext, withTransaction } from "@/lib/context";
import { isDomainError } from "@/lib/errors";

const { values } = parseArgs({
  options: {
    role: { type: "string" },
    email: { type: "string" },
    name: { type: "string" },
    password: { type: "string" },
  },
});
const input = z
  .object({
    role: z.enum(["employee", "it"], { error: "--role must be employee or it" }),
    email: z.email({ error: "--email must be an email address" }),
    name: z.string({ error: "--name is required" }).trim().min(1, "--name is required"),
    password: z.string().min(10, "--password must have at least 10 characters").optional(),
  })
  .safeParse(values);
if (!input.success) {
  console.error(input.error.issues.map((i) => i.message).join("\n"));
  process.exit(2);
}
const password = input.data.password ?? randomBytes(12).toString("base64url");
const handle = openDatabase({ databaseUrl: process.env.DATABASE_URL, dataDir: process.env.DATA_DIR || ".data" });
try {
  if (handle.kind === "pglite") await migrateDatabase(handle);
  const ctx = createContext({ db: handle.db, origin: "cli" });
  const user = await withTransaction(ctx, (tx) => insertUser(tx, { ...input.data, password, emailVerified: true }));
  console.log(`Created ${user.role} ${user.email}${input.data.password ? "" : ` with password: ${password}`}`);
} catch (error) {
  console.error(isDomainError(error) ? error.message : error);
  process.exitCode = 1;
} finally {
  await handle.close();
}
