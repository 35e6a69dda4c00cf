import { describe, expect, it } from "vitest";
import { planLiveUpsert } from "./plan-live-upsert";

type Point = { day: string; priceUsd: number; marketCapUsd: number | null };
const fields = ["priceUsd", "marketCapUsd"] as const;

describe("planning a live upsert", () => {
  const existing = [
    { id: 1, day: "2023-09-01", sourceId: 7, priceUsd: 1, marketCapUsd: null },
    { id: 2, day: "2023-09-02", sourceId: 7, priceUsd: 2, marketCapUsd: 20 },
    { id: 3, day: "2023-09-03", sourceId: 9, priceUsd: 3, marketCapUsd: 30 },
  ];

  it("creates new days, updates changed days of the same source with each change listed, and leaves other sources alone", () => {
    const points: Point[] = [
      { day: "2023-09-01", priceUsd: 1, marketCapUsd: null },
      { day: "2023-09-02", priceUsd: 2.5, marketCapUsd: null },
      { day: "2023-09-03", priceUsd: 99, marketCapUsd: 99 },
      { day: "2023-09-04", priceUsd: 4, marketCapUsd: 40 },
    ];
    const plan = planLiveUpsert(points, existing, 7, fields);
    expect(plan.toCreate).toEqual([points[3]]);
    expect(plan.unchanged).toBe(1);
    expect(plan.keptFromOtherSource).toBe(1);
    expect(plan.toUpdate).toEqual([
      {
        id: 2,
        point: points[1],
        changes: [
          { day: "2023-09-02", field: "priceUsd", before: "2", after: "2.5" },
          { day: "2023-09-02", field: "marketCapUsd", before: "20", after: null },
        ],
      },
    ]);
  });

  it("compares exact decimal strings as written", () => {
    const plan = planLiveUpsert([{ day: "2023-09-01", total: "6904017889662.000001" }], [{ id: 1, day: "2023-09-01", sourceId: 1, total: "6904017889662" }], 1, ["total"]);
    expect(plan.toUpdate[0]?.changes).toEqual([{ day: "2023-09-01", field: "total", before: "6904017889662", after: "6904017889662.000001" }]);
  });
});
