import { promisify } from "node:util";
import { constants, gzip } from "node:zlib";
import { canonicalizeQuery } from "@/lib/keys/request-signature";
import { acceptsGzip } from "./accept-encoding";
import { matchesIfNoneMatch } from "./cached-response";

const gzipAsync = promisify(gzip);

const keysByUrl = new Map<string, string>();

/** Below this size compressing saves too little to pay for itself. */
const compressFromBytes = 1024;

export type CachedAnswer = {
  status: number;
  headers: [string, string][];
  body: Uint8Array<ArrayBuffer>;
  /** The body gzipped once, for clients that take gzip (nearly all do); null for small bodies. */
  gzipped: Uint8Array<ArrayBuffer> | null;
  expiresAtMs: number;
};

/**
 * Finished answers of public data reads, kept for a few seconds in each app server. The data changes at most once
 * per ingest, and answers already say `max-age=60`, so a few seconds of reuse changes nothing a client can see,
 * while the key check, the limits and the usage count still run for every request. Nothing per key is kept here.
 */
export class ResponseCache {
  private readonly entries = new Map<string, CachedAnswer>();
  private readonly filling = new Map<string, Promise<CachedAnswer | null>>();
  private bytes = 0;

  constructor(private readonly limits: { maxEntries: number; maxBytes: number } = { maxEntries: 500, maxBytes: 64 * 1024 * 1024 }) {}

  /** The same answer for the same path and query, whatever the order of the query's parameters. */
  static keyOf(request: Request): string {
    const seen = keysByUrl.get(request.url);
    if (seen !== undefined) return `${request.method} ${seen}`;
    const url = new URL(request.url);
    const key = `${url.pathname}?${canonicalizeQuery(url.searchParams)}`;
    // Clients repeat the same few URLs; parsing and sorting each query once is enough.
    if (keysByUrl.size >= 1000) keysByUrl.clear();
    keysByUrl.set(request.url, key);
    return `${request.method} ${key}`;
  }

  get(key: string, nowMs: number): CachedAnswer | null {
    const entry = this.entries.get(key);
    if (!entry) return null;
    if (entry.expiresAtMs <= nowMs) {
      this.delete(key);
      return null;
    }
    // Map order is insertion order: re-inserting marks the entry as recently used.
    this.entries.delete(key);
    this.entries.set(key, entry);
    return entry;
  }

  set(key: string, answer: Omit<CachedAnswer, "expiresAtMs">, ttlMs: number, nowMs: number): void {
    const size = sizeOf(answer);
    if (size > this.limits.maxBytes / 4) return;
    this.delete(key);
    this.entries.set(key, { ...answer, expiresAtMs: nowMs + ttlMs });
    this.bytes += size;
    for (const [oldest] of this.entries) {
      if (this.entries.size <= this.limits.maxEntries && this.bytes <= this.limits.maxBytes) break;
      this.delete(oldest);
    }
  }

  /**
   * The cached answer for `key`, or the one `produce` makes now, kept when it is a 200. Concurrent misses of one key
   * wait for a single `produce` instead of each reading the store. Anything but a 200 is not kept and is returned
   * as it is, to the caller that produced it; callers that waited for it produce their own.
   */
  async getOrProduce(key: string, nowMs: number, ttlMs: number, produce: () => Promise<Response>): Promise<CachedAnswer | Response> {
    const hit = this.get(key, nowMs);
    if (hit) return hit;
    const pending = this.filling.get(key);
    if (pending) return (await pending) ?? produce();
    const fill = (async () => {
      const response = await produce();
      if (response.status !== 200) return response;
      const body = new Uint8Array(await response.arrayBuffer());
      const gzipped = body.byteLength >= compressFromBytes ? new Uint8Array(await gzipAsync(body, { level: constants.Z_BEST_COMPRESSION })) : null;
      const answer = { status: response.status, headers: [...response.headers], body, gzipped };
      this.set(key, answer, ttlMs, nowMs);
      return { ...answer, expiresAtMs: nowMs + ttlMs };
    })();
    this.filling.set(key, fill.then((result) => (result instanceof Response ? null : result), () => null));
    try {
      return await fill;
    } finally {
      this.filling.delete(key);
    }
  }

  get size(): number {
    return this.entries.size;
  }

  private delete(key: string): void {
    const entry = this.entries.get(key);
    if (!entry) return;
    this.bytes -= sizeOf(entry);
    this.entries.delete(key);
  }
}

function sizeOf(answer: Pick<CachedAnswer, "body" | "gzipped">): number {
  return answer.body.byteLength + (answer.gzipped?.byteLength ?? 0);
}

/** The ETag of the gzipped representation: a different byte sequence needs its own strong validator. */
export function gzipEtagOf(etag: string): string {
  return etag.endsWith('"') ? `${etag.slice(0, -1)}-gzip"` : etag;
}

/**
 * A Response from a cached answer: gzipped for clients that take gzip, and a bodiless 304 when the client's
 * If-None-Match still names either representation, as the first answer would have been.
 */
export function replayCachedAnswer(request: Request, answer: CachedAnswer): Response {
  const headers = new Headers(answer.headers);
  headers.append("vary", "Accept-Encoding");
  const gzipped = answer.gzipped && acceptsGzip(request.headers.get("accept-encoding")) ? answer.gzipped : null;
  const etag = headers.get("etag");
  if (etag) {
    if (gzipped) headers.set("etag", gzipEtagOf(etag));
    if (matchesIfNoneMatch(request, etag) || matchesIfNoneMatch(request, gzipEtagOf(etag))) {
      headers.delete("content-type");
      headers.delete("content-disposition");
      return new Response(null, { status: 304, headers });
    }
  }
  if (gzipped) {
    headers.set("content-encoding", "gzip");
    // Next drops Content-Encoding from route handlers; lib/start/server.mjs turns this one back into it.
    headers.set("x-burnwatch-content-encoding", "gzip");
  }
  return new Response(gzipped ?? answer.body, { status: answer.status, headers });
}
