// The production server: Next's request handler behind a node:http server of our own, because Next keeps a
// client-sent X-Forwarded-For as it is, and per-address limits must not trust what a client writes.
// X-Forwarded-For is rewritten to end with the socket's peer; only TRUSTED_PROXY_HOPS entries before it
// (written by proxies of ours) are believed, and lib/api/request-context.ts reads it that way.
import http from "node:http";
import path from "node:path";
import { fileURLToPath } from "node:url";
import next from "next";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const port = Number(process.env.PORT ?? 3000);
const hostname = process.env.HOST ?? "0.0.0.0";
const trustedProxyHops = Number(process.env.TRUSTED_PROXY_HOPS ?? 0);

const app = next({ dev: false, dir: root, hostname, port });
const handle = app.getRequestHandler();
await app.prepare();

// Route handlers may send a body they gzipped once ahead of time (lib/api/response-cache.ts). Next drops a route
// handler's Content-Encoding, so such answers name their coding in this header instead and it becomes
// Content-Encoding here; Next's own compression then leaves the body alone, as it does any encoded body.
const precompressedHeader = "x-burnwatch-content-encoding";
const setHeader = http.ServerResponse.prototype.setHeader;
function setHeaderRestoringEncoding(name, value) {
  return name.toLowerCase() === precompressedHeader ? setHeader.call(this, "content-encoding", value) : setHeader.call(this, name, value);
}

const server = http.createServer((request, response) => {
  response.setHeader = setHeaderRestoringEncoding;
  const peer = (request.socket.remoteAddress ?? "").replace(/^::ffff:/, "");
  const forwarded = request.headers["x-forwarded-for"];
  const prior = trustedProxyHops > 0 && typeof forwarded === "string" ? forwarded : "";
  request.headers["x-forwarded-for"] = prior ? `${prior}, ${peer}` : peer;
  // HSTS only for requests that really came over HTTPS: through TLS here, or as a proxy of ours says.
  const forwardedProto = trustedProxyHops > 0 ? String(request.headers["x-forwarded-proto"] ?? "").split(",")[0]?.trim() : "";
  if (request.socket.encrypted || forwardedProto === "https") response.setHeader("strict-transport-security", "max-age=63072000; includeSubDomains");
  handle(request, response);
});
server.keepAliveTimeout = 65_000;
server.listen(port, hostname, () => console.log(`Burnwatch is ready on http://localhost:${port}`));
// Graceful stop: no new connections, idle keep-alive ones closed now, in-flight requests given ten seconds to finish.
for (const signal of ["SIGINT", "SIGTERM"]) {
  process.on(signal, () => {
    server.close(() => process.exit(0));
    server.closeIdleConnections();
    setTimeout(() => process.exit(0), 10_000).unref();
  });
}
