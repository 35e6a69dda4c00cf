import { describe, expect, it } from "vitest";
import { toBaseUnits } from "@/lib/numbers/decimal";
import { formatBaseUnits, parseBaseUnits } from "./base-units";

describe("chain base units", () => {
  it("turns micro-units into whole tokens exactly, beyond a double's precision", () => {
    expect(formatBaseUnits(6904017889662000000n, 6)).toBe("6904017889662");
    expect(formatBaseUnits(6904017889662000001n, 6)).toBe("6904017889662.000001");
    expect(formatBaseUnits(893838598412377n, 6)).toBe("893838598.412377");
    expect(formatBaseUnits(120n, 6)).toBe("0.00012");
    expect(formatBaseUnits(0n, 6)).toBe("0");
  });

  it("round-trips with toBaseUnits", () => {
    for (const amount of [6904017889662000001n, 1n, 10n ** 30n + 7n]) expect(toBaseUnits(formatBaseUnits(amount, 6), 6)).toBe(amount);
  });

  it("reads only whole-number strings", () => {
    expect(parseBaseUnits("6904017889662000000")).toBe(6904017889662000000n);
    expect(() => parseBaseUnits("6.9e18")).toThrow(/Not a whole number/);
    expect(() => parseBaseUnits("-1")).toThrow(/Not a whole number/);
    expect(() => formatBaseUnits(-1n, 6)).toThrow(/negative/);
  });
});
