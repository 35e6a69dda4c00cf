import "server-only";
import type { Db } from "@/lib/db";
import { findOrCreateClient } from "./clients";
import { keyDisplayHints } from "./key-format";
import { hashApiKey } from "./key-hash";
import { publishableScopes } from "./scopes";
import { deriveSitePublishableKey } from "./site-key";

export const SITE_CLIENT_NAME = "Burnwatch site";

/** The origins the site's pages are served from: SITE_ORIGIN, and localhost / 127.0.0.1 on PORT. */
export function siteOrigins(port: number, siteOrigin: string | undefined): string[] {
  return [...new Set([...(siteOrigin ? [new URL(siteOrigin).origin] : []), `http://localhost:${port}`, `http://127.0.0.1:${port}`])];
}

/** Makes sure the store knows the site's publishable key (its hash) with the current origins. */
export async function ensureSitePublishableKey(db: Db, kek: Buffer, origins: string[]): Promise<string> {
  const { key, keyId } = deriveSitePublishableKey(kek);
  const client = await findOrCreateClient(db, SITE_CLIENT_NAME, null);
  const hints = keyDisplayHints(key);
  const fields = { allowedOrigins: JSON.stringify(origins), scopes: JSON.stringify([...publishableScopes].sort()), revokedAt: null };
  await db.apiKey.upsert({
    where: { keyId },
    create: { keyId, kind: "publishable", environment: "live", name: "Site pages", clientId: client.id, keyHash: hashApiKey(key), hintFirst: hints.first4, hintLast: hints.last4, ...fields },
    update: fields,
  });
  return keyId;
}
