import { describe, expect, it } from "vitest";
import { ApiProblem } from "./problem";
import { readBodyWithLimit } from "./read-body";

const streamOf = (...chunks: string[]) =>
  new ReadableStream<Uint8Array>({
    start(controller) {
      for (const chunk of chunks) controller.enqueue(new TextEncoder().encode(chunk));
      controller.close();
    },
  });

describe("readBodyWithLimit", () => {
  it("returns the whole body under the limit", async () => {
    const body = await readBodyWithLimit(new Request("http://x/", { method: "POST", body: '{"a":1}' }), 10);
    expect(new TextDecoder().decode(body)).toBe('{"a":1}');
    expect((await readBodyWithLimit(new Request("http://x/"), 10)).byteLength).toBe(0);
  });

  it("refuses a declared Content-Length over the limit without reading", async () => {
    const request = new Request("http://x/", { method: "POST", body: "x".repeat(11), headers: { "content-length": "11" } });
    await expect(readBodyWithLimit(request, 10)).rejects.toMatchObject({ code: "payload_too_large", status: 413 });
  });

  it("refuses a streamed body once it passes the limit", async () => {
    const request = new Request("http://x/", { method: "POST", body: streamOf("12345", "67890", "1"), duplex: "half" } as RequestInit);
    const error = await readBodyWithLimit(request, 10).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ApiProblem);
    expect((error as ApiProblem).code).toBe("payload_too_large");
    const exact = new Request("http://x/", { method: "POST", body: streamOf("12345", "67890"), duplex: "half" } as RequestInit);
    expect((await readBodyWithLimit(exact, 10)).byteLength).toBe(10);
  });
});
