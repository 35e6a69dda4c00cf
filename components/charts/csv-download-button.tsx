"use client";

import { toChartCsv } from "./chart-csv";
import type { ChartModel } from "./chart-series";

/** Downloads the rows the chart draws, nothing more and nothing less. */
export function CsvDownloadButton({ model, headerFor, fileName }: { model: ChartModel; headerFor: (label: string) => string; fileName: string }) {
  const download = () => {
    const csv = toChartCsv(model.lines.map((line) => ({ key: line.key, header: headerFor(line.label) })), model.rows);
    const url = URL.createObjectURL(new Blob([csv], { type: "text/csv;charset=utf-8" }));
    const link = document.createElement("a");
    link.href = url;
    link.download = fileName;
    link.click();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  };
  return (
    <button type="button" onClick={download} className="rounded-md border border-border px-2 py-1 text-sm hover:border-accent" data-testid="csv-download">
      Download CSV
    </button>
  );
}
