// A local HTTP stand-in for the Resend API (POST /emails, POST /emails/batch). Tests script
// its answers (fail, rate-limit with Retry-After, recover) and read what it received.
// Idempotency keys behave as at Resend: a key is kept 24 h once a request under it was sent;
// the same key with the same body answers the first response again without sending; with
// another body, 409 invalid_idempotent_request; while the first is still in flight, 409
// concurrent_idempotent_requests.
import { createHash } from "node:crypto";
import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";

export type StubAnswer =
  | { status: 200 }
  | { status: 429; retryAfter: string }
  | { status: 500 | 502 | 503 }
  | { status: 422; message?: string }
  | { status: 409; name: "concurrent_idempotent_requests" | "invalid_idempotent_request" };

export interface StubRequest {
  path: string;
  idempotencyKey: string | null;
  /** The notification idempotency keys (X-Entity-Ref-ID) of the mails in the request. */
  refs: string[];
  to: string[];
  answered: number;
  /** The API key the request came with (tells two senders apart). */
  apiKey: string | null;
  /** SHA-256 of the raw body: equal for byte-identical requests. */
  bodyHash: string;
  /** Answered from the idempotency store: nothing was sent. */
  replayed: boolean;
}

export interface ResendStub {
  url: string;
  requests: StubRequest[];
  /** Answers to give, in order; when empty, every request succeeds. */
  script: StubAnswer[];
  /** Mails accepted (answered 200), by notification key, counting repeats. */
  delivered: Map<string, number>;
  /**
   * Called once the mails of a request are accepted (counted as delivered, key stored), before
   * the answer is written: a test can kill the sender here, between the send and its record.
   */
  onAccepted: ((request: StubRequest) => Promise<void>) | null;
  close: () => Promise<void>;
}

const KEY_TTL_MS = 24 * 3600 * 1000;

interface KeptKey {
  bodyHash: string;
  /** Null while the first request under the key is in flight. */
  answer: { status: number; data: unknown } | null;
  at: number;
}

interface EmailBody {
  to: string[] | string;
  headers?: Record<string, string>;
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
    req.on("error", reject);
  });
}

let nextId = 0;

export async function startResendStub(opts: { latencyMs?: number; now?: () => number } = {}): Promise<ResendStub> {
  const stub: Omit<ResendStub, "url" | "close"> = {
    requests: [],
    script: [],
    delivered: new Map(),
    onAccepted: null,
  };
  const now = opts.now ?? Date.now;
  const keys = new Map<string, KeptKey>();
  const server: Server = createServer(async (req, res) => {
    const raw = await readBody(req);
    const path = (req.url ?? "").split("?")[0];
    const body = raw ? (JSON.parse(raw) as EmailBody | EmailBody[]) : [];
    const emails = Array.isArray(body) ? body : [body];
    const idempotencyKey = (req.headers["idempotency-key"] as string | undefined) ?? null;
    const bodyHash = createHash("sha256").update(raw).digest("hex");
    const request: StubRequest = {
      path,
      apiKey: req.headers.authorization?.replace(/^Bearer /, "") ?? null,
      idempotencyKey,
      refs: emails.map((e) => e.headers?.["X-Entity-Ref-ID"] ?? ""),
      to: emails.flatMap((e) => (Array.isArray(e.to) ? e.to : [e.to])),
      answered: 0,
      bodyHash,
      replayed: false,
    };
    stub.requests.push(request);
    const json = (status: number, data: unknown, headers: Record<string, string> = {}) => {
      request.answered = status;
      res.writeHead(status, { "Content-Type": "application/json", ...headers });
      res.end(JSON.stringify(data));
    };
    if (req.method !== "POST" || (path !== "/emails" && path !== "/emails/batch"))
      return json(404, { statusCode: 404, name: "not_found", message: "no such route" });

    // Kept per endpoint (the client must never count on a batch key covering a single send).
    const keyId = idempotencyKey ? `${path} ${idempotencyKey}` : null;
    const kept = keyId ? keys.get(keyId) : undefined;
    if (kept && now() - kept.at < KEY_TTL_MS) {
      if (!kept.answer)
        return json(409, {
          statusCode: 409,
          name: "concurrent_idempotent_requests",
          message: "Same idempotency key used while original request is still in progress.",
        });
      if (kept.bodyHash !== bodyHash)
        return json(409, {
          statusCode: 409,
          name: "invalid_idempotent_request",
          message: "Same idempotency key used with a different request payload.",
        });
      request.replayed = true;
      return json(kept.answer.status, kept.answer.data);
    }
    if (keyId) keys.set(keyId, { bodyHash, answer: null, at: now() });
    const forget = () => {
      if (keyId) keys.delete(keyId);
    };

    const answer = stub.script.shift() ?? { status: 200 };
    if (opts.latencyMs) await new Promise((r) => setTimeout(r, opts.latencyMs));
    // Only a request that was sent keeps its key.
    if (answer.status !== 200) forget();
    if (answer.status === 429)
      return json(
        429,
        { statusCode: 429, name: "rate_limit_exceeded", message: "Too many requests" },
        { "Retry-After": answer.retryAfter },
      );
    if (answer.status === 409)
      return json(409, { statusCode: 409, name: answer.name, message: "scripted idempotency conflict" });
    if (answer.status === 422)
      return json(422, { statusCode: 422, name: "validation_error", message: answer.message ?? "Invalid `to` field." });
    if (answer.status !== 200)
      return json(answer.status, { statusCode: answer.status, name: "internal_server_error", message: "stub failure" });
    for (const e of emails) {
      const ref = e.headers?.["X-Entity-Ref-ID"] ?? "";
      stub.delivered.set(ref, (stub.delivered.get(ref) ?? 0) + 1);
    }
    const ids = emails.map(() => ({ id: `stub-${++nextId}` }));
    const data = path === "/emails/batch" ? { data: ids } : ids[0];
    if (keyId) keys.set(keyId, { bodyHash, answer: { status: 200, data }, at: now() });
    if (stub.onAccepted) await stub.onAccepted(request);
    if (res.destroyed) return;
    return json(200, data);
  });
  // Node closes idle keep-alive sockets after 5 s; on a loaded machine the client may reuse
  // one just as it closes and see a network error. Keep them open longer than any test.
  server.keepAliveTimeout = 120_000;
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    ...stub,
    get requests() {
      return stub.requests;
    },
    get script() {
      return stub.script;
    },
    set script(v: StubAnswer[]) {
      stub.script = v;
    },
    get onAccepted() {
      return stub.onAccepted;
    },
    set onAccepted(v) {
      stub.onAccepted = v;
    },
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
