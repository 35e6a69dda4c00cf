// The scenario engine's and the /scenarios page's measurements for `npm run bench`: a 100-year daily path, one
// solve, 10,000 Monte Carlo paths over 10 years, and slider-to-chart time in Chromium against the bench's server.
import { loadavg } from "node:os";
import { chromium, type Page } from "@playwright/test";
import { exampleScenarioInput } from "@/lib/scenarios/example-scenario-input";
import { monteCarloSettingsSchema } from "@/lib/scenarios/monte-carlo-settings-schema";
import { runMonteCarlo } from "@/lib/scenarios/run-monte-carlo";
import { scenarioInputSchema } from "@/lib/scenarios/scenario-input-schema";
import { simulateScenario } from "@/lib/scenarios/simulate-scenario";
import { simulateDailySupply } from "@/lib/scenarios/simulate-supply";
import { solveDailyBurnForPrice } from "@/lib/scenarios/solve-daily-burn";

const chromiumArgs = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"];

type Timing = { median: number; p95: number; runs: number; cpuMedian?: number };

function summarizeTimes(times: number[]): Timing {
  const sorted = [...times].sort((a, b) => a - b);
  return { median: sorted[Math.floor(sorted.length / 2)] ?? 0, p95: sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * 0.95))] ?? 0, runs: sorted.length };
}

/** Wall-clock times of `work` after `warmup` untimed runs, so the figure is the optimised code's, not the JIT's first pass. */
function timeRuns(work: () => unknown, runs: number, warmup = 3): Timing {
  for (let run = 0; run < warmup; run += 1) work();
  const times: number[] = [];
  const cpuTimes: number[] = [];
  for (let run = 0; run < runs; run += 1) {
    const cpuStarted = process.cpuUsage();
    const started = performance.now();
    work();
    times.push(performance.now() - started);
    const cpu = process.cpuUsage(cpuStarted);
    cpuTimes.push((cpu.user + cpu.system) / 1000);
  }
  // CPU time beside wall time: on a shared machine the wall clock also counts time spent waiting for a core.
  return { ...summarizeTimes(times), cpuMedian: summarizeTimes(cpuTimes).median };
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

// Installed once per page load: keydown times, chart-path changes and Event Timing entries. Plain JavaScript in a
// string, because tsx's name-keeping helper (__name) does not exist inside the page.
const sliderProbeScript = `(() => {
  const probe = { keydownAt: 0, changedAt: 0, before: ["", ""], entries: [] };
  window.sliderProbe = probe;
  function readPaths() {
    return ["supply-chart", "price-chart"].map((id) => document.querySelector('[data-testid="' + id + '"] .recharts-line-curve')?.getAttribute("d") ?? "");
  }
  document.addEventListener("keydown", (event) => {
    probe.keydownAt = event.timeStamp;
    probe.changedAt = 0;
    probe.before = readPaths();
  }, true);
  new MutationObserver(() => {
    if (probe.changedAt !== 0 || probe.keydownAt === 0) return;
    const now = readPaths();
    if (now[0] !== probe.before[0] && now[1] !== probe.before[1]) probe.changedAt = performance.now();
  }).observe(document.querySelector('[data-testid="scenario-simulator"]'), { subtree: true, childList: true, attributes: true, attributeFilter: ["d"] });
  // Event Timing (as in Interaction to Next Paint): from the key press to the next frame painted after its handlers.
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) probe.entries.push({ name: entry.name, startTime: entry.startTime, duration: entry.duration });
  }).observe({ type: "event", durationThreshold: 16 });
})()`;

type SliderProbe = { keydownAt: number; changedAt: number; entries: { name: string; startTime: number; duration: number }[] };

/**
 * Moves the fixed-daily-burn slider with the keyboard (real, trusted key presses: one step of the slider each) and
 * reads two times from the key press: until both deterministic charts' lines have changed in the DOM, and until the
 * next frame was painted (Event Timing, rounded by the browser to 8 ms; a press whose entry is missing took under
 * 16 ms, the API's threshold, and counts as 16). Waits for the page to settle, Monte Carlo bands included, between
 * presses, so each starts from an idle page.
 */
async function measureSliderMoves(page: Page, moves: number): Promise<{ dom: Timing; painted: Timing }> {
  await page.evaluate(sliderProbeScript);
  await page.getByTestId("input-daily-burn-slider").focus();
  const dom: number[] = [];
  const painted: number[] = [];
  for (let move = 0; move < moves; move += 1) {
    await page.keyboard.press(move % 2 === 0 ? "ArrowRight" : "ArrowLeft");
    await page.waitForFunction("window.sliderProbe.changedAt !== 0");
    await page.waitForSelector('[data-testid="scenario-summary"]:not([data-monte-carlo="pending"])');
    // Past the URL update that follows each change by 250 ms, so it does not fall into the next press.
    await page.waitForTimeout(400);
    const probe = (await page.evaluate("window.sliderProbe")) as SliderProbe;
    await page.evaluate("window.sliderProbe.entries = []");
    const own = probe.entries.filter((entry) => entry.startTime >= probe.keydownAt - 1);
    const reading = { dom: probe.changedAt - probe.keydownAt, painted: own.length === 0 ? 16 : Math.max(...own.map((entry) => entry.duration)) };
    dom.push(reading.dom);
    painted.push(reading.painted);
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
  const cpu = (timing: Timing, digits: number) => (timing.cpuMedian === undefined ? "" : `, CPU ${ms(timing.cpuMedian, digits)}`);
  const lines = [
    `- scenario engine (wall-clock medians of ${engine.dailyPath.runs} runs after warm-up, p95 in brackets; load average ${loadavg()[0]!.toFixed(1)} when measured):`,
    `  - a 100-year daily supply path (36,500 days, typed arrays): ${ms(engine.dailyPath.median, 2)} (${ms(engine.dailyPath.p95, 2)}${cpu(engine.dailyPath, 2)}), goal ≤ 5 ms`,
    `  - the same as the API's full result (36,500 dated points with market cap and price, plus the answers): ${ms(engine.dailyPoints.median, 2)} (${ms(engine.dailyPoints.p95, 2)}${cpu(engine.dailyPoints, 2)})`,
    `  - one solve (daily burn for a target price): ${ms(engine.solve.median, 4)}, goal ≤ 20 ms`,
    `  - 10,000 Monte Carlo paths over 10 years, daily steps, monthly 5/25/50/75/95 bands: ${ms(engine.monteCarlo.median, 0)} (median of ${engine.monteCarlo.runs}; slowest ${ms(engine.monteCarlo.p95, 0)}${cpu(engine.monteCarlo, 0)}), goal ≤ 1 s`,
  ];
  if (slider === null) {
    lines.push(`- /scenarios slider to chart in Chromium: not measured (${sliderError ?? "unknown error"})`);
  } else {
    const row = (name: string, figures: { dom: Timing; painted: Timing }) =>
      `  - ${name}: charts changed ${ms(figures.dom.median, 1)} (p95 ${ms(figures.dom.p95, 1)}), painted ${ms(figures.painted.median, 1)} (p95 ${ms(figures.painted.p95, 1)}) over ${figures.painted.runs} moves`;
    lines.push(
      `- /scenarios slider to chart in Chromium (the daily-burn slider moved one step by a key press; until both line charts' paths changed, and until the next frame was painted, by Event Timing; load average ${loadavg()[0]!.toFixed(1)} after), goal ≤ 100 ms:`,
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
