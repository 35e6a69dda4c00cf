export type IntervalRunner = {
  /** Stops scheduling and resolves once the cycle in progress (if any) has finished. */
  stop: () => Promise<void>;
};

export type IntervalTimers = {
  setTimer: (callback: () => void, ms: number) => unknown;
  clearTimer: (handle: unknown) => void;
};

const realTimers: IntervalTimers = {
  setTimer: (callback, ms) => {
    const handle = setTimeout(callback, ms);
    // A scheduler must not keep a process alive that has nothing else to do.
    handle.unref?.();
    return handle;
  },
  clearTimer: (handle) => clearTimeout(handle as NodeJS.Timeout),
};

/**
 * Runs `task` now and then `intervalMs` after each run ends, so runs never overlap however long one takes. A failing
 * run is reported to `onError` and the next one is still scheduled.
 */
export function startIntervalRunner(task: () => Promise<void>, intervalMs: number, onError: (error: unknown) => void, timers: IntervalTimers = realTimers): IntervalRunner {
  let stopped = false;
  let handle: unknown = null;
  let current: Promise<void> = Promise.resolve();
  const cycle = () => {
    handle = null;
    current = task()
      .catch(onError)
      .finally(() => {
        if (!stopped) handle = timers.setTimer(cycle, intervalMs);
      });
  };
  cycle();
  return {
    stop: async () => {
      stopped = true;
      if (handle !== null) timers.clearTimer(handle);
      await current;
    },
  };
}
