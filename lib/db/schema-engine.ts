// Prisma's schema engine, built to WebAssembly: it migrates offline (the native engine would be downloaded).
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import {
  bindMigrationAwareSqlAdapterFactory,
  type SqlDriverAdapter,
  type SqlMigrationAwareDriverAdapterFactory,
} from "@prisma/driver-adapter-utils";
import * as engineBindings from "@prisma/schema-engine-wasm/schema_engine_bg";
import type { SchemaEngine } from "@prisma/schema-engine-wasm";
import type { DatabaseTarget } from "./engine";

export type { SchemaEngine };

let wasmReady: Promise<void> | undefined;

/** Node 20 cannot import a .wasm module without a flag, so the bindings are instantiated by hand, once. */
function loadWasm(): Promise<void> {
  wasmReady ??= (async () => {
    const require = createRequire(import.meta.url);
    const bindingsPath = require.resolve("@prisma/schema-engine-wasm/schema_engine_bg");
    const bytes = await readFile(path.join(path.dirname(bindingsPath), "schema_engine_bg.wasm"));
    const { instance } = await WebAssembly.instantiate(bytes, { "./schema_engine_bg.js": engineBindings });
    engineBindings.__wbg_set_wasm(instance.exports);
    (instance.exports as { __wbindgen_start: () => void }).__wbindgen_start();
  })();
  return wasmReady;
}

/**
 * The engine replays migration files on SQLite's shadow database with `executeRaw`, which better-sqlite3 refuses
 * for more than one statement; such a file is run as a script instead.
 */
class SqliteFactoryWithScriptReplay implements SqlMigrationAwareDriverAdapterFactory {
  readonly provider = "sqlite";
  readonly adapterName: string;
  readonly #inner: PrismaBetterSqlite3;

  constructor(filePath: string) {
    this.#inner = new PrismaBetterSqlite3({ url: filePath });
    this.adapterName = this.#inner.adapterName;
  }

  connect(): Promise<SqlDriverAdapter> {
    return this.#inner.connect();
  }

  async connectToShadowDb(): Promise<SqlDriverAdapter> {
    const adapter = await this.#inner.connectToShadowDb();
    const executeRaw = adapter.executeRaw.bind(adapter);
    adapter.executeRaw = async (query) => {
      try {
        return await executeRaw(query);
      } catch (error) {
        if (query.args.length > 0 || !String((error as Error).message).includes("more than one statement")) throw error;
        await adapter.executeScript(query.sql);
        return 0;
      }
    };
    return adapter;
  }
}

/**
 * Remembers every connection the engine opens: freeing the engine does not close them, and an open SQLite
 * connection of the engine's would keep the file locked for the app that opens it next in the same process.
 */
class ConnectionTrackingFactory implements SqlMigrationAwareDriverAdapterFactory {
  readonly provider;
  readonly adapterName;
  readonly opened: SqlDriverAdapter[] = [];

  constructor(private readonly inner: SqlMigrationAwareDriverAdapterFactory) {
    this.provider = inner.provider;
    this.adapterName = inner.adapterName;
  }

  async connect(): Promise<SqlDriverAdapter> {
    const adapter = await this.inner.connect();
    this.opened.push(adapter);
    return adapter;
  }

  async connectToShadowDb(): Promise<SqlDriverAdapter> {
    const adapter = await this.inner.connectToShadowDb();
    this.opened.push(adapter);
    return adapter;
  }
}

function createAdapterFactory(target: DatabaseTarget): SqlMigrationAwareDriverAdapterFactory {
  return target.engine === "sqlite" ? new SqliteFactoryWithScriptReplay(target.filePath) : new PrismaPg({ connectionString: target.url });
}

/**
 * Runs work with the schema engine opened on a database (`schema` is the Prisma schema text of that database's
 * engine), then frees the engine and closes every connection it opened.
 */
export async function withSchemaEngine<T>(target: DatabaseTarget, schema: string, work: (engine: SchemaEngine) => Promise<T>): Promise<T> {
  await loadWasm();
  const { SchemaEngine } = engineBindings as unknown as { SchemaEngine: { new: (...args: unknown[]) => Promise<SchemaEngine> } };
  const factory = new ConnectionTrackingFactory(createAdapterFactory(target));
  const engine = await SchemaEngine.new({ datamodels: [["schema.prisma", schema]] }, () => {}, bindMigrationAwareSqlAdapterFactory(factory));
  try {
    return await work(engine);
  } finally {
    engine.free();
    await Promise.all(factory.opened.map((adapter) => adapter.dispose()));
  }
}
