"use client";

import { useEffect, useState } from "react";
import type { MonteCarloResult } from "@/lib/scenarios/run-monte-carlo";
import { runPageMonteCarlo, type PageRun } from "./run-page-scenario";

export type BandsState = { status: "off" } | { status: "pending"; stale: MonteCarloResult | null } | { status: "ready"; bands: MonteCarloResult };

/** Quiet time after the charts are painted before the bands are computed: a slider being dragged never waits for them. */
export const BANDS_DELAY_MS = 120;

/**
 * The Monte Carlo bands of a run, computed after the browser has painted the run's charts and the inputs have been
 * still for BANDS_DELAY_MS: the bands take tens of milliseconds, so computing them for every position a dragged slider
 * passes would hold up the charts. While they are pending the last bands stay available (`stale`), so the fan does not
 * blink; the server renders none.
 */
export function useMonteCarloBands(run: PageRun): BandsState {
  const [computed, setComputed] = useState<{ run: PageRun; bands: MonteCarloResult } | null>(null);
  const wanted = run.ok && run.input.monteCarlo !== undefined;
  useEffect(() => {
    if (!wanted) return;
    let timer = 0;
    const frame = window.requestAnimationFrame(() => {
      timer = window.setTimeout(() => {
        const bands = runPageMonteCarlo(run);
        if (bands !== null) setComputed({ run, bands });
      }, BANDS_DELAY_MS);
    });
    return () => {
      window.cancelAnimationFrame(frame);
      window.clearTimeout(timer);
    };
  }, [run, wanted]);
  if (!wanted) return { status: "off" };
  if (computed !== null && computed.run === run) return { status: "ready", bands: computed.bands };
  return { status: "pending", stale: computed?.bands ?? null };
}
