import { z } from "zod";
import { describe, expect, it } from "vitest";
import { formatIssuePath, parseProviderPayload } from "./parse-payload";
import { ProviderError } from "./provider-error";

describe("validating provider payloads", () => {
  const schema = z.object({ prices: z.array(z.tuple([z.number(), z.number()])) });

  it("returns the parsed payload when it fits", () => {
    expect(parseProviderPayload(schema, { prices: [[1, 2]] }, { what: "A chart", url: "http://x" })).toEqual({ prices: [[1, 2]] });
  });

  it("throws a malformed ProviderError naming the field", () => {
    let caught: unknown;
    try {
      parseProviderPayload(schema, { prices: [[1, 2], [3, "4"]] }, { what: "A chart", url: "http://x/y" });
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(ProviderError);
    expect(caught).toMatchObject({ kind: "malformed", url: "http://x/y" });
    expect((caught as ProviderError).message).toMatch(/^A chart from http:\/\/x\/y is malformed: prices\[1\]\[1\]: .*expected number/);
  });

  it("writes paths the way a reader would", () => {
    expect(formatIssuePath(["amount", "amount"])).toBe("amount.amount");
    expect(formatIssuePath(["prices", 3, 1])).toBe("prices[3][1]");
    expect(formatIssuePath([])).toBe("(the whole payload)");
  });
});
