import { describe, expect, it } from "vitest";
import { findSecretValues, redactText, redactUrl } from "./redact-secrets";

describe("redacting credentials", () => {
  it("hides API-key query parameters and keeps the rest readable", () => {
    const url = "https://api.coingecko.com/api/v3/coins/terra-luna/market_chart/range?vs_currency=usd&x_cg_demo_api_key=CG-abc123secret&from=1";
    expect(redactUrl(url)).toBe("https://api.coingecko.com/api/v3/coins/terra-luna/market_chart/range?vs_currency=usd&x_cg_demo_api_key=[redacted]&from=1");
  });

  it("hides user info and keeps cursors such as pagination.key", () => {
    expect(redactUrl("https://user:hunter2pass@lcd.example/x?pagination.key=dWtydw%3D%3D")).toBe("https://[redacted]@lcd.example/x?pagination.key=dWtydw%3D%3D");
  });

  it("hides the whole query of a URL it cannot parse", () => {
    expect(redactUrl("not a url?api_key=CG-abc123secret")).toBe("not a url?[redacted]");
  });

  it("collects secret values from headers and the query, to scrub echoed text", () => {
    const secrets = findSecretValues("https://x.test/a?x_cg_pro_api_key=CG-pro-query-key&denom=uluna", {
      "x-cg-pro-api-key": "CG-pro-header-key",
      accept: "application/json",
    });
    expect(secrets.sort()).toEqual(["CG-pro-header-key", "CG-pro-query-key"]);
    expect(redactText('{"error":"key CG-pro-header-key is not valid"}', secrets)).toBe('{"error":"key [redacted] is not valid"}');
  });
});
