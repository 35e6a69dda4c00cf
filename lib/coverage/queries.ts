import "server-only";
import { getDb } from "@/lib/db";
import { countDays, findMissingRanges, type DayRange } from "@/lib/days/utc-day";
import { describeSeriesGaps, expandCoveredDays, toIngestSeriesKey } from "./series-gaps";

export type SeriesCoverage = {
  token: string;
  series: "prices" | "supply" | `burns:${string}`;
  sourceName: string;
  sourceKey: string;
  trust: string;
  repository: string | null;
  path: string | null;
  commit: string | null;
  firstDay: string;
  lastDay: string;
  rows: number;
  lastImportedAt: Date;
};

export type SourceUse = { sourceId: number; name: string; repository: string | null; path: string | null; commit: string | null; trust: string; firstDay: string; lastDay: string; days: number };

/** The missing days of a daily series between its first and last stored day. */
export function describeGaps(days: string[]): { missingRanges: DayRange[]; missingDayCount: number } {
  const first = days[0];
  const last = days[days.length - 1];
  if (!first || !last) return { missingRanges: [], missingDayCount: 0 };
  const missingRanges = findMissingRanges(days, first, last);
  return { missingRanges, missingDayCount: countDays(missingRanges) };
}

/** Which sources a token's price history comes from, and over which days. */
export async function listPriceSources(tokenId: number): Promise<SourceUse[]> {
  const db = getDb();
  const groups = await db.pricePoint.groupBy({ by: ["sourceId"], where: { tokenId }, _min: { day: true }, _max: { day: true }, _count: { _all: true } });
  const sources = await db.source.findMany({ where: { id: { in: groups.map((group) => group.sourceId) } } });
  return groups
    .map((group) => {
      const source = sources.find((candidate) => candidate.id === group.sourceId);
      if (!source) throw new Error(`source ${group.sourceId} is referenced but missing`);
      return { sourceId: source.id, name: source.name, repository: source.repository, path: source.path, commit: source.commit, trust: source.trust, firstDay: group._min.day ?? "", lastDay: group._max.day ?? "", days: group._count._all };
    })
    .sort((a, b) => a.firstDay.localeCompare(b.firstDay));
}

type StoredGroup = { tokenId: number; sourceId: number; _min: { day: string | null }; _max: { day: string | null; importedAt: Date | null }; _count: { _all: number } };
type SourceRow = { id: number; name: string; key: string; trust: string; repository: string | null; path: string | null; commit: string | null };

/** One grouped series (token × source × kind) with its source's description and its span, size and last import. */
function describeStoredGroup<Series extends string>(tokens: { id: number; symbol: string }[], sources: SourceRow[], group: StoredGroup, series: Series) {
  const source = sources.find((candidate) => candidate.id === group.sourceId);
  const token = tokens.find((candidate) => candidate.id === group.tokenId);
  if (!source || !token) throw new Error("a stored series points at a missing token or source");
  return {
    token: token.symbol,
    series,
    sourceName: source.name,
    sourceKey: source.key,
    trust: source.trust,
    repository: source.repository,
    path: source.path,
    commit: source.commit,
    firstDay: group._min.day ?? "",
    lastDay: group._max.day ?? "",
    rows: group._count._all,
    lastImportedAt: group._max.importedAt ?? new Date(0),
  };
}

/** Every stored series (token × kind × source) with its span, size and last import, for the data page. */
export async function listSeriesCoverage(): Promise<SeriesCoverage[]> {
  const db = getDb();
  const [tokens, sources, prices, supplies, burns] = await Promise.all([
    db.token.findMany(),
    db.source.findMany(),
    db.pricePoint.groupBy({ by: ["tokenId", "sourceId"], _min: { day: true }, _max: { day: true, importedAt: true }, _count: { _all: true } }),
    db.supplyPoint.groupBy({ by: ["tokenId", "sourceId"], _min: { day: true }, _max: { day: true, importedAt: true }, _count: { _all: true } }),
    db.burn.groupBy({ by: ["tokenId", "sourceId", "kind"], _min: { day: true }, _max: { day: true, importedAt: true }, _count: { _all: true } }),
  ]);
  const describe = (group: StoredGroup, series: SeriesCoverage["series"]): SeriesCoverage => describeStoredGroup(tokens, sources, group, series);
  return [
    ...prices.map((group) => describe(group, "prices")),
    ...supplies.map((group) => describe(group, "supply")),
    ...burns.map((group) => describe(group, `burns:${group.kind}`)),
  ].sort((a, b) => a.token.localeCompare(b.token) || a.series.localeCompare(b.series) || a.firstDay.localeCompare(b.firstDay));
}

export type SeriesRunSummary = {
  runId: number;
  /** "coingecko", "lcd", "batches" or "snapshot". */
  source: string;
  status: string;
  startedAt: Date;
  finishedAt: Date | null;
  added: number;
  updated: number;
  unchanged: number;
  gapsLeft: number | null;
  error: string | null;
};

export type DataPageSeries = Omit<SeriesCoverage, "lastImportedAt" | "series"> & {
  /** As in SeriesCoverage, plus `reading:<key>` for the chain's point-in-time readings (burn wallet, tax rate and split). */
  series: string;
  seriesKey: string;
  lastImportedAt: Date | null;
  /** Days between this source's first and last day that the series lacks from every source; null for event series. */
  missingDays: number | null;
  missingRanges: DayRange[];
  lastRun: SeriesRunSummary | null;
};

async function loadCoveredDays(): Promise<Map<string, Set<string>>> {
  const db = getDb();
  const [tokens, prices, supplies, burns, readings] = await Promise.all([
    db.token.findMany({ select: { id: true, symbol: true } }),
    db.pricePoint.findMany({ select: { tokenId: true, day: true } }),
    db.supplyPoint.findMany({ select: { tokenId: true, day: true } }),
    db.burn.findMany({ select: { tokenId: true, kind: true, day: true, periodDays: true } }),
    db.chainReading.findMany({ select: { tokenId: true, key: true, day: true } }),
  ]);
  const symbols = new Map(tokens.map((token) => [token.id, token.symbol]));
  const grouped = new Map<string, { day: string; periodDays?: number }[]>();
  const add = (tokenId: number, series: string, row: { day: string; periodDays?: number }) => {
    const key = toIngestSeriesKey(symbols.get(tokenId) ?? "?", series);
    grouped.set(key, [...(grouped.get(key) ?? []), row]);
  };
  for (const row of prices) add(row.tokenId, "prices", row);
  for (const row of supplies) add(row.tokenId, "supply", row);
  for (const row of burns) add(row.tokenId, `burns:${row.kind}`, row);
  for (const row of readings) add(row.tokenId, `reading:${row.key}`, row);
  return new Map([...grouped].map(([key, rows]) => [key, expandCoveredDays(rows)]));
}

/** The latest run of each series an ingest run has touched, and the latest snapshot load (which covers the rest). */
async function loadLastRuns(): Promise<{ bySeries: Map<string, SeriesRunSummary>; snapshot: SeriesRunSummary | null }> {
  const db = getDb();
  const latest = await db.ingestSeriesRun.groupBy({ by: ["series"], _max: { id: true } });
  const rows = await db.ingestSeriesRun.findMany({ where: { id: { in: latest.map((group) => group._max.id ?? -1) } }, include: { run: { select: { source: true } } } });
  const bySeries = new Map(
    rows.map((row) => [
      row.series,
      { runId: row.runId, source: row.run.source, status: row.status, startedAt: row.startedAt, finishedAt: row.finishedAt, added: row.added, updated: row.updated, unchanged: row.unchanged, gapsLeft: row.gapsLeft, error: row.error },
    ]),
  );
  const snapshotRun = await db.ingestRun.findFirst({ where: { source: "snapshot" }, orderBy: { id: "desc" } });
  const snapshot = snapshotRun
    ? { runId: snapshotRun.id, source: "snapshot", status: snapshotRun.status, startedAt: snapshotRun.startedAt, finishedAt: snapshotRun.finishedAt, added: snapshotRun.added, updated: snapshotRun.updated, unchanged: snapshotRun.unchanged, gapsLeft: null, error: snapshotRun.error }
    : null;
  return { bySeries, snapshot };
}

/**
 * What /data shows: every series by source with its span, the days it lacks and its last run and outcome; a series an
 * ingest run has tried but not stored a row of yet is listed too, so a failing source cannot hide.
 */
/** The chain readings grouped like listSeriesCoverage's series (kept apart from it: /api/v1/coverage lists data series only). */
async function listReadingCoverage(): Promise<(Omit<SeriesCoverage, "series"> & { series: string })[]> {
  const db = getDb();
  const [tokens, sources, groups] = await Promise.all([
    db.token.findMany(),
    db.source.findMany(),
    db.chainReading.groupBy({ by: ["tokenId", "sourceId", "key"], _min: { day: true }, _max: { day: true, importedAt: true }, _count: { _all: true } }),
  ]);
  return groups.map((group) => describeStoredGroup(tokens, sources, group, `reading:${group.key}`));
}

export async function listDataPageSeries(): Promise<DataPageSeries[]> {
  const [dataSeries, readingSeries, covered, runs] = await Promise.all([listSeriesCoverage(), listReadingCoverage(), loadCoveredDays(), loadLastRuns()]);
  const coverage: (Omit<SeriesCoverage, "series"> & { series: string })[] = [...dataSeries, ...readingSeries];
  const listed = coverage.map((row): DataPageSeries => {
    const seriesKey = toIngestSeriesKey(row.token, row.series);
    const gaps = describeSeriesGaps(row.series, covered.get(seriesKey) ?? new Set(), row.firstDay, row.lastDay);
    return { ...row, seriesKey, missingDays: gaps?.missingDays ?? null, missingRanges: gaps?.missingRanges ?? [], lastRun: runs.bySeries.get(seriesKey) ?? runs.snapshot };
  });
  const withRows = new Set(listed.map((row) => row.seriesKey));
  const tried = [...runs.bySeries].filter(([seriesKey]) => !withRows.has(seriesKey));
  const triedOnly = tried.map(([seriesKey, run]): DataPageSeries => {
    const [token = "", ...rest] = seriesKey.split(".");
    const series = rest[0] === "burns" || rest[0] === "reading" ? `${rest[0]}:${rest.slice(1).join(".")}` : rest.join(".");
    return { token: token.toUpperCase(), series, seriesKey, sourceName: `no rows stored yet (${run.source})`, sourceKey: run.source, trust: "", repository: null, path: null, commit: null, firstDay: "", lastDay: "", rows: 0, lastImportedAt: null, missingDays: null, missingRanges: [], lastRun: run };
  });
  return [...listed, ...triedOnly].sort((a, b) => a.token.localeCompare(b.token) || a.series.localeCompare(b.series) || a.firstDay.localeCompare(b.firstDay));
}

export type IngestRunSummary = { id: number; source: string; status: string; startedAt: Date; finishedAt: Date | null; added: number; updated: number; unchanged: number; error: string | null };

export async function listRecentIngestRuns(count = 10): Promise<IngestRunSummary[]> {
  return getDb().ingestRun.findMany({
    orderBy: { id: "desc" },
    take: count,
    select: { id: true, source: true, status: true, startedAt: true, finishedAt: true, added: true, updated: true, unchanged: true, error: true },
  });
}
