"use client";
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { formatUsd } from "@/lib/money";

// Small client charts that only draw numbers computed on the server (in cents; shown in USD).
// Animation is off: reports are read, not watched, and tests need a settled drawing.
const usd = (cents: number) => formatUsd(cents, { wholeDollars: true });
const COLORS = {
  actual: "#15803d",
  pending: "#d97706",
  projected: "#6366f1",
  revenue: "#0ea5e9",
  invoiced: "#6366f1",
  paid: "#15803d",
};

function Frame({ label, children }: { label: string; children: React.ReactElement }) {
  return (
    <figure className="h-72 w-full" role="img" aria-label={label}>
      <ResponsiveContainer width="100%" height="100%" minWidth={200}>
        {children}
      </ResponsiveContainer>
    </figure>
  );
}

const axes = (key: string) => [
  <CartesianGrid key="g" strokeDasharray="3 3" vertical={false} />,
  <XAxis key="x" dataKey={key} tick={{ fontSize: 12 }} />,
  <YAxis key="y" tickFormatter={usd} tick={{ fontSize: 12 }} width={80} />,
  <Tooltip key="t" formatter={(v) => usd(Number(v))} />,
  <Legend key="l" />,
];

export function RevenueSeriesChart({
  data,
}: {
  data: { label: string; ticketRevenueCents: number; invoicedCents: number; paidCents: number }[];
}) {
  return (
    <Frame label="Ticket revenue, fees invoiced and fees paid over the last periods">
      <BarChart data={data}>
        {axes("label")}
        <Bar dataKey="ticketRevenueCents" name="Ticket revenue" fill={COLORS.revenue} isAnimationActive={false} />
        <Bar dataKey="invoicedCents" name="Fees invoiced" fill={COLORS.invoiced} isAnimationActive={false} />
        <Bar dataKey="paidCents" name="Fees paid" fill={COLORS.paid} isAnimationActive={false} />
      </BarChart>
    </Frame>
  );
}

type AnnualRow = { label: string; actualCents: number; pendingCents: number; projectedCents: number };

export function AnnualStackedChart({ data, label }: { data: AnnualRow[]; label: string }) {
  return (
    <Frame label={label}>
      <BarChart data={data}>
        {axes("label")}
        <Bar
          dataKey="actualCents"
          name="Actual (received)"
          stackId="fees"
          fill={COLORS.actual}
          isAnimationActive={false}
        />
        <Bar
          dataKey="pendingCents"
          name="Pending (unpaid)"
          stackId="fees"
          fill={COLORS.pending}
          isAnimationActive={false}
        />
        <Bar
          dataKey="projectedCents"
          name="Projected"
          stackId="fees"
          fill={COLORS.projected}
          isAnimationActive={false}
        />
      </BarChart>
    </Frame>
  );
}
