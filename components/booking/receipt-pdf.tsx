import { Document, Page, Text, View } from "@react-pdf/renderer";
import { PdfLine, pdfDay, pdfResponse, pdfStyles as s } from "@/components/pdf/parts";
import type { BookingReceipt } from "@/lib/bookings/receipt";
import { formatUsd } from "@/lib/money";

const minute = (iso: string) => `${iso.slice(0, 16).replace("T", " ")} UTC`;

/** A booking's receipt as an A4 PDF: what was paid, and what came back. */
export function ReceiptPdf({ receipt: r }: { receipt: BookingReceipt }) {
  return (
    <Document title={`Receipt ${r.reference}`} author="AstroBookings">
      <Page size="A4" style={s.page}>
        <View style={s.row}>
          <View>
            <Text style={s.h1}>Receipt {r.reference}</Text>
            <Text style={s.muted}>AstroBookings · booking {r.status}</Text>
          </View>
          <View>
            <Text>Issued: {pdfDay(r.issuedAt)}</Text>
            <Text>Paid: {pdfDay(r.paid.paidAt)}</Text>
          </View>
        </View>
        <View style={s.section}>
          <Text style={s.h2}>Traveler</Text>
          <Text>{r.traveler.name}</Text>
          <Text>{r.traveler.email}</Text>
        </View>
        <View style={s.section}>
          <Text style={s.h2}>Launch</Text>
          <Text>{r.launch.title}</Text>
          <Text>
            {minute(r.launch.date)} from {r.launch.spaceport} · rocket {r.launch.rocket} · {r.launch.status}
          </Text>
          <Text>
            Operated by {r.agency.name} ({r.agency.contactEmail})
          </Text>
        </View>
        <View style={s.section}>
          <Text style={s.h2}>Passengers and seats</Text>
          {r.passengers.map((p) => (
            <PdfLine key={p.seat} label={p.name} value={`Seat ${p.seat}`} />
          ))}
        </View>
        <View style={s.section}>
          <Text style={s.h2}>Payment</Text>
          <PdfLine
            label={`Amount paid${r.paid.cardLast4 ? ` (card ending ${r.paid.cardLast4})` : ""}`}
            value={formatUsd(r.paid.amountCents)}
            bold
          />
          {r.refund ? (
            <>
              <PdfLine
                label={`Refund ${r.refund.percent} %, ${r.refund.pending ? "on its way since" : "on"} ${pdfDay(r.refund.date)}`}
                value={`-${formatUsd(r.refund.amountCents)}`}
              />
              <PdfLine label="Net paid" value={formatUsd(r.paid.amountCents - r.refund.amountCents)} bold />
            </>
          ) : null}
        </View>
        <Text style={[s.section, s.muted]}>
          The agency operates the flight; AstroBookings took the payment. Keep this receipt with your booking reference.
        </Text>
      </Page>
    </Document>
  );
}

/** The PDF response of a receipt, for the route handlers. */
export function receiptPdfResponse(receipt: BookingReceipt): Promise<Response> {
  return pdfResponse(<ReceiptPdf receipt={receipt} />, `receipt-${receipt.reference}.pdf`);
}
