import { describe, expect, it } from "vitest";
import { computeBackoffDelay, parseRetryAfter } from "./backoff-delay";

describe("backoff delays", () => {
  it("doubles the ceiling each retry and scales it by the jitter draw", () => {
    const policy = { baseDelayMs: 100, maxDelayMs: 10_000, random: () => 0.5 };
    expect([0, 1, 2, 3].map((retry) => computeBackoffDelay(retry, policy))).toEqual([50, 100, 200, 400]);
  });

  it("never waits longer than the cap, and a zero draw waits not at all", () => {
    expect(computeBackoffDelay(20, { baseDelayMs: 100, maxDelayMs: 1_000, random: () => 0.999 })).toBe(999);
    expect(computeBackoffDelay(3, { baseDelayMs: 100, maxDelayMs: 1_000, random: () => 0 })).toBe(0);
  });
});

describe("Retry-After", () => {
  const now = Date.parse("2023-08-28T12:00:00Z");

  it("reads delta-seconds", () => {
    expect(parseRetryAfter("7", now)).toBe(7_000);
    expect(parseRetryAfter(" 0 ", now)).toBe(0);
  });

  it("reads an HTTP date relative to now, and a past date as no wait", () => {
    expect(parseRetryAfter("Mon, 28 Aug 2023 12:00:30 GMT", now)).toBe(30_000);
    expect(parseRetryAfter("Mon, 28 Aug 2023 11:00:00 GMT", now)).toBe(0);
  });

  it("ignores what it cannot read", () => {
    expect(parseRetryAfter(null, now)).toBeNull();
    expect(parseRetryAfter("soon", now)).toBeNull();
    expect(parseRetryAfter("-5", now)).toBeNull();
  });
});
