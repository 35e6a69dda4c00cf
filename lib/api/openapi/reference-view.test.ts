import { describe, expect, it } from "vitest";
import { apiOperations } from "../contract/api-operations";
import { buildOpenApiDocument } from "./build-openapi-document";
import { buildCurlExample, buildReferenceView, describeSchemaType, shortenExample } from "./reference-view";

describe("the API reference view", () => {
  const groups = buildReferenceView(buildOpenApiDocument(), "http://localhost:3000");
  const operations = groups.flatMap((group) => group.operations);

  it("shows every operation of the document once, grouped by tag", () => {
    expect(operations.map((operation) => operation.operationId).sort()).toEqual([...Object.keys(apiOperations), "getOpenApiDocument"].sort());
    expect(groups.map((group) => group.tag)).toEqual(["Tokens", "Scenarios", "Articles", "Keys", "CoinGecko-compatible", "Meta"]);
  });

  it("builds a working curl for a read from the example's parameters", () => {
    const prices = operations.find((operation) => operation.operationId === "getTokenPrices");
    expect(prices?.curl).toBe('curl -H "Authorization: Bearer $BURNWATCH_KEY" "http://localhost:3000/api/v1/tokens/lunc/prices?from=2022-05-01&to=2022-05-02"');
    expect(prices?.scope).toBe("prices:read");
    expect(prices?.parameters.find((parameter) => parameter.name === "interval")?.type).toBe('"daily" | "weekly" | "monthly"');
  });

  it("shows the signature headers and the body for a signed call", () => {
    const create = operations.find((operation) => operation.operationId === "createKey");
    expect(create?.signed).toBe(true);
    expect(create?.curl).toContain("X-BW-Signature: v1=$SIG");
    expect(create?.curl).toContain(`-d '{"name":"price dashboard"`);
    expect(create?.errorStatuses.map((entry) => entry.status)).toEqual(expect.arrayContaining(["400", "401", "403", "422", "429"]));
  });

  it("shortens long arrays in examples and says how many were left out", () => {
    expect(shortenExample({ points: [1, 2, 3, 4, 5] }, 2)).toEqual({ points: [1, 2, "… 3 more"] });
    expect(shortenExample([[1, 2]], 3)).toEqual([[1, 2]]);
    const scenario = operations.find((operation) => operation.operationId === "runScenario");
    expect(scenario?.responseExample).toContain("more");
  });

  it("names schema types plainly", () => {
    expect(describeSchemaType({ type: "integer" })).toBe("integer");
    expect(describeSchemaType({ anyOf: [{ enum: ["max"] }, { type: "integer" }] })).toBe('"max" | integer');
    expect(describeSchemaType(undefined)).toBe("any");
    expect(buildCurlExample("delete", "/api/v1/keys/{keyId}", { parameters: [{ name: "keyId", in: "path", example: "abc" }], "x-signed": true }, "")).toBe(
      'curl -X DELETE "/api/v1/keys/abc" \\\n  -H "Authorization: Bearer $BURNWATCH_KEY" \\\n  -H "X-BW-Timestamp: $TS" -H "X-BW-Nonce: $NONCE" -H "X-BW-Signature: v1=$SIG"',
    );
  });
});
