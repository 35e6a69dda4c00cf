import { describe, expect, it } from "vitest";
import { parseIngestArgs } from "./cli-args";

describe("the ingest command line", () => {
  it("reads a full CoinGecko request", () => {
    expect(parseIngestArgs(["--source", "coingecko", "--token", "lunc", "--from", "2023-09-01", "--to", "2023-09-05", "--dry-run"])).toEqual({
      source: "coingecko",
      token: "LUNC",
      from: "2023-09-01",
      to: "2023-09-05",
      dryRun: true,
    });
    expect(parseIngestArgs(["--source", "snapshot"])).toEqual({ source: "snapshot", dryRun: false });
  });

  it("says what is wrong", () => {
    expect(() => parseIngestArgs([])).toThrow("Missing --source.");
    expect(() => parseIngestArgs(["--source", "yahoo"])).toThrow(/--source must be one of coingecko, lcd, batches, snapshot/);
    expect(() => parseIngestArgs(["--source", "coingecko", "--token", "doge"])).toThrow(/--token must be one of lunc, ustc/);
    expect(() => parseIngestArgs(["--source", "coingecko", "--from", "2023-02-30"])).toThrow(/--from must be a UTC day/);
    expect(() => parseIngestArgs(["--source", "coingecko", "--from", "2023-09-05", "--to", "2023-09-01"])).toThrow(/--from must not be after --to/);
    expect(() => parseIngestArgs(["--source", "coingecko", "--bogus"])).toThrow(/bogus/);
  });
});
