import { BlockList, isIP } from "node:net";
import type { ApiKeyRecord } from "@/lib/keys/key-record";
import { ApiProblem } from "./problem";

/** The origin a browser request comes from: its Origin header, or the origin of its Referer (same-origin GETs carry no Origin). */
export function readRequestOrigin(headers: Headers): string | null {
  const origin = headers.get("origin");
  if (origin && origin !== "null") return origin;
  const referer = headers.get("referer");
  if (!referer) return null;
  try {
    return new URL(referer).origin;
  } catch {
    return null;
  }
}

export function ipAllowed(ip: string, ranges: string[]): boolean {
  const family = isIP(ip);
  if (family === 0) return false;
  const list = new BlockList();
  for (const range of ranges) {
    const [address, prefix] = range.split("/");
    if (!address) continue;
    const type = isIP(address) === 6 ? "ipv6" : "ipv4";
    if (prefix === undefined) list.addAddress(address, type);
    else list.addSubnet(address, Number(prefix), type);
  }
  return list.check(ip, family === 6 ? "ipv6" : "ipv4");
}

/**
 * Publishable keys work only from their allowed origins; any key restricted to origins or address ranges works
 * only from them.
 */
export function checkOriginAndAddress(key: ApiKeyRecord, headers: Headers, ip: string): void {
  const origin = readRequestOrigin(headers);
  if ((key.kind === "publishable" || key.allowedOrigins.length > 0) && (!origin || !key.allowedOrigins.includes(origin))) {
    throw new ApiProblem("origin_not_allowed", origin ? `This key may not be used from ${origin}.` : "This key may only be used from its allowed origins.");
  }
  if (key.allowedIps.length > 0 && !ipAllowed(ip, key.allowedIps)) {
    throw new ApiProblem("origin_not_allowed", "This key may not be used from this address.");
  }
}
