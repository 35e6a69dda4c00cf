import type { Metadata } from "next";
import { Suspense } from "react";

import { ScenarioSimulator } from "@/components/scenarios/scenario-simulator";
import { Card } from "@/components/ui/card";
import { PageHeading } from "@/components/ui/page-heading";
import { systemClock } from "@/lib/clock";
import { toUtcDay } from "@/lib/days/utc-day";
import { loadScenarioPresets } from "@/lib/scenarios/presets";

export const dynamic = "force-dynamic";

export const metadata: Metadata = {
  title: "Burn-rate scenarios",
  description:
    "Simulate LUNC supply and price under a chosen burn rate: starting from the stored supply, see where supply and price go, the market cap a target price needs and the daily burn that would reach it.",
};

export default async function ScenariosPage() {
  const presets = await loadScenarioPresets("LUNC");
  const startDay = toUtcDay(systemClock());
  return (
    <>
      <PageHeading
        title="Burn-rate scenarios"
        lead="How LUNC's supply would change at a chosen burn rate, what that would mean for the price at a given market cap, and what a target price would require. Up to four scenarios side by side, with Monte Carlo bands for the uncertain parts. Everything recomputes in your browser as you type; the link keeps your inputs."
      />
      <Suspense fallback={<p className="text-muted">Loading the simulator…</p>}>
        <ScenarioSimulator presets={presets} startDay={startDay} />
      </Suspense>
      <div className="mt-6 grid grid-cols-1 gap-4 md:grid-cols-2">
        <Card title="Method">
          <ul className="list-disc space-y-1 pl-5 text-sm text-muted">
            <li>Day by day from today: each day the proportional burn takes its share of the remaining supply, then the fixed daily burn, the tax on the daily volume and any batch come off. Supply never goes below zero.</li>
            <li>Price is the assumed market cap divided by the simulated supply; a growing market cap compounds yearly. Years are 365 days.</li>
            <li>The market cap a target price needs today is target × starting supply. The daily burn to reach the target by the horizon is the constant burn that brings supply down to market cap ÷ target on the last day, in place of the burns above.</li>
            <li>Burn-rate presets are the stored &quot;all burns&quot; series over the last 30, 90 or 365 days up to its last day: the amounts divided by the days they cover. Weekly figures count as seven days; days without data are left out rather than counted as zero.</li>
            <li>
              Scenarios: up to four side by side, each with its own inputs and horizon, compared on the supply and price charts and in a table. The link holds every input of every scenario and the Monte Carlo settings, so it
              reproduces the same numbers.
            </li>
            <li>
              Monte Carlo (for the scenario being edited): the market cap follows geometric Brownian motion, M(t) = M(0)·exp((μ − σ²/2)t + σW(t)); by default μ is set so that the median path is your market-cap assumption,
              or μ can be the drift fitted to history. Each day&apos;s fixed and tax burns are multiplied by an independent log-normal factor exp(sZ − s²/2), whose mean is 1; batches, one-off and proportional burns stay as
              stated. σ, μ and s are fitted to the last 365 days of stored data: σ and μ from the daily log returns of the market cap (only consecutive days; μ = mean × 365 + σ²/2), s as the standard deviation of the
              logarithm of the days&apos; burn totals. The fitted numbers are shown with the Monte Carlo settings.
            </li>
            <li>
              Each path is simulated day by day; the bands are the 5th, 25th, 50th, 75th and 95th percentiles across paths on each month&apos;s last day, taken separately for supply and price. Normal draws come from
              xoshiro128** seeded by the seed (ziggurat method); paths come in antithetic pairs (the second of a pair takes the first&apos;s draws negated). The same seed gives the same bands, to the last bit, here and from POST /api/v1/scenarios: the engine computes exp and log itself, because browsers and Node round Math.exp and Math.log differently.
            </li>
          </ul>
        </Card>
        <Card title="Not investment advice">
          <p className="text-sm text-muted" data-testid="scenario-disclaimer">
            These are what-if calculations, not forecasts, and not investment advice. Real burns, issuance and market caps vary, and the stored figures may be out of date or contain errors: check each source before relying on it.
            The Monte Carlo bands show how the stated random processes spread, not the chance of any outcome: a year of history says little about the drift, and real markets jump, trend and change regime.
          </p>
        </Card>
      </div>
    </>
  );
}
