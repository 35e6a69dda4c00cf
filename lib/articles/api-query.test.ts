import { describe, expect, it } from "vitest";
import { buildApiQuery } from "./api-query";

describe("buildApiQuery", () => {
  it("builds the data route with the parameters given, in order, leaving out undefined ones", () => {
    expect(buildApiQuery("prices", { from: "2022-05-01", to: "2022-05-31" })).toBe("/api/v1/tokens/lunc/prices?from=2022-05-01&to=2022-05-31");
    expect(buildApiQuery("burns", { kind: "tax", from: undefined })).toBe("/api/v1/tokens/lunc/burns?kind=tax");
    expect(buildApiQuery("token")).toBe("/api/v1/tokens/lunc");
  });
});
