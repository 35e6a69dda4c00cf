import { z } from "zod";
import type { KeyKind } from "./key-format";

export const scopeNames = [
  "prices:read",
  "supply:read",
  "burns:read",
  "articles:read",
  "scenarios:run",
  "usage:read",
  "keys:read",
  "keys:manage",
  "ingest:run",
] as const;

export type Scope = (typeof scopeNames)[number];

export const scopeSchema = z.enum(scopeNames);

// A publishable key is public by design (it ships in browser code), so it gets the public data reads and
// stateless scenario runs only: not `usage:read` or `keys:read`, which describe the owner's account.
export const publishableScopes = [
  "prices:read",
  "supply:read",
  "burns:read",
  "articles:read",
  "scenarios:run",
] as const satisfies readonly Scope[];

// Actions that include reading the same resource.
const ACTIONS_IMPLYING_READ = new Set(["write", "manage"]);

/** Scopes from a comma- and/or space-separated list, de-duplicated in order; throws naming the first unknown scope. */
export function parseScopes(text: string): Scope[] {
  const scopes: Scope[] = [];
  for (const token of String(text).split(/[\s,]+/)) {
    if (token === "") continue;
    const parsed = scopeSchema.safeParse(token);
    if (!parsed.success) throw new Error(`Unknown scope: "${token.slice(0, 64)}"`);
    if (!scopes.includes(parsed.data)) scopes.push(parsed.data);
  }
  return scopes;
}

/** Whether the granted scopes cover `needed`; `X:write` and `X:manage` also grant `X:read`. */
export function grantsScope(granted: readonly string[], needed: string): boolean {
  if (granted.includes(needed)) return true;
  const separator = needed.indexOf(":");
  if (separator <= 0 || needed.slice(separator + 1) !== "read") return false;
  const resource = needed.slice(0, separator);
  return granted.some((scope) => {
    const at = scope.indexOf(":");
    return at > 0 && scope.slice(0, at) === resource && ACTIONS_IMPLYING_READ.has(scope.slice(at + 1));
  });
}

/** Throws naming the first scope that is unknown or that this kind of key may not hold. */
export function assertScopesAllowedFor(kind: KeyKind, scopes: readonly string[]): void {
  const allowed: readonly string[] = kind === "publishable" ? publishableScopes : scopeNames;
  for (const scope of scopes) {
    if (!scopeSchema.safeParse(scope).success) throw new Error(`Unknown scope: "${scope.slice(0, 64)}"`);
    if (!allowed.includes(scope)) throw new Error(`Scope "${scope}" is not allowed on a ${kind} key`);
  }
}
