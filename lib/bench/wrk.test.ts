import { describe, expect, it } from "vitest";
import { parseWrkOutput } from "./wrk";

// Printed by wrk 4.1.0 (Debian) against this app.
const printed = `Running 8s test @ http://127.0.0.1:3950/api/v1/tokens/lunc/prices?limit=5000
  1 threads and 50 connections
  Thread Stats   Avg      Stdev     Max   +/- Stdev
    Latency    86.04ms   30.11ms 412.52ms   88.21%
    Req/Sec   592.39     81.03   720.00     71.25%
  Latency Distribution
     50%   79.15ms
     75%   90.80ms
     90%  111.38ms
     99%    1.02s 
  4726 requests in 8.01s, 299.16MB read
  Socket errors: connect 0, read 2, write 0, timeout 1
  Non-2xx or 3xx responses: 7
Requests/sec:    589.94
Transfer/sec:     37.35MB
`;

describe("parseWrkOutput", () => {
  it("reads requests, rate, p50/p99 in milliseconds whatever their unit, refused answers and socket errors", () => {
    expect(parseWrkOutput(printed)).toEqual({ requests: 4726, rps: 589.94, p50Ms: 79.15, p99Ms: 1020, non2xx3xx: 7, socketErrors: 3 });
  });

  it("takes microseconds and a run with no errors", () => {
    const clean = printed.replace("79.15ms", "912.00us").replace(/ {2}Socket errors.*\n/, "").replace(/ {2}Non-2xx.*\n/, "");
    expect(parseWrkOutput(clean)).toMatchObject({ p50Ms: 0.912, non2xx3xx: 0, socketErrors: 0 });
  });

  it("refuses output without totals rather than reporting zeros", () => {
    expect(() => parseWrkOutput("unable to connect to 127.0.0.1:3950 Connection refused")).toThrow(/no totals/);
  });
});
