import { z } from "zod";
import { burnKindSchema } from "@/lib/burns/burn-kinds";
import { isUtcDay } from "@/lib/days/utc-day";

// Parameters of figure and chart directives, checked when an article is rendered (and by a test over every article).
export const dayParamSchema = z.string().refine(isUtcDay, "must be a UTC day YYYY-MM-DD");
export const dayParams = z.object({ day: dayParamSchema });
export const rangeParams = z.object({ from: dayParamSchema, to: dayParamSchema.optional() });
export const supplyFieldSchema = z.enum(["total", "circulating"]).default("circulating");
export const supplyDayParams = z.object({ day: dayParamSchema, field: supplyFieldSchema });
export const supplyLatestParams = z.object({ field: supplyFieldSchema });
export const supplyRangeParams = z.object({ from: dayParamSchema, to: dayParamSchema, field: supplyFieldSchema });
export const burnRangeParams = z.object({ kind: burnKindSchema.default("total"), from: dayParamSchema.optional(), to: dayParamSchema.optional() });
export const burnKindParams = z.object({ kind: burnKindSchema.default("total") });
export const burnRateParams = z.object({ kind: burnKindSchema.default("total"), window: z.coerce.number().int().min(7).max(3650).default(365) });
/** A target price is an input of the question asked (e.g. "$1"), not a market figure, so it may be written literally. */
export const targetPriceParams = z.object({ price: z.coerce.number().positive(), field: z.enum(["total", "circulating"]).default("total") });
export const scenarioParams = targetPriceParams.extend({ window: z.coerce.number().int().min(7).max(3650).default(365) });
