import "server-only";
import { createHash } from "node:crypto";
import { and, eq } from "drizzle-orm";
import type { NextRequest } from "next/server";
import { NextResponse } from "next/server";
import { idempotencyKeys } from "@/db/schema";
import { withTransaction, type Ctx } from "@/lib/context";
import { DomainError, isDomainError } from "@/lib/errors";
import { IDEMPOTENCY_KEY_MAX_LENGTH, idempotencyKeyExpired } from "@/lib/payments/rules";
import { problem, PROBLEMS } from "./problem";

/** JSON with object keys sorted, so two equal bodies hash alike whatever their key order. */
function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  if (value && typeof value === "object")
    return `{${Object.keys(value)
      .sort()
      .filter((k) => (value as Record<string, unknown>)[k] !== undefined)
      .map((k) => `${JSON.stringify(k)}:${canonicalJson((value as Record<string, unknown>)[k])}`)
      .join(",")}}`;
  return JSON.stringify(value ?? null);
}

function keyOf(request: NextRequest): string | null {
  const key = request.headers.get("idempotency-key");
  if (key === null) return null;
  if (key.length === 0 || key.length > IDEMPOTENCY_KEY_MAX_LENGTH || !/^[\x21-\x7e]+$/.test(key)) {
    const message = `An Idempotency-Key is 1 to ${IDEMPOTENCY_KEY_MAX_LENGTH} visible ASCII characters (a UUID is a good one).`;
    throw new DomainError("validation_failed", message, { "Idempotency-Key": [message] });
  }
  return key;
}

function replay(status: number, body: unknown): Response {
  const problemDoc = status >= 400;
  return new NextResponse(JSON.stringify(body), {
    status,
    headers: {
      "Content-Type": problemDoc ? "application/problem+json" : "application/json",
      "Idempotent-Replayed": "true",
    },
  });
}

/**
 * A booking request with an `Idempotency-Key` header: the first request with the key runs
 * `run` and its answer is stored IN THE SAME TRANSACTION as its work, so either both commit
 * or neither does (an instance killed mid-request leaves no half-done booking behind its
 * key). A retry with the same key and body gets the stored answer; a concurrent twin waits
 * on the key's row until the first commits, then gets its answer. Another body with the key
 * → 422. Domain refusals (409, 402…) are answers and are kept; an unexpected error or an
 * unreachable payment service (5xx) keeps nothing, so a retry runs again. Without the
 * header, `run` simply runs.
 */
export async function idempotent(
  args: { ctx: Ctx; request: NextRequest; body: unknown },
  run: (ctx: Ctx) => Promise<unknown>,
): Promise<Response> {
  const toResponse = (result: unknown) => (result instanceof Response ? result : NextResponse.json(result));
  const key = keyOf(args.request);
  const actor = args.ctx.actor;
  if (key === null || !actor) return toResponse(await run(args.ctx));
  const requestHash = createHash("sha256")
    .update(`${args.request.method} ${args.request.nextUrl.pathname}\n${canonicalJson(args.body)}`)
    .digest("hex");
  const where = and(eq(idempotencyKeys.userId, actor.id), eq(idempotencyKeys.key, key));

  return withTransaction(args.ctx, async (tx) => {
    const inserted = await tx.db
      .insert(idempotencyKeys)
      .values({ userId: actor.id, key, requestHash, createdAt: tx.now })
      .onConflictDoNothing()
      .returning({ key: idempotencyKeys.key });
    if (inserted.length === 0) {
      // Taken: by a committed request (a concurrent first one has committed by now, since our
      // insert waited for it), or by one older than the retention, which no longer counts.
      const [row] = await tx.db.select().from(idempotencyKeys).where(where).for("update");
      if (!idempotencyKeyExpired(row.createdAt, tx.now)) {
        if (row.requestHash !== requestHash)
          throw new DomainError(
            "idempotency_key_reused",
            "This Idempotency-Key was used for another request (another path or body). Use a new key for a new request.",
          );
        if (row.responseStatus !== null) return replay(row.responseStatus, row.responseBody);
      }
      await tx.db
        .update(idempotencyKeys)
        .set({ requestHash, createdAt: tx.now, responseStatus: null, responseBody: null })
        .where(where);
    }
    let response: Response;
    try {
      response = toResponse(await run(tx));
    } catch (error) {
      if (!isDomainError(error) || PROBLEMS[error.code].status >= 500) throw error;
      response = problem({
        code: error.code,
        detail: error.message,
        errors: error.fieldErrors,
        retryAfterSeconds: error.retryAfterSeconds,
        requestId: tx.requestId,
      });
    }
    const text = await response.clone().text();
    await tx.db
      .update(idempotencyKeys)
      .set({ responseStatus: response.status, responseBody: text ? JSON.parse(text) : null })
      .where(where);
    return response;
  });
}
