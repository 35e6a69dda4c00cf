import { z } from "zod";
import { isUtcDay } from "@/lib/days/utc-day";
import { intervals } from "@/lib/series/resample";
import { ApiProblem } from "./problem";

const daySchema = z.string().refine(isUtcDay, "must be an ISO date YYYY-MM-DD");

/** The query every series route takes: a day range, an interval, a format and a cursor page. */
export const seriesQuerySchema = z
  .object({
    from: daySchema.optional(),
    to: daySchema.optional(),
    interval: z.enum(intervals).default("daily"),
    format: z.enum(["json", "csv"]).default("json"),
    cursor: z.string().max(200).optional(),
    limit: z.coerce.number().int().min(1).max(5000).default(1000),
  })
  .refine((query) => !query.from || !query.to || query.from <= query.to, { message: "must not be before from", path: ["to"] });

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
