/** A quota of requests in a window; "minute" and "burst" slide, "day" is a fixed UTC day. */
export type RateLimitPolicy = { name: string; quota: number; windowSeconds: number; sliding: boolean };

export const defaultPolicies: RateLimitPolicy[] = [
  { name: "burst", quota: 20, windowSeconds: 10, sliding: true },
  { name: "minute", quota: 600, windowSeconds: 60, sliding: true },
  { name: "day", quota: 100_000, windowSeconds: 86_400, sliding: false },
];

/** Failed authentications per address: far stricter than normal traffic (OWASP API2). */
export const failedAuthPolicy: RateLimitPolicy = { name: "auth-failures", quota: 10, windowSeconds: 60, sliding: true };

/**
 * The policies of one key: the defaults, with its own per-minute quota where it has one. A larger quota widens the
 * 10-second burst to a thirtieth of it (the default 600 a minute keeps its 20), never below 20.
 */
export function policiesForKey(perMinute: number | null): RateLimitPolicy[] {
  if (perMinute === null) return defaultPolicies;
  // Built once per quota: this runs on every request, and keys share a handful of quotas.
  let policies = policiesByQuota.get(perMinute);
  if (!policies) {
    policies = defaultPolicies.map((policy) => {
      if (policy.name === "minute") return { ...policy, quota: perMinute };
      if (policy.name === "burst") return { ...policy, quota: Math.max(policy.quota, Math.ceil(perMinute / 30)) };
      return policy;
    });
    if (policiesByQuota.size >= 1000) policiesByQuota.clear();
    policiesByQuota.set(perMinute, policies);
  }
  return policies;
}

const policiesByQuota = new Map<number, RateLimitPolicy[]>();

export function windowStartMs(policy: RateLimitPolicy, nowMs: number): number {
  const size = policy.windowSeconds * 1000;
  return Math.floor(nowMs / size) * size;
}

/**
 * The sliding-window estimate: the previous window's count weighted by the share of it still inside the last
 * `windowSeconds`, plus the current window's count (Cloudflare's approximation; exact when traffic is even).
 */
export function estimateUsage(policy: RateLimitPolicy, previousCount: number, currentCount: number, nowMs: number): number {
  if (!policy.sliding) return currentCount;
  const size = policy.windowSeconds * 1000;
  const elapsedShare = (nowMs - windowStartMs(policy, nowMs)) / size;
  return previousCount * (1 - elapsedShare) + currentCount;
}

/** Seconds until the current window ends: when a refused client may try again. */
export function secondsToReset(policy: RateLimitPolicy, nowMs: number): number {
  const size = policy.windowSeconds * 1000;
  return Math.max(1, Math.ceil((windowStartMs(policy, nowMs) + size - nowMs) / 1000));
}

export type PolicyState = { policy: RateLimitPolicy; used: number };

/** IETF RateLimit-Policy and RateLimit fields (draft-ietf-httpapi-ratelimit-headers). */
export function formatRateLimitHeaders(states: PolicyState[], nowMs: number): { policy: string; limit: string } {
  const policy = states.map(({ policy: p }) => `"${p.name}";q=${p.quota};w=${p.windowSeconds}`).join(", ");
  const tightest = [...states].sort((a, b) => a.policy.quota - a.used - (b.policy.quota - b.used))[0];
  if (!tightest) return { policy, limit: "" };
  const remaining = Math.max(0, Math.floor(tightest.policy.quota - tightest.used));
  return { policy, limit: `"${tightest.policy.name}";r=${remaining};t=${secondsToReset(tightest.policy, nowMs)}` };
}
