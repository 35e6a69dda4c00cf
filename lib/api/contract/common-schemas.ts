import { z } from "zod";

/** A UTC day as the API writes it. */
export const utcDayOutputSchema = z.string().regex(/^\d{4}-\d{2}-\d{2}$/).meta({ description: "A UTC day, YYYY-MM-DD", example: "2022-05-01" });

/** An instant as the API writes it. */
export const instantOutputSchema = z.string().meta({ description: "An ISO 8601 instant in UTC", example: "2026-12-04T12:00:00.000Z" });

/** An exact decimal amount in whole tokens, as a string: LUNC supply exceeds what a double holds exactly. */
export const tokenAmountSchema = z.string().regex(/^-?\d+(\.\d+)?$/).meta({ description: "An exact decimal amount in whole tokens, as a string", example: "6904017889662" });

export const dataSourceSchema = z
  .object({
    key: z.string(),
    name: z.string(),
    repository: z.string().nullable(),
    path: z.string().nullable(),
    commit: z.string().nullable(),
  })
  .meta({ id: "DataSource", description: "Where the rows of an answer came from" });

export const nextCursorSchema = z.string().nullable().meta({ description: "Pass as `cursor` to get the next page; null on the last page" });

export const symbolPathSchema = z.object({ symbol: z.string().min(1).max(20).meta({ description: "Token symbol, any case", example: "lunc" }) });

/** RFC 9457 problem details; some problems add fields such as `parameter`, `required_scope` or `policy`. */
export const problemSchema = z
  .looseObject({
    type: z.string().meta({ example: "/docs/errors#invalid-request" }),
    title: z.string(),
    status: z.number().int(),
    detail: z.string(),
    instance: z.string(),
    request_id: z.string(),
    parameter: z.string().optional().meta({ description: "The query parameter or body field that was refused" }),
    required_scope: z.string().optional(),
    policy: z.string().optional(),
  })
  .meta({ id: "Problem" });
export type ProblemBody = z.infer<typeof problemSchema>;
