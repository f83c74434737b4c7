// Journeys of the finance area: generate, collect, credit, report; and the agency's read-only view.
import { expect, test, type Page } from "@playwright/test";
import { agencyWithAbortedLaunch } from "./api/finance-helpers";
import { authFile, DEMO, openAccountMenu, signIn } from "./fixtures";

async function recordPayment(page: Page, dollars: string, reference: string) {
  const form = page.getByRole("form", { name: "Record a payment" });
  await form.getByLabel("Amount (USD)").fill(dollars);
  await form.getByLabel("Reference").fill(reference);
  await form.getByRole("button", { name: "Record payment" }).click();
}

test.describe("finance", () => {
  test.describe("as the demo employee", () => {
    test.use({ storageState: authFile("employee") });
    test("an employee generates invoices, collects one in two payments, issues a credit note and opens the annual report", async ({
      page,
      request,
    }) => {
      const { name } = await agencyWithAbortedLaunch(request);
      await page.goto("/finance/invoices");
      await expect(page.getByRole("heading", { name: "Invoices" })).toBeVisible();
      await page.getByRole("button", { name: "Generate invoices" }).click();
      const summary = page.getByRole("status").filter({ hasText: "created" });
      await expect(summary).toContainText(/[1-9]\d* invoices? created/);

      // The new agency's invoice, found through the filters.
      await page.getByLabel("Agency", { exact: true }).selectOption({ label: name });
      await page.getByRole("button", { name: "Apply" }).click();
      await expect(page.getByRole("table")).toContainText(name);
      await page.getByRole("table").getByRole("link").first().click();
      await expect(page.getByRole("heading", { level: 1, name: /^Invoice INV-\d{4}-\d{5}$/ })).toBeVisible();
      await expect(page.getByText("Range closed")).toBeVisible();
      await expect(page.getByTestId("invoice-balance")).toHaveText("$1,000.00");

      await recordPayment(page, "400", "WIRE-E2E-1");
      await expect(page.getByText("Payment recorded. Status: Partially paid.")).toBeVisible();
      await expect(page.getByTestId("invoice-balance")).toHaveText("$600.00");
      await recordPayment(page, "600.00", "WIRE-E2E-2");
      await expect(page.getByText("Payment recorded. Status: Paid.")).toBeVisible();
      await expect(page.getByTestId("invoice-balance")).toHaveText("$0.00");

      page.once("dialog", (dialog) => dialog.accept());
      const credit = page.getByRole("form", { name: "Issue a credit note" });
      await credit.getByLabel("Credit amount (USD)").fill("100");
      await credit.getByLabel("Credit reason").fill("Goodwill for the closed range");
      await credit.getByRole("button", { name: "Issue credit note" }).click();
      await expect(page.getByText(/Credit note CN-\d{4}-\d{5} issued\./)).toBeVisible();

      const pdf = await page.request.get(page.url() + "/pdf");
      expect(pdf.headers()["content-type"]).toBe("application/pdf");

      await page.getByRole("link", { name: "Annual report" }).first().click();
      await expect(page.getByRole("heading", { name: /^Annual report \d{4}$/ })).toBeVisible();
      await expect(page.getByRole("img", { name: /Fees by month/ })).toBeVisible();
      await expect(page.getByRole("img", { name: /Fees by agency/ })).toBeVisible();
      await expect(page.getByRole("table", { name: "By agency" })).toContainText(name);
      await page.goto("/finance/reports/annual?year=2001");
      await expect(page.getByText("No invoices or projected launches in 2001")).toBeVisible();
    });
  });

  // Signs in itself: it signs out, which revokes the session.
  test("an agency opens its invoice PDF and is refused in /finance", async ({ page, request }) => {
    const agency = await agencyWithAbortedLaunch(request);
    await signIn(page, DEMO.it);
    await page.goto("/finance/invoices");
    await page.getByRole("button", { name: "Generate invoices" }).click();
    await expect(page.getByRole("status").filter({ hasText: "created" })).toBeVisible();
    await openAccountMenu(page);
    await page.getByRole("button", { name: "Sign out" }).click();
    await expect(page).toHaveURL(/\/login/);

    await signIn(page, agency.email, agency.password);
    await page.goto("/agency/invoices");
    await expect(page.getByRole("heading", { name: "Invoices" })).toBeVisible();
    const link = page.getByRole("link", { name: /PDF of INV-/ });
    await expect(link).toHaveCount(1);
    const pdf = await page.request.get((await link.getAttribute("href"))!);
    expect(pdf.status()).toBe(200);
    expect(pdf.headers()["content-type"]).toBe("application/pdf");

    await page.goto("/finance");
    await expect(page).toHaveURL(/\/forbidden$/);
  });
});
