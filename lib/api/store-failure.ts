export type StoreFailure = "unreachable" | "locked" | "read_only";

// Connection-level failures of either engine: "try again later" rather than "we have a bug".
const unreachable = /ECONNREFUSED|ECONNRESET|ETIMEDOUT|EPIPE|Can't reach database|P1001|P1017|DatabaseNotReachable|Connection terminated|terminating connection|not currently accepting connections|too many clients|the database system is (starting up|shutting down)|SQLITE_CANTOPEN|unable to open database/i;
const locked = /database is locked|SQLITE_BUSY|SQLITE_LOCKED/i;
const readOnly = /readonly database|read-only|SQLITE_READONLY|query_only/i;

/** What kind of store failure an error is, or null when it is not one (then it is a bug, and a 500). */
export function classifyStoreFailure(error: unknown): StoreFailure | null {
  if (!(error instanceof Error)) return null;
  const text = describeErrorChain(error);
  if (readOnly.test(text)) return "read_only";
  if (locked.test(text)) return "locked";
  if (unreachable.test(text)) return "unreachable";
  return null;
}

/**
 * Everything an error and its causes say about themselves. Prisma's driver-adapter errors carry the driver's words
 * in fields such as `kind`, `originalCode` and `originalMessage` rather than in `message`.
 */
function describeErrorChain(error: unknown, depth = 0): string {
  if (depth > 4 || error === null || typeof error !== "object") return typeof error === "string" ? error : "";
  const fields = error as Record<string, unknown>;
  const own = ["name", "message", "code", "kind", "originalCode", "originalMessage"].map((field) => (typeof fields[field] === "string" ? fields[field] : "")).join(" ");
  return `${own} ${describeErrorChain(fields.cause, depth + 1)}`;
}

/** The sentence a client reads for each kind; none of them says more about our setup than it needs to. */
export const storeFailureDetails: Record<StoreFailure, string> = {
  unreachable: "The service cannot reach its store right now; nothing was changed. Try again shortly.",
  locked: "The store is busy with another writer; nothing was changed. Try again shortly.",
  read_only: "The store is read-only right now, so this request could not be recorded; nothing was changed.",
};
