import type { AuditEventView } from "@/lib/audit/audit-log";
import { formatUtc } from "./format-time";

const cell = "py-1.5 pr-3 align-top";

export function AuditTable({ events }: { events: AuditEventView[] }) {
  if (events.length === 0) return <p className="text-sm text-muted">No events yet.</p>;
  return (
    // The table keeps its columns and scrolls inside this box at 375 px; the page itself never scrolls sideways.
    <div className="overflow-x-auto rounded-lg border border-border bg-card">
      <table data-testid="audit-table" className="w-full min-w-[56rem] text-left text-sm">
        <caption className="sr-only">Audit events, newest first</caption>
        <thead className="border-b border-border text-muted">
          <tr>
            {["Time", "Action", "Outcome", "Actor", "Key id", "IP", "Reason", "Count"].map((heading) => (
              <th key={heading} scope="col" className={`${cell} px-3 font-medium first:pl-3`}>
                {heading}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {events.map((event, index) => (
            <tr key={`${event.at}-${index}`} data-testid="audit-row" data-action={event.action} className="border-b border-border/60 last:border-0">
              <td className={`${cell} whitespace-nowrap pl-3`}>{formatUtc(event.at)}</td>
              <td className={`${cell} font-mono`}>{event.action}</td>
              <td className={cell}>{event.outcome}</td>
              <td className={`${cell} font-mono`}>{event.actor}</td>
              <td className={`${cell} font-mono`}>{event.keyId ?? "—"}</td>
              <td className={`${cell} font-mono`}>{event.ip ?? "—"}</td>
              <td className={`${cell} min-w-64 max-w-md break-words`}>{event.reason ?? "—"}</td>
              <td className={`${cell} text-right tabular-nums`}>{event.count}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
