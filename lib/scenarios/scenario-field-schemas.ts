import { z } from "zod";
import { isUtcDay } from "@/lib/days/utc-day";
import { MAX_TOKEN_AMOUNT, MAX_USD_AMOUNT } from "./scenario-limits";

// Every message starts with the field's JSON name so an API client, and the page, can tell which input to fix.

const tokenLimitText = "1e18";
const usdLimitText = "1e17";

/** Whole tokens (not micro-units); zero allowed. */
export function createTokenAmountSchema(field: string) {
  const message = `${field} must be a number of tokens from 0 to ${tokenLimitText}.`;
  return z.number({ error: message }).min(0, message).max(MAX_TOKEN_AMOUNT, message);
}

export function createPositiveTokenAmountSchema(field: string) {
  const message = `${field} must be a number of tokens greater than 0 and at most ${tokenLimitText}.`;
  return z.number({ error: message }).positive(message).max(MAX_TOKEN_AMOUNT, message);
}

export function createPositiveUsdSchema(field: string) {
  const message = `${field} must be a USD amount greater than 0 and at most ${usdLimitText}.`;
  return z.number({ error: message }).positive(message).max(MAX_USD_AMOUNT, message);
}

/** A share written as a fraction: 0.01 is 1%. */
export function createFractionSchema(field: string) {
  const message = `${field} must be a fraction from 0 to 1 (0.01 is 1%).`;
  return z.number({ error: message }).min(0, message).max(1, message);
}

export function createWholeNumberSchema(field: string, min: number, max: number, unit: string) {
  const message = `${field} must be a whole number of ${unit} from ${min.toLocaleString("en-US")} to ${max.toLocaleString("en-US")}.`;
  return z.number({ error: message }).int(message).min(min, message).max(max, message);
}

export function createBoundedNumberSchema(field: string, min: number, max: number, meaning: string) {
  const message = `${field} must be ${meaning} from ${min} to ${max}.`;
  return z.number({ error: message }).min(min, message).max(max, message);
}

export function createUtcDaySchema(field: string) {
  const message = `${field} must be a calendar day written YYYY-MM-DD.`;
  return z.string({ error: message }).refine(isUtcDay, message);
}

/** Discriminated unions report a missing or non-object value as a bad `kind` too; callers word that case differently. */
export function isNotAnObject(value: unknown): boolean {
  return typeof value !== "object" || value === null;
}
