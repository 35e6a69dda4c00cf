import { describe, expect, it } from "vitest";
import { defaultChartState, parseChartState, resolveDayRange, serializeChartState } from "./chart-state";

describe("chart state in the URL", () => {
  it("round-trips every setting", () => {
    const state = { metric: "market_cap", range: "custom", scale: "log", from: "2022-05-01", to: "2022-05-31", compare: ["ustc", "btc"] } as const;
    const query = serializeChartState({ ...state, compare: [...state.compare] });
    expect(query).toBe("?metric=market_cap&range=custom&from=2022-05-01&to=2022-05-31&scale=log&compare=ustc%2Cbtc");
    expect(parseChartState(new URLSearchParams(query), "LUNC")).toEqual(state);
  });

  it("falls back to defaults for anything malformed", () => {
    expect(parseChartState({ metric: "nope", range: "5Y", scale: "cubic", compare: "<x>,lunc" }, "LUNC")).toEqual(defaultChartState);
    expect(serializeChartState(defaultChartState)).toBe("");
    expect(parseChartState({ range: "custom" }, "lunc").range).toBe("ALL");
    expect(parseChartState({ range: "custom", from: "2022-05-31", to: "2022-05-01" }, "lunc").to).toBeNull();
  });

  it("keeps at most two other tokens to compare, never the page's own", () => {
    expect(parseChartState({ compare: "lunc,ustc,btc,eth" }, "LUNC").compare).toEqual(["ustc", "btc"]);
    expect(parseChartState({ compare: "xyz,eth" }, "LUNC", ["USTC", "ETH"]).compare).toEqual(["eth"]);
  });

  it("resolves ranges back from the last stored day", () => {
    expect(resolveDayRange({ ...defaultChartState, range: "7D" }, "2025-06-08")).toEqual({ from: "2025-06-02", to: null });
    expect(resolveDayRange({ ...defaultChartState, range: "custom", from: "2021-01-01", to: null }, "2025-06-08")).toEqual({ from: "2021-01-01", to: null });
  });
});
