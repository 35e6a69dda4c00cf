import { describe, expect, it } from "vitest";
import { estimateClockOffsetMs } from "./clock-offset";

describe("estimateClockOffsetMs", () => {
  const serverDate = "Fri, 04 Dec 2026 12:00:00 GMT";
  const serverMs = Date.parse(serverDate);
  it("is the server's lead over our clock, half a second added for the header's truncation", () => {
    expect(estimateClockOffsetMs(serverDate, serverMs - 600_000)).toBe(600_500);
    expect(estimateClockOffsetMs(serverDate, serverMs + 90_000)).toBe(-89_500);
  });
  it("treats under 1.5 s as rounding", () => {
    expect(estimateClockOffsetMs(serverDate, serverMs + 300)).toBe(0);
    expect(estimateClockOffsetMs(serverDate, serverMs - 900)).toBe(0);
  });
  it("is null without a readable header", () => {
    expect(estimateClockOffsetMs(null, serverMs)).toBeNull();
    expect(estimateClockOffsetMs("yesterday", serverMs)).toBeNull();
  });
});
