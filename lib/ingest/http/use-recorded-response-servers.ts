// Test support for vitest files: servers started in a test are closed after it.
import { afterEach } from "vitest";
import { startRecordedResponseServer, type RecordedResponseServer, type RecordedRoutes } from "./recorded-response-server";

/**
 * For a test file: a `serve(routes)` that starts a recorded-response server and closes every one it started after
 * each test.
 */
export function useRecordedResponseServers(): (routes: RecordedRoutes) => Promise<RecordedResponseServer> {
  const open: RecordedResponseServer[] = [];
  afterEach(async () => {
    await Promise.all(open.splice(0).map((server) => server.close()));
  });
  return async (routes) => {
    const server = await startRecordedResponseServer(routes);
    open.push(server);
    return server;
  };
}
