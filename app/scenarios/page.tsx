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
        lead="How LUNC's supply would change at a chosen burn rate, what that would mean for the price at a given market cap, and what a target price would require. Everything recomputes as you type; the link keeps your inputs."
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
          </ul>
        </Card>
        <Card title="Not investment advice">
          <p className="text-sm text-muted" data-testid="scenario-disclaimer">
            These are what-if calculations, not forecasts, and not investment advice. Real burns, issuance and market caps vary, and the stored figures may be out of date or contain errors: check each source before relying on it.
          </p>
        </Card>
      </div>
    </>
  );
}
