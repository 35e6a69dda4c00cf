/**
 * "Full jitter" backoff: a random wait between 0 and min(max, base·2^retry), so clients that failed together do not
 * retry together. `retry` counts from 0 for the first retry.
 */
export function computeBackoffDelay(retry: number, policy: { baseDelayMs: number; maxDelayMs: number; random: () => number }): number {
  const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** retry);
  return Math.floor(policy.random() * ceiling);
}

/**
 * A `Retry-After` header in milliseconds: delta-seconds ("120") or an HTTP date. Null when absent or unreadable, so
 * the caller falls back to its backoff; a date in the past means "now" (0).
 */
export function parseRetryAfter(value: string | null, nowMs: number): number | null {
  if (value === null) return null;
  const text = value.trim();
  if (/^\d+$/.test(text)) return Number(text) * 1000;
  // HTTP dates always name a month; without this, Date.parse would read "-5" as a year.
  const at = /[a-z]/i.test(text) ? Date.parse(text) : Number.NaN;
  if (Number.isNaN(at)) return null;
  return Math.max(0, at - nowMs);
}
