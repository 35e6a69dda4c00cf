import { describe, expect, it } from "vitest";
import { readEnv } from "@/lib/env";
import { resolveDatabaseTarget } from "./engine";
import { describeStoreError, redactUrl } from "./store-errors";

describe("DATABASE_URL", () => {
  it("chooses SQLite for file: URLs, relative to the project, and PostgreSQL for postgres URLs", () => {
    expect(resolveDatabaseTarget("file:./data/burnwatch.db", "/srv/app")).toEqual({ engine: "sqlite", url: "file:/srv/app/data/burnwatch.db", filePath: "/srv/app/data/burnwatch.db" });
    expect(resolveDatabaseTarget("postgresql://u@h:5432/db").engine).toBe("postgresql");
    expect(resolveDatabaseTarget("postgres://u@h/db").engine).toBe("postgresql");
    expect(() => resolveDatabaseTarget("mysql://x")).toThrow(/must start with/);
  });

  it("defaults to the embedded store and refuses other schemes with the variable's name", () => {
    expect(readEnv({}).DATABASE_URL).toBe("file:./data/burnwatch.db");
    expect(readEnv({}).PORT).toBe(3000);
    expect(() => readEnv({ DATABASE_URL: "mysql://x" })).toThrow(/DATABASE_URL/);
    expect(() => readEnv({ PORT: "http" })).toThrow(/PORT/);
  });

  it("explains a store that cannot be opened in one sentence, without the password", () => {
    const message = describeStoreError(resolveDatabaseTarget("postgresql://bw:s3cret@db.internal:5432/bw"), new Error("connect ECONNREFUSED\n    at stack"));
    expect(message).toMatch(/^Cannot open the Burnwatch store \(PostgreSQL at postgresql:\/\/bw:\*\*\*@db.internal:5432\/bw\): connect ECONNREFUSED\./);
    expect(message).not.toContain("s3cret");
    expect(message).not.toContain("at stack");
    expect(redactUrl("not a url")).toBe("(unparseable URL)");
  });
});
