import { StyleSheet, Text, View, renderToBuffer } from "@react-pdf/renderer";
import type { ReactElement } from "react";

// The look shared by the app's A4 documents (invoices, booking receipts): @react-pdf/renderer,
// JSX like the rest of the app.
export const pdfStyles = StyleSheet.create({
  page: { padding: 40, fontSize: 10, fontFamily: "Helvetica", color: "#0f172a" },
  h1: { fontSize: 20, marginBottom: 4, fontFamily: "Helvetica-Bold" },
  muted: { color: "#475569" },
  row: { flexDirection: "row", justifyContent: "space-between" },
  section: { marginTop: 18 },
  h2: { fontSize: 12, fontFamily: "Helvetica-Bold", marginBottom: 6 },
  cell: { paddingVertical: 3, borderBottomWidth: 0.5, borderBottomColor: "#cbd5e1" },
  total: { fontFamily: "Helvetica-Bold", fontSize: 12 },
});

export const pdfDay = (iso: string) => iso.slice(0, 10);

/** A label and its amount on one ruled line. */
export function PdfLine({ label, value, bold }: { label: string; value: string; bold?: boolean }) {
  const s = pdfStyles;
  return (
    <View style={[s.row, s.cell]}>
      <Text style={bold ? s.total : undefined}>{label}</Text>
      <Text style={bold ? s.total : undefined}>{value}</Text>
    </View>
  );
}

/** A rendered document as a private, inline PDF response. */
export async function pdfResponse(document: ReactElement, filename: string): Promise<Response> {
  // @react-pdf/renderer types its argument as a <Document> element; every caller passes one.
  const buffer = await renderToBuffer(document as Parameters<typeof renderToBuffer>[0]);
  return new Response(new Uint8Array(buffer), {
    headers: {
      "Content-Type": "application/pdf",
      "Content-Disposition": `inline; filename="${filename}"`,
      "Cache-Control": "private, no-store",
    },
  });
}
