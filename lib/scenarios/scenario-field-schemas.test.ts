import { describe, expect, it } from "vitest";
import type { z } from "zod";
import {
  createBoundedNumberSchema,
  createFractionSchema,
  createPositiveTokenAmountSchema,
  createPositiveUsdSchema,
  createTokenAmountSchema,
  createUtcDaySchema,
  createWholeNumberSchema,
  isNotAnObject,
} from "./scenario-field-schemas";

function readMessage(schema: z.ZodType, value: unknown): string | null {
  const parsed = schema.safeParse(value);
  return parsed.success ? null : (parsed.error.issues[0]?.message ?? "");
}

describe("scenario field schemas", () => {
  it("accept amounts from zero and name the field when refusing", () => {
    expect(readMessage(createTokenAmountSchema("amountPerDay"), 0)).toBeNull();
    expect(readMessage(createTokenAmountSchema("amountPerDay"), 5e8)).toBeNull();
    for (const bad of [-1, 2e18, Number.NaN, Number.POSITIVE_INFINITY, "5", null]) {
      expect(readMessage(createTokenAmountSchema("amountPerDay"), bad)).toMatch(/^amountPerDay must be/);
    }
  });

  it("refuse zero where a positive amount is needed", () => {
    expect(readMessage(createPositiveTokenAmountSchema("startingSupply"), 0)).toMatch(/^startingSupply/);
    expect(readMessage(createPositiveTokenAmountSchema("startingSupply"), 6.8e12)).toBeNull();
    expect(readMessage(createPositiveUsdSchema("marketCapUsd"), -5)).toMatch(/^marketCapUsd/);
    expect(readMessage(createPositiveUsdSchema("marketCapUsd"), 5e8)).toBeNull();
  });

  it("take fractions between 0 and 1", () => {
    expect(readMessage(createFractionSchema("taxRate"), 0.012)).toBeNull();
    expect(readMessage(createFractionSchema("taxRate"), 1.2)).toMatch(/^taxRate must be a fraction/);
  });

  it("take whole numbers within bounds", () => {
    const schema = createWholeNumberSchema("everyDays", 1, 36_525, "days");
    expect(readMessage(schema, 7)).toBeNull();
    expect(readMessage(schema, 7.5)).toBe("everyDays must be a whole number of days from 1 to 36,525.");
    expect(readMessage(schema, 0)).toMatch(/^everyDays/);
  });

  it("take bounded numbers", () => {
    const schema = createBoundedNumberSchema("growthPerYear", -0.99, 100, "a yearly growth rate");
    expect(readMessage(schema, 0.1)).toBeNull();
    expect(readMessage(schema, -1)).toBe("growthPerYear must be a yearly growth rate from -0.99 to 100.");
  });

  it("take real calendar days only", () => {
    expect(readMessage(createUtcDaySchema("startDay"), "2026-01-01")).toBeNull();
    expect(readMessage(createUtcDaySchema("startDay"), "2026-02-30")).toBe("startDay must be a calendar day written YYYY-MM-DD.");
    expect(readMessage(createUtcDaySchema("startDay"), 20260101)).toMatch(/^startDay/);
  });

  it("tell objects from everything else", () => {
    expect(isNotAnObject({ kind: "x" })).toBe(false);
    for (const value of [undefined, null, "fixedDaily", 5]) expect(isNotAnObject(value)).toBe(true);
  });
});
