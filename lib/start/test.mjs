// `npm test`: every test, on a fresh clone too. Installs dependencies if missing, then the type check,
// the unit and database suites (Vitest, SQLite and PostgreSQL) and Playwright against the built app.
import path from "node:path";
import { fileURLToPath } from "node:url";
import { ensureDependencies, runStep } from "./dependencies.mjs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1" };
const bin = (name) => path.join(root, "node_modules", ".bin", name);

ensureDependencies(root, env);
runStep(root, env, bin("tsc"), ["--noEmit"], "Type check (tsc)");
runStep(root, env, bin("vitest"), ["run"], "Unit and database tests (Vitest)");
runStep(root, env, bin("playwright"), ["test"], "End-to-end tests (Playwright: api and ui projects)");
console.log("\n✓ Every test passed.");
