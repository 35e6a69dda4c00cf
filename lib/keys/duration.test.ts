import { describe, expect, it } from "vitest";
import { parseDurationSeconds } from "./duration";

describe("parseDurationSeconds", () => {
  it("reads the units operators type", () => {
    expect(parseDurationSeconds("90d")).toBe(90 * 86_400);
    expect(parseDurationSeconds("1h")).toBe(3600);
    expect(parseDurationSeconds("30m")).toBe(1800);
    expect(parseDurationSeconds("0")).toBe(0);
    expect(parseDurationSeconds("45s")).toBe(45);
  });

  it("refuses anything else", () => {
    for (const text of ["", "1w", "-1d", "1.5h", "h", "99999999d"]) expect(parseDurationSeconds(text)).toBeNull();
  });
});
