import "server-only";
import { jwtVerify, SignJWT } from "jose";
import type { Role } from "@/db/schema";
import { API_TOKEN_SECONDS } from "./rules";

const ISSUER = "astrobookings";
const AUDIENCE = "astrobookings-api";

function key(secret: string): Uint8Array {
  return new TextEncoder().encode(secret);
}

export interface ApiTokenClaims {
  sub: string;
  role: Role;
  sid: string;
}

/** HS256 bearer token for the JSON API (1 h). */
export async function signApiToken(claims: ApiTokenClaims, secret: string, now: Date): Promise<string> {
  const iat = Math.floor(now.getTime() / 1000);
  return new SignJWT({ role: claims.role, sid: claims.sid })
    .setProtectedHeader({ alg: "HS256", typ: "JWT" })
    .setSubject(claims.sub)
    .setIssuer(ISSUER)
    .setAudience(AUDIENCE)
    .setIssuedAt(iat)
    .setExpirationTime(iat + API_TOKEN_SECONDS)
    .sign(key(secret));
}

/** Claims of a valid token, or null for anything expired, tampered, unsigned (`alg: none`) or malformed. */
export async function verifyApiToken(token: string, secret: string): Promise<ApiTokenClaims | null> {
  try {
    const { payload } = await jwtVerify(token, key(secret), {
      algorithms: ["HS256"],
      issuer: ISSUER,
      audience: AUDIENCE,
    });
    if (typeof payload.sub !== "string" || typeof payload.sid !== "string" || typeof payload.role !== "string")
      return null;
    return { sub: payload.sub, sid: payload.sid, role: payload.role as Role };
  } catch {
    return null;
  }
}
