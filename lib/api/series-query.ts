import { z } from "zod";
import { isUtcDay } from "@/lib/days/utc-day";
import { intervals } from "@/lib/series/resample";
import { ApiProblem } from "./problem";

const daySchema = z.string().refine(isUtcDay, "must be an ISO date YYYY-MM-DD");

/** The fields every series route takes: a day range, an interval, a format and a cursor page. */
export const seriesQueryFields = {
  from: daySchema.optional().meta({ description: "First UTC day, inclusive (ISO date)", example: "2022-05-01" }),
  to: daySchema.optional().meta({ description: "Last UTC day, inclusive (ISO date)", example: "2022-05-31" }),
  interval: z.enum(intervals).default("daily").meta({ description: "daily, or weekly/monthly periods (the last value of each period; burns are summed)" }),
  format: z.enum(["json", "csv"]).default("json").meta({ description: "csv answers text/csv with a header row and ISO dates" }),
  cursor: z.string().max(200).optional().meta({ description: "The next_cursor of the previous page" }),
  limit: z.coerce.number().int().min(1).max(5000).default(1000).meta({ description: "Rows per page" }),
};

const fromNotAfterTo = (query: { from?: string; to?: string }) => !query.from || !query.to || query.from <= query.to;

/** A series query schema with extra fields, refusing `to` before `from`. */
export function createSeriesQuerySchema<Extra extends z.ZodRawShape>(extra: Extra) {
  return z.object({ ...seriesQueryFields, ...extra }).refine((query) => fromNotAfterTo(query as { from?: string; to?: string }), { message: "must not be before from", path: ["to"] });
}

export const seriesQuerySchema = createSeriesQuerySchema({});

export type SeriesQuery = z.infer<typeof seriesQuerySchema>;

/** Cursors are opaque to clients: the last period start served, base64url-encoded. */
export function encodeCursor(lastPeriodStart: string): string {
  return Buffer.from(JSON.stringify({ after: lastPeriodStart })).toString("base64url");
}

export function decodeCursor(cursor: string | undefined): string | null {
  if (cursor === undefined) return null;
  try {
    const { after } = z.object({ after: daySchema }).parse(JSON.parse(Buffer.from(cursor, "base64url").toString("utf8")));
    return after;
  } catch {
    throw new ApiProblem("invalid_request", 'Query parameter "cursor": not a cursor this API gave out', { fields: { parameter: "cursor" } });
  }
}

/** One page of rows (sorted by periodStart) after the cursor, and the cursor of the next page when there is one. */
export function paginate<T extends { periodStart: string }>(rows: T[], query: Pick<SeriesQuery, "cursor" | "limit">): { page: T[]; nextCursor: string | null } {
  const after = decodeCursor(query.cursor);
  const remaining = after ? rows.filter((row) => row.periodStart > after) : rows;
  const page = remaining.slice(0, query.limit);
  const last = page[page.length - 1];
  return { page, nextCursor: remaining.length > page.length && last ? encodeCursor(last.periodStart) : null };
}
