// Test support: a local HTTP server on 127.0.0.1 that replays recorded provider responses, so provider tests run
// offline against real sockets (timeouts, refused connections and truncated bodies included). Free of vitest, so
// Playwright specs can start one too; vitest files use ./use-recorded-response-servers.
import { createServer, type IncomingHttpHeaders, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

export type RecordedResponse = {
  status?: number;
  headers?: Record<string, string>;
  body?: string;
  /** Never answers, to exercise timeouts; the server drops the connection when it closes. */
  hang?: boolean;
  /** Answers only after this many milliseconds: a slow provider. */
  delayMs?: number;
};

/** Each request to a path takes the next response in its list; the last one repeats. */
export type RecordedRoutes = Record<string, RecordedResponse | RecordedResponse[]>;

export type ReceivedRequest = { path: string; query: URLSearchParams; headers: IncomingHttpHeaders };

export type RecordedResponseServer = {
  baseUrl: string;
  requests: ReceivedRequest[];
  /** Requests that reached one path (query ignored). */
  requestsTo(path: string): ReceivedRequest[];
  close(): Promise<void>;
};

function respond(res: ServerResponse, response: RecordedResponse): void {
  if (response.hang) return;
  if (response.delayMs) {
    setTimeout(() => {
      if (!res.destroyed) respond(res, { ...response, delayMs: 0 });
    }, response.delayMs);
    return;
  }
  res.writeHead(response.status ?? 200, { "content-type": "application/json", ...response.headers });
  res.end(response.body ?? "");
}

export async function startRecordedResponseServer(routes: RecordedRoutes): Promise<RecordedResponseServer> {
  const requests: ReceivedRequest[] = [];
  const served = new Map<string, number>();
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://127.0.0.1");
    requests.push({ path: url.pathname, query: url.searchParams, headers: req.headers });
    const route = routes[url.pathname];
    if (route === undefined) {
      // What a Cosmos gateway answers for a route it does not know.
      respond(res, { status: 501, body: JSON.stringify({ code: 12, message: "Not Implemented", details: [] }) });
      return;
    }
    const list = Array.isArray(route) ? route : [route];
    const count = served.get(url.pathname) ?? 0;
    served.set(url.pathname, count + 1);
    respond(res, list[Math.min(count, list.length - 1)]!);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    requests,
    requestsTo: (path) => requests.filter((request) => request.path === path),
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}

/** A base URL where nothing listens: a port that was just free and has been released. */
export async function findClosedBaseUrl(): Promise<string> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return `http://127.0.0.1:${port}`;
}
