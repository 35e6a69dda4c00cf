import "server-only";
import { computeBackoffDelay, parseRetryAfter } from "./backoff-delay";
import { ProviderError } from "./provider-error";
import { findSecretValues, redactText, redactUrl } from "./redact-secrets";

export type RetryPolicy = {
  /** Limit for one attempt, reading the body included. Default 15 000 ms. */
  timeoutMs?: number;
  /** Attempts after the first one. Default 3. */
  retries?: number;
  /** Ceiling of the first backoff; it doubles each retry. Default 500 ms. */
  baseDelayMs?: number;
  /** No wait is longer, not even one a server asks for with Retry-After. Default 30 000 ms. */
  maxDelayMs?: number;
  /** Injected by tests so retries run instantly and can be asserted. Default: a real timer. */
  sleep?: (ms: number) => Promise<void>;
  /** In [0, 1); injected by tests to make the jitter deterministic. Default Math.random. */
  random?: () => number;
  /** Epoch milliseconds, for Retry-After given as an HTTP date. Default Date.now. */
  now?: () => number;
};

export type FetchJsonOptions = RetryPolicy & {
  /** Sent on every attempt. Values of credential headers never appear in errors. */
  headers?: Record<string, string>;
};

type AttemptResult = { ok: true; value: unknown } | { ok: false; error: ProviderError; retryable: boolean; retryAfterMs: number | null };

type AttemptContext = { url: string; safeUrl: string; secrets: string[]; headers: Record<string, string>; timeoutMs: number; nowMs: () => number };

const sleepWithTimer = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

function isRetryableStatus(status: number): boolean {
  // 501 is permanent: LCD nodes answer it for modules they lack, and failing over beats asking again.
  return status === 429 || (status >= 500 && status !== 501);
}

function excerpt(body: string, secrets: string[]): string {
  const flat = body.replace(/\s+/g, " ").trim();
  const short = flat.length > 200 ? `${flat.slice(0, 200)}…` : flat;
  return redactText(short, secrets);
}

function describeNetworkError(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  // undici reports "fetch failed" and hides the useful part (ECONNREFUSED, ENOTFOUND…) in `cause`.
  const cause = error.cause;
  if (cause instanceof Error) {
    const code = "code" in cause && typeof cause.code === "string" ? cause.code : null;
    return `${error.message} (${code ?? cause.message})`;
  }
  return error.message;
}

async function attemptOnce(context: AttemptContext): Promise<AttemptResult> {
  const { url, safeUrl, secrets, timeoutMs } = context;
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeoutMs);
  try {
    const response = await fetch(url, { headers: { accept: "application/json", ...context.headers }, signal: controller.signal });
    const body = await response.text();
    if (!response.ok) {
      const statusText = response.statusText ? ` ${response.statusText}` : "";
      const detail = excerpt(body, secrets);
      const error = new ProviderError("http", `HTTP ${response.status}${statusText} from ${safeUrl}${detail ? `: ${detail}` : ""}`, safeUrl, response.status);
      const retryAfterMs = response.status === 429 || response.status === 503 ? parseRetryAfter(response.headers.get("retry-after"), context.nowMs()) : null;
      return { ok: false, error, retryable: isRetryableStatus(response.status), retryAfterMs };
    }
    try {
      return { ok: true, value: JSON.parse(body) };
    } catch (parseError) {
      const reason = parseError instanceof Error ? parseError.message : String(parseError);
      const message = `The body from ${safeUrl} is not JSON (${redactText(reason, secrets)}); it starts: ${excerpt(body, secrets) || "(empty)"}`;
      // A complete response that does not parse will not parse next time either.
      return { ok: false, error: new ProviderError("malformed", message, safeUrl), retryable: false, retryAfterMs: null };
    }
  } catch (error) {
    const providerError = timedOut
      ? new ProviderError("timeout", `No complete answer from ${safeUrl} within ${timeoutMs} ms`, safeUrl)
      : new ProviderError("network", `Could not reach ${safeUrl}: ${redactText(describeNetworkError(error), secrets)}`, safeUrl);
    return { ok: false, error: providerError, retryable: true, retryAfterMs: null };
  } finally {
    clearTimeout(timer);
  }
}

/**
 * GETs a JSON document. Timeouts, network errors, 5xx and 429 are retried with full-jitter exponential backoff (a 429
 * or 503 with Retry-After waits as asked, capped by maxDelayMs); other statuses and non-JSON bodies fail at once.
 * Resolves to the parsed JSON, unvalidated; rejects with a ProviderError whose message and url carry no API key.
 */
export async function fetchJsonWithRetry(url: string, options: FetchJsonOptions = {}): Promise<unknown> {
  const { headers = {}, timeoutMs = 15_000, retries = 3, baseDelayMs = 500, maxDelayMs = 30_000 } = options;
  const { sleep = sleepWithTimer, random = Math.random, now = Date.now } = options;
  if (!Number.isInteger(retries) || retries < 0) throw new Error(`retries must be a whole number ≥ 0, not ${retries}`);
  if (!(timeoutMs > 0)) throw new Error(`timeoutMs must be positive, not ${timeoutMs}`);
  const context: AttemptContext = { url, safeUrl: redactUrl(url), secrets: findSecretValues(url, headers), headers, timeoutMs, nowMs: now };

  for (let attempt = 0; ; attempt++) {
    const result = await attemptOnce(context);
    if (result.ok) return result.value;
    const { error } = result;
    if (!result.retryable || attempt >= retries) {
      if (attempt === 0) throw error;
      throw new ProviderError(error.kind, `${error.message} (gave up after ${attempt + 1} attempts)`, error.url, error.status);
    }
    const delay = result.retryAfterMs !== null ? Math.min(result.retryAfterMs, maxDelayMs) : computeBackoffDelay(attempt, { baseDelayMs, maxDelayMs, random });
    await sleep(delay);
  }
}
