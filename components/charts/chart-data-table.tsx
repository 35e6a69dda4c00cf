"use client";

import { useState } from "react";
import { formatWithUnit } from "./chart-format";
import type { ChartModel } from "./chart-series";

/** The chart's drawn rows as a table: what a screen reader reads instead of the picture. Rows render once opened. */
export function ChartDataTable({ model, unit, caption }: { model: ChartModel; unit: string; caption: string }) {
  const [open, setOpen] = useState(false);
  return (
    <details className="mt-2 text-sm" onToggle={(event) => setOpen(event.currentTarget.open)} data-testid="chart-data-table">
      <summary className="cursor-pointer text-accent underline-offset-2 hover:underline">Data table ({model.rows.length} rows drawn)</summary>
      {open ? (
        <div className="mt-2 max-h-96 overflow-auto rounded-md border border-border">
          <table className="w-full text-left tabular-nums">
            <caption className="sr-only">{caption}</caption>
            <thead className="sticky top-0 bg-card text-muted">
              <tr>
                <th scope="col" className="px-2 py-1 font-medium">Date</th>
                {model.lines.map((line) => (
                  <th key={line.key} scope="col" className="px-2 py-1 text-right font-medium">{line.label}</th>
                ))}
              </tr>
            </thead>
            <tbody>
              {model.rows.map((row) => (
                <tr key={row.t} className="border-t border-border">
                  <th scope="row" className="px-2 py-1 font-normal">{row.day}</th>
                  {model.lines.map((line) => {
                    const value = row[line.key];
                    return <td key={line.key} className="px-2 py-1 text-right">{typeof value === "number" ? formatWithUnit(value, unit) : "no data"}</td>;
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </details>
  );
}
