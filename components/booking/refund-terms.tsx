import { LocalDateTime } from "@/components/ui/local-date-time";
import { refundDeadlines, refundPercentAt } from "@/lib/bookings/rules";

/**
 * The refund tiers as this launch's dates: "Cancel by …: 90 % back; by …: 70 %; after that:
 * nothing". Tiers already behind `now` are shown struck through, so the traveler sees why he
 * gets less than the headline figure. `now` is left out where the page is cached for everyone.
 */
export function RefundTerms({ launchDate, now }: { launchDate: string; now?: Date }) {
  const date = new Date(launchDate);
  const deadlines = refundDeadlines(date, now ?? new Date(0));
  const today = now ? refundPercentAt(date, now) : null;
  return (
    <div className="text-sm text-slate-700">
      <ul className="space-y-1" aria-label="Refund if you cancel">
        {deadlines.map((d, i) => (
          <li key={d.percent} className={now && d.passed ? "text-slate-500 line-through" : undefined}>
            {i === 0 ? "Cancel by" : "by"} <LocalDateTime iso={d.until.toISOString()} dateOnly />:{" "}
            <strong>{d.percent} % back</strong>
            {now && d.passed ? <span className="sr-only"> (date passed)</span> : null}
          </li>
        ))}
        <li>
          after that: <strong>nothing back</strong>
        </li>
      </ul>
      {today !== null ? (
        <p className="mt-2">
          {today > 0 ? `Cancelling today would return ${today} %.` : "Cancelling from today on returns nothing."} If the
          agency aborts the launch, you get everything back.
        </p>
      ) : (
        <p className="mt-2">If the agency aborts the launch, you get everything back.</p>
      )}
    </div>
  );
}
