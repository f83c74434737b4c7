import { z } from "zod";
import type { ApiOperation } from "@/lib/http/openapi";
import {
  agencyInvoicesQuery,
  agencyReportQuery,
  annualReportQuery,
  creditNoteSchema,
  generateInvoicesSchema,
  invoiceResponse,
  listInvoicesQuery,
  recordPaymentSchema,
  setStatusSchema,
} from "./schemas";

const finance = (op: Omit<ApiOperation, "tag" | "auth">): ApiOperation => ({
  ...op,
  tag: "Finance (employee, it)",
  auth: "bearer",
});
const invoiceList = z.object({
  items: z.array(invoiceResponse),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
});

// The finance operations of /api/v1, generated from the schemas the handlers parse with.
export const FINANCE_OPERATIONS: ApiOperation[] = [
  finance({
    method: "post",
    path: "/finance/invoices/generate",
    summary: "Generate the invoice of one launch, or of every successful/aborted launch lacking one (idempotent)",
    body: generateInvoicesSchema,
    response: z.object({
      created: z.array(invoiceResponse),
      skipped: z.array(z.object({ launchId: z.string(), reason: z.string(), detail: z.string() })),
    }),
  }),
  finance({
    method: "get",
    path: "/finance/invoices",
    summary: "List invoices (filters, search, sort, pagination, totals)",
    query: listInvoicesQuery,
    response: invoiceList,
  }),
  finance({
    method: "get",
    path: "/finance/invoices/{id}",
    summary: "One invoice with snapshot, payments, credit notes, reminders and history",
    response: invoiceResponse,
  }),
  finance({
    method: "post",
    path: "/finance/invoices/{id}/payments",
    summary: "Record a payment; the status follows",
    body: recordPaymentSchema,
    status: 201,
  }),
  finance({
    method: "post",
    path: "/finance/invoices/{id}/status",
    summary: "Set a status by hand (kept in the history)",
    body: setStatusSchema,
    response: invoiceResponse,
  }),
  finance({
    method: "post",
    path: "/finance/invoices/{id}/credit-notes",
    summary: "Issue a credit note (CN-YYYY-NNNNN) against an invoice",
    body: creditNoteSchema,
    status: 201,
  }),
  finance({ method: "get", path: "/finance/invoices/{id}/pdf", summary: "The invoice as application/pdf" }),
  finance({
    method: "get",
    path: "/finance/reports/agencies/{id}",
    summary: "Agency revenue report for a month, quarter or year (format=csv for CSV)",
    query: agencyReportQuery,
  }),
  finance({
    method: "get",
    path: "/finance/reports/annual/{year}",
    summary: "Annual report: actual, pending, projected by agency and month (format=csv for CSV)",
    query: annualReportQuery,
  }),
  {
    method: "get",
    path: "/agency/invoices",
    summary: "The agency's own invoices and credit notes",
    tag: "Agency console (agency)",
    auth: "bearer",
    query: agencyInvoicesQuery,
    response: invoiceList,
  },
  {
    method: "get",
    path: "/agency/invoices/{id}",
    summary: "One own invoice (404 for another agency's)",
    tag: "Agency console (agency)",
    auth: "bearer",
    response: invoiceResponse,
  },
  {
    method: "get",
    path: "/agency/invoices/{id}/pdf",
    summary: "One own invoice as application/pdf",
    tag: "Agency console (agency)",
    auth: "bearer",
  },
];
