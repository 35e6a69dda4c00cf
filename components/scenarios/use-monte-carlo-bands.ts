"use client";

import { useEffect, useState } from "react";
import type { MonteCarloResult } from "@/lib/scenarios/run-monte-carlo";
import { runPageMonteCarlo, type PageRun } from "./run-page-scenario";

export type BandsState = { status: "off" } | { status: "pending"; stale: MonteCarloResult | null } | { status: "ready"; bands: MonteCarloResult };

/**
 * The Monte Carlo bands of a run, computed after the browser has painted the run's charts: a frame, then a task. The
 * bands take tens of milliseconds, and a slider should never wait for them. While they are computed the last bands
 * stay available (`stale`), so the fan does not blink; the server renders none.
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
      }, 0);
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
