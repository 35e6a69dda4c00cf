import { z } from "zod";

export const tokenDefinitionSchema = z.object({
  symbol: z.string().regex(/^[A-Z0-9]{2,10}$/),
  name: z.string().min(1),
  coingeckoId: z.string().regex(/^[a-z0-9-]+$/),
  chainDenom: z.string().nullable(),
  chainDecimals: z.number().int().min(0).max(18).nullable(),
  rank: z.number().int(),
});

export type TokenDefinition = z.infer<typeof tokenDefinitionSchema>;

/** The tokens Burnwatch follows, in the order the site lists them. */
export const tokenCatalog: readonly TokenDefinition[] = [
  { symbol: "LUNC", name: "Terra Luna Classic", coingeckoId: "terra-luna", chainDenom: "uluna", chainDecimals: 6, rank: 1 },
  { symbol: "USTC", name: "TerraClassicUSD", coingeckoId: "terrausd", chainDenom: "uusd", chainDecimals: 6, rank: 2 },
  { symbol: "BTC", name: "Bitcoin", coingeckoId: "bitcoin", chainDenom: null, chainDecimals: null, rank: 3 },
  { symbol: "ETH", name: "Ethereum", coingeckoId: "ethereum", chainDenom: null, chainDecimals: null, rank: 4 },
  { symbol: "SHIB", name: "Shiba Inu", coingeckoId: "shiba-inu", chainDenom: null, chainDecimals: null, rank: 5 },
];
