import "server-only";
import { estimateUsage, formatRateLimitHeaders, secondsToReset, windowStartMs, type PolicyState, type RateLimitPolicy } from "./rate-limit-policy";
import type { SharedState } from "./shared-state";

export type RateLimitOutcome = {
  allowed: boolean;
  headers: { policy: string; limit: string };
  /** When refused: the policy that refused, and the seconds to wait. */
  refusedBy?: RateLimitPolicy;
  retryAfterSeconds?: number;
};

/**
 * Counts one request against each policy of a bucket and decides. The counter is incremented first and the
 * returned value decides, so concurrent requests on several servers can never all slip under the quota.
 */
export async function consumeRateLimit(state: SharedState, bucket: string, policies: RateLimitPolicy[], nowMs: number, cost = 1): Promise<RateLimitOutcome> {
  const increments = policies.map((policy) => ({ bucket: `${bucket}:${policy.name}`, windowStartMs: windowStartMs(policy, nowMs), ttlMs: policy.windowSeconds * 2000, cost }));
  const sliding = policies.filter((policy) => policy.sliding);
  const { counted: currents, read: previous } = await state.incrementAndReadWindows(
    increments,
    sliding.map((policy) => ({ bucket: `${bucket}:${policy.name}`, windowStartMs: windowStartMs(policy, nowMs) - policy.windowSeconds * 1000 })),
    nowMs,
  );
  const states: PolicyState[] = policies.map((policy, index) => ({
    policy,
    used: estimateUsage(policy, policy.sliding ? (previous[sliding.indexOf(policy)] ?? 0) : 0, currents[index] ?? 0, nowMs),
  }));
  const refused = states.find(({ policy, used }) => used > policy.quota);
  return {
    allowed: !refused,
    headers: formatRateLimitHeaders(states, nowMs),
    ...(refused ? { refusedBy: refused.policy, retryAfterSeconds: secondsToReset(refused.policy, nowMs) } : {}),
  };
}

/** Whether a bucket is already over a policy, without counting a request (used before authenticating). */
export async function isOverLimit(state: SharedState, bucket: string, policy: RateLimitPolicy, nowMs: number): Promise<boolean> {
  const size = policy.windowSeconds * 1000;
  const start = windowStartMs(policy, nowMs);
  const [current = 0, previous = 0] = await state.readWindows([
    { bucket: `${bucket}:${policy.name}`, windowStartMs: start },
    { bucket: `${bucket}:${policy.name}`, windowStartMs: start - size },
  ]);
  return estimateUsage(policy, previous, current, nowMs) >= policy.quota;
}

/** Counts one event (a failed authentication, say) against a policy without deciding anything. */
export async function countAgainstLimit(state: SharedState, bucket: string, policy: RateLimitPolicy, nowMs: number): Promise<void> {
  await state.incrementWindows([{ bucket: `${bucket}:${policy.name}`, windowStartMs: windowStartMs(policy, nowMs), ttlMs: policy.windowSeconds * 2000, cost: 1 }], nowMs);
}
