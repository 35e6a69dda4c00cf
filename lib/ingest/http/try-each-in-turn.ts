import { ProviderError } from "./provider-error";

/**
 * Runs `attempt` on each candidate (mirror URLs, alternative endpoints) until one succeeds. Only ProviderErrors move on
 * to the next candidate: anything else is a bug and surfaces at once. When all fail, the error lists every failure and
 * keeps the kind and status of the last.
 */
export async function tryEachInTurn<Candidate, Result>(candidates: readonly Candidate[], attempt: (candidate: Candidate) => Promise<Result>): Promise<Result> {
  if (candidates.length === 0) throw new Error("tryEachInTurn needs at least one candidate");
  const failures: ProviderError[] = [];
  for (const candidate of candidates) {
    try {
      return await attempt(candidate);
    } catch (error) {
      if (!(error instanceof ProviderError)) throw error;
      failures.push(error);
    }
  }
  const last = failures[failures.length - 1]!;
  if (failures.length === 1) throw last;
  const summary = failures.map((failure, index) => `${index + 1}) ${failure.message}`).join(" ");
  throw new ProviderError(last.kind, `All ${failures.length} sources failed: ${summary}`, last.url, last.status);
}
