import "server-only";
import { fillTokenSlot, openToken } from "./sealed-token";

/**
 * The payload a mail is rendered from: the stored one, with the sealed token (when the
 * row has one) opened and put back into its link. Only the dispatcher calls this, just
 * before sending; everything else renders the stored payload, whose link shows the slot.
 */
export function unsealPayload(
  row: { payload: Record<string, unknown>; sealedToken: string | null },
  secret: string,
): { payload: Record<string, unknown>; token: string | null } {
  if (!row.sealedToken) return { payload: row.payload, token: null };
  const token = openToken(row.sealedToken, secret);
  const path = typeof row.payload.path === "string" ? fillTokenSlot(row.payload.path, token) : row.payload.path;
  return { payload: { ...row.payload, path }, token };
}
