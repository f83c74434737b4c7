import { Document, Page, Text, View } from "@react-pdf/renderer";
import { PdfLine, pdfDay, pdfResponse, pdfStyles } from "@/components/pdf/parts";
import type { InvoiceDetail } from "@/lib/finance/invoice-queries";
import { formatUsd } from "@/lib/money";

// The invoice as an A4 PDF (@react-pdf/renderer: JSX like the rest of the app, STACK-NOTES.md).
const s = pdfStyles;
const day = pdfDay;
const Line = PdfLine;

export function InvoicePdf({ invoice }: { invoice: InvoiceDetail }) {
  const { agency, launch, passengers } = invoice.snapshot;
  return (
    <Document title={invoice.number} author="AstroBookings">
      <Page size="A4" style={s.page}>
        <View style={s.row}>
          <View>
            <Text style={s.h1}>Invoice {invoice.number}</Text>
            <Text style={s.muted}>AstroBookings · platform fee</Text>
          </View>
          <View>
            <Text>Issued: {day(invoice.issuedAt)}</Text>
            <Text>Due: {day(invoice.dueAt)}</Text>
            <Text>Status: {invoice.status.replace("_", " ")}</Text>
          </View>
        </View>
        <View style={s.section}>
          <Text style={s.h2}>Billed to</Text>
          <Text>{agency.name}</Text>
          {agency.address ? <Text>{agency.address}</Text> : null}
          <Text>
            {agency.country} · Tax id {agency.taxId}
          </Text>
          <Text>{agency.contactEmail}</Text>
        </View>
        <View style={s.section}>
          <Text style={s.h2}>Launch</Text>
          <Text>
            {day(launch.date)} · {launch.destination.toUpperCase()} from {launch.spaceport} · rocket {launch.rocket} ·{" "}
            {launch.status}
          </Text>
          {invoice.abortReason ? <Text>Abort reason: {invoice.abortReason}</Text> : null}
          <Text>
            Passengers:{" "}
            {passengers.length ? passengers.map((p) => `${p.name} (seat ${p.seatNumber})`).join(", ") : "none"}
          </Text>
        </View>
        <View style={s.section}>
          <Text style={s.h2}>Fee</Text>
          {invoice.kind === "success_fee" ? (
            <>
              <Line label="Net ticket revenue" value={formatUsd(invoice.revenueCents ?? 0)} />
              <Line
                label={`Rate (${invoice.reliability} agency)`}
                value={`${((invoice.feeRate ?? 0) * 100).toFixed(1)} %`}
              />
            </>
          ) : (
            <Line label="Aborted launch: fixed fee" value={formatUsd(invoice.totalCents)} />
          )}
          <Line label="Total" value={formatUsd(invoice.totalCents)} bold />
          {invoice.creditedCents ? <Line label="Credit notes" value={`-${formatUsd(invoice.creditedCents)}`} /> : null}
          <Line label="Paid" value={formatUsd(invoice.paidCents)} />
          <Line label="Balance due" value={formatUsd(invoice.balanceCents)} bold />
        </View>
        <Text style={[s.section, s.muted]}>
          Payment is due within 30 days of issue. Quote {invoice.number} with your transfer.
        </Text>
      </Page>
    </Document>
  );
}

/** The PDF response of an invoice, for the route handlers. */
export function invoicePdfResponse(invoice: InvoiceDetail): Promise<Response> {
  return pdfResponse(<InvoicePdf invoice={invoice} />, `${invoice.number}.pdf`);
}
