// Chain amounts are integers of the smallest unit in strings (6.9e18 uluna is beyond a double's 2^53), so they go
// string → bigint → decimal string and never through a JS number.

export function parseBaseUnits(text: string): bigint {
  if (!/^\d+$/.test(text)) throw new Error(`Not a whole number of base units: "${text}"`);
  return BigInt(text);
}

/** 6904017889662000001n with 6 decimals → "6904017889662.000001"; trailing zeros of the fraction are dropped. */
export function formatBaseUnits(amount: bigint, decimals: number): string {
  if (amount < 0n) throw new Error(`A negative amount of base units: ${amount}`);
  if (!Number.isInteger(decimals) || decimals < 0) throw new Error(`decimals must be a whole number ≥ 0, not ${decimals}`);
  const scale = 10n ** BigInt(decimals);
  const whole = amount / scale;
  const fraction = amount % scale;
  if (fraction === 0n) return whole.toString();
  return `${whole}.${fraction.toString().padStart(decimals, "0").replace(/0+$/, "")}`;
}
