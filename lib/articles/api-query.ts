/** The public API request that answers a figure's or chart's data, as a path with its query. */
export function buildApiQuery(resource: "prices" | "supply" | "burns" | "token", params: Record<string, string | undefined> = {}, symbol = "lunc"): string {
  const base = resource === "token" ? `/api/v1/tokens/${symbol}` : `/api/v1/tokens/${symbol}/${resource}`;
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) if (value !== undefined) search.set(key, value);
  const text = search.toString();
  return text ? `${base}?${text}` : base;
}
