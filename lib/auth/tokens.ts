import "server-only";
import { createHash, randomBytes } from "node:crypto";

// Tokens sent by email (address confirmation, invitations): 32 random bytes in the
// link, only their SHA-256 in the database, so a leaked table opens no account.

export function newEmailToken(): { token: string; hash: string } {
  const token = randomBytes(32).toString("base64url");
  return { token, hash: hashEmailToken(token) };
}

export function hashEmailToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}
