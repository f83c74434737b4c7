// A local HTTP stand-in for the Resend API (POST /emails, POST /emails/batch). Tests script
// its answers (fail, rate-limit with Retry-After, recover) and read what it received.
import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";

export type StubAnswer =
  | { status: 200 }
  | { status: 429; retryAfter: string }
  | { status: 500 | 502 | 503 }
  | { status: 422; message?: string };

export interface StubRequest {
  path: string;
  idempotencyKey: string | null;
  /** The notification idempotency keys (X-Entity-Ref-ID) of the mails in the request. */
  refs: string[];
  to: string[];
  answered: number;
}

export interface ResendStub {
  url: string;
  requests: StubRequest[];
  /** Answers to give, in order; when empty, every request succeeds. */
  script: StubAnswer[];
  /** Mails accepted (answered 200), by notification key, counting repeats. */
  delivered: Map<string, number>;
  close: () => Promise<void>;
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

export async function startResendStub(opts: { latencyMs?: number } = {}): Promise<ResendStub> {
  const stub: Omit<ResendStub, "url" | "close"> = { requests: [], script: [], delivered: new Map() };
  const server: Server = createServer(async (req, res) => {
    const raw = await readBody(req);
    const path = (req.url ?? "").split("?")[0];
    const body = raw ? (JSON.parse(raw) as EmailBody | EmailBody[]) : [];
    const emails = Array.isArray(body) ? body : [body];
    const answer = stub.script.shift() ?? { status: 200 };
    stub.requests.push({
      path,
      idempotencyKey: (req.headers["idempotency-key"] as string | undefined) ?? null,
      refs: emails.map((e) => e.headers?.["X-Entity-Ref-ID"] ?? ""),
      to: emails.flatMap((e) => (Array.isArray(e.to) ? e.to : [e.to])),
      answered: answer.status,
    });
    if (opts.latencyMs) await new Promise((r) => setTimeout(r, opts.latencyMs));
    const json = (status: number, data: unknown, headers: Record<string, string> = {}) => {
      res.writeHead(status, { "Content-Type": "application/json", ...headers });
      res.end(JSON.stringify(data));
    };
    if (req.method !== "POST" || (path !== "/emails" && path !== "/emails/batch"))
      return json(404, { statusCode: 404, name: "not_found", message: "no such route" });
    if (answer.status === 429)
      return json(
        429,
        { statusCode: 429, name: "rate_limit_exceeded", message: "Too many requests" },
        { "Retry-After": answer.retryAfter },
      );
    if (answer.status === 422)
      return json(422, { statusCode: 422, name: "validation_error", message: answer.message ?? "Invalid `to` field." });
    if (answer.status !== 200)
      return json(answer.status, { statusCode: answer.status, name: "internal_server_error", message: "stub failure" });
    for (const e of emails) {
      const ref = e.headers?.["X-Entity-Ref-ID"] ?? "";
      stub.delivered.set(ref, (stub.delivered.get(ref) ?? 0) + 1);
    }
    const ids = emails.map(() => ({ id: `stub-${++nextId}` }));
    return path === "/emails/batch" ? json(200, { data: ids }) : json(200, ids[0]);
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
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
