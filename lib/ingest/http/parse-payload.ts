import type { z } from "zod";
import { ProviderError } from "./provider-error";

/** A zod issue path as a reader writes it: `prices[3][1]`, `amount.amount`. */
export function formatIssuePath(path: readonly PropertyKey[]): string {
  if (path.length === 0) return "(the whole payload)";
  return path
    .map((segment, index) => (typeof segment === "number" ? `[${segment}]` : `${index === 0 ? "" : "."}${String(segment)}`))
    .join("");
}

/**
 * Validates a provider's raw payload; a mismatch becomes a `malformed` ProviderError naming the fields at fault, so a
 * changed upstream API reads as such instead of as a TypeError deep in the reshaping code.
 */
export function parseProviderPayload<Schema extends z.ZodType>(schema: Schema, payload: unknown, context: { what: string; url: string }): z.infer<Schema> {
  const result = schema.safeParse(payload);
  if (result.success) return result.data;
  const issues = result.error.issues.slice(0, 3).map((issue) => `${formatIssuePath(issue.path)}: ${issue.message}`);
  const more = result.error.issues.length > 3 ? ` (and ${result.error.issues.length - 3} more)` : "";
  throw new ProviderError("malformed", `${context.what} from ${context.url} is malformed: ${issues.join("; ")}${more}`, context.url);
}
