import type { TemplateDef } from "./types";
import { EmailLayout, Facts, P } from "./layout";
import { absoluteUrl, formatDay, money } from "./format";

// Mails to agencies about invoices (sent by the finance work) and to IT about failed syncs.
export const invoiceIssued: TemplateDef<"invoice_issued"> = {
  subject: (p) => `Invoice ${p.number} issued: ${money(p.totalCents)}`,
  Email: ({ payload: p, appUrl }) => (
    <EmailLayout
      appUrl={appUrl}
      preview={`Invoice ${p.number} for ${money(p.totalCents)}, due ${formatDay(p.dueAt)}`}
      heading={`Invoice ${p.number}`}
      action={{ label: "View the invoice", href: absoluteUrl(appUrl, p.path) }}
    >
      <P>{p.agencyName}, a new invoice has been issued to you.</P>
      <Facts
        rows={[
          ["Number", p.number],
          ["Total", money(p.totalCents)],
          ["Due", formatDay(p.dueAt)],
        ]}
      />
    </EmailLayout>
  ),
};

export const invoiceOverdue: TemplateDef<"invoice_overdue"> = {
  subject: (p) => `Reminder: invoice ${p.number} is overdue (${money(p.balanceCents)} open)`,
  Email: ({ payload: p, appUrl }) => (
    <EmailLayout
      appUrl={appUrl}
      preview={`Invoice ${p.number} was due ${formatDay(p.dueAt)}`}
      heading="Payment reminder"
      action={{ label: "View the invoice", href: absoluteUrl(appUrl, p.path) }}
    >
      <P>
        {p.agencyName}, invoice {p.number} was due on {formatDay(p.dueAt)} and is not fully paid yet.
      </P>
      <Facts
        rows={[
          ["Number", p.number],
          ["Total", money(p.totalCents)],
          ["Still open", money(p.balanceCents)],
          ["Was due", formatDay(p.dueAt)],
        ]}
      />
      <P>If you have paid in the meantime, thank you, and please ignore this reminder.</P>
    </EmailLayout>
  ),
};

export const syncFailed: TemplateDef<"sync_failed"> = {
  subject: (p) => `Data sync failed (${p.datasets.join(", ") || "all"})`,
  Email: ({ payload: p, appUrl }) => (
    <EmailLayout
      appUrl={appUrl}
      preview="A data synchronization job failed"
      heading="A sync job failed"
      action={{ label: "Open the sync job", href: absoluteUrl(appUrl, p.path) }}
    >
      <Facts
        rows={[
          ["Job", p.jobId],
          ["Data sets", p.datasets.join(", ") || "all"],
          ["Error", p.error],
        ]}
      />
    </EmailLayout>
  ),
};
