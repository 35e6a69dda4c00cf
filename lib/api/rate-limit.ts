import "server-only";
import { estimateUsage, formatRateLimitHeaders, secondsToReset, windowStartMs, type PolicyState, type RateLimitPolicy } from "./rate-limit-policy";
import type { SharedState, WindowRef } from "./shared-state";

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
/** A bucket and policy to check, without counting, in the same round trip as the request's own counting. */
export type LimitGuard = { bucket: string; policy: RateLimitPolicy };

function guardWindows({ bucket, policy }: LimitGuard, nowMs: number): WindowRef[] {
  const start = windowStartMs(policy, nowMs);
  return [
    { bucket: `${bucket}:${policy.name}`, windowStartMs: start },
    { bucket: `${bucket}:${policy.name}`, windowStartMs: start - policy.windowSeconds * 1000 },
  ];
}

function isGuardOver({ policy }: LimitGuard, [current = 0, previous = 0]: number[], nowMs: number): boolean {
  return estimateUsage(policy, previous, current, nowMs) >= policy.quota;
}

export async function consumeRateLimit(state: SharedState, bucket: string, policies: RateLimitPolicy[], nowMs: number, cost = 1, guard?: LimitGuard): Promise<RateLimitOutcome & { guardOver: boolean }> {
  const increments = policies.map((policy) => ({ bucket: `${bucket}:${policy.name}`, windowStartMs: windowStartMs(policy, nowMs), ttlMs: policy.windowSeconds * 2000, cost }));
  const sliding = policies.filter((policy) => policy.sliding);
  const guardReads = guard ? guardWindows(guard, nowMs) : [];
  const { counted: currents, read } = await state.incrementAndReadWindows(
    increments,
    [...sliding.map((policy) => ({ bucket: `${bucket}:${policy.name}`, windowStartMs: windowStartMs(policy, nowMs) - policy.windowSeconds * 1000 })), ...guardReads],
    nowMs,
  );
  const previous = read.slice(0, sliding.length);
  const states: PolicyState[] = policies.map((policy, index) => ({
    policy,
    used: estimateUsage(policy, policy.sliding ? (previous[sliding.indexOf(policy)] ?? 0) : 0, currents[index] ?? 0, nowMs),
  }));
  const refused = states.find(({ policy, used }) => used > policy.quota);
  return {
    guardOver: guard ? isGuardOver(guard, read.slice(sliding.length), nowMs) : false,
    allowed: !refused,
    headers: formatRateLimitHeaders(states, nowMs),
    ...(refused ? { refusedBy: refused.policy, retryAfterSeconds: secondsToReset(refused.policy, nowMs) } : {}),
  };
}

/** Whether a bucket is already over a policy, without counting a request (used before authenticating). */
export async function isOverLimit(state: SharedState, bucket: string, policy: RateLimitPolicy, nowMs: number): Promise<boolean> {
  const guard = { bucket, policy };
  return isGuardOver(guard, await state.readWindows(guardWindows(guard, nowMs)), nowMs);
}

/** Counts one event (a failed authentication, say) against a policy without deciding anything. */
export async function countAgainstLimit(state: SharedState, bucket: string, policy: RateLimitPolicy, nowMs: number): Promise<void> {
  await state.incrementWindows([{ bucket: `${bucket}:${policy.name}`, windowStartMs: windowStartMs(policy, nowMs), ttlMs: policy.windowSeconds * 2000, cost: 1 }], nowMs);
}
