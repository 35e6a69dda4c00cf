import "server-only";
import type { Db } from "@/lib/db";

/** The client of that name owned by `ownerId` (null: the operators'), created when missing. */
export async function findOrCreateClient(db: Db, name: string, ownerId: number | null): Promise<{ id: number; name: string; ownerId: number | null }> {
  const existing = await db.apiClient.findFirst({ where: { name, ownerId } });
  return existing ?? db.apiClient.create({ data: { name, ownerId } });
}

export async function listClients(db: Db, filter: { ownerId?: number }) {
  return db.apiClient.findMany({ where: filter.ownerId === undefined ? {} : { ownerId: filter.ownerId }, orderBy: { id: "asc" }, include: { owner: { select: { email: true } } } });
}
