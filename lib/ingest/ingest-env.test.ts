import { describe, expect, it } from "vitest";
import { defaultTerraLcdUrls, describeInterval, readIngestEnv } from "./ingest-env";

describe("the ingest environment", () => {
  it("defaults to CoinGecko's public plan and the public LCDs", () => {
    const env = readIngestEnv({});
    expect(env).toMatchObject({ coingeckoPlan: "public", coingeckoPlanLimitsHistory: true, TERRA_LCD_URLS: defaultTerraLcdUrls, BURNWATCH_INGEST_TIMEOUT_MS: 15_000, BURNWATCH_INGEST_SOURCES: ["coingecko", "lcd"] });
    expect(env.BURNWATCH_INGEST_INTERVAL).toBeUndefined();
  });

  it("takes the demo plan with a key, pro on the pro host, and no 365-day window on another host", () => {
    expect(readIngestEnv({ COINGECKO_API_KEY: "CG-x" }).coingeckoPlan).toBe("demo");
    expect(readIngestEnv({ COINGECKO_API_KEY: "CG-x", COINGECKO_BASE_URL: "https://pro-api.coingecko.com/api/v3" }).coingeckoPlan).toBe("pro");
    expect(readIngestEnv({ COINGECKO_BASE_URL: "http://127.0.0.1:4000/api/v3" }).coingeckoPlanLimitsHistory).toBe(false);
    expect(() => readIngestEnv({ COINGECKO_PLAN: "pro" })).toThrow(/needs COINGECKO_API_KEY/);
  });

  it("reads several LCD URLs and an interval", () => {
    const env = readIngestEnv({ TERRA_LCD_URLS: "http://a.test, http://b.test", BURNWATCH_INGEST_INTERVAL: "15m", BURNWATCH_INGEST_SOURCES: "lcd" });
    expect(env.TERRA_LCD_URLS).toEqual(["http://a.test", "http://b.test"]);
    expect(env.BURNWATCH_INGEST_INTERVAL).toBe(900_000);
    expect(env.BURNWATCH_INGEST_SOURCES).toEqual(["lcd"]);
    expect(() => readIngestEnv({ BURNWATCH_INGEST_INTERVAL: "soon" })).toThrow(/BURNWATCH_INGEST_INTERVAL/);
    expect(() => readIngestEnv({ BURNWATCH_INGEST_SOURCES: "snapshot" })).toThrow(/BURNWATCH_INGEST_SOURCES/);
  });

  it("writes intervals the way they were meant", () => {
    expect([describeInterval(90_000), describeInterval(900_000), describeInterval(21_600_000), describeInterval(3_000)]).toEqual(["90 s", "15 min", "6 h", "3 s"]);
  });
});
