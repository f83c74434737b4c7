import { describe, expect, it } from "vitest";
import type { TemplateName } from "@/lib/notifications/payloads";
import { renderNotification, TEMPLATE_NAMES } from "@/lib/notifications/templates";
import { SAMPLE_PAYLOADS } from "./sample-payloads";

const appUrl = "https://app.astro.test";

describe("email templates", () => {
  it("exist for every template name", () => {
    expect(TEMPLATE_NAMES.sort()).toEqual(Object.keys(SAMPLE_PAYLOADS).sort());
  });

  for (const name of Object.keys(SAMPLE_PAYLOADS) as TemplateName[]) {
    it(`${name}: subject, HTML and plain text with an absolute link into the app`, async () => {
      const payload = SAMPLE_PAYLOADS[name];
      const mail = await renderNotification(name, payload, { appUrl });
      const link = `${appUrl}${payload.path}`;
      expect(mail.subject.length).toBeGreaterThan(5);
      expect(mail.html).toMatch(/^<!DOCTYPE html/i);
      expect(mail.html).toContain("AstroBookings");
      expect(mail.html.replace(/&amp;/g, "&")).toContain(`href="${link}"`);
      expect(mail.text).toContain(link);
      expect(mail.text).not.toMatch(/<[a-z]+[\s>]/i);
    });
  }

  it("invoice_issued names the number, total and due date", async () => {
    const mail = await renderNotification("invoice_issued", SAMPLE_PAYLOADS.invoice_issued, { appUrl });
    expect(mail.subject).toBe("Invoice INV-2026-00001 issued: $1,234.56");
    expect(mail.text).toContain("25 Dec 2026");
    expect(mail.text).toContain("$1,234.56");
  });

  it("invoice_overdue names the open balance", async () => {
    const mail = await renderNotification("invoice_overdue", SAMPLE_PAYLOADS.invoice_overdue, { appUrl });
    expect(mail.subject).toContain("$234.56 open");
    expect(mail.text).toMatch(/Still open:?\s*\$234\.56/);
  });

  it("booking and launch mails carry the date and the seats", async () => {
    const confirmed = await renderNotification("booking_confirmed", SAMPLE_PAYLOADS.booking_confirmed, { appUrl });
    expect(confirmed.text).toContain("14 Mar 2027");
    expect(confirmed.text).toContain("2 (#1, #3)");
    // The calendar file of the booking, on the app's own address.
    expect(confirmed.html).toContain(`href="${appUrl}/traveler/bookings/b1/calendar.ics"`);
    expect(confirmed.text).toContain(`${appUrl}/traveler/bookings/b1/calendar.ics`);
    const delayed = await renderNotification("launch_status_traveler", SAMPLE_PAYLOADS.launch_status_traveler, {
      appUrl,
    });
    expect(delayed.subject).toBe("Moon Falcon X is delayed");
    expect(delayed.text).toContain("20 Mar 2027");
    const cancelled = await renderNotification("booking_cancelled", SAMPLE_PAYLOADS.booking_cancelled, { appUrl });
    expect(cancelled.text).toContain("$5,000.00 (50%)");
  });

  it("escapes payload text in the HTML", async () => {
    const mail = await renderNotification(
      "verify_email",
      { name: "<script>alert(1)</script>", path: "/confirm-email?token=x" },
      { appUrl },
    );
    expect(mail.html).not.toContain("<script>alert(1)</script>");
  });

  it("refuses an unknown template", async () => {
    await expect(
      renderNotification("nope" as TemplateName, SAMPLE_PAYLOADS.verify_email as never, { appUrl }),
    ).rejects.toThrow(/Unknown email template/);
  });
});
