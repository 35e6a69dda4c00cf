import "server-only";
import type { Db } from "@/lib/db";
import { acquireIngestLock, ingestLockTtlMs, releaseIngestLock, renewIngestLock } from "./ingest-lock";
import { addCounts, zeroCounts, type RowCounts } from "./ingest-run";
import { upsertLivePoints, type LivePoints, type Tx } from "./live-tables";
import { ProviderError } from "./http/provider-error";
import { createLockOwner } from "./lock-owner";

export type LiveSource = { key: string; name: string; url: string | null; trust: string; notes: string | null };

/** One request's worth of a series: fetched, validated and reshaped by a provider adapter. */
export type SeriesChunk = { label: string; fetch: () => Promise<LivePoints & { notes?: string[] }> };

/** One series (e.g. "lunc.prices") of a source, planned against the store once its lock is held. */
export type SeriesJob = {
  series: string;
  tokenId: number;
  source: LiveSource;
  plan: (db: Db) => Promise<{ chunks: SeriesChunk[]; notes: string[] }>;
  /** Missing days left in the requested span once the run is over. */
  countGapsLeft: (db: Db) => Promise<number>;
};

export type SeriesStatus = "succeeded" | "failed" | "skipped" | "interrupted";

export type SeriesOutcome = {
  series: string;
  source: string;
  status: SeriesStatus;
  counts: RowCounts;
  changes: number;
  chunksDone: number;
  chunksTotal: number;
  gapsLeft: number;
  notes: string[];
  errors: string[];
};

export type IngestEvent =
  | { type: "series-start"; series: string; chunksTotal: number }
  | { type: "chunk-done"; series: string; chunksDone: number; chunksTotal: number; counts: RowCounts }
  | { type: "chunk-failed"; series: string; label: string; message: string }
  | { type: "series-end"; outcome: SeriesOutcome };

export type LiveIngestOptions = {
  /** The IngestRun's source: coingecko, lcd, batches. */
  source: string;
  jobs: SeriesJob[];
  /** Fetches and compares, writes nothing: no run row, no lock, no rows. */
  dryRun?: boolean;
  owner?: string;
  onEvent?: (event: IngestEvent) => void;
  /** Checked between chunks: an aborted run stops cleanly, keeping every chunk already committed. */
  signal?: AbortSignal;
};

export type LiveIngestResult = { runId: number | null; status: "succeeded" | "failed" | "interrupted"; outcomes: SeriesOutcome[]; counts: RowCounts };

const chunkTransaction = { timeout: 60_000, maxWait: 30_000 };

/**
 * A request the provider refuses as such (a bad key, an unknown coin, a plan limit, 429 after every retry): the next
 * chunk would meet the same answer, so the series stops there. Malformed answers, timeouts and 5xx move on.
 */
function isRefusal(error: unknown): boolean {
  return error instanceof ProviderError && error.kind === "http" && error.status !== undefined && ((error.status >= 400 && error.status < 500) || error.status === 501);
}

async function upsertSource(db: Db, source: LiveSource): Promise<number> {
  const row = await db.source.upsert({ where: { key: source.key }, create: source, update: source });
  return row.id;
}

/** Marks runs of this series that stopped without finishing (killed, crashed) as interrupted; this run resumes them. */
async function closeAbandonedRuns(db: Db, series: string, runId: number): Promise<void> {
  const stale = await db.ingestSeriesRun.findMany({ where: { series, status: "running", runId: { not: runId } }, select: { id: true, runId: true } });
  if (stale.length === 0) return;
  const error = `stopped before it finished (process ended); resumed by run ${runId}`;
  const finishedAt = new Date();
  await db.ingestSeriesRun.updateMany({ where: { id: { in: stale.map((row) => row.id) } }, data: { status: "interrupted", finishedAt, error } });
  await db.ingestRun.updateMany({ where: { id: { in: stale.map((row) => row.runId) }, status: "running" }, data: { status: "interrupted", finishedAt, error } });
}

async function runSeries(db: Db, job: SeriesJob, runId: number | null, sourceId: number, options: LiveIngestOptions & { owner: string }): Promise<SeriesOutcome> {
  const outcome: SeriesOutcome = { series: job.series, source: job.source.key, status: "succeeded", counts: zeroCounts, changes: 0, chunksDone: 0, chunksTotal: 0, gapsLeft: 0, notes: [], errors: [] };
  const { chunks, notes } = await job.plan(db);
  outcome.notes = notes;
  outcome.chunksTotal = chunks.length;
  const seriesRun =
    runId === null ? null : await db.ingestSeriesRun.create({ data: { runId, series: job.series, status: "running", chunksTotal: chunks.length, notes: notes.length > 0 ? notes.join("\n") : null } });
  options.onEvent?.({ type: "series-start", series: job.series, chunksTotal: chunks.length });
  const provenance = { tokenId: job.tokenId, sourceId, ingestRunId: runId };

  for (const chunk of chunks) {
    if (options.signal?.aborted) {
      outcome.status = "interrupted";
      outcome.errors.push("stopped on request before it finished");
      break;
    }
    let points: LivePoints & { notes?: string[] };
    try {
      points = await chunk.fetch();
    } catch (error) {
      // A failed chunk (malformed payload, retries exhausted) writes nothing; the chunks already committed stay.
      const message = `${chunk.label}: ${(error as Error).message}`;
      outcome.errors.push(message);
      options.onEvent?.({ type: "chunk-failed", series: job.series, label: chunk.label, message });
      if (isRefusal(error)) {
        const left = chunks.length - chunks.indexOf(chunk) - 1;
        if (left > 0) outcome.errors.push(`${left} more chunk(s) not tried: the provider refuses these requests (HTTP ${(error as ProviderError).status})`);
        break;
      }
      continue;
    }
    const result = seriesRun
      ? await db.$transaction(async (tx: Tx) => {
          const written = await upsertLivePoints(tx, points, provenance, true);
          if (written.changes.length > 0) await tx.ingestChange.createMany({ data: written.changes.map((change) => ({ runId: runId!, series: job.series, ...change })) });
          const { added, updated, unchanged } = written.counts;
          await tx.ingestSeriesRun.update({ where: { id: seriesRun.id }, data: { chunksDone: { increment: 1 }, added: { increment: added }, updated: { increment: updated }, unchanged: { increment: unchanged } } });
          return written;
        }, chunkTransaction)
      : await upsertLivePoints(db as unknown as Tx, points, provenance, false);
    if (points.notes && points.notes.length > 0) {
      outcome.notes.push(...points.notes);
      if (seriesRun) await db.ingestSeriesRun.update({ where: { id: seriesRun.id }, data: { notes: outcome.notes.join("\n") } });
    }
    outcome.counts = addCounts(outcome.counts, result.counts);
    outcome.changes += result.changes.length;
    outcome.chunksDone++;
    if (seriesRun && !(await renewIngestLock(db, job.series, options.owner))) throw new Error(`Lost the ingest lock on ${job.series} (it expired and another run took it)`);
    options.onEvent?.({ type: "chunk-done", series: job.series, chunksDone: outcome.chunksDone, chunksTotal: chunks.length, counts: outcome.counts });
  }

  if (outcome.status === "succeeded" && outcome.errors.length > 0) outcome.status = "failed";
  outcome.gapsLeft = await job.countGapsLeft(db);
  if (seriesRun) {
    await db.ingestSeriesRun.update({
      where: { id: seriesRun.id },
      data: { status: outcome.status, finishedAt: new Date(), gapsLeft: outcome.gapsLeft, error: outcome.errors.length > 0 ? outcome.errors.join("\n").slice(0, 4000) : null },
    });
  }
  return outcome;
}

/**
 * Runs a live source's series one after another, each under its store lock. Every chunk is committed in its own
 * transaction together with the run's progress, so a run killed at any moment leaves whole chunks only, and the next
 * run (which plans against what is stored) fetches just what is still missing.
 */
export async function runLiveIngest(db: Db, options: LiveIngestOptions): Promise<LiveIngestResult> {
  const owner = options.owner ?? createLockOwner();
  const dryRun = options.dryRun ?? false;
  const run = dryRun ? null : await db.ingestRun.create({ data: { source: options.source, status: "running" } });
  const runId = run?.id ?? null;
  const outcomes: SeriesOutcome[] = [];
  for (const job of options.jobs) {
    const empty = { series: job.series, source: job.source.key, counts: zeroCounts, changes: 0, chunksDone: 0, chunksTotal: 0, gapsLeft: 0, notes: [] as string[], errors: [] as string[] };
    if (options.signal?.aborted) {
      outcomes.push({ ...empty, status: "interrupted", errors: ["stopped on request before it started"] });
      continue;
    }
    if (!dryRun && !(await acquireIngestLock(db, job.series, owner, runId))) {
      const outcome: SeriesOutcome = { ...empty, status: "skipped", notes: ["another ingest holds this series' lock"] };
      outcomes.push(outcome);
      options.onEvent?.({ type: "series-end", outcome });
      continue;
    }
    const renewal = dryRun ? null : setInterval(() => void renewIngestLock(db, job.series, owner).catch(() => undefined), ingestLockTtlMs / 4);
    renewal?.unref();
    try {
      if (runId !== null) await closeAbandonedRuns(db, job.series, runId);
      const sourceId = dryRun ? ((await db.source.findUnique({ where: { key: job.source.key } }))?.id ?? -1) : await upsertSource(db, job.source);
      const outcome = await runSeries(db, job, runId, sourceId, { ...options, owner });
      outcomes.push(outcome);
      options.onEvent?.({ type: "series-end", outcome });
    } catch (error) {
      // A store failure or a lost lock: recorded on the run, and no further series is started.
      const outcome: SeriesOutcome = { ...empty, status: "failed", errors: [(error as Error).message] };
      outcomes.push(outcome);
      options.onEvent?.({ type: "series-end", outcome });
      break;
    } finally {
      if (renewal) clearInterval(renewal);
      if (!dryRun) await releaseIngestLock(db, job.series, owner);
    }
  }
  const counts = outcomes.reduce((total, outcome) => addCounts(total, outcome.counts), zeroCounts);
  const status = outcomes.some((outcome) => outcome.status === "failed") ? "failed" : outcomes.some((outcome) => outcome.status === "interrupted") ? "interrupted" : "succeeded";
  if (runId !== null) {
    const errors = outcomes.flatMap((outcome) => outcome.errors.map((error) => `${outcome.series}: ${error}`));
    await db.ingestRun.update({
      where: { id: runId },
      data: {
        status,
        finishedAt: new Date(),
        ...counts,
        error: errors.length > 0 ? errors.join("\n").slice(0, 4000) : null,
        details: JSON.stringify({ series: outcomes.map(({ series, source, status: seriesStatus, counts: seriesCounts, changes, gapsLeft, notes }) => ({ series, source, status: seriesStatus, ...seriesCounts, changes, gapsLeft, notes })) }),
      },
    });
  }
  return { runId, status, outcomes, counts };
}
