import Decimal from "decimal.js";

// Token amounts (supply, burns) are kept as exact decimal strings; 40 significant digits hold any of them.
const ExactDecimal = Decimal.clone({ precision: 40, toExpPos: 1000, toExpNeg: -1000 });

/** A canonical decimal string ("6906229037364.156") from a number-like text, including exponents ("6.9E12"). */
export function toDecimalString(value: string | number): string {
  const text = typeof value === "number" ? String(value) : value.trim();
  if (!/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(text)) throw new Error(`Not a decimal number: "${text}"`);
  return new ExactDecimal(text).toFixed();
}

export function addDecimalStrings(a: string, b: string): string {
  return new ExactDecimal(a).plus(b).toFixed();
}

export function subtractDecimalStrings(a: string, b: string): string {
  return new ExactDecimal(a).minus(b).toFixed();
}

/** Whole tokens → the chain's smallest unit (for LUNC, micro-units: 1 LUNC = 10^6 uluna), as an exact bigint. */
export function toBaseUnits(amount: string, decimals: number): bigint {
  const scaled = new ExactDecimal(amount).times(new ExactDecimal(10).pow(decimals));
  if (!scaled.isInteger()) throw new Error(`${amount} has more than ${decimals} decimal places`);
  return BigInt(scaled.toFixed());
}

/** For charts and ratios, where a double's 15–17 significant digits are plenty. */
export function decimalStringToNumber(value: string): number {
  return Number(value);
}
