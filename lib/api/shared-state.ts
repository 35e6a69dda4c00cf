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
