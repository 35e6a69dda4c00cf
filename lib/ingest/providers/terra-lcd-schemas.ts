import { z } from "zod";

// Raw Terra Classic LCD payloads (Cosmos SDK gRPC gateway). Amounts are integer strings; rates are LegacyDec strings
// with 18 decimals ("0.005000000000000000").

const baseUnitsSchema = z.string().regex(/^\d+$/, "must be a whole number of base units written as a string");
const fractionSchema = z.string().regex(/^(0(\.\d+)?|1(\.0+)?)$/, "must be a decimal fraction between 0 and 1");
const coinSchema = z.object({ denom: z.string().min(1), amount: baseUnitsSchema });

/** `/cosmos/bank/v1beta1/supply/by_denom?denom=…` (SDK ≥ 0.46) and `/cosmos/bank/v1beta1/supply/{denom}` (older). */
export const supplyOfSchema = z.object({ amount: coinSchema });

/** `/cosmos/bank/v1beta1/balances/{address}/by_denom?denom=…`: a zero balance still answers, with amount "0". */
export const balanceOfSchema = z.object({ balance: coinSchema });

/** `/cosmos/bank/v1beta1/balances/{address}`: zero balances are omitted; more pages while `next_key` is set. */
export const allBalancesSchema = z.object({
  balances: z.array(coinSchema),
  pagination: z.object({ next_key: z.string().nullable() }).nullable().optional(),
});

/** `/terra/tax/v1beta1/params`: the tax module of classic core v3 (other fields, such as gas_prices, are ignored). */
export const taxModuleParamsSchema = z.object({ params: z.object({ burn_tax_rate: fractionSchema }) });

/** `/terra/tax/v1beta1/burn_tax_rate` and, before the tax module, `/terra/treasury/v1beta1/tax_rate`. */
export const taxRateSchema = z.object({ tax_rate: fractionSchema });

/** `/terra/treasury/v1beta1/params`: only the burn split is read. */
export const treasuryParamsSchema = z.object({ params: z.object({ burn_tax_split: fractionSchema }) });
