import { describe, expect, it } from "vitest";
import { parseRetryAfterMs } from "./retry-after";

describe("parseRetryAfterMs", () => {
  const now = Date.parse("2026-12-04T12:00:00Z");
  it("reads delta-seconds", () => {
    expect(parseRetryAfterMs("7", now)).toBe(7000);
    expect(parseRetryAfterMs(" 0 ", now)).toBe(0);
  });
  it("reads an HTTP date against the server's clock, never negative", () => {
    expect(parseRetryAfterMs("Fri, 04 Dec 2026 12:00:05 GMT", now)).toBe(5000);
    expect(parseRetryAfterMs("Fri, 04 Dec 2026 11:59:00 GMT", now)).toBe(0);
  });
  it("is null when absent or unreadable", () => {
    expect(parseRetryAfterMs(null, now)).toBeNull();
    expect(parseRetryAfterMs("soon", now)).toBeNull();
    expect(parseRetryAfterMs("-3", now)).toBeNull();
  });
});
