export type ProviderErrorKind = "timeout" | "http" | "network" | "malformed";

/**
 * The one error a provider throws. `url` is always redacted (no API keys), so the error can be logged or stored in an
 * ingest run as it is; `status` is set for HTTP failures only.
 */
export class ProviderError extends Error {
  override readonly name = "ProviderError";

  constructor(
    readonly kind: ProviderErrorKind,
    message: string,
    readonly url: string,
    readonly status?: number,
  ) {
    super(message);
  }
}
