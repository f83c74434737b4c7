// Single-use tokens (invitation, address confirmation, password reset, email change) must
// never sit in clear where an IT employee or a database dump can read them. The outbox
// row keeps the mail's link with this slot in place of the token, and the token itself
// sealed with AES-256-GCM under a key derived from AUTH_SECRET (HKDF-SHA-256). The
// dispatcher opens it to render the mail, and erases it once the mail is sent.
// No "server-only" marker: the Playwright helpers open sealed tokens of the e2e server too.
import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from "node:crypto";

/** Stands in for the token in a stored link; what IT views and stored mails show. */
export const TOKEN_SLOT = "[redacted]";

const VERSION = "v1";
const keys = new Map<string, Buffer>();

function keyFor(secret: string): Buffer {
  let key = keys.get(secret);
  if (!key) {
    key = Buffer.from(hkdfSync("sha256", secret, "astrobookings", "outbox-token/v1", 32));
    keys.set(secret, key);
  }
  return key;
}

/** `v1.<iv>.<ciphertext>.<tag>`, base64url parts; a fresh 96-bit IV per seal. */
export function sealToken(token: string, secret: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", keyFor(secret), iv);
  const body = Buffer.concat([cipher.update(token, "utf8"), cipher.final()]);
  return [VERSION, iv, body, cipher.getAuthTag()]
    .map((p) => (typeof p === "string" ? p : p.toString("base64url")))
    .join(".");
}

/** The token inside `sealed`; throws when it was sealed under another secret or altered. */
export function openToken(sealed: string, secret: string): string {
  const [version, iv, body, tag] = sealed.split(".");
  if (version !== VERSION || !iv || !body || !tag) throw new Error("not a sealed token");
  const decipher = createDecipheriv("aes-256-gcm", keyFor(secret), Buffer.from(iv, "base64url"));
  decipher.setAuthTag(Buffer.from(tag, "base64url"));
  return Buffer.concat([decipher.update(Buffer.from(body, "base64url")), decipher.final()]).toString("utf8");
}

/** A stored link with the token put back in its slot (the token is base64url: no encoding needed). */
export function fillTokenSlot(path: string, token: string): string {
  return path.replace(TOKEN_SLOT, encodeURIComponent(token));
}

/** Text with every occurrence of `token` replaced by the slot, for a stored copy of a sent mail. */
export function redactToken(text: string, token: string): string {
  return token ? text.replaceAll(token, TOKEN_SLOT) : text;
}
