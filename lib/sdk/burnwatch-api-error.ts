/** A problem+json answer the SDK could not retry its way out of. */
export class BurnwatchApiError extends Error {
  constructor(
    readonly status: number,
    readonly problem: { type?: string; title?: string; detail?: string; request_id?: string; parameter?: string; [field: string]: unknown },
  ) {
    super(`${status} ${problem.title ?? "error"}: ${problem.detail ?? "no detail"}${problem.request_id ? ` (request ${problem.request_id})` : ""}`);
    this.name = "BurnwatchApiError";
  }

  /** The problem's code, e.g. "invalid_request", from its type URI. */
  get code(): string | null {
    const fragment = this.problem.type?.split("#")[1];
    return fragment ? fragment.replace(/-/g, "_") : null;
  }
}
