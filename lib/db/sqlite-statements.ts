import Database from "better-sqlite3";

export type Parameter = string | number | bigint | null;

const busyRetryStartMs = 1;
const busyRetryMaxMs = 25;

/**
 * A second, direct connection to a SQLite store for the few single statements every API request makes (limit
 * counters, nonces, usage). Through Prisma each such statement costs about half a millisecond of query
 * interpretation; here a prepared statement is reused and runs in microseconds.
 *
 * The connection never waits inside SQLite (busy timeout 0): when another connection holds the write lock, the
 * statement is retried after a pause on the event loop. Waiting inside SQLite would block the event loop, and with it
 * a Prisma transaction of this same process that holds the lock and needs the event loop to finish.
 */
export class SqliteStatements {
  private readonly connection: Database.Database;
  private readonly prepared = new Map<string, Database.Statement>();
  // Built once: better-sqlite3 makes a wrapper per transaction() call, which costs more than a small transaction.
  private readonly runInTransaction: Database.Transaction<(work: () => unknown) => unknown>;

  constructor(filePath: string, private readonly busyTimeoutMs = 5_000) {
    this.connection = new Database(filePath, { fileMustExist: true, timeout: 0 });
    // The store is in WAL mode (set when migrating); NORMAL is safe there and saves an fsync per commit.
    this.connection.pragma("synchronous = NORMAL");
    this.runInTransaction = this.connection.transaction((work: () => unknown) => work());
  }

  /** Runs `work` in one write transaction (BEGIN IMMEDIATE), retrying the whole of it while the store is busy. */
  transaction<T>(work: () => T): Promise<T> {
    return this.whenNotBusy(() => this.transactionNow(work));
  }

  /** The same at once, without waiting: throws SQLITE_BUSY when another connection writes (for use at exit). */
  transactionNow<T>(work: () => T): T {
    return this.runInTransaction.immediate(work) as T;
  }

  /** Runs a statement that returns no rows; the number of rows it changed. */
  run(sql: string, parameters: Parameter[]): Promise<number> {
    return this.whenNotBusy(() => this.statement(sql).run(...parameters).changes);
  }

  /** Runs a statement that returns rows (a SELECT, or a write with RETURNING). */
  all<Row>(sql: string, parameters: Parameter[]): Promise<Row[]> {
    return this.whenNotBusy(() => this.statement(sql).all(...parameters) as Row[]);
  }

  /** Sets a pragma on this connection (`"query_only = ON"`). */
  pragma(setting: string): void {
    this.connection.pragma(setting);
  }

  /** A statement's rows right away, for use inside `transaction`. */
  allNow<Row>(sql: string, parameters: Parameter[]): Row[] {
    return this.statement(sql).all(...parameters) as Row[];
  }

  /** Runs a statement right away, for use inside `transaction`. */
  runNow(sql: string, parameters: Parameter[]): number {
    return this.statement(sql).run(...parameters).changes;
  }

  close(): void {
    this.connection.close();
  }

  private statement(sql: string): Database.Statement {
    let statement = this.prepared.get(sql);
    if (!statement) {
      statement = this.connection.prepare(sql);
      this.prepared.set(sql, statement);
    }
    return statement;
  }

  /** The first attempt runs at once; only a busy store leads to the waiting loop (this runs on every request). */
  private whenNotBusy<T>(work: () => T): Promise<T> {
    try {
      return Promise.resolve(work());
    } catch (error) {
      if (!isBusy(error)) return Promise.reject(error);
    }
    return this.retryWhileBusy(work);
  }

  private async retryWhileBusy<T>(work: () => T): Promise<T> {
    const deadline = Date.now() + this.busyTimeoutMs;
    for (let pauseMs = busyRetryStartMs; ; pauseMs = Math.min(pauseMs * 2, busyRetryMaxMs)) {
      await new Promise((resolve) => setTimeout(resolve, pauseMs));
      try {
        return work();
      } catch (error) {
        if (!isBusy(error) || Date.now() >= deadline) throw error;
      }
    }
  }
}

function isBusy(error: unknown): boolean {
  return String((error as { code?: unknown }).code).startsWith("SQLITE_BUSY");
}
