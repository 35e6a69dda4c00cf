import { randomBytes } from "node:crypto";
import type { ApiServices } from "@/lib/api/api-services";
import type { SharedState } from "@/lib/api/shared-state";
import { openStoreServices } from "@/lib/api/store-services";
import type { ApiRouteOptions } from "@/lib/api/route-options";
import { createApiRoute, type ApiHandler } from "@/lib/api/with-api-key";
import { findOrCreateClient } from "@/lib/keys/clients";
import { KeyCache } from "@/lib/keys/key-cache";
import { ResponseCache } from "@/lib/api/response-cache";
import { createApiKey, type NewKeyInput } from "@/lib/keys/key-store";
import { buildStringToSign, sha256Hex, signRequest } from "@/lib/keys/request-signature";
import { importSnapshot } from "@/lib/ingest/snapshot";
import { createThrowawaySqliteStore, useAsAppStore, type ThrowawayStore } from "./throwaway-store";

export const testOrigin = "http://127.0.0.1:3100";

/** A route as a test calls it: the request, and the path parameters the router would pass. */
export type TestRoute = (request: Request, params?: Record<string, string>) => Promise<Response>;

/** A store, services with a clock the test moves by hand, and helpers to make keys and signed requests. */
export type ApiHarness = {
  store: ThrowawayStore;
  services: ApiServices;
  setNow: (date: Date) => void;
  advance: (ms: number) => void;
  now: () => Date;
  route: (handler: ApiHandler<never>, options: ApiRouteOptions) => TestRoute;
  createKey: (input?: Partial<NewKeyInput> & { clientName?: string }) => Promise<{ key: string; keyId: string; signingSecret: string | null; clientId: number }>;
  /** Writes usage counts held in memory, for a test that reads them from the store directly. */
  flushUsage: () => Promise<void>;
  /** Sets a SQLite pragma on every connection the services hold: Prisma's and the direct one. */
  setSqlitePragma: (setting: string) => Promise<void>;
  dispose: () => Promise<void>;
};

export async function createApiHarness(options: { state?: (services: { db: ApiServices["db"] }) => SharedState; start?: Date; store?: ThrowawayStore } = {}): Promise<ApiHarness> {
  const store = options.store ?? (await createThrowawaySqliteStore());
  let current = options.start ?? new Date("2026-03-01T12:00:00.000Z");
  const kek = randomBytes(32);
  const storeServices = openStoreServices(store.db, store.url);
  const services: ApiServices = {
    db: store.db,
    state: options.state ? options.state({ db: store.db }) : storeServices.state,
    usage: storeServices.usage,
    clock: () => new Date(current.getTime()),
    keyCache: new KeyCache(),
    responseCache: new ResponseCache(),
    kek: () => kek,
    trustedProxyHops: 0,
  };
  return {
    store,
    services,
    setNow: (date) => {
      current = date;
    },
    advance: (ms) => {
      current = new Date(current.getTime() + ms);
    },
    now: () => new Date(current.getTime()),
    route: (handler, routeOptions) => {
      const route = createApiRoute<Record<string, string>>(handler as ApiHandler<Record<string, string>>, routeOptions, () => services);
      return (request, params) => route(request, params ? { params: Promise.resolve(params) } : undefined);
    },
    createKey: async (input = {}) => {
      const client = await findOrCreateClient(store.db, input.clientName ?? `client-${randomBytes(4).toString("hex")}`, null);
      const issued = await createApiKey(
        store.db,
        { clientId: client.id, name: "test key", kind: "secret", environment: "live", scopes: ["prices:read"], expiresAt: null, ...input },
        { kek, now: new Date(current.getTime()) },
      );
      return { key: issued.key, keyId: issued.record.keyId, signingSecret: issued.signingSecret, clientId: client.id };
    },
    flushUsage: storeServices.usage.flush,
    setSqlitePragma: async (setting) => {
      await store.db.$executeRawUnsafe(`PRAGMA ${setting}`);
      storeServices.statements?.pragma(setting);
    },
    dispose: async () => {
      storeServices.close();
      await store.dispose();
    },
  };
}

export type RequestOptions = { method?: string; key?: string | null; headers?: Record<string, string>; body?: string; ip?: string };

export function buildRequest(url: string, options: RequestOptions = {}): Request {
  const headers = new Headers(options.headers);
  if (options.key !== undefined && options.key !== null) headers.set("authorization", `Bearer ${options.key}`);
  headers.set("x-forwarded-for", options.ip ?? "203.0.113.7");
  return new Request(url, { method: options.method ?? "GET", headers, ...(options.body !== undefined ? { body: options.body } : {}) });
}

/** The three signature headers for a request, as a client following the docs computes them. */
export function signHeaders(signingSecret: string, input: { method: string; url: string; body?: string; timestamp: number; nonce?: string }): Record<string, string> {
  const url = new URL(input.url);
  const nonce = input.nonce ?? randomBytes(16).toString("hex");
  const stringToSign = buildStringToSign({ timestamp: input.timestamp, nonce, method: input.method, path: url.pathname, query: url.searchParams, bodySha256Hex: sha256Hex(input.body ?? "") });
  return { "x-bw-timestamp": String(input.timestamp), "x-bw-nonce": nonce, "x-bw-signature": signRequest(signingSecret, stringToSign) };
}

export async function readProblem(response: Response): Promise<{ type: string; title: string; status: number; detail: string; instance: string; request_id: string; [field: string]: unknown }> {
  return (await response.json()) as never;
}

/** A harness whose store holds the bundled snapshot and is the app's store, for handlers that read through the app's queries. */
export async function createSnapshotApiHarness(): Promise<ApiHarness> {
  const harness = await createApiHarness();
  await importSnapshot(harness.store.db);
  useAsAppStore(harness.store.url);
  return harness;
}
