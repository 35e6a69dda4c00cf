// Limits keep one scenario run cheap enough to serve from a public API without queueing.

/** Years are 365 days throughout: rates per year become per-day rates with this, and Monte Carlo annualises with it. */
export const DAYS_PER_YEAR = 365;

/** 100 years, counting leap days. */
export const MAX_HORIZON_DAYS = 36_525;

export const MAX_MONTE_CARLO_PATHS = 10_000;

/**
 * Paths × horizon days: the number of simulated daily steps one Monte Carlo run may take. 10,000 paths over ten
 * calendar years (3,653 days at most) fit, and take well under a second (see BENCHMARKS.md); longer horizons get
 * proportionally fewer paths.
 */
export const MAX_MONTE_CARLO_STEPS = 36_530_000;

export const MAX_BURN_STREAMS = 50;
export const MAX_ISSUANCE_STREAMS = 10;

/** Far above any real supply (LUNC is about 6.5e12), low enough that sums of many streams stay finite and precise. */
export const MAX_TOKEN_AMOUNT = 1e18;

/** Market caps in USD: about a thousand times world GDP. */
export const MAX_USD_AMOUNT = 1e17;
