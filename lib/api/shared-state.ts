/**
 * State that every app server must share: rate-limit window counters and the nonces of signed requests.
 * The database holds it by default; Redis when REDIS_URL is set. Nothing of it lives only in one process.
 */
export interface SharedState {
  /** Adds `cost` (default 1) to a counter of a fixed window and returns its new value, atomically. */
  incrementWindow(bucket: string, windowStartMs: number, ttlMs: number, nowMs: number, cost?: number): Promise<number>;
  /** The value of a window counter, 0 when it has none. */
  readWindow(bucket: string, windowStartMs: number): Promise<number>;
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
