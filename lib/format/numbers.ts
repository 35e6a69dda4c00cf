// Display formats. Prices of tokens such as SHIB (0.00000803) need significant digits, not fixed decimals.

// Built once: a NumberFormat takes far longer to construct than to use, and chart ticks format on every redraw.
const usdWhole = new Intl.NumberFormat("en-US", { style: "currency", currency: "USD", maximumFractionDigits: 2, minimumFractionDigits: 2 });
const smallSignificant = new Intl.NumberFormat("en-US", { maximumSignificantDigits: 4, minimumSignificantDigits: 2 });
const compactUsd = new Intl.NumberFormat("en-US", { style: "currency", currency: "USD", notation: "compact", maximumFractionDigits: 2 });
const compactAmount = new Intl.NumberFormat("en-US", { notation: "compact", maximumFractionDigits: 2 });

export function formatUsdPrice(value: number): string {
  if (value >= 1) return usdWhole.format(value);
  return `$${smallSignificant.format(value)}`;
}

export function formatCompactUsd(value: number): string {
  return compactUsd.format(value);
}

/** Token amounts given as exact decimal strings, shortened for reading ("414.89B"); the exact figure goes in a title. */
export function formatCompactAmount(value: string | number): string {
  return compactAmount.format(Number(value));
}

export function formatExactAmount(value: string): string {
  const [whole = "0", fraction] = value.split(".");
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  return fraction ? `${grouped}.${fraction}` : grouped;
}
