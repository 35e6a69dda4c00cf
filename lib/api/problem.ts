/**
 * The one error type of the API: every failure becomes an RFC 9457 problem+json response. The code decides the
 * status and the problem type, so handlers and the wrapper never pick statuses by hand.
 */
export const problemCatalog = {
  invalid_request: { status: 400, title: "Invalid request" },
  invalid_token: { status: 401, title: "Invalid or missing API key" },
  key_expired: { status: 401, title: "API key expired" },
  invalid_signature: { status: 401, title: "Invalid request signature" },
  replay_detected: { status: 401, title: "Replayed request" },
  insufficient_scope: { status: 403, title: "Insufficient scope" },
  origin_not_allowed: { status: 403, title: "Origin or address not allowed for this key" },
  forbidden: { status: 403, title: "Forbidden" },
  not_found: { status: 404, title: "Not found" },
  method_not_allowed: { status: 405, title: "Method not allowed" },
  conflict: { status: 409, title: "Conflict" },
  payload_too_large: { status: 413, title: "Request body too large" },
  unprocessable: { status: 422, title: "Unprocessable request" },
  rate_limited: { status: 429, title: "Rate limit exceeded" },
  internal_error: { status: 500, title: "Internal error" },
  unavailable: { status: 503, title: "Service unavailable" },
} as const;

export type ProblemCode = keyof typeof problemCatalog;

export class ApiProblem extends Error {
  constructor(
    readonly code: ProblemCode,
    readonly detail: string,
    readonly extra: { headers?: Record<string, string>; fields?: Record<string, unknown> } = {},
  ) {
    super(detail);
    this.name = "ApiProblem";
  }

  get status(): number {
    return problemCatalog[this.code].status;
  }
}

export function problemTypeUri(code: ProblemCode): string {
  return `/docs/errors#${code.replace(/_/g, "-")}`;
}

/** The response for a problem. `instance` is the request path; `request_id` ties it to the server's log line. */
export function problemResponse(problem: ApiProblem, context: { requestId: string; path: string }, headers: Headers = new Headers()): Response {
  const { status, title } = problemCatalog[problem.code];
  const body = {
    type: problemTypeUri(problem.code),
    title,
    status,
    detail: problem.detail,
    instance: context.path,
    request_id: context.requestId,
    ...problem.extra.fields,
  };
  headers.set("content-type", "application/problem+json");
  headers.set("cache-control", "no-store");
  headers.set("x-request-id", context.requestId);
  for (const [name, value] of Object.entries(problem.extra.headers ?? {})) headers.set(name, value);
  return new Response(JSON.stringify(body), { status, headers });
}
