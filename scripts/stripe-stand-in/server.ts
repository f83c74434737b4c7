// A local Stripe stand-in for the tests and the demo's optional stripe mode. The official
// SDK talks to it through its host/port/protocol options, exactly as to api.stripe.com: it
// speaks the endpoints the app uses (Checkout Sessions create/retrieve/expire, refunds
// create/list) with Stripe's JSON shapes and Idempotency-Key replay, serves a hosted
// checkout page with a Pay button, and sends webhook events signed the way Stripe signs them.
import { createHash } from "node:crypto";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { int, list, parseStripeForm, str, stringMap, type FormObject } from "./form";
import {
  makeEvent,
  newId,
  signPayload,
  stripeError,
  unixNow,
  type Charge,
  type CheckoutSession,
  type Refund,
  type StripeEvent,
} from "./objects";
import { checkoutPage } from "./page";

export type WebhookTarget =
  string | ((payload: string, signature: string) => Promise<{ status: number; body: string }>);

export interface StandInOptions {
  port?: number;
  /** Where events go: the app's webhook URL, or a function (service-level tests). */
  webhook?: WebhookTarget;
  webhookSecret: string;
  /** Send the events of API calls (expire, refunds) at once, as Stripe does (default); else tests take them. */
  autoDeliver?: boolean;
  /** The secret key the SDK must present (any `sk_test_…` when unset). */
  secretKey?: string;
}

export interface Call {
  method: string;
  path: string;
  idempotencyKey?: string;
  replayed: boolean;
  body: FormObject;
}

type Answer = { status: number; body: unknown };

export async function startStripeStandIn(opts: StandInOptions) {
  const sessions = new Map<string, CheckoutSession>();
  const charges = new Map<string, Charge>(); // by payment intent
  const refunds: Refund[] = [];
  const calls: Call[] = [];
  const events: StripeEvent[] = [];
  const saved = new Map<string, { hash: string; answer: Answer }>();
  const faults: { path: RegExp; status: number; remaining: number }[] = [];
  let base = "";

  async function deliver(
    event: StripeEvent,
    o: { secret?: string; timestamp?: number; signature?: string } = {},
  ): Promise<{ status: number; body: string }> {
    const payload = JSON.stringify(event, null, 2);
    const signature = o.signature ?? signPayload(payload, o.secret ?? opts.webhookSecret, o.timestamp);
    const target = opts.webhook;
    if (!target) return { status: 0, body: "no webhook target" };
    if (typeof target === "function") return target(payload, signature);
    const res = await fetch(target, {
      method: "POST",
      headers: { "Content-Type": "application/json; charset=utf-8", "Stripe-Signature": signature },
      body: payload,
    });
    return { status: res.status, body: await res.text() };
  }

  function emit(type: string, object: unknown, queue = true): StripeEvent {
    const event = makeEvent(type, object);
    if (queue) events.push(event);
    return event;
  }

  /** What the hosted page's Pay button does: the session is paid; the completed event is returned (not sent). */
  function pay(sessionId: string): StripeEvent {
    const s = sessions.get(sessionId);
    if (!s || s.status !== "open") throw new Error(`session ${sessionId} is not open`);
    const paymentIntent = newId("pi");
    charges.set(paymentIntent, {
      id: newId("ch"),
      object: "charge",
      amount: s.amount_total,
      amount_refunded: 0,
      refunded: false,
      currency: s.currency,
      payment_intent: paymentIntent,
      status: "succeeded",
      metadata: { ...s.metadata },
      created: unixNow(),
      livemode: false,
    });
    Object.assign(s, { status: "complete", payment_status: "paid", payment_intent: paymentIntent, url: null });
    return emit("checkout.session.completed", s, false);
  }

  function expire(sessionId: string): StripeEvent | undefined {
    const s = sessions.get(sessionId);
    if (!s || s.status !== "open") return undefined;
    Object.assign(s, { status: "expired", url: null });
    return emit("checkout.session.expired", s);
  }

  function refund(paymentIntent: string, amount: number | undefined, metadata: Record<string, string>): Answer {
    const charge = charges.get(paymentIntent);
    if (!charge)
      return stripeError(
        404,
        "invalid_request_error",
        `No such payment_intent: '${paymentIntent}'`,
        "resource_missing",
      );
    const left = charge.amount - charge.amount_refunded;
    const value = amount ?? left;
    if (value <= 0 || value > left)
      return stripeError(
        400,
        "invalid_request_error",
        `Refund amount (${value}) is greater than unrefunded amount on charge (${left})`,
        left === 0 ? "charge_already_refunded" : "amount_too_large",
      );
    const r: Refund = {
      id: newId("re"),
      object: "refund",
      amount: value,
      charge: charge.id,
      payment_intent: paymentIntent,
      currency: charge.currency,
      status: "succeeded",
      metadata,
      reason: null,
      created: unixNow(),
    };
    refunds.push(r);
    charge.amount_refunded += value;
    charge.refunded = charge.amount_refunded === charge.amount;
    emit("charge.refunded", charge);
    return { status: 200, body: r };
  }

  function createSession(f: FormObject): Answer {
    const items = list(f.line_items).map((li) => {
      const pd = (li.price_data ?? {}) as FormObject;
      return {
        name: str((pd.product_data as FormObject | undefined)?.name) ?? "Item",
        amount: int(pd.unit_amount) ?? -1,
        quantity: int(li.quantity) ?? 1,
        currency: str(pd.currency) ?? "usd",
      };
    });
    if (str(f.mode) !== "payment")
      return stripeError(400, "invalid_request_error", "Only mode=payment is supported here.");
    if (items.length === 0 || items.some((i) => i.amount < 0))
      return stripeError(400, "invalid_request_error", "line_items with price_data.unit_amount are required.");
    const expiresAt = int(f.expires_at) ?? unixNow() + 24 * 3600;
    const ahead = expiresAt - unixNow();
    if (ahead < 30 * 60 || ahead > 24 * 3600)
      return stripeError(
        400,
        "invalid_request_error",
        "The `expires_at` timestamp must be at least 30 minutes and at most 24 hours from Checkout Session creation.",
        "parameter_invalid_integer",
      );
    const id = newId("cs");
    const amount = items.reduce((sum, i) => sum + i.amount * i.quantity, 0);
    const s: CheckoutSession = {
      id,
      object: "checkout.session",
      mode: "payment",
      status: "open",
      payment_status: "unpaid",
      amount_subtotal: amount,
      amount_total: amount,
      currency: items[0].currency,
      client_reference_id: str(f.client_reference_id) ?? null,
      customer_email: str(f.customer_email) ?? null,
      metadata: stringMap(f.metadata),
      payment_intent: null,
      expires_at: expiresAt,
      created: unixNow(),
      success_url: str(f.success_url) ?? "",
      cancel_url: str(f.cancel_url) ?? null,
      url: `${base}/checkout/${id}`,
      livemode: false,
      line_items_summary: items.map(({ name, amount: a, quantity }) => ({ name, amount: a, quantity })),
    };
    sessions.set(id, s);
    return { status: 200, body: s };
  }

  function api(method: string, path: string, f: FormObject, query: URLSearchParams): Answer {
    let m: RegExpMatchArray | null;
    if (method === "POST" && path === "/v1/checkout/sessions") return createSession(f);
    if ((m = path.match(/^\/v1\/checkout\/sessions\/([\w-]+)(\/expire)?$/))) {
      const s = sessions.get(m[1]);
      if (!s)
        return stripeError(404, "invalid_request_error", `No such checkout.session: '${m[1]}'`, "resource_missing");
      if (method === "GET" && !m[2]) return { status: 200, body: s };
      if (method === "POST" && m[2]) {
        if (!expire(s.id))
          return stripeError(400, "invalid_request_error", `Only open sessions can be expired (${s.status}).`);
        return { status: 200, body: s };
      }
    }
    if (method === "POST" && path === "/v1/refunds")
      return refund(str(f.payment_intent) ?? "", int(f.amount), stringMap(f.metadata));
    if (method === "GET" && path === "/v1/refunds") {
      const pi = query.get("payment_intent");
      const data = refunds.filter((r) => !pi || r.payment_intent === pi);
      return { status: 200, body: { object: "list", data, has_more: false, url: "/v1/refunds" } };
    }
    return stripeError(404, "invalid_request_error", `Unrecognized request URL (${method}: ${path}).`);
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? "/", base);
    let raw = "";
    for await (const chunk of req) raw += chunk;
    const send = (a: Answer, headers: Record<string, string> = {}) => {
      res.writeHead(a.status, { "Content-Type": "application/json", "Request-Id": newId("req"), ...headers });
      res.end(JSON.stringify(a.body));
    };
    const hosted = url.pathname.match(/^\/checkout\/([\w-]+)(\/pay)?$/);
    if (hosted) {
      const s = sessions.get(hosted[1]);
      if (!s) return void res.writeHead(404).end("No such checkout session");
      if (req.method === "POST" && hosted[2] && s.status === "open") {
        await deliver(pay(s.id)); // as Stripe does, the event goes out while the browser is sent back
        res.writeHead(303, { Location: s.success_url.replace("{CHECKOUT_SESSION_ID}", s.id) });
        return void res.end();
      }
      res.writeHead(200, { "Content-Type": "text/html; charset=utf-8" });
      return void res.end(checkoutPage(s));
    }
    const auth = req.headers.authorization?.match(/^Bearer (.+)$/)?.[1];
    if (!auth || (opts.secretKey ? auth !== opts.secretKey : !auth.startsWith("sk_test_")))
      return send(stripeError(401, "invalid_request_error", "Invalid API Key provided."));
    const form = parseStripeForm(raw);
    const key = req.method === "POST" ? (req.headers["idempotency-key"] as string | undefined) : undefined;
    const hash = createHash("sha256").update(`${url.pathname}\n${raw}`).digest("hex");
    const earlier = key ? saved.get(key) : undefined;
    calls.push({
      method: req.method ?? "",
      path: url.pathname,
      idempotencyKey: key,
      replayed: Boolean(earlier),
      body: form,
    });
    if (earlier) {
      if (earlier.hash !== hash)
        return send(
          stripeError(
            400,
            "idempotency_error",
            `Keys for idempotent requests can only be used with the same parameters they were first used with. Try using a key other than '${key}' if you meant to execute a different request.`,
          ),
        );
      return send(earlier.answer, { "Idempotent-Replayed": "true" });
    }
    // An injected failure happens before the request executes: like Stripe, nothing is saved for the key.
    const fault = faults.find((f) => f.remaining > 0 && f.path.test(`${req.method} ${url.pathname}`));
    if (fault) {
      fault.remaining--;
      return send(stripeError(fault.status, "api_error", "The stand-in was told to fail this request."));
    }
    const answer = api(req.method ?? "GET", url.pathname, form, url.searchParams);
    if (key) saved.set(key, { hash, answer });
    send(answer);
    // Events of API calls (expire, refunds) go out after the answer, as Stripe's do.
    if (opts.autoDeliver !== false) for (const e of events.splice(0)) void deliver(e).catch(() => {});
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((error) => {
      res.writeHead(500, { "Content-Type": "application/json" });
      res.end(JSON.stringify({ error: { type: "api_error", message: String(error) } }));
    });
  });
  await new Promise<void>((resolve) => server.listen(opts.port ?? 0, "127.0.0.1", resolve));
  const port = (server.address() as AddressInfo).port;
  base = `http://127.0.0.1:${port}`;

  return {
    url: base,
    port,
    sessions,
    refunds,
    calls,
    /** Pays a session as the hosted page's button does; returns the completed event (not yet sent). */
    pay,
    /** Expires an open session; returns the expired event (not yet sent). */
    expire,
    /** A refund made in Stripe's dashboard (no key of ours); returns the charge.refunded event (not yet sent). */
    dashboardRefund(paymentIntent: string, amount?: number): StripeEvent {
      const answer = refund(paymentIntent, amount, {});
      if (answer.status !== 200) throw new Error(JSON.stringify(answer.body));
      return events.splice(0).at(-1)!;
    },
    event: (type: string, object: unknown) => makeEvent(type, object),
    deliver,
    /** The next `count` requests matching `pattern` ("POST /v1/refunds") fail with `status`. */
    failNext(pattern: RegExp, count: number, status = 500) {
      faults.push({ path: pattern, status, remaining: count });
    },
    /** Drops queued events (tests that send events themselves). */
    takeEvents: () => events.splice(0),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

export type StripeStandIn = Awaited<ReturnType<typeof startStripeStandIn>>;
