import Database from "better-sqlite3";

type Parameter = string | number | bigint | null;

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
  private deferred: { sql: string; parameters: Parameter[] }[] = [];
  private deferredTimer: NodeJS.Timeout | null = null;
  private readonly flushOnExit = () => {
    try {
      this.flushDeferred();
    } catch (error) {
      console.error(`deferred store writes lost at exit: ${(error as Error).message}`);
    }
  };

  constructor(filePath: string, private readonly busyTimeoutMs = 5_000, private readonly deferAtMostMs = 1_000) {
    this.connection = new Database(filePath, { fileMustExist: true, timeout: 0 });
    // The store is in WAL mode (set when migrating); NORMAL is safe there and saves an fsync per commit.
    this.connection.pragma("synchronous = NORMAL");
    process.on("exit", this.flushOnExit);
  }

  /**
   * A write that may wait up to `deferAtMostMs`: it is committed with the next transaction of this connection (a
   * request's limit counters), or by a timer, or when the process exits, saving a commit of its own.
   */
  defer(sql: string, parameters: Parameter[]): void {
    this.deferred.push({ sql, parameters });
    this.deferredTimer ??= setTimeout(() => {
      this.deferredTimer = null;
      this.transaction(() => undefined).catch((error: unknown) => console.error(`deferred store writes failed: ${(error as Error).message}`));
    }, this.deferAtMostMs).unref();
  }

  /** Runs `work` in one write transaction (BEGIN IMMEDIATE), after the deferred writes, retrying while the store is busy. */
  transaction<T>(work: () => T): Promise<T> {
    return this.whenNotBusy(() => {
      const pending = this.deferred;
      try {
        const result = this.connection.transaction(() => {
          for (const write of pending) this.statement(write.sql).run(...write.parameters);
          return work();
        }).immediate();
        this.deferred = this.deferred.slice(pending.length);
        return result;
      } catch (error) {
        // A busy store is retried with the deferred writes still queued; any other failure would fail every later
        // transaction too, so they are given up (and said so).
        if (!isBusy(error) && pending.length > 0) {
          console.error(`${pending.length} deferred store writes given up: ${(error as Error).message}`);
          this.deferred = this.deferred.slice(pending.length);
        }
        throw error;
      }
    });
  }

  /** Commits the deferred writes now (before reading what they write, and when the process exits). */
  flushDeferred(): void {
    if (this.deferred.length === 0 || !this.connection.open) return;
    const pending = this.deferred;
    this.deferred = [];
    this.connection.transaction(() => {
      for (const write of pending) this.statement(write.sql).run(...write.parameters);
    })();
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

  close(): void {
    this.flushDeferred();
    if (this.deferredTimer) clearTimeout(this.deferredTimer);
    process.off("exit", this.flushOnExit);
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

  private async whenNotBusy<T>(work: () => T): Promise<T> {
    const deadline = Date.now() + this.busyTimeoutMs;
    for (let pauseMs = busyRetryStartMs; ; pauseMs = Math.min(pauseMs * 2, busyRetryMaxMs)) {
      try {
        return work();
      } catch (error) {
        if (!isBusy(error) || Date.now() >= deadline) throw error;
      }
      await new Promise((resolve) => setTimeout(resolve, pauseMs));
    }
  }
}

function isBusy(error: unknown): boolean {
  return String((error as { code?: unknown }).code).startsWith("SQLITE_BUSY");
}
