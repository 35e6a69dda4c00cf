import cliProgress from "cli-progress";
import type { IngestEvent } from "./live-ingest-run";

export type ProgressView = { onEvent: (event: IngestEvent) => void; stop: () => void };

/**
 * A progress bar per series (chunks done of total, ETA, rows added so far) on a terminal; on a pipe or in CI, one line
 * per finished chunk instead, so logs stay readable.
 */
export function createProgressView(stream: NodeJS.WriteStream = process.stderr): ProgressView {
  if (!stream.isTTY) {
    return {
      onEvent: (event) => {
        if (event.type === "chunk-done") stream.write(`${event.series}: chunk ${event.chunksDone}/${event.chunksTotal} stored (added ${event.counts.added}, updated ${event.counts.updated})\n`);
        if (event.type === "chunk-failed") stream.write(`${event.series}: chunk ${event.label} failed: ${event.message}\n`);
      },
      stop: () => undefined,
    };
  }
  const bars = new cliProgress.MultiBar(
    { format: "{series} [{bar}] {value}/{total} chunks | ETA {eta_formatted} | added {added}, updated {updated}", hideCursor: true, clearOnComplete: false, stream, etaBuffer: 5 },
    cliProgress.Presets.shades_classic,
  );
  const bySeries = new Map<string, cliProgress.SingleBar>();
  return {
    onEvent: (event) => {
      switch (event.type) {
        case "series-start":
          bySeries.set(event.series, bars.create(Math.max(event.chunksTotal, 1), 0, { series: event.series.padEnd(26), added: 0, updated: 0 }));
          if (event.chunksTotal === 0) bySeries.get(event.series)!.update(1);
          break;
        case "chunk-done":
          bySeries.get(event.series)?.update(event.chunksDone, { added: event.counts.added, updated: event.counts.updated });
          break;
        case "chunk-failed":
          bars.log(`${event.series}: chunk ${event.label} failed: ${event.message}\n`);
          break;
        case "series-end":
          break;
      }
    },
    stop: () => bars.stop(),
  };
}
