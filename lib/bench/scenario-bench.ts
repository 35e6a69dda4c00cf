// The scenario engine's and the /scenarios page's measurements for `npm run bench`: a 100-year daily path, one
// solve, 10,000 Monte Carlo paths over 10 years, and slider-to-chart time in Chromium against the bench's server.
import { chromium, type Page } from "@playwright/test";
import { exampleScenarioInput } from "@/lib/scenarios/example-scenario-input";
import { monteCarloSettingsSchema } from "@/lib/scenarios/monte-carlo-settings-schema";
import { runMonteCarlo } from "@/lib/scenarios/run-monte-carlo";
import { scenarioInputSchema } from "@/lib/scenarios/scenario-input-schema";
import { simulateScenario } from "@/lib/scenarios/simulate-scenario";
import { simulateDailySupply } from "@/lib/scenarios/simulate-supply";
import { solveDailyBurnForPrice } from "@/lib/scenarios/solve-daily-burn";

const chromiumArgs = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"];

type Timing = { median: number; p95: number; runs: number };

function summarizeTimes(times: number[]): Timing {
  const sorted = [...times].sort((a, b) => a - b);
  return { median: sorted[Math.floor(sorted.length / 2)] ?? 0, p95: sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * 0.95))] ?? 0, runs: sorted.length };
}

/** Wall-clock times of `work` after `warmup` untimed runs, so the figure is the optimised code's, not the JIT's first pass. */
function timeRuns(work: () => unknown, runs: number, warmup = 3): Timing {
  for (let run = 0; run < warmup; run += 1) work();
  const times: number[] = [];
  for (let run = 0; run < runs; run += 1) {
    const started = performance.now();
    work();
    times.push(performance.now() - started);
  }
  return summarizeTimes(times);
}

export type EngineFigures = { dailyPath: Timing; dailyPoints: Timing; solve: Timing; monteCarlo: Timing };

/** The engine alone, in this process. */
export function measureScenarioEngine(): EngineFigures {
  const hundredYears = scenarioInputSchema.parse({ ...exampleScenarioInput, monteCarlo: undefined, horizonDays: 36_500, resolution: "daily" });
  const tenYears = scenarioInputSchema.parse({ ...exampleScenarioInput, horizonDays: 3_650, monteCarlo: { paths: 10_000, seed: 7, marketCap: { volatilityPerYear: 0.9 }, burnVolume: { volatilityPerDay: 0.5 } } });
  const settings = monteCarloSettingsSchema.parse(tenYears.monteCarlo);
  return {
    // The supply path itself: every day's supply, burn and running total in typed arrays.
    dailyPath: timeRuns(() => simulateDailySupply(hundredYears), 21),
    // What the API returns for it: 36,500 dated points with market cap and price, the answers and the solves.
    dailyPoints: timeRuns(() => simulateScenario(hundredYears), 21),
    solve: timeRuns(() => solveDailyBurnForPrice({ startingSupply: 6.8e12, startDay: "2026-01-01", targetDay: "2036-01-01", targetPriceUsd: 1, marketCapUsd: 5e8, issuancePerDay: 0 }), 101),
    monteCarlo: timeRuns(() => runMonteCarlo(tenYears, settings), 5, 1),
  };
}

/**
 * Moves the fixed-daily-burn slider by script (the native value setter, then an input event, as a drag does) and
 * times until both deterministic charts' lines have changed (DOM) and until the frame after that has been painted
 * (a requestAnimationFrame callback, then a message: the first moment after the paint). Waits for the page to settle
 * (Monte Carlo bands included) between moves, so each move starts from an idle page.
 */
async function measureSliderMoves(page: Page, moves: number): Promise<{ dom: Timing; painted: Timing }> {
  const dom: number[] = [];
  const painted: number[] = [];
  for (let move = 0; move < moves; move += 1) {
    const position = move % 2 === 0 ? "9.5" : "8.2";
    const timing = await page.evaluate(async (value) => {
      const slider = document.querySelector<HTMLInputElement>('[data-testid="input-daily-burn-slider"]')!;
      const paths = ["supply-chart", "price-chart"].map((id) => document.querySelector(`[data-testid="${id}"] .recharts-line-curve`)!);
      const before = paths.map((path) => path.getAttribute("d"));
      return new Promise<{ dom: number; painted: number }>((resolve) => {
        let started = 0;
        const observer = new MutationObserver(() => {
          const current = document.querySelectorAll(".recharts-line-curve");
          const supply = document.querySelector('[data-testid="supply-chart"] .recharts-line-curve');
          const price = document.querySelector('[data-testid="price-chart"] .recharts-line-curve');
          if (current.length === 0 || supply === null || price === null || supply.getAttribute("d") === before[0] || price.getAttribute("d") === before[1]) return;
          observer.disconnect();
          const domDone = performance.now() - started;
          requestAnimationFrame(() => {
            const channel = new MessageChannel();
            channel.port1.onmessage = () => resolve({ dom: domDone, painted: performance.now() - started });
            channel.port2.postMessage(null);
          });
        });
        observer.observe(document.querySelector('[data-testid="scenario-simulator"]')!, { subtree: true, childList: true, attributes: true, attributeFilter: ["d"] });
        const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, "value")!.set!;
        started = performance.now();
        setValue.call(slider, value);
        slider.dispatchEvent(new Event("input", { bubbles: true }));
      });
    }, position);
    dom.push(timing.dom);
    painted.push(timing.painted);
    await page.waitForSelector('[data-testid="scenario-summary"]:not([data-monte-carlo="pending"])');
    await page.waitForTimeout(100);
  }
  return { dom: summarizeTimes(dom), painted: summarizeTimes(painted) };
}

export type SliderFigures = { monteCarloOn: { dom: Timing; painted: Timing }; monteCarloOff: { dom: Timing; painted: Timing }; paths: number };

/** Slider-to-chart time on /scenarios in Debian's Chromium, with the page's default Monte Carlo bands on and off. */
export async function measureSliderToChart(base: string, moves = 20): Promise<SliderFigures> {
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium", args: chromiumArgs });
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const measure = async (query: string) => {
      await page.goto(`${base}/scenarios${query}`);
      await page.waitForSelector('[data-testid="scenario-summary"]:not([data-monte-carlo="pending"])');
      await page.waitForSelector('[data-testid="price-chart"] .recharts-line-curve');
      return measureSliderMoves(page, moves);
    };
    const monteCarloOn = await measure("");
    const paths = Number((await page.getAttribute('[data-testid="fan-charts"]', "data-paths")) ?? 0);
    const monteCarloOff = await measure("?mc_on=0");
    return { monteCarloOn, monteCarloOff, paths };
  } finally {
    await browser.close();
  }
}

const ms = (value: number, digits: number) => `${value.toFixed(digits)} ms`;

/** The BENCHMARKS.md lines for the scenario engine and page. */
export function formatScenarioFigures(engine: EngineFigures, slider: SliderFigures | null, sliderError: string | null): string {
  const lines = [
    `- scenario engine (medians of ${engine.dailyPath.runs} runs after warm-up; p95 in brackets):`,
    `  - a 100-year daily supply path (36,500 days, typed arrays): ${ms(engine.dailyPath.median, 2)} (${ms(engine.dailyPath.p95, 2)}), goal ≤ 5 ms`,
    `  - the same as the API's full result (36,500 dated points with market cap and price, plus the answers): ${ms(engine.dailyPoints.median, 2)} (${ms(engine.dailyPoints.p95, 2)})`,
    `  - one solve (daily burn for a target price): ${ms(engine.solve.median, 4)}, goal ≤ 20 ms`,
    `  - 10,000 Monte Carlo paths over 10 years, daily steps, monthly 5/25/50/75/95 bands: ${ms(engine.monteCarlo.median, 0)} (median of ${engine.monteCarlo.runs}; slowest ${ms(engine.monteCarlo.p95, 0)}), goal ≤ 1 s`,
  ];
  if (slider === null) {
    lines.push(`- /scenarios slider to chart in Chromium: not measured (${sliderError ?? "unknown error"})`);
  } else {
    const row = (name: string, figures: { dom: Timing; painted: Timing }) =>
      `  - ${name}: charts changed ${ms(figures.dom.median, 1)} (p95 ${ms(figures.dom.p95, 1)}), painted ${ms(figures.painted.median, 1)} (p95 ${ms(figures.painted.p95, 1)}) over ${figures.painted.runs} moves`;
    lines.push(
      "- /scenarios slider to chart in Chromium (the daily-burn slider moved by an input event; until both line charts' paths changed, and until the next frame was painted), goal ≤ 100 ms:",
      row(`with the default Monte Carlo bands on (${slider.paths} paths, computed after the charts)`, slider.monteCarloOn),
      row("with Monte Carlo off", slider.monteCarloOff),
    );
  }
  return lines.join("\n");
}

/** Everything above, ready for BENCHMARKS.md; a browser failure is reported, not thrown, so the rest of the bench stands. */
export async function runScenarioBench(base: string): Promise<string> {
  const engine = measureScenarioEngine();
  try {
    return formatScenarioFigures(engine, await measureSliderToChart(base), null);
  } catch (error) {
    return formatScenarioFigures(engine, null, error instanceof Error ? error.message.split("\n")[0]! : String(error));
  }
}
