import "server-only";
import { getDb } from "@/lib/db";
import { countDays, findMissingRanges, type DayRange } from "@/lib/days/utc-day";

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
  type Group = (typeof prices)[number];
  const describe = (group: Group, series: SeriesCoverage["series"]): SeriesCoverage => {
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
  };
  return [
    ...prices.map((group) => describe(group, "prices")),
    ...supplies.map((group) => describe(group, "supply")),
    ...burns.map((group) => describe(group, `burns:${group.kind}`)),
  ].sort((a, b) => a.token.localeCompare(b.token) || a.series.localeCompare(b.series) || a.firstDay.localeCompare(b.firstDay));
}
