import { describe, expect, it } from "vitest";
import { defaultPolicies, estimateUsage, formatRateLimitHeaders, policiesForKey, secondsToReset, windowStartMs } from "./rate-limit-policy";

const minute = defaultPolicies[1]!;
const day = defaultPolicies[2]!;

describe("rate-limit policies", () => {
  it("weights the previous window by the share still inside the sliding minute", () => {
    const start = 1_700_000_040_000; // a minute boundary
    expect(windowStartMs(minute, start + 15_000)).toBe(start);
    expect(estimateUsage(minute, 100, 10, start + 15_000)).toBe(85);
    expect(estimateUsage(minute, 100, 10, start)).toBe(110);
    expect(estimateUsage(day, 100, 10, start)).toBe(10);
  });

  it("gives Retry-After in whole seconds to the end of the window", () => {
    const start = 1_700_000_040_000;
    expect(secondsToReset(minute, start + 15_000)).toBe(45);
    expect(secondsToReset(minute, start + 59_999)).toBe(1);
  });

  it("formats the IETF fields, naming the tightest policy", () => {
    const now = 1_700_000_040_000 + 43_000;
    const headers = formatRateLimitHeaders(
      [
        { policy: defaultPolicies[0]!, used: 3 },
        { policy: minute, used: 188 },
        { policy: day, used: 188 },
      ],
      now,
    );
    expect(headers.policy).toBe('"burst";q=20;w=10, "minute";q=600;w=60, "day";q=100000;w=86400');
    expect(headers.limit).toBe('"burst";r=17;t=7');
  });

  it("lets a key carry its own per-minute quota", () => {
    expect(policiesForKey(15).find((policy) => policy.name === "minute")?.quota).toBe(15);
    expect(policiesForKey(null)).toEqual(defaultPolicies);
    expect(policiesForKey(15).find((policy) => policy.name === "burst")?.quota).toBe(20);
    expect(policiesForKey(600).find((policy) => policy.name === "burst")?.quota).toBe(20);
    expect(policiesForKey(60_000).find((policy) => policy.name === "burst")?.quota).toBe(2_000);
  });
});
