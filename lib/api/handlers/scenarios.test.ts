import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { exampleScenarioInput } from "@/lib/scenarios/example-scenario-input";
import { simulateScenario } from "@/lib/scenarios/simulate-scenario";
import { buildRequest, createApiHarness, readProblem, type ApiHarness, type TestRoute } from "@/lib/testing/api-harness";
import { SCENARIO_RUN_COST } from "../contract/scenario-operations";
import { runScenario } from "./scenarios";

const url = "http://127.0.0.1:3100/api/v1/scenarios";

describe("POST /api/v1/scenarios", () => {
  let harness: ApiHarness;
  let route: TestRoute;
  beforeAll(async () => {
    harness = await createApiHarness({ start: new Date("2026-03-01T12:00:01.000Z") });
    route = harness.route(runScenario, { scope: "scenarios:run", allowPublishable: true, stateless: true, cost: SCENARIO_RUN_COST });
  });
  afterAll(async () => harness?.dispose());

  const deterministic = { ...exampleScenarioInput, monteCarlo: undefined };

  it("runs the engine unsigned, with the same numbers as the engine itself, and a summary", async () => {
    const { key } = await harness.createKey({ scopes: ["scenarios:run"] });
    const response = await route(buildRequest(url, { method: "POST", key, body: JSON.stringify(deterministic) }));
    expect(response.status).toBe(200);
    const body = (await response.json()) as { path: { day: string; supply: number }[]; summary: string[] };
    const expected = simulateScenario(deterministic);
    expect(body.path).toEqual(JSON.parse(JSON.stringify(expected.path)));
    expect(body.summary.length).toBeGreaterThan(0);
  });

  it("runs the spec's example as it stands, Monte Carlo bands included, and refuses more paths than the step limit with 422", async () => {
    const { key } = await harness.createKey({ scopes: ["scenarios:run"] });
    const response = await route(buildRequest(url, { method: "POST", key, body: JSON.stringify(exampleScenarioInput) }));
    expect(response.status).toBe(200);
    const body = (await response.json()) as { monteCarlo: { paths: number; seed: number; points: unknown[] }; summary: string[] };
    expect(body.monteCarlo).toEqual(JSON.parse(JSON.stringify(simulateScenario(exampleScenarioInput).monteCarlo)));
    expect(body.monteCarlo.paths).toBe(exampleScenarioInput.monteCarlo?.paths);
    expect(body.summary.some((sentence) => sentence.startsWith("Across 1,000 simulated paths"))).toBe(true);
    const tooMany = await route(buildRequest(url, { method: "POST", key, body: JSON.stringify({ ...exampleScenarioInput, horizonDays: 36_500, monteCarlo: { paths: 1_001, seed: 1 } }) }));
    expect(tooMany.status).toBe(422);
    expect((await readProblem(tooMany)).parameter).toBe("monteCarlo.paths");
  });

  it("lets the site's publishable key run scenarios from its origin", async () => {
    const origin = "http://site.example";
    const { key } = await harness.createKey({ kind: "publishable", scopes: ["scenarios:run"], allowedOrigins: [origin] });
    const response = await route(buildRequest(url, { method: "POST", key, headers: { origin }, body: JSON.stringify(deterministic) }));
    expect(response.status).toBe(200);
  });

  it("refuses input over the limits with 422 naming the field, and bad JSON with 400", async () => {
    const { key } = await harness.createKey({ scopes: ["scenarios:run"] });
    const tooLong = await route(buildRequest(url, { method: "POST", key, body: JSON.stringify({ ...deterministic, horizonDays: 40_000 }) }));
    expect(tooLong.status).toBe(422);
    expect((await readProblem(tooLong)).parameter).toBe("horizonDays");
    expect((await route(buildRequest(url, { method: "POST", key, body: "{" }))).status).toBe(400);
    const narrow = await harness.createKey({ scopes: ["prices:read"] });
    expect((await route(buildRequest(url, { method: "POST", key: narrow.key, body: JSON.stringify(deterministic) }))).status).toBe(403);
  });

  it("costs five reads of the rate limits", async () => {
    const { key } = await harness.createKey({ scopes: ["scenarios:run"] });
    harness.advance(10_000);
    const statuses = [];
    for (let i = 0; i < 5; i++) statuses.push((await route(buildRequest(url, { method: "POST", key, body: JSON.stringify(deterministic) }))).status);
    expect(statuses).toEqual([200, 200, 200, 200, 429]);
  });
});
