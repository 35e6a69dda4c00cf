import { describe, expect, it } from "vitest";
import { findLiteralFigures } from "./literal-figures";

const texts = (body: string) => findLiteralFigures(body).map((hit) => hit.text);

describe("findLiteralFigures", () => {
  it("flags market figures written as literals", () => {
    expect(texts("The price fell to $0.0001 and supply reached 6.5 trillion.")).toEqual(["$0.0001", "6.5 trillion"]);
    expect(texts("Supply grew from about 350 million to 6,531,000,000,000 LUNC.")).toEqual(["350 million", "6,531,000,000,000"]);
    expect(texts("A fall of 99.9% in a week; 18000x more tokens; 406B burned")).toEqual(["99.9%", "18000x", "406B"]);
    expect(texts("Burned 251500000000 in one go")).toEqual(["251500000000"]);
    expect(texts("US$2 billion")).toEqual(["US$2 billion"]);
  });
  it("allows years, dates, small counts, directives and the $1 target", () => {
    expect(texts("In May 2022, on 2022-05-13, three days; 10 figures; Will LUNC reach $1? What would $1 require?")).toEqual([]);
    expect(texts("The price was {{price day=2022-05-01}} and supply {{supply day=2022-05-13 field=circulating}} in the 2020s.")).toEqual([]);
  });
  it("does not let a figure hide behind the allowed input", () => {
    expect(texts("It traded at $1.50 and $10 and $1 billion")).toEqual(["$1.50", "$10", "$1 billion"]);
  });
  it("names the line of each finding", () => {
    expect(findLiteralFigures("first\nsecond has 1.2%")[0]).toMatchObject({ line: 2, text: "1.2%", rule: "a percentage" });
  });
});
