import { describe, expect, it } from "vitest";
import { startIntervalRunner, type IntervalTimers } from "./interval-runner";

function createManualTimers() {
  const pending: { callback: () => void; ms: number }[] = [];
  const timers: IntervalTimers = {
    setTimer: (callback, ms) => {
      const entry = { callback, ms };
      pending.push(entry);
      return entry;
    },
    clearTimer: (handle) => {
      pending.splice(pending.indexOf(handle as (typeof pending)[number]), 1);
    },
  };
  return { timers, pending, fire: () => pending.shift()!.callback() };
}

const settle = () => new Promise((resolve) => setImmediate(resolve));

describe("the interval runner", () => {
  it("runs at once, then the interval after each run ends, and keeps going after a failure", async () => {
    const { timers, pending, fire } = createManualTimers();
    const errors: unknown[] = [];
    let runs = 0;
    const runner = startIntervalRunner(async () => {
      runs++;
      if (runs === 2) throw new Error("provider down");
    }, 60_000, (error) => errors.push(error), timers);
    await settle();
    expect(runs).toBe(1);
    expect(pending.map((entry) => entry.ms)).toEqual([60_000]);
    fire();
    await settle();
    expect(runs).toBe(2);
    expect(errors).toEqual([new Error("provider down")]);
    expect(pending).toHaveLength(1);
    await runner.stop();
    expect(pending).toHaveLength(0);
  });

  it("never overlaps a slow run, and stop waits for it", async () => {
    const { timers, pending } = createManualTimers();
    let finish!: () => void;
    let finished = false;
    const runner = startIntervalRunner(() => new Promise<void>((resolve) => (finish = () => { finished = true; resolve(); })), 1_000, () => undefined, timers);
    await settle();
    expect(pending).toHaveLength(0);
    const stopping = runner.stop();
    finish();
    await stopping;
    expect(finished).toBe(true);
    expect(pending).toHaveLength(0);
  });
});
