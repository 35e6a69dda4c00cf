import { describe, expect, it } from "vitest";
import { classifyStoreFailure } from "./store-failure";

describe("classifyStoreFailure", () => {
  it("recognises both engines' ways of saying the store is gone", () => {
    expect(classifyStoreFailure(Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:5432"), { code: "ECONNREFUSED" }))).toBe("unreachable");
    expect(classifyStoreFailure(new Error('database "bw_test" is not currently accepting connections'))).toBe("unreachable");
    expect(classifyStoreFailure(new Error("terminating connection due to administrator command"))).toBe("unreachable");
    expect(classifyStoreFailure(new Error("Connection terminated unexpectedly"))).toBe("unreachable");
  });
  it("tells a locked SQLite file and a read-only one apart", () => {
    expect(classifyStoreFailure(Object.assign(new Error("database is locked"), { code: "SQLITE_BUSY" }))).toBe("locked");
    expect(classifyStoreFailure(Object.assign(new Error("attempt to write a readonly database"), { code: "SQLITE_READONLY" }))).toBe("read_only");
  });
  it("leaves other errors to be bugs", () => {
    expect(classifyStoreFailure(new TypeError("Cannot read properties of undefined"))).toBeNull();
    expect(classifyStoreFailure("database is locked")).toBeNull();
  });
});

describe("classifyStoreFailure on wrapped errors", () => {
  it("reads the driver's words from a cause chain, as Prisma's adapters report them", () => {
    const adapterError = Object.assign(new Error(""), { name: "DriverAdapterError", cause: { kind: "sqlite", originalCode: "5", originalMessage: "database is locked" } });
    expect(classifyStoreFailure(new Error("shared state unavailable: ", { cause: adapterError }))).toBe("locked");
    const readOnly = Object.assign(new Error(""), { cause: { originalMessage: "attempt to write a readonly database" } });
    expect(classifyStoreFailure(readOnly)).toBe("read_only");
  });
});
