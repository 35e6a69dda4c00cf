import { canonicalizeQuery } from "@/lib/keys/request-signature";
import { matchesIfNoneMatch } from "./cached-response";

type CachedAnswer = { status: number; headers: [string, string][]; body: Uint8Array<ArrayBuffer>; expiresAtMs: number };

/**
 * Finished answers of public data reads, kept for a few seconds in each app server. The data changes at most once
 * per ingest, and answers already say `max-age=60`, so a few seconds of reuse changes nothing a client can see,
 * while the key check, the limits and the usage count still run for every request. Nothing per key is kept here.
 */
export class ResponseCache {
  private readonly entries = new Map<string, CachedAnswer>();
  private bytes = 0;

  constructor(private readonly limits: { maxEntries: number; maxBytes: number } = { maxEntries: 500, maxBytes: 64 * 1024 * 1024 }) {}

  /** The same answer for the same path and query, whatever the order of the query's parameters. */
  static keyOf(request: Request): string {
    const url = new URL(request.url);
    return `${request.method} ${url.pathname}?${canonicalizeQuery(url.searchParams)}`;
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
    if (answer.body.byteLength > this.limits.maxBytes / 4) return;
    this.delete(key);
    this.entries.set(key, { ...answer, expiresAtMs: nowMs + ttlMs });
    this.bytes += answer.body.byteLength;
    for (const [oldest] of this.entries) {
      if (this.entries.size <= this.limits.maxEntries && this.bytes <= this.limits.maxBytes) break;
      this.delete(oldest);
    }
  }

  get size(): number {
    return this.entries.size;
  }

  private delete(key: string): void {
    const entry = this.entries.get(key);
    if (!entry) return;
    this.bytes -= entry.body.byteLength;
    this.entries.delete(key);
  }
}

/** A Response from a cached answer; an If-None-Match that still matches gets a bodiless 304, as the first answer would. */
export function replayCachedAnswer(request: Request, answer: CachedAnswer): Response {
  const headers = new Headers(answer.headers);
  const etag = headers.get("etag");
  if (etag && matchesIfNoneMatch(request, etag)) {
    headers.delete("content-type");
    headers.delete("content-disposition");
    return new Response(null, { status: 304, headers });
  }
  return new Response(answer.body, { status: answer.status, headers });
}
