import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildRequest, createSnapshotApiHarness, type ApiHarness } from "@/lib/testing/api-harness";
import { operationHandlers } from "@/lib/testing/operation-handlers";
import type { ApiHandler } from "@/lib/api/with-api-key";
import { fillOperationPath, resolveExampleResponse, type ApiOperation } from "./api-operation";
import { apiOperations, type OperationId } from "./api-operations";

// The data operations whose examples must be what the bundled snapshot really answers: the spec shows real numbers.
const dataOperations: OperationId[] = ["listTokens", "getToken", "getTokenPrices", "getTokenSupply", "getTokenBurns", "coingeckoPing", "coingeckoSimplePrice", "coingeckoCoinsList", "coingeckoCoin", "coingeckoMarketChartRange", "coingeckoCoinHistory"];

function exampleUrl(operation: ApiOperation): string {
  const example = operation.example as { pathParams?: Record<string, string>; query?: Record<string, string> };
  const filled = fillOperationPath(operation.path, (name) => example.pathParams?.[name] ?? "");
  return `http://127.0.0.1:3100${filled}?${new URLSearchParams(example.query ?? {})}`;
}

describe("the spec's examples are the bundled data's real answers", () => {
  let harness: ApiHarness;
  let key: string;

  beforeAll(async () => {
    harness = await createSnapshotApiHarness();
    key = (await harness.createKey({ scopes: ["prices:read", "supply:read", "burns:read"], rateLimitPerMinute: 100_000 })).key;
  });
  afterAll(async () => harness?.dispose());

  const answer = async (operationId: OperationId, handler: ApiHandler<never>) => {
    const operation = apiOperations[operationId] as ApiOperation;
    const route = harness.route(handler, operation);
    const response = await route(buildRequest(exampleUrl(operation), { key }), (operation.example as { pathParams?: Record<string, string> }).pathParams);
    expect(response.status, operationId).toBe(200);
    return response.json();
  };

  for (const operationId of dataOperations) {
    it(`${operationId}: the example answer is a part of the real one`, async () => {
      const real = await answer(operationId, operationHandlers[operationId]);
      const example = apiOperations[operationId].example.response;
      // Lists in examples are shortened to their first entries; everything shown must be exactly what the store answers.
      if (Array.isArray(example)) expect(real.slice(0, example.length)).toEqual(example);
      else if (operationId === "listTokens") expect(real.data.find((token: { symbol: string }) => token.symbol === "LUNC")).toEqual((example as { data: unknown[] }).data[0]);
      else expect(real).toEqual(example);
    });
  }

  it("getCoverage: the example row is a real series with its real span and rows", async () => {
    const real = (await answer("getCoverage", operationHandlers.getCoverage)) as { data: { token: string; series: string; source: { key: string } }[] };
    const [example] = resolveExampleResponse(apiOperations.getCoverage).data;
    const row = real.data.find((candidate) => candidate.token === example?.token && candidate.series === example?.series && candidate.source.key === example?.source.key);
    expect(row).toEqual({ ...example, last_import: expect.any(String) });
  });

  it("coingeckoMarketChart: the example's points are the first points of the real max-days chart", async () => {
    const real = (await answer("coingeckoMarketChart", operationHandlers.coingeckoMarketChart)) as Record<string, [number, number][]>;
    const example = resolveExampleResponse(apiOperations.coingeckoMarketChart);
    const atExampleDays = (series: [number, number][], shown: [number, number][]) => series.filter(([ms]) => shown.some(([exampleMs]) => exampleMs === ms));
    expect(atExampleDays(real.prices ?? [], example.prices)).toEqual(example.prices);
    expect(atExampleDays(real.market_caps ?? [], example.market_caps)).toEqual(example.market_caps);
  });
});
