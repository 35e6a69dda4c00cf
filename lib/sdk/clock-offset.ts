// The Date header has whole seconds: an offset below this is rounding, not a wrong clock.
const NOISE_MS = 1500;

/**
 * How far the server's clock is ahead of ours, from a response's Date header and when we got it. The header is
 * truncated to the second, so the server's time was on average half a second later than it says.
 */
export function estimateClockOffsetMs(dateHeader: string | null, receivedAtMs: number): number | null {
  if (dateHeader === null) return null;
  const serverMs = Date.parse(dateHeader);
  if (Number.isNaN(serverMs)) return null;
  const offset = serverMs + 500 - receivedAtMs;
  return Math.abs(offset) < NOISE_MS ? 0 : offset;
}
