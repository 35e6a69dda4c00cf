import type { UsageDay } from "./usage-series";

/** The chart's numbers as a table: days with requests, newest first (what a screen reader or a test reads). */
export function UsageTable({ days }: { days: UsageDay[] }) {
  const used = days.filter((day) => day.total > 0).reverse();
  return (
    <div className="overflow-x-auto">
      <table data-testid="usage-table" className="w-full min-w-[28rem] text-left text-sm">
        <caption className="sr-only">Requests per UTC day</caption>
        <thead className="border-b border-border text-muted">
          <tr>
            <th scope="col" className="py-1.5 pr-3 font-medium">Day (UTC)</th>
            <th scope="col" className="py-1.5 pr-3 text-right font-medium">Total</th>
            <th scope="col" className="py-1.5 pr-3 text-right font-medium">2xx</th>
            <th scope="col" className="py-1.5 pr-3 text-right font-medium">4xx</th>
            <th scope="col" className="py-1.5 pr-3 text-right font-medium">5xx</th>
            <th scope="col" className="py-1.5 text-right font-medium">During grace</th>
          </tr>
        </thead>
        <tbody>
          {used.length === 0 ? (
            <tr>
              <td colSpan={6} className="py-2 text-muted">
                No requests in the last {days.length} days.
              </td>
            </tr>
          ) : (
            used.map((day) => (
              <tr key={day.day} data-testid="usage-row" data-day={day.day} className="border-b border-border/60">
                <td className="py-1.5 pr-3 font-mono">{day.day}</td>
                <td className="py-1.5 pr-3 text-right font-semibold tabular-nums" data-testid="usage-total">
                  {day.total}
                </td>
                <td className="py-1.5 pr-3 text-right tabular-nums">{day.ok}</td>
                <td className="py-1.5 pr-3 text-right tabular-nums">{day.clientError}</td>
                <td className="py-1.5 pr-3 text-right tabular-nums">{day.serverError}</td>
                <td className="py-1.5 text-right tabular-nums" data-testid="usage-grace">
                  {day.duringGrace}
                </td>
              </tr>
            ))
          )}
        </tbody>
      </table>
    </div>
  );
}
