// The signed token of a VIP alert's one-click unsubscribe link (RFC 8058): the user's id
// and an HMAC-SHA-256 of it under a key derived from AUTH_SECRET. It can only turn that
// user's VIP alerts off, so it may sit in the mail's payload; it never expires (a mail
// read months later must still unsubscribe).
import { createHmac, hkdfSync, timingSafeEqual } from "node:crypto";

const keyFor = (secret: string) => Buffer.from(hkdfSync("sha256", secret, "astrobookings", "unsubscribe/v1", 32));

const mac = (userId: string, secret: string) =>
  createHmac("sha256", keyFor(secret)).update(`vip_alerts:${userId}`).digest("base64url");

export function unsubscribeToken(userId: string, secret: string): string {
  return `${userId}.${mac(userId, secret)}`;
}

/** The user id a token was signed for, or null when it is not one of ours. */
export function verifyUnsubscribeToken(token: string, secret: string): string | null {
  const [userId, signature] = token.split(".");
  if (!userId || !signature || !/^[0-9a-f-]{36}$/i.test(userId)) return null;
  const expected = Buffer.from(mac(userId, secret));
  const given = Buffer.from(signature);
  return expected.length === given.length && timingSafeEqual(expected, given) ? userId : null;
}
