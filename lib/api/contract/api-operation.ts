import type { z } from "zod";
import type { ProblemCode } from "../problem";
import type { ApiRouteOptions } from "../route-options";

type HttpMethod = "get" | "post" | "patch" | "delete";

/**
 * One API operation, described once: the route wrapper takes its access rules, the handler parses with its schemas,
 * the OpenAPI document and the SDK are generated from it. Examples are real requests and answers: a test parses each
 * with the operation's own schemas, and the end-to-end suite sends every example request to the running app.
 */
export type ApiOperation<
  PathParams extends z.ZodObject = z.ZodObject,
  Query extends z.ZodObject = z.ZodObject,
  Body extends z.ZodType = z.ZodType,
  Response extends z.ZodType = z.ZodType,
> = ApiRouteOptions & {
  operationId: string;
  method: HttpMethod;
  /** The OpenAPI path, `{name}` for a path parameter; the Next.js route folder uses `[name]`. */
  path: string;
  tag: string;
  summary: string;
  description?: string;
  pathParams?: PathParams;
  query?: Query;
  body?: Body;
  response: Response;
  /** 200 for reads, 201 when something was created. */
  successStatus?: 200 | 201;
  /** The route also answers `format=csv` with text/csv. */
  csv?: boolean;
  /** Problems this operation answers besides the ones every keyed route can give (401, 403, 429, 500, 503). */
  problems: ProblemCode[];
  /** A request the operation refuses with 400 (query) or 422 (body), and the parameter or field the problem names. */
  invalidExample?: { query?: Record<string, string>; body?: unknown; parameter: string };
  example: {
    pathParams?: z.input<PathParams>;
    query?: z.input<Query>;
    body?: z.input<Body>;
    /** A function where the answer is worth computing only when the spec is built (a scenario run). */
    response: z.output<Response> | (() => z.output<Response>);
  };
};

/** The schemas an operation was given, as required fields, so handlers parse with them without a non-null check. */
type PresentSchemas<PathParams, Query, Body> = ([PathParams] extends [never] ? unknown : { pathParams: PathParams }) &
  ([Query] extends [never] ? unknown : { query: Query }) &
  ([Body] extends [never] ? unknown : { body: Body });

export function defineOperation<PathParams extends z.ZodObject = never, Query extends z.ZodObject = never, Body extends z.ZodType = never, Response extends z.ZodType = z.ZodType>(
  operation: ApiOperation<PathParams, Query, Body, Response>,
): ApiOperation<PathParams, Query, Body, Response> & PresentSchemas<PathParams, Query, Body> {
  return operation as ApiOperation<PathParams, Query, Body, Response> & PresentSchemas<PathParams, Query, Body>;
}

/** An operation's path with its `{name}` parameters filled in, each percent-encoded. */
export function fillOperationPath(path: string, valueOf: (name: string) => string): string {
  return path.replace(/\{(\w+)\}/g, (_, name: string) => encodeURIComponent(valueOf(name)));
}

/** The example answer of an operation, computing it where it is given as a function. */
export function resolveExampleResponse<T>(operation: { example: { response: T | (() => T) } }): T {
  const { response } = operation.example;
  return typeof response === "function" ? (response as () => T)() : response;
}
