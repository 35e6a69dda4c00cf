import { z } from "zod";
import { burnKindSchema } from "@/lib/burns/burn-kinds";
import { isUtcDay } from "@/lib/days/utc-day";

/** Bumped whenever a snapshot file's shape changes; the importer refuses versions it does not know. */
export const SNAPSHOT_SCHEMA_VERSION = 1;

const daySchema = z.string().refine(isUtcDay, "must be a UTC day YYYY-MM-DD");
const decimalStringSchema = z.string().regex(/^\d+(\.\d+)?$/, "must be a non-negative decimal string");
const positiveNumber = z.number().finite().positive();

export const trustLevels = ["high", "medium-high", "medium", "good", "low"] as const;

export const snapshotSourceSchema = z.object({
  key: z.string().min(1),
  name: z.string().min(1),
  repository: z.string().nullable(),
  path: z.string().nullable(),
  commit: z.string().nullable(),
  trust: z.enum(trustLevels),
  notes: z.string(),
});
export type SnapshotSource = z.infer<typeof snapshotSourceSchema>;

export const dayRangeSchema = z.object({ from: daySchema, to: daySchema });

export const coverageSchema = z.object({
  firstDay: daySchema,
  lastDay: daySchema,
  pointCount: z.number().int().positive(),
  missingDayCount: z.number().int().nonnegative(),
  missingRanges: z.array(dayRangeSchema),
});
export type Coverage = z.infer<typeof coverageSchema>;

export const pricePointSchema = z.object({
  day: daySchema,
  priceUsd: positiveNumber,
  marketCapUsd: positiveNumber.nullable(),
  volumeUsd: z.number().finite().nonnegative().nullable(),
});
export type SnapshotPricePoint = z.infer<typeof pricePointSchema>;

export const supplyPointSchema = z
  .object({ day: daySchema, total: decimalStringSchema.nullable(), circulating: decimalStringSchema.nullable() })
  .refine((point) => point.total !== null || point.circulating !== null, "a supply point needs a total or a circulating figure");
export type SnapshotSupplyPoint = z.infer<typeof supplyPointSchema>;

export const burnPointSchema = z.object({
  day: daySchema,
  periodDays: z.number().int().min(1).max(31),
  kind: burnKindSchema,
  amount: decimalStringSchema,
  runningTotal: decimalStringSchema,
  note: z.string().nullable(),
});
export type SnapshotBurnPoint = z.infer<typeof burnPointSchema>;

const seriesCommon = {
  schemaVersion: z.literal(SNAPSHOT_SCHEMA_VERSION),
  seriesId: z.string().regex(/^[a-z0-9.-]+$/),
  token: z.string().regex(/^[A-Z0-9]+$/),
  unit: z.string(),
  source: snapshotSourceSchema,
  coverage: coverageSchema,
  quirksHandled: z.array(z.string()),
};

export const snapshotSeriesSchema = z.discriminatedUnion("kind", [
  z.object({ ...seriesCommon, kind: z.literal("prices"), points: z.array(pricePointSchema).min(1) }),
  z.object({ ...seriesCommon, kind: z.literal("supply"), points: z.array(supplyPointSchema).min(1) }),
  z.object({ ...seriesCommon, kind: z.literal("burns"), points: z.array(burnPointSchema).min(1) }),
]);
export type SnapshotSeries = z.infer<typeof snapshotSeriesSchema>;

export const snapshotManifestSchema = z.object({
  schemaVersion: z.literal(SNAPSHOT_SCHEMA_VERSION),
  description: z.string(),
  series: z.array(
    z.object({ file: z.string().regex(/^[a-z0-9.-]+\.json$/), seriesId: z.string(), kind: z.enum(["prices", "supply", "burns"]), token: z.string(), pointCount: z.number().int(), sha256: z.string().regex(/^[0-9a-f]{64}$/) }),
  ),
  notImported: z.array(z.object({ path: z.string(), reason: z.string() })),
});
export type SnapshotManifest = z.infer<typeof snapshotManifestSchema>;
