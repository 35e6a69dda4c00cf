import { randomBytes } from "node:crypto";
import type { z } from "zod";
import { fillOperationPath } from "@/lib/api/contract/api-operation";
import { apiOperations, type ApiOperations, type OperationId } from "@/lib/api/contract/api-operations";
import { buildStringToSign, sha256Hex, signRequest } from "@/lib/keys/request-signature";
import { BurnwatchApiError } from "./burnwatch-api-error";
import { estimateClockOffsetMs } from "./clock-offset";
import { parseRetryAfterMs } from "./retry-after";

export type BurnwatchCredentials = { key: string; signingSecret?: string | null };

/**
 * Where the client gets its key. A function is asked before every request (cache inside it if reading is costly),
 * and asked again with `{ refresh: true }` when the server refuses the key: a rotated key then needs no restart.
 */
export type CredentialsProvider = BurnwatchCredentials | ((context: { refresh: boolean }) => BurnwatchCredentials | Promise<BurnwatchCredentials>);

export type BurnwatchClientOptions = {
  /** The server, e.g. https://burnwatch.example (no trailing /api). */
  baseUrl: string;
  credentials: CredentialsProvider;
  /** Retries of 429 and 503 answers, each after the server's Retry-After. */
  maxRetries?: number;
  /** A Retry-After longer than this is not waited out: the call fails instead. */
  maxRetryWaitMs?: number;
  /**
   * After a refused key, how many times to ask the credentials provider for a newer one, `keyRefreshDelayMs` apart:
   * right after a rotation the place the provider reads may lag the server by a moment.
   */
  keyRefreshAttempts?: number;
  keyRefreshDelayMs?: number;
  fetch?: typeof fetch;
  /** Our clock; the client corrects it from the server's Date header when signing. */
  now?: () => number;
  sleep?: (ms: number) => Promise<void>;
};

type Operation<Id extends OperationId> = ApiOperations[Id];
type PathInput<O> = O extends { pathParams: infer P extends z.ZodType } ? { path: z.input<P> } : { path?: never };
type QueryInput<O> = O extends { query: infer Q extends z.ZodType } ? { query?: z.input<Q> } : { query?: never };
type BodyInput<O> = O extends { body: infer B extends z.ZodType } ? { body: z.input<B> } : { body?: never };
export type OperationInput<Id extends OperationId> = PathInput<Operation<Id>> & QueryInput<Operation<Id>> & BodyInput<Operation<Id>>;
export type OperationOutput<Id extends OperationId> = Operation<Id> extends { response: infer R extends z.ZodType } ? z.output<R> : never;

/** One typed method per API operation, named by its operationId, e.g. `client.getTokenPrices({ path: { symbol: "lunc" } })`. */
type OperationMethod<Id extends OperationId> = (...args: object extends OperationInput<Id> ? [input?: OperationInput<Id>] : [input: OperationInput<Id>]) => Promise<OperationOutput<Id>>;
export type BurnwatchClient = { [Id in OperationId]: OperationMethod<Id> } & {
  /** The same call, answered as CSV text (routes that offer `format=csv`). */
  downloadCsv: (operationId: "getTokenPrices" | "getTokenSupply" | "getTokenBurns", input: OperationInput<"getTokenPrices">) => Promise<string>;
  /** How far the server's clock is ahead of ours, as last seen in a Date header. */
  clockOffsetMs: () => number;
};

type AnyInput = { path?: Record<string, unknown>; query?: Record<string, unknown>; body?: unknown };

function buildUrl(baseUrl: string, path: string, input: AnyInput): URL {
  const filled = fillOperationPath(path, (name) => String(input.path?.[name] ?? ""));
  const url = new URL(filled, baseUrl.endsWith("/") ? baseUrl : `${baseUrl}/`);
  for (const [name, value] of Object.entries(input.query ?? {})) if (value !== undefined && value !== null) url.searchParams.set(name, String(value));
  return url;
}

function isStateChanging(operation: { method: string; stateless?: boolean }): boolean {
  return operation.method !== "get" && !operation.stateless;
}

async function readProblem(response: Response): Promise<BurnwatchApiError["problem"]> {
  const text = await response.text();
  try {
    return JSON.parse(text) as BurnwatchApiError["problem"];
  } catch {
    return { title: response.statusText, detail: text.slice(0, 200) };
  }
}

export function createBurnwatchClient(options: BurnwatchClientOptions): BurnwatchClient {
  const fetchImpl = options.fetch ?? fetch;
  const now = options.now ?? Date.now;
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  const maxRetries = options.maxRetries ?? 3;
  const maxRetryWaitMs = options.maxRetryWaitMs ?? 60_000;
  const keyRefreshAttempts = options.keyRefreshAttempts ?? 4;
  const keyRefreshDelayMs = options.keyRefreshDelayMs ?? 250;
  let offsetMs = 0;

  const getCredentials = async (refresh: boolean) => (typeof options.credentials === "function" ? options.credentials({ refresh }) : options.credentials);

  /** Asks the provider for a key other than the refused one, a few times a moment apart; null if it has none. */
  async function findNewerCredentials(refusedKey: string): Promise<BurnwatchCredentials | null> {
    for (let attempt = 0; attempt < keyRefreshAttempts; attempt += 1) {
      if (attempt > 0) await sleep(keyRefreshDelayMs);
      const next = await getCredentials(true);
      if (next.key !== refusedKey) return next;
    }
    return null;
  }

  function buildHeaders(operation: { method: string; stateless?: boolean }, url: URL, body: string, credentials: BurnwatchCredentials): Headers {
    const headers = new Headers({ authorization: `Bearer ${credentials.key}`, accept: "application/json, text/csv, application/problem+json" });
    if (operation.method !== "get") headers.set("content-type", "application/json");
    if (isStateChanging(operation)) {
      if (!credentials.signingSecret) throw new Error(`${operation.method.toUpperCase()} ${url.pathname} changes state and must be signed: give the credentials a signingSecret`);
      const timestamp = Math.floor((now() + offsetMs) / 1000);
      const nonce = randomBytes(16).toString("hex");
      const stringToSign = buildStringToSign({ timestamp, nonce, method: operation.method, path: url.pathname, query: url.searchParams, bodySha256Hex: sha256Hex(body) });
      headers.set("x-bw-timestamp", String(timestamp));
      headers.set("x-bw-nonce", nonce);
      headers.set("x-bw-signature", signRequest(credentials.signingSecret, stringToSign));
    }
    return headers;
  }

  async function send(operationId: OperationId, input: AnyInput, accept: "json" | "csv"): Promise<unknown> {
    const operation = apiOperations[operationId];
    const url = buildUrl(options.baseUrl, operation.path, accept === "csv" ? { ...input, query: { ...input.query, format: "csv" } } : input);
    const body = "body" in operation && operation.body ? JSON.stringify(input.body ?? {}) : "";
    let credentials = await getCredentials(false);
    let refreshed = false;
    let resignedForClock = false;
    for (let attempt = 0; ; attempt += 1) {
      const response = await fetchImpl(url, { method: operation.method.toUpperCase(), headers: buildHeaders(operation, url, body, credentials), body: body === "" ? undefined : body });
      const receivedAt = now();
      const previousOffset = offsetMs;
      offsetMs = estimateClockOffsetMs(response.headers.get("date"), receivedAt) ?? offsetMs;
      if (response.ok) return accept === "csv" ? response.text() : response.json();

      const problem = await readProblem(response);
      const code = new BurnwatchApiError(response.status, problem).code;
      if ((response.status === 429 || response.status === 503) && attempt < maxRetries) {
        const waitMs = parseRetryAfterMs(response.headers.get("retry-after"), receivedAt + offsetMs) ?? 1000 * 2 ** attempt;
        if (waitMs <= maxRetryWaitMs) {
          await sleep(waitMs);
          continue;
        }
      }
      // A signature refused while the Date header moved our clock estimate was signed with the wrong time: sign again once.
      if (code === "invalid_signature" && !resignedForClock && Math.abs(offsetMs - previousOffset) >= 1000) {
        resignedForClock = true;
        continue;
      }
      if ((code === "invalid_token" || code === "key_expired") && !refreshed) {
        refreshed = true;
        const next = await findNewerCredentials(credentials.key);
        if (next) {
          credentials = next;
          continue;
        }
      }
      throw new BurnwatchApiError(response.status, problem);
    }
  }

  const methods = Object.fromEntries((Object.keys(apiOperations) as OperationId[]).map((operationId) => [operationId, (input: AnyInput = {}) => send(operationId, input, "json")]));
  return {
    ...(methods as unknown as { [Id in OperationId]: OperationMethod<Id> }),
    downloadCsv: (operationId, input) => send(operationId, input as AnyInput, "csv") as Promise<string>,
    clockOffsetMs: () => offsetMs,
  };
}
