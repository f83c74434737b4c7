// The finance routes of /api/v1 (plus the agency's own invoices), called over HTTP as an integrator would.
import { expect, test, type APIResponse } from "@playwright/test";
import { DEMO, DEMO_PASSWORD } from "../fixtures";
import { bearer, tokenFor } from "./auth-helpers";
import { agencyWithAbortedLaunch } from "./finance-helpers";

const PROBLEM = "application/problem+json";
const NOBODY = "00000000-0000-4000-8000-000000000000";

async function expectProblem(response: APIResponse, status: number, code: string) {
  expect(response.status(), await response.text()).toBe(status);
  expect(response.headers()["content-type"]).toContain(PROBLEM);
  const body = await response.json();
  expect(body).toMatchObject({
    status,
    code,
    type: expect.any(String),
    title: expect.any(String),
    detail: expect.any(String),
  });
  return body;
}

const FINANCE_ROUTES: [string, string][] = [
  ["POST", "/api/v1/finance/invoices/generate"],
  ["GET", "/api/v1/finance/invoices"],
  ["GET", `/api/v1/finance/invoices/${NOBODY}`],
  ["POST", `/api/v1/finance/invoices/${NOBODY}/payments`],
  ["POST", `/api/v1/finance/invoices/${NOBODY}/status`],
  ["POST", `/api/v1/finance/invoices/${NOBODY}/credit-notes`],
  ["GET", `/api/v1/finance/invoices/${NOBODY}/pdf`],
  ["GET", `/api/v1/finance/reports/agencies/${NOBODY}`],
  ["GET", "/api/v1/finance/reports/annual/2026"],
];

test.describe("Finance API: who may call it", () => {
  test("every finance route answers 401 without a token and 403 to travelers and agencies", async ({ request }) => {
    const traveler = bearer(await tokenFor(request, DEMO.traveler, DEMO_PASSWORD));
    const agency = bearer(await tokenFor(request, DEMO.agency, DEMO_PASSWORD));
    for (const [method, path] of FINANCE_ROUTES) {
      await expectProblem(
        await request.fetch(path, { method, data: method === "POST" ? {} : undefined }),
        401,
        "unauthorized",
      );
      await expectProblem(
        await request.fetch(path, {
          method,
          headers: { ...traveler, "Content-Type": "application/json" },
          data: method === "POST" ? {} : undefined,
        }),
        403,
        "forbidden",
      );
      await expectProblem(
        await request.fetch(path, {
          method,
          headers: { ...agency, "Content-Type": "application/json" },
          data: method === "POST" ? {} : undefined,
        }),
        403,
        "forbidden",
      );
    }
  });

  test("agency invoice routes are for agencies only", async ({ request }) => {
    await expectProblem(await request.get("/api/v1/agency/invoices"), 401, "unauthorized");
    const employee = bearer(await tokenFor(request, DEMO.employee, DEMO_PASSWORD));
    await expectProblem(await request.get("/api/v1/agency/invoices", { headers: employee }), 403, "forbidden");
    await expectProblem(
      await request.get(`/api/v1/agency/invoices/${NOBODY}`, { headers: employee }),
      403,
      "forbidden",
    );
  });
});

test.describe("Finance API: invoices end to end", () => {
  test("generate, read, pay, set status, credit, PDF; the agency sees its own invoice only", async ({ request }) => {
    const { headers: agencyHeaders, launchId } = await agencyWithAbortedLaunch(request);
    const employee = bearer(await tokenFor(request, DEMO.employee, DEMO_PASSWORD));

    const generated = await request.post("/api/v1/finance/invoices/generate", {
      headers: employee,
      data: { launchId },
    });
    expect(generated.status(), await generated.text()).toBe(200);
    const { created } = await generated.json();
    expect(created).toHaveLength(1);
    const invoice = created[0];
    expect(invoice).toMatchObject({ kind: "abort_fee", launchId, totalCents: 100_000, paidCents: 0, status: "issued" });
    expect(invoice.number).toMatch(/^INV-\d{4}-\d{5}$/);
    expect(Date.parse(invoice.dueAt) - Date.parse(invoice.issuedAt)).toBe(30 * 86_400_000);

    const again = await request.post("/api/v1/finance/invoices/generate", { headers: employee, data: { launchId } });
    expect((await again.json()).skipped).toEqual([expect.objectContaining({ launchId, reason: "already_invoiced" })]);
    await expectProblem(
      await request.post("/api/v1/finance/invoices/generate", { headers: employee, data: { launchId: "nope" } }),
      422,
      "validation_failed",
    );
    await expectProblem(
      await request.post("/api/v1/finance/invoices/generate", { headers: employee, data: { launchId: NOBODY } }),
      404,
      "not_found",
    );

    const one = await request.get(`/api/v1/finance/invoices/${invoice.id}`, { headers: employee });
    expect(one.status()).toBe(200);
    expect(await one.json()).toMatchObject({
      id: invoice.id,
      number: invoice.number,
      abortReason: "Range closed",
      snapshot: { launch: { id: launchId } },
    });
    await expectProblem(
      await request.get(`/api/v1/finance/invoices/${NOBODY}`, { headers: employee }),
      404,
      "not_found",
    );
    await expectProblem(
      await request.get("/api/v1/finance/invoices/not-a-uuid", { headers: employee }),
      404,
      "not_found",
    );

    const list = await request.get(
      `/api/v1/finance/invoices?agencyId=${invoice.agencyId}&status=issued&year=${invoice.issuedAt.slice(0, 4)}`,
      { headers: employee },
    );
    expect(list.status()).toBe(200);
    expect(await list.json()).toMatchObject({ total: 1, page: 1, pageSize: 20, items: [{ id: invoice.id }] });
    await expectProblem(
      await request.get("/api/v1/finance/invoices?status=lost&pageSize=1000", { headers: employee }),
      422,
      "validation_failed",
    );

    const bad = await expectProblem(
      await request.post(`/api/v1/finance/invoices/${invoice.id}/payments`, {
        headers: employee,
        data: { amountCents: -5, paidAt: "soon", reference: "" },
      }),
      422,
      "validation_failed",
    );
    expect(Object.keys(bad.errors)).toEqual(expect.arrayContaining(["amountCents", "paidAt", "reference"]));
    await expectProblem(
      await request.post(`/api/v1/finance/invoices/${invoice.id}/payments`, {
        headers: { ...employee, "Content-Type": "application/json" },
        data: Buffer.from("{not json"),
      }),
      400,
      "bad_request",
    );
    const paid = await request.post(`/api/v1/finance/invoices/${invoice.id}/payments`, {
      headers: employee,
      data: { amountCents: 30_000, paidAt: new Date().toISOString(), reference: "WIRE-API-1" },
    });
    expect(paid.status(), await paid.text()).toBe(201);
    expect((await paid.json()).invoice).toMatchObject({
      status: "partially_paid",
      paidCents: 30_000,
      balanceCents: 70_000,
    });

    const status = await request.post(`/api/v1/finance/invoices/${invoice.id}/status`, {
      headers: employee,
      data: { status: "overdue", reason: "Customer asked for time" },
    });
    expect(status.status(), await status.text()).toBe(200);
    expect(await status.json()).toMatchObject({ status: "overdue" });
    await expectProblem(
      await request.post(`/api/v1/finance/invoices/${invoice.id}/status`, {
        headers: employee,
        data: { status: "issued" },
      }),
      422,
      "validation_failed",
    );

    await expectProblem(
      await request.post(`/api/v1/finance/invoices/${invoice.id}/credit-notes`, {
        headers: employee,
        data: { amountCents: 100_001, reason: "Too much" },
      }),
      422,
      "validation_failed",
    );
    const note = await request.post(`/api/v1/finance/invoices/${invoice.id}/credit-notes`, {
      headers: employee,
      data: { amountCents: 70_000, reason: "Waived rest" },
    });
    expect(note.status(), await note.text()).toBe(201);
    expect((await note.json()).number).toMatch(/^CN-\d{4}-\d{5}$/);
    const after = await (await request.get(`/api/v1/finance/invoices/${invoice.id}`, { headers: employee })).json();
    expect(after).toMatchObject({ status: "paid", balanceCents: 0, creditedCents: 70_000, totalCents: 100_000 });

    const pdf = await request.get(`/api/v1/finance/invoices/${invoice.id}/pdf`, { headers: employee });
    expect(pdf.status()).toBe(200);
    expect(pdf.headers()["content-type"]).toBe("application/pdf");
    expect((await pdf.body()).subarray(0, 5).toString()).toBe("%PDF-");

    const mine = await (await request.get("/api/v1/agency/invoices", { headers: agencyHeaders })).json();
    expect(mine.items.map((i: { id: string }) => i.id)).toEqual([invoice.id]);
    expect(mine.creditNotes).toHaveLength(1);
    expect((await request.get(`/api/v1/agency/invoices/${invoice.id}`, { headers: agencyHeaders })).status()).toBe(200);
    const agencyPdf = await request.get(`/api/v1/agency/invoices/${invoice.id}/pdf`, { headers: agencyHeaders });
    expect(agencyPdf.headers()["content-type"]).toBe("application/pdf");
    const other = bearer(await tokenFor(request, DEMO.agency2, DEMO_PASSWORD));
    await expectProblem(
      await request.get(`/api/v1/agency/invoices/${invoice.id}`, { headers: other }),
      404,
      "not_found",
    );
  });
});

test.describe("Finance API: reports", () => {
  test("annual report as JSON and CSV, agency report for a period, with validation", async ({ request }) => {
    const employee = bearer(await tokenFor(request, DEMO.it, DEMO_PASSWORD));
    const year = new Date().getUTCFullYear();
    const annual = await request.get(`/api/v1/finance/reports/annual/${year}`, { headers: employee });
    expect(annual.status()).toBe(200);
    const body = await annual.json();
    expect(body).toMatchObject({
      year,
      actualCents: expect.any(Number),
      pendingCents: expect.any(Number),
      projectedCents: expect.any(Number),
    });
    expect(body.byMonth).toHaveLength(12);
    const sum = body.byMonth.reduce((s: number, m: { actualCents: number }) => s + m.actualCents, 0);
    expect(sum).toBe(body.actualCents);
    const csv = await request.get(`/api/v1/finance/reports/annual/${year}?format=csv`, { headers: employee });
    expect(csv.headers()["content-type"]).toContain("text/csv");
    expect((await csv.text()).split("\n")[0]).toContain("actual_usd");
    await expectProblem(
      await request.get("/api/v1/finance/reports/annual/99", { headers: employee }),
      422,
      "validation_failed",
    );

    const invoices = await (await request.get("/api/v1/finance/invoices?pageSize=1", { headers: employee })).json();
    const agencyId = invoices.items[0]?.agencyId;
    expect(agencyId, "the demo data has invoices").toBeTruthy();
    const report = await request.get(`/api/v1/finance/reports/agencies/${agencyId}?period=quarter&date=${year}-02-15`, {
      headers: employee,
    });
    expect(report.status(), await report.text()).toBe(200);
    expect(await report.json()).toMatchObject({
      period: "quarter",
      label: `${year}-Q1`,
      previousDate: `${year - 1}-10-01`,
      series: expect.any(Array),
    });
    await expectProblem(
      await request.get(`/api/v1/finance/reports/agencies/${agencyId}?period=week`, { headers: employee }),
      422,
      "validation_failed",
    );
    await expectProblem(
      await request.get(`/api/v1/finance/reports/agencies/${NOBODY}`, { headers: employee }),
      404,
      "not_found",
    );
  });

  test("the OpenAPI document lists the finance routes", async ({ request }) => {
    const doc = await (await request.get("/api/v1/openapi.json")).json();
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining(["/finance/invoices/generate", "/finance/reports/annual/{year}", "/agency/invoices/{id}"]),
    );
  });
});
