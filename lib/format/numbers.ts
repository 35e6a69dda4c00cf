// Display formats. Prices of tokens such as SHIB (0.00000803) need significant digits, not fixed decimals.

export function formatUsdPrice(value: number): string {
  if (value >= 1) return new Intl.NumberFormat("en-US", { style: "currency", currency: "USD", maximumFractionDigits: 2, minimumFractionDigits: 2 }).format(value);
  return `$${new Intl.NumberFormat("en-US", { maximumSignificantDigits: 4, minimumSignificantDigits: 2 }).format(value)}`;
}

export function formatCompactUsd(value: number): string {
  return new Intl.NumberFormat("en-US", { style: "currency", currency: "USD", notation: "compact", maximumFractionDigits: 2 }).format(value);
}

/** Token amounts given as exact decimal strings, shortened for reading ("414.89B"); the exact figure goes in a title. */
export function formatCompactAmount(value: string | number): string {
  return new Intl.NumberFormat("en-US", { notation: "compact", maximumFractionDigits: 2 }).format(Number(value));
}

export function formatExactAmount(value: string): string {
  const [whole = "0", fraction] = value.split(".");
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  return fraction ? `${grouped}.${fraction}` : grouped;
}
