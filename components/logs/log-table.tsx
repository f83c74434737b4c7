import Link from "next/link";
import { LocalDateTime } from "@/components/ui/local-date-time";
import { DataTable } from "@/components/ui/data-table";
import type { LogEntryView } from "@/lib/monitoring/log-schemas";

const LEVEL_CLASS: Record<string, string> = {
  debug: "bg-slate-100 text-slate-700",
  info: "bg-blue-100 text-blue-900",
  warn: "bg-amber-100 text-amber-900",
  error: "bg-red-100 text-red-900",
};

export function LevelBadge({ level }: { level: string }) {
  return <span className={`rounded px-1.5 py-0.5 text-xs font-medium ${LEVEL_CLASS[level] ?? ""}`}>{level}</span>;
}

/** Entries with time (in the viewer's zone), level, event, actor and message; each opens to its details. */
export function LogTable({ items }: { items: LogEntryView[] }) {
  return (
    <DataTable
      caption="Log entries"
      framed={false}
      wide
      columns={[{ label: "Time" }, { label: "Level" }, { label: "Event" }, { label: "Actor" }, { label: "Message" }]}
    >
      {items.map((e) => (
        <tr key={e.id} className="border-b border-slate-100 align-top last:border-0">
          <td className="px-3 py-2 whitespace-nowrap">
            {/* The name starts with the visible time (WCAG 2.5.3, label in name), then says what opens. */}
            <Link href={`/it/logs/${e.id}`} className="text-brand-700 underline">
              <LocalDateTime iso={e.at} withSeconds />
              <span className="sr-only">{`, open entry ${e.id}: ${e.event}`}</span>
            </Link>
          </td>
          <td className="px-3 py-2">
            <LevelBadge level={e.level} />
          </td>
          <td className="px-3 py-2 font-mono text-xs">{e.event}</td>
          <td className="px-3 py-2 break-all">{e.actor}</td>
          <td className="px-3 py-2 break-words">
            {e.message.length > 160 ? `${e.message.slice(0, 160)}…` : e.message}
          </td>
        </tr>
      ))}
    </DataTable>
  );
}
