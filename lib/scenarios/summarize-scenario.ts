import { describeBurnStreams, describeIssuance, joinPhrases } from "./describe-streams";
import { formatLargeNumber, formatPercent, formatPriceUsd, formatUsdAmount, formatYears } from "./format-scenario-numbers";
import { computeMarketCapOnDay, computePrice } from "./market-cap-path";
import type { ScenarioResult } from "./simulate-scenario";

function describeMove(from: number, to: number): string {
  // Compare at the precision shown, so "falls from 6.80 trillion to 6.80 trillion" can't happen.
  if (formatLargeNumber(from) === formatLargeNumber(to) && formatPriceUsd(from) === formatPriceUsd(to)) return "stays at";
  return to < from ? "falls from" : "rises from";
}

function summarizeSupply(result: ScenarioResult, endSupply: number): string[] {
  const { input, endDay } = result;
  const symbol = input.tokenSymbol;
  const burns = describeBurnStreams(input.burns, symbol);
  const issuance = describeIssuance(input.issuance, symbol);
  const lead = burns.length === 0 ? "With no burns" : `At ${joinPhrases(burns)}`;
  const withIssuance = issuance === null ? "" : `${burns.length === 0 ? " and" : ", with"} ${issuance}`;
  const move = describeMove(input.startingSupply, endSupply);
  const start = formatLargeNumber(input.startingSupply);
  const sentences = [
    move === "stays at"
      ? `${lead}${withIssuance}, supply stays at ${start} ${symbol} through ${endDay}.`
      : `${lead}${withIssuance}, supply ${move} ${start} to ${formatLargeNumber(endSupply)} ${symbol} by ${endDay}.`,
  ];
  const burned = result.path.at(-1)?.cumulativeBurned ?? 0;
  if (burned > 0) {
    sentences.push(`That burns ${formatLargeNumber(burned)} ${symbol} in all, ${formatPercent(burned / input.startingSupply)} of the starting supply.`);
  }
  return sentences;
}

function summarizePrice(result: ScenarioResult, endSupply: number): string {
  const { input, endDay } = result;
  const price = input.price;
  const endMarketCap = computeMarketCapOnDay(price, input.horizonDays, endSupply);
  if (price.kind === "targetPrice") {
    const startNeed = computeMarketCapOnDay(price, 0, input.startingSupply);
    return `Holding the price at ${formatPriceUsd(price.priceUsd)} needs a market cap of ${formatUsdAmount(startNeed)} on ${input.startDay} and ${formatUsdAmount(endMarketCap)} on ${endDay}.`;
  }
  const startPrice = computePrice(price, price.marketCapUsd, input.startingSupply) ?? 0;
  const endPrice = computePrice(price, endMarketCap, endSupply);
  const assumption =
    price.kind === "constantMarketCap"
      ? `At a constant market cap of ${formatUsdAmount(price.marketCapUsd)}`
      : `With the market cap ${price.growthPerYear >= 0 ? "growing" : "shrinking"} ${formatPercent(Math.abs(price.growthPerYear))} a year, from ${formatUsdAmount(price.marketCapUsd)} to ${formatUsdAmount(endMarketCap)}`;
  if (endPrice === null) return `${assumption}, the price has no finite value once all supply is burned (it was ${formatPriceUsd(startPrice)}).`;
  const move = describeMove(startPrice, endPrice);
  return move === "stays at"
    ? `${assumption}, the price stays at ${formatPriceUsd(startPrice)}.`
    : `${assumption}, the price ${move} ${formatPriceUsd(startPrice)} to ${formatPriceUsd(endPrice)}.`;
}

function summarizeAnswers(result: ScenarioResult): string[] {
  const { input, endDay, supplyTarget, priceGoal } = result;
  const symbol = input.tokenSymbol;
  const sentences: string[] = [];
  if (supplyTarget !== null) {
    const level = `${formatLargeNumber(supplyTarget.level)} ${symbol}`;
    sentences.push(supplyTarget.reachedOn === null ? `Supply does not reach ${level} by ${endDay}.` : `Supply first reaches ${level} on ${supplyTarget.reachedOn}.`);
  }
  if (priceGoal === null) return sentences;
  const target = formatPriceUsd(priceGoal.priceUsd);
  const reached = priceGoal.reached;
  sentences.push(
    reached === null
      ? `The price does not reach ${target} by ${endDay}.`
      : reached.days === 0
        ? `The price is already at or above ${target}.`
        : `The price reaches ${target} on ${reached.day}, after ${formatYears(reached.years)}.`,
  );
  const needed = priceGoal.dailyBurnNeeded;
  const byDay = input.priceGoal?.byDay;
  if (needed === null || byDay === undefined) return sentences;
  if (needed.status === "impossible") sentences.push(`${target} by ${byDay} is out of reach: ${needed.message}`);
  else if (needed.status === "alreadyThere") sentences.push(`${target} by ${byDay} needs no burning: supply is already at or below the ${formatLargeNumber(needed.supplyNeeded)} ${symbol} it needs.`);
  else {
    sentences.push(
      `Reaching ${target} by ${byDay} would take a constant burn of ${formatLargeNumber(needed.dailyBurn)} ${symbol} a day, bringing supply down to ${formatLargeNumber(needed.supplyNeeded)} ${symbol}.`,
    );
  }
  return sentences;
}

function summarizeMonteCarlo(result: ScenarioResult): string[] {
  const monteCarlo = result.monteCarlo;
  const last = monteCarlo?.points.at(-1);
  if (monteCarlo === null || last === undefined) return [];
  const symbol = result.input.tokenSymbol;
  const supplyLow = formatLargeNumber(last.supply.p5);
  const supplyHigh = formatLargeNumber(last.supply.p95);
  // Daily burn noise largely averages out over years; a "range" from 5.77 trillion to 5.77 trillion would read as a bug.
  const paths = `Across ${monteCarlo.paths.toLocaleString("en-US")} simulated paths`;
  const sentences = [
    supplyLow === supplyHigh
      ? `${paths}, supply on ${last.day} is ${formatLargeNumber(last.supply.p50)} ${symbol} in nearly all of them.`
      : `${paths}, median supply on ${last.day} is ${formatLargeNumber(last.supply.p50)} ${symbol}, with 90% of paths between ${supplyLow} and ${supplyHigh}.`,
  ];
  const { p5, p50, p95 } = last.priceUsd;
  if (p5 !== null && p50 !== null && p95 !== null) {
    sentences.push(`The median price on ${last.day} is ${formatPriceUsd(p50)}, with 90% of paths between ${formatPriceUsd(p5)} and ${formatPriceUsd(p95)}.`);
  } else if (p50 === null) {
    sentences.push(`By ${last.day} at least half of the paths have burned all supply.`);
  }
  return sentences;
}

/** Plain sentences, with units and dates, for the page and for API clients that show a summary. */
export function summarizeScenario(result: ScenarioResult): string[] {
  const endSupply = result.path.at(-1)?.supply ?? result.input.startingSupply;
  return [...summarizeSupply(result, endSupply), summarizePrice(result, endSupply), ...summarizeAnswers(result), ...summarizeMonteCarlo(result)];
}
