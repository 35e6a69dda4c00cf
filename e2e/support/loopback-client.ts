import { request as httpRequest } from "node:http";

/**
 * An HTTP request from a chosen loopback address (any of 127.0.0.0/8 on Linux), so a test can act as many clients:
 * the API limits failed authentications per address, and one address trying every route without a key would be
 * locked out for a minute, along with every other test sharing it.
 */
export function requestFromAddress(localAddress: string, url: string, init: { method: string; headers?: Record<string, string>; body?: string }): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: string }> {
  return new Promise((resolve, reject) => {
    const outgoing = httpRequest(url, { method: init.method, headers: init.headers, localAddress }, (response) => {
      let body = "";
      response.setEncoding("utf8");
      response.on("data", (chunk: string) => (body += chunk));
      response.on("end", () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body }));
    });
    outgoing.on("error", reject);
    outgoing.end(init.body);
  });
}
