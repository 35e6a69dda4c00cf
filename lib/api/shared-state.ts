/**
 * State that every app server must share: rate-limit window counters and the nonces of signed requests.
 * The database holds it by default; Redis when REDIS_URL is set. Nothing of it lives only in one process.
 */
export type WindowRef = { bucket: string; windowStartMs: number };
export type WindowIncrement = WindowRef & { ttlMs: number; cost: number };

export interface SharedState {
  /**
   * Adds each increment's cost to its window counter and returns the new values in the same order, atomically per
   * counter. One round trip for all of a request's windows: this runs on every API request.
   */
  incrementWindows(increments: WindowIncrement[], nowMs: number): Promise<number[]>;
  /** The values of window counters in the same order, 0 where a counter has none. */
  readWindows(windows: WindowRef[]): Promise<number[]>;
  /** incrementWindows and readWindows together, in one round trip where the store allows: a request's limits. */
  incrementAndReadWindows(increments: WindowIncrement[], reads: WindowRef[], nowMs: number): Promise<{ counted: number[]; read: number[] }>;
  /** Records a nonce for `ttlMs`; false when it was already recorded and has not expired (a replay). */
  rememberNonce(keyId: string, nonce: string, ttlMs: number, nowMs: number): Promise<boolean>;
}

/** Raised when the state store cannot be reached: callers fail closed with 503. */
export class SharedStateUnavailable extends Error {
  constructor(cause: unknown) {
    super(`shared state unavailable: ${cause instanceof Error ? cause.message.split("\n")[0] : String(cause)}`, { cause });
    this.name = "SharedStateUnavailable";
  }
}

/** Runs a state operation, turning any failure into SharedStateUnavailable. */
export function failClosed<T>(work: () => Promise<T>): Promise<T> {
  try {
    return work().catch((error: unknown) => {
      throw new SharedStateUnavailable(error);
    });
  } catch (error) {
    return Promise.reject(new SharedStateUnavailable(error));
  }
}

/** Expired rows are swept now and then rather than on every request: true at most once a minute per process. */
export function createSweepSchedule(everyMs = 60_000): (nowMs: number) => boolean {
  let lastSweepMs = 0;
  return (nowMs) => {
    if (nowMs - lastSweepMs < everyMs) return false;
    lastSweepMs = nowMs;
    return true;
  };
}

/** The count a store returned for one window, 0 when it returned no row for it. */
export function countOfWindow(rows: { bucket: string; windowStartMs: number | bigint; count: number | bigint }[], window: WindowRef): number {
  return Number(rows.find((row) => row.bucket === window.bucket && Number(row.windowStartMs) === window.windowStartMs)?.count ?? 0);
}
