import autocannon from "autocannon";
import { readResidentMegabytes } from "./process-memory";
import { findServerPid } from "./server-process";

const seconds = Number(process.env.BENCH_LOAD_SECONDS ?? 60);
const connections = 100;

/**
 * The long form of the load test in `npm test`: keyed reads (half of them revalidating with an ETag) at 100
 * connections for a minute. Only 200, 304 and 429 may come back, and the server's memory must level off.
 */
export async function runSustainedLoad(url: string, key: string, startPid: number): Promise<string> {
  const etag = (await fetch(url, { headers: { authorization: `Bearer ${key}` } })).headers.get("etag") ?? "";
  const serverPid = findServerPid(startPid);
  const samples: number[] = [];
  const sampler = setInterval(() => serverPid && samples.push(readResidentMegabytes(serverPid)), 1000);
  const result = await autocannon({ url, connections, duration: seconds, requests: [{ headers: { authorization: `Bearer ${key}` } }, { headers: { authorization: `Bearer ${key}`, "if-none-match": etag } }] });
  clearInterval(sampler);
  const statuses = Object.entries(result.statusCodeStats ?? {}).map(([status, stats]) => `${status}: ${(stats as { count: number }).count}`).join(", ");
  const unexpected = Object.keys(result.statusCodeStats ?? {}).filter((status) => !["200", "304", "429"].includes(status));
  const memory = samples.length > 0 ? `server RSS ${samples[0]?.toFixed(0)} MB at the start, ${Math.max(...samples).toFixed(0)} MB at the peak, ${samples.at(-1)?.toFixed(0)} MB at the end` : "server RSS not found";
  const verdict = unexpected.length === 0 && result.errors === 0 && result.timeouts === 0 ? "only 200/304/429, no errors" : `UNEXPECTED: ${unexpected.join(", ")} statuses, ${result.errors} errors, ${result.timeouts} timeouts`;
  return `- sustained load: ${seconds} s at ${connections} connections of keyed reads (half revalidating): ${result.requests.total} requests, ${result.requests.average.toFixed(0)} req/s, p99 ${result.latency.p99} ms; ${statuses}; ${verdict}; ${memory}`;
}
