import { describe, expect, it } from "vitest";
import { buildUsageSeries, statusClassOf, totalsByKey } from "./usage-series";

describe("usage series", () => {
  it("fills every day of the window, oldest first, and sorts requests by status class and grace", () => {
    const series = buildUsageSeries(
      [
        { day: "2026-03-01", status: 200, inGrace: false, count: 3 },
        { day: "2026-03-01", status: 200, inGrace: true, count: 2 },
        { day: "2026-03-01", status: 429, inGrace: true, count: 1 },
        { day: "2026-02-28", status: 503, inGrace: false, count: 4 },
        { day: "2026-01-01", status: 200, inGrace: false, count: 99 },
      ],
      "2026-03-01",
      3,
    );
    expect(series.map((entry) => entry.day)).toEqual(["2026-02-27", "2026-02-28", "2026-03-01"]);
    expect(series[0]).toEqual({ day: "2026-02-27", ok: 0, clientError: 0, serverError: 0, duringGrace: 0, total: 0 });
    expect(series[1]).toMatchObject({ serverError: 4, total: 4 });
    expect(series[2]).toEqual({ day: "2026-03-01", ok: 5, clientError: 1, serverError: 0, duringGrace: 3, total: 6 });
  });

  it("classes statuses", () => {
    expect([200, 204, 304, 401, 404, 429, 500, 503].map(statusClassOf)).toEqual(["ok", "ok", "ok", "clientError", "clientError", "clientError", "serverError", "serverError"]);
  });

  it("totals requests per key", () => {
    expect(totalsByKey([
      { keyId: "a", day: "2026-03-01", status: 200, inGrace: false, count: 2 },
      { keyId: "a", day: "2026-03-02", status: 404, inGrace: false, count: 1 },
      { keyId: "b", day: "2026-03-01", status: 200, inGrace: true, count: 5 },
    ])).toEqual({ a: 3, b: 5 });
  });
});
