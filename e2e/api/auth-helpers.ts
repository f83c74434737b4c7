// Helpers for the Auth API specs: unique data, a distinct client IP per test (the sign-in
// and registration limits count per IP), and reading mails from the built-in mailbox as an
// IT employee.
import { readFileSync } from "node:fs";
import { expect, type APIRequestContext } from "@playwright/test";
import { openToken, TOKEN_SLOT } from "../../lib/notifications/sealed-token";
import { DEMO, DEMO_PASSWORD } from "../fixtures";

let seq = 0;
const run = Date.now().toString(36);
export const uniqueEmail = (prefix: string) => `${prefix}-${run}-${++seq}@example.test`;

// A distinct client address per caller, from a random base so reruns do not collide.
let ipSeq = Math.floor(Math.random() * 60_000);
export const freshIp = () => {
  const n = ++ipSeq;
  return `10.${(n >> 16) & 255}.${(n >> 8) & 255}.${n & 255}`;
};

export const PASSWORD = "orbit-stairs-2026";

export function travelerBody(email = uniqueEmail("traveler")) {
  return {
    email,
    password: PASSWORD,
    name: "Api Traveler",
    role: "traveler",
    traveler: {
      phone: "+34 612 345 678",
      country: "ES",
      taxId: "12345678Z",
      address: "Calle Mayor 1, 28013 Madrid",
      dateOfBirth: "1990-04-12",
    },
  };
}

export async function tokenFor(request: APIRequestContext, email: string, password = PASSWORD): Promise<string> {
  const response = await request.post("/api/v1/auth/token", {
    data: { email, password },
    headers: { "X-Forwarded-For": freshIp() },
  });
  expect(response.status(), await response.text()).toBe(200);
  return (await response.json()).accessToken;
}

export const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });

/** The AUTH_SECRET the e2e server generated for its embedded data folder (scripts/e2e-server.ts). */
export function e2eAuthSecret(): string {
  if (process.env.AUTH_SECRET) return process.env.AUTH_SECRET;
  const port = process.env.E2E_PORT ?? "3100";
  const dir = process.env.E2E_DATA_DIR ?? `.data-e2e-${port}`;
  return JSON.parse(readFileSync(`${dir}/secrets.json`, "utf8")).AUTH_SECRET;
}

interface Mail {
  to: string;
  subject?: string;
  text?: string;
  html?: string;
  sealedToken?: string | null;
}

/**
 * A stored mail's text with its link whole again: the mailbox keeps the link's token
 * sealed (IT employees see it redacted); the e2e server's AUTH_SECRET opens it.
 */
export function unredacted(mail: Mail): string {
  const body = `${mail.text ?? ""}\n${mail.html ?? ""}`.replace(/&amp;/g, "&");
  return mail.sealedToken ? body.replaceAll(TOKEN_SLOT, openToken(mail.sealedToken, e2eAuthSecret())) : body;
}

/**
 * Waits until the dispatcher has delivered a mail to `to` in the built-in mailbox
 * (GET /api/v1/it/mailbox as the demo IT employee) and returns the app path it links to.
 */
export async function linkFromMailbox(request: APIRequestContext, to: string, pattern: RegExp): Promise<string> {
  const token = await tokenFor(request, DEMO.it, DEMO_PASSWORD);
  let link = "";
  await expect
    .poll(
      async () => {
        const response = await request.get(`/api/v1/it/mailbox?to=${encodeURIComponent(to)}&pageSize=100`, {
          headers: bearer(token),
        });
        if (!response.ok()) return `mailbox answered ${response.status()}`;
        const body = (await response.json()) as { items?: Mail[] };
        for (const mail of body.items ?? []) {
          if (mail.to?.toLowerCase() !== to.toLowerCase()) continue;
          const match = unredacted(mail).match(pattern);
          if (match) {
            link = match[0];
            return "found";
          }
        }
        return "not yet";
      },
      { timeout: 30_000, intervals: [500, 1000, 2000] },
    )
    .toBe("found");
  const url = new URL(link, "http://app.invalid");
  return `${url.pathname}${url.search}`;
}
