/**
 * Terra Classic LCD (Cosmos SDK REST gateway). Endpoints, in the order tried (each on every URL before the next):
 * - total supply: /cosmos/bank/v1beta1/supply/by_denom?denom=… (SDK ≥ 0.46), then /cosmos/bank/v1beta1/supply/{denom}
 * - burn wallet: /cosmos/bank/v1beta1/balances/{address}/by_denom?denom=uluna, then the paged /cosmos/bank/v1beta1/balances/{address}
 * - burn tax rate: /terra/tax/v1beta1/params (`params.burn_tax_rate`, core v3 tax module), /terra/tax/v1beta1/burn_tax_rate,
 *   then /terra/treasury/v1beta1/tax_rate (`tax_rate`, older chain versions)
 * - burn tax split: /terra/treasury/v1beta1/params (`params.burn_tax_split`)
 */
import "server-only";
import type { z } from "zod";
import { fetchJsonWithRetry, type RetryPolicy } from "@/lib/ingest/http/fetch-with-retry";
import { parseProviderPayload } from "@/lib/ingest/http/parse-payload";
import { ProviderError } from "@/lib/ingest/http/provider-error";
import { redactUrl } from "@/lib/ingest/http/redact-secrets";
import { tryEachInTurn } from "@/lib/ingest/http/try-each-in-turn";
import { subtractDecimalStrings, toDecimalString } from "@/lib/numbers/decimal";
import { formatBaseUnits, parseBaseUnits } from "./base-units";
import { allBalancesSchema, balanceOfSchema, supplyOfSchema, taxModuleParamsSchema, taxRateSchema, treasuryParamsSchema } from "./terra-lcd-schemas";

/** Where Terra Classic's burns go; what it holds is burned at the next sweep. */
export const terraBurnAddress = "terra1sk06e3dyexuq4shw77y3dsv480xv42mq73anxu";

/** 10^6 base units (uluna, uusd) make one token (LUNC, USTC). */
export const terraDenomDecimals = 6;

export type TerraDenom = "uluna" | "uusd";

export type TerraTokenAmount = { denom: TerraDenom; amountBaseUnits: bigint; amountWholeTokens: string; source: string };

export type TerraTaxParameters = {
  /** Share of a transfer taken as burn tax ("0.005" = 0.5 %). */
  burnTaxRate: string;
  /** The chain's `burn_tax_split`: the share of the burn tax sent to the distribution module instead of being burned. */
  burnTaxSplit: string;
  /** 1 − burnTaxSplit: the share of the burn tax actually burned. */
  burnedShareOfTax: string;
  /** The (redacted) URLs that answered, for provenance. */
  sources: { burnTaxRate: string; burnTaxSplit: string };
};

export type TerraLcdProviderOptions = {
  /** LCD base URLs, tried in this order; the next one is asked when one fails. */
  urls: string[];
  /** Per URL. Defaults to 1 retry and a 10 s timeout: with mirrors, moving on beats insisting. */
  retry?: RetryPolicy;
  burnAddress?: string;
};

export type TerraLcdProvider = {
  fetchTotalSupply(denom: TerraDenom): Promise<TerraTokenAmount>;
  fetchBurnWalletBalance(): Promise<TerraTokenAmount>;
  fetchTaxParameters(): Promise<TerraTaxParameters>;
};

/** One way to ask for a figure: fetches from one base URL and validates. */
type Endpoint<T> = (baseUrl: string) => Promise<T>;
type SourcedValue = { value: string; source: string };

const maxBalancePages = 50;

export function createTerraLcdProvider(options: TerraLcdProviderOptions): TerraLcdProvider {
  if (options.urls.length === 0) throw new Error("The Terra LCD provider needs at least one URL");
  const urls = options.urls.map((url) => url.replace(/\/+$/, ""));
  const retry: RetryPolicy = { retries: 1, timeoutMs: 10_000, ...options.retry };
  const burnAddress = options.burnAddress ?? terraBurnAddress;
  // It goes into a URL path: only a bech32 account address may.
  if (!/^terra1[02-9ac-hj-np-z]{38}$/.test(burnAddress)) throw new Error(`Not a Terra account address: "${burnAddress}"`);

  async function getJson<Schema extends z.ZodType>(url: string, schema: Schema, what: string): Promise<{ data: z.infer<Schema>; source: string }> {
    const source = redactUrl(url);
    return { data: parseProviderPayload(schema, await fetchJsonWithRetry(url, retry), { what, url: source }), source };
  }

  /**
   * Preferred endpoint on every URL before the next endpoint: an outdated node should not make us read a legacy
   * endpoint when an up-to-date one answers the current one.
   */
  function readFromAny<T>(endpoints: Endpoint<T>[]): Promise<T> {
    const attempts = endpoints.flatMap((endpoint) => urls.map((baseUrl) => ({ endpoint, baseUrl })));
    return tryEachInTurn(attempts, ({ endpoint, baseUrl }) => endpoint(baseUrl));
  }

  function toTokenAmount(denom: TerraDenom, coin: { denom: string; amount: string }, source: string): TerraTokenAmount {
    if (coin.denom !== denom) throw new ProviderError("malformed", `${source} answered for denom "${coin.denom}", not "${denom}"`, source);
    const amountBaseUnits = parseBaseUnits(coin.amount);
    return { denom, amountBaseUnits, amountWholeTokens: formatBaseUnits(amountBaseUnits, terraDenomDecimals), source };
  }

  function readSupply(denom: TerraDenom, path: string): Endpoint<TerraTokenAmount> {
    return async (baseUrl) => {
      const { data, source } = await getJson(`${baseUrl}${path}`, supplyOfSchema, `Total supply of ${denom}`);
      return toTokenAmount(denom, data.amount, source);
    };
  }

  const readBalanceByDenom: Endpoint<TerraTokenAmount> = async (baseUrl) => {
    const url = `${baseUrl}/cosmos/bank/v1beta1/balances/${burnAddress}/by_denom?denom=uluna`;
    const { data, source } = await getJson(url, balanceOfSchema, "Burn wallet balance");
    return toTokenAmount("uluna", data.balance, source);
  };

  const readBalanceFromList: Endpoint<TerraTokenAmount> = async (baseUrl) => {
    const listUrl = `${baseUrl}/cosmos/bank/v1beta1/balances/${burnAddress}`;
    let pageKey: string | null = null;
    for (let page = 0; page < maxBalancePages; page++) {
      const url: string = pageKey === null ? listUrl : `${listUrl}?pagination.key=${encodeURIComponent(pageKey)}`;
      const { data, source } = await getJson(url, allBalancesSchema, "Burn wallet balances");
      const coin = data.balances.find((balance) => balance.denom === "uluna");
      if (coin) return toTokenAmount("uluna", coin, source);
      pageKey = data.pagination?.next_key ?? null;
      // The bank module leaves zero balances out of the list.
      if (pageKey === null) return { denom: "uluna", amountBaseUnits: 0n, amountWholeTokens: "0", source: redactUrl(listUrl) };
    }
    throw new ProviderError("malformed", `${redactUrl(listUrl)} kept paging past ${maxBalancePages} pages`, redactUrl(listUrl));
  };

  const readTaxModuleRate: Endpoint<SourcedValue> = async (baseUrl) => {
    const { data, source } = await getJson(`${baseUrl}/terra/tax/v1beta1/params`, taxModuleParamsSchema, "Tax module parameters");
    return { value: toDecimalString(data.params.burn_tax_rate), source };
  };

  function readTaxRate(path: string): Endpoint<SourcedValue> {
    return async (baseUrl) => {
      const { data, source } = await getJson(`${baseUrl}${path}`, taxRateSchema, "Burn tax rate");
      return { value: toDecimalString(data.tax_rate), source };
    };
  }

  const readBurnTaxSplit: Endpoint<SourcedValue> = async (baseUrl) => {
    const { data, source } = await getJson(`${baseUrl}/terra/treasury/v1beta1/params`, treasuryParamsSchema, "Treasury parameters");
    return { value: toDecimalString(data.params.burn_tax_split), source };
  };

  return {
    fetchTotalSupply: (denom) => readFromAny([readSupply(denom, `/cosmos/bank/v1beta1/supply/by_denom?denom=${denom}`), readSupply(denom, `/cosmos/bank/v1beta1/supply/${denom}`)]),

    fetchBurnWalletBalance: () => readFromAny([readBalanceByDenom, readBalanceFromList]),

    async fetchTaxParameters() {
      const rate = await readFromAny([
        readTaxModuleRate,
        readTaxRate("/terra/tax/v1beta1/burn_tax_rate"),
        // Before the tax module (core v3), the treasury's tax rate was the burn tax.
        readTaxRate("/terra/treasury/v1beta1/tax_rate"),
      ]);
      const split = await readFromAny([readBurnTaxSplit]);
      return {
        burnTaxRate: rate.value,
        burnTaxSplit: split.value,
        burnedShareOfTax: subtractDecimalStrings("1", split.value),
        sources: { burnTaxRate: rate.source, burnTaxSplit: split.source },
      };
    },
  };
}
