// e^x and ln x from +, −, ×, ÷ and exact bit operations only. ECMAScript lets each engine round Math.exp, Math.log and
// ** its own way (Node 20 and Chromium 156 differ in the last bit), while the basic operations are exactly specified:
// with these the engine gives bit-identical results in every browser and on the server, so a seed names one result.
// Accurate to a couple of units in the last place, like Math.exp and Math.log.

const invLn2 = 1.4426950408889634;
// ln 2 split so that k × ln2High is exact for |k| < 2^11 (the high part has 21 trailing zero bits; fdlibm's constants).
const ln2High = 6.93147180369123816490e-1;
const ln2Low = 1.90821492927058770002e-10;

const view = new DataView(new ArrayBuffer(8));
// 1/k! for k = 2 … 13, divided once at load (division is exactly specified, so every engine gets the same constants).
const factorials = Array.from({ length: 14 }, (_, k) => Array.from({ length: k }, (_, i) => i + 1).reduce((product, factor) => product * factor, 1));
const [, , c2, c3, c4, c5, c6, c7, c8, c9, c10, c11, c12, c13] = factorials.map((factorial) => 1 / factorial) as [number, number, number, number, number, number, number, number, number, number, number, number, number, number];

/** 2^k as a double for −1022 ≤ k ≤ 1023, from its bits: exact, with no pow. */
function computePowerOfTwo(k: number): number {
  view.setUint32(0, (k + 1023) << 20);
  view.setUint32(4, 0);
  return view.getFloat64(0);
}

/** e^x. */
export function portableExp(x: number): number {
  // e^0 is exactly 1 below too; answering it at once spares a constant market cap's daily points the series.
  if (x === 0) return 1;
  if (Number.isNaN(x)) return Number.NaN;
  if (x > 709.782712893384) return Number.POSITIVE_INFINITY;
  if (x < -745.1332191019412) return 0;
  // x = k ln 2 + r with |r| ≤ ln2 / 2 (Cody–Waite reduction).
  const k = Math.round(x * invLn2);
  const r = x - k * ln2High - k * ln2Low;
  // e^r by its Taylor series to r^13, Horner form: the rest is under 5e-18 of the result for |r| ≤ ln2 / 2.
  const sum = 1 + r * (1 + r * (c2 + r * (c3 + r * (c4 + r * (c5 + r * (c6 + r * (c7 + r * (c8 + r * (c9 + r * (c10 + r * (c11 + r * (c12 + r * c13))))))))))));
  // Scale by 2^k in two steps where one would leave the normal range.
  if (k > 1023) return sum * computePowerOfTwo(1023) * computePowerOfTwo(k - 1023);
  if (k < -1022) return sum * computePowerOfTwo(k + 1000) * computePowerOfTwo(-1000);
  return sum * computePowerOfTwo(k);
}

/** ln x. */
export function portableLog(x: number): number {
  if (Number.isNaN(x) || x < 0) return Number.NaN;
  if (x === 0) return Number.NEGATIVE_INFINITY;
  if (x === Number.POSITIVE_INFINITY) return x;
  let scaled = x;
  let exponent = 0;
  // Subnormals first become normal, exactly.
  if (scaled < 2.2250738585072014e-308) {
    scaled *= 18014398509481984; // 2^54
    exponent -= 54;
  }
  // Read the exponent from the bits and set it to 0, leaving the mantissa m in [1, 2).
  view.setFloat64(0, scaled);
  const high = view.getUint32(0);
  exponent += ((high >>> 20) & 0x7ff) - 1023;
  view.setUint32(0, (high & 0x000fffff) | 0x3ff00000);
  let mantissa = view.getFloat64(0);
  // Centre m on 1: [√½, √2).
  if (mantissa > 1.4142135623730951) {
    mantissa /= 2;
    exponent += 1;
  }
  // ln m = 2 atanh z with z = (m − 1)/(m + 1), |z| < 0.172: the series z + z³/3 + … to z^25 leaves under 1e-19.
  const z = (mantissa - 1) / (mantissa + 1);
  const zz = z * z;
  let series = 0;
  for (let power = 25; power >= 3; power -= 2) series = (series + 1 / power) * zz;
  const logMantissa = 2 * z + 2 * z * series;
  return exponent * ln2High + (logMantissa + exponent * ln2Low);
}

/** ln(1 + x), accurate for small x too: the rounding of 1 + x is corrected for. */
export function portableLog1p(x: number): number {
  const onePlus = 1 + x;
  if (onePlus === 1) return x;
  if (!Number.isFinite(onePlus)) return portableLog(onePlus);
  return portableLog(onePlus) - (onePlus - 1 - x) / onePlus;
}

/** base^exponent for base > 0, as e^(exponent · ln base). */
export function portablePow(base: number, exponent: number): number {
  if (base === 1 || exponent === 0) return 1;
  return portableExp(exponent * portableLog(base));
}
