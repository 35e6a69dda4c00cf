import "server-only";
import type { Db } from "@/lib/db";
import { tokenCatalog } from "@/lib/tokens/token-catalog";

/** Writes the token catalog (lib/tokens/token-catalog.ts) into the store; returns each symbol's row id. */
export async function upsertTokens(db: Db): Promise<Map<string, number>> {
  const ids = new Map<string, number>();
  for (const token of tokenCatalog) {
    const row = await db.token.upsert({ where: { symbol: token.symbol }, create: token, update: token });
    ids.set(token.symbol, row.id);
  }
  return ids;
}
