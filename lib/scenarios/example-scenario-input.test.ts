import { describe, expect, it } from "vitest";
import { exampleScenarioInput } from "./example-scenario-input";
import { scenarioInputSchema } from "./scenario-input-schema";

describe("example scenario input", () => {
  it("passes the schema unchanged, so the OpenAPI example is a valid request", () => {
    expect(scenarioInputSchema.parse(exampleScenarioInput)).toEqual(exampleScenarioInput);
  });

  it("survives a JSON round trip, as it will in a request body", () => {
    expect(scenarioInputSchema.parse(JSON.parse(JSON.stringify(exampleScenarioInput)))).toEqual(exampleScenarioInput);
  });
});
