import { describe, expect, it } from "vitest";
import { sparklinePath } from "./sparkline-path";

describe("sparklinePath", () => {
  it("scales to the box and breaks at missing days", () => {
    const path = sparklinePath(
      [
        { day: "2023-08-25", price: 1 },
        { day: "2023-08-26", price: 3 },
        { day: "2023-08-28", price: 2 },
      ],
      30,
      10,
    );
    expect(path).toBe("M0.0 10.0 L10.0 0.0 M30.0 5.0");
    expect(sparklinePath([{ day: "2023-08-25", price: 1 }], 30, 10)).toBe("");
  });
});
