import type { z } from "zod";
import { ApiProblem } from "./problem";

/** A JSON answer; reads may be cached briefly by the client, anything else never. */
export function jsonResponse(body: unknown, init: { status?: number; cacheSeconds?: number } = {}): Response {
  return new Response(JSON.stringify(body), {
    status: init.status ?? 200,
    headers: { "content-type": "application/json; charset=utf-8", "cache-control": init.cacheSeconds ? `private, max-age=${init.cacheSeconds}` : "no-store" },
  });
}

function firstIssue(error: z.ZodError): { parameter: string; message: string } {
  const issue = error.issues[0];
  return { parameter: issue?.path.join(".") || "(body)", message: issue?.message ?? "invalid" };
}

/** Query parameters through a zod schema; a bad one is a 400 that names it. */
export function parseQuery<T extends z.ZodType>(schema: T, request: Request): z.infer<T> {
  const url = new URL(request.url);
  const parsed = schema.safeParse(Object.fromEntries(url.searchParams));
  if (!parsed.success) {
    const { parameter, message } = firstIssue(parsed.error);
    throw new ApiProblem("invalid_request", `Query parameter "${parameter}": ${message}`, { fields: { parameter } });
  }
  return parsed.data;
}

/** A JSON body through a zod schema: unreadable JSON is a 400, a well-formed body with wrong values a 422. */
export function parseJsonBody<T extends z.ZodType>(schema: T, rawBody: Uint8Array): z.infer<T> {
  let value: unknown;
  try {
    value = rawBody.length === 0 ? {} : JSON.parse(new TextDecoder().decode(rawBody));
  } catch {
    throw new ApiProblem("invalid_request", "The body is not valid JSON.");
  }
  const parsed = schema.safeParse(value);
  if (!parsed.success) {
    const { parameter, message } = firstIssue(parsed.error);
    throw new ApiProblem("unprocessable", `Field "${parameter}": ${message}`, { fields: { parameter } });
  }
  return parsed.data;
}
