import type { Scope } from "@/lib/keys/scopes";

/** What a route demands of the key that calls it; the API contract holds these for every operation. */
export type ApiRouteOptions = {
  scope: Scope;
  /** Publishable keys are refused unless the route allows them (read-only data and stateless scenario runs). */
  allowPublishable?: boolean;
  /** The CoinGecko-compatible routes also take keys in x-cg-pro-api-key / x-cg-demo-api-key. */
  allowCoingeckoHeaders?: boolean;
  /**
   * A POST that computes without changing anything (a scenario run) needs no signature, and publishable keys may
   * make it; everything else but GET, HEAD and OPTIONS changes state and must be signed.
   */
  stateless?: boolean;
  /** How many requests' worth of the rate limits one call uses: a scenario run costs more than a read. */
  cost?: number;
  /**
   * Public data reads: how long each app server may reuse a finished answer for the same path and query. The key
   * check, limits and usage still run for every request; only the reading and serialising is saved.
   */
  cacheSeconds?: number;
};
