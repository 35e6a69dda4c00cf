import { describe, expect, it } from "vitest";
import { directiveId, findDirectives, parseChartLine, parseDirectiveAt } from "./directive";

describe("parseDirectiveAt", () => {
  it("reads a name and its parameters, quoted or not", () => {
    expect(parseDirectiveAt('{{price day=2022-05-01 label="at the start"}} rest')).toEqual({ name: "price", params: { day: "2022-05-01", label: "at the start" }, raw: '{{price day=2022-05-01 label="at the start"}}' });
  });
  it("refuses malformed directives", () => {
    expect(parseDirectiveAt("{{Price}}")).toBeNull();
    expect(parseDirectiveAt("{{price day}}")).toBeNull();
    expect(parseDirectiveAt("{{price day=2022")).toBeNull();
    expect(parseDirectiveAt("price")).toBeNull();
  });
});

describe("findDirectives", () => {
  it("finds every directive and skips broken braces", () => {
    const found = findDirectives("A {{price-latest}} and {{ not one }} then {{supply day=2022-05-13 field=circulating}}.");
    expect(found.map((directive) => directive.name)).toEqual(["price-latest", "supply"]);
  });
});

describe("directiveId", () => {
  it("does not depend on the order of parameters", () => {
    expect(directiveId({ name: "burned", params: { kind: "tax", from: "2022-09-21" } })).toBe(directiveId({ name: "burned", params: { from: "2022-09-21", kind: "tax" } }));
    expect(directiveId({ name: "burned", params: { kind: "tax" } })).toBe("burned_kind-tax");
  });
});

describe("parseChartLine", () => {
  it("takes a line holding only a chart directive", () => {
    expect(parseChartLine("  {{chart type=price from=2022-04-01}} ")?.params.type).toBe("price");
    expect(parseChartLine("See {{chart type=price}}")).toBeNull();
    expect(parseChartLine("{{price-latest}}")).toBeNull();
  });
});
