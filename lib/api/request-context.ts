import { randomUUID } from "node:crypto";
import { isIP } from "node:net";

export type RequestContext = { requestId: string; path: string; ip: string; userAgent: string | null; origin: string | null };

/**
 * The client's address. Next's server appends the socket's peer to X-Forwarded-For, so the last entry is the
 * connection we see; each trusted proxy of ours in front adds one more, counted from the right. Entries further
 * left are whatever the client wrote and are never believed.
 */
export function readClientIp(headers: Headers, trustedProxyHops: number): string {
  const hops = (headers.get("x-forwarded-for") ?? "").split(",").map((entry) => entry.trim()).filter(Boolean);
  const candidate = hops[hops.length - 1 - trustedProxyHops];
  if (!candidate) return "unknown";
  const unwrapped = candidate.replace(/^::ffff:/, "");
  return isIP(unwrapped) ? unwrapped : "unknown";
}

export function createRequestContext(request: Request, trustedProxyHops: number): RequestContext {
  return {
    requestId: randomUUID(),
    path: new URL(request.url).pathname,
    ip: readClientIp(request.headers, trustedProxyHops),
    userAgent: request.headers.get("user-agent")?.slice(0, 300) ?? null,
    origin: request.headers.get("origin"),
  };
}
