import { createHash } from "node:crypto";
import { stringify } from "csv-stringify/sync";

/**
 * A read's answer with an ETag from its bytes: a client that sends it back in If-None-Match gets 304 and no body.
 * Cache-Control is private because answers depend on the key's scopes.
 */
export function cachedResponse(request: Request, body: string, contentType: string, cacheSeconds = 60): Response {
  const etag = `"${createHash("sha256").update(body).digest("base64url").slice(0, 27)}"`;
  const headers = { etag, "cache-control": `private, max-age=${cacheSeconds}`, vary: "Authorization" };
  if (matchesIfNoneMatch(request, etag)) {
    return new Response(null, { status: 304, headers });
  }
  return new Response(body, { status: 200, headers: { ...headers, "content-type": contentType } });
}

/** Whether the client's If-None-Match names this ETag (weak or strong) or `*`: then it gets a bodiless 304. */
export function matchesIfNoneMatch(request: Request, etag: string): boolean {
  const ifNoneMatch = request.headers.get("if-none-match");
  return ifNoneMatch !== null && ifNoneMatch.split(",").some((tag) => tag.trim().replace(/^W\//, "") === etag || tag.trim() === "*");
}

export function cachedJson(request: Request, value: unknown, cacheSeconds?: number): Response {
  return cachedResponse(request, JSON.stringify(value), "application/json; charset=utf-8", cacheSeconds);
}

/** CSV with a header row; dates stay ISO days, numbers as stored. */
export function cachedCsv(request: Request, columns: string[], rows: (string | number | boolean | null)[][], filename: string): Response {
  const response = cachedResponse(request, stringify([columns, ...rows.map((row) => row.map((cell) => cell ?? ""))]), "text/csv; charset=utf-8");
  if (response.status === 200) response.headers.set("content-disposition", `attachment; filename="${filename}"`);
  return response;
}
