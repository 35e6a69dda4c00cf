import { describe, expect, it } from "vitest";
import { ProviderError } from "./provider-error";
import { tryEachInTurn } from "./try-each-in-turn";

describe("trying candidates in turn", () => {
  it("returns the first success and stops there", async () => {
    const tried: string[] = [];
    const result = await tryEachInTurn(["a", "b", "c"], async (name) => {
      tried.push(name);
      if (name === "a") throw new ProviderError("network", "a is down", "http://a");
      return `from ${name}`;
    });
    expect(result).toBe("from b");
    expect(tried).toEqual(["a", "b"]);
  });

  it("reports every failure and keeps the last kind and status", async () => {
    const failing = tryEachInTurn(["a", "b"], async (name) => {
      throw name === "a" ? new ProviderError("network", "a is down", "http://a") : new ProviderError("http", "HTTP 503 from http://b", "http://b", 503);
    });
    await expect(failing).rejects.toMatchObject({ kind: "http", status: 503, url: "http://b", message: "All 2 sources failed: 1) a is down 2) HTTP 503 from http://b" });
  });

  it("lets errors that are not provider failures through at once", async () => {
    const tried: string[] = [];
    const failing = tryEachInTurn(["a", "b"], async (name) => {
      tried.push(name);
      throw new TypeError("a bug");
    });
    await expect(failing).rejects.toThrow(TypeError);
    expect(tried).toEqual(["a"]);
  });
});
