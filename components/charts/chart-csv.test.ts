import { describe, expect, it } from "vitest";
import { toChartCsv } from "./chart-csv";

describe("toChartCsv", () => {
  it("writes the drawn rows with full precision and empty cells for breaks", () => {
    const csv = toChartCsv([{ key: "value", header: "price_usd" }], [
      { day: "2023-08-28", value: 0.00006242130834 },
      { day: "2023-08-29", value: null },
    ]);
    expect(csv).toBe("date,price_usd\n2023-08-28,0.00006242130834\n2023-08-29,\n");
  });
});
