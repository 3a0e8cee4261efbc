import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

// Same module resolution as the app: "@/..." from the root, and "server-only" as the empty
// module it is on the server (its default entry throws outside React Server Components).
const resolve = {
  alias: {
    "@/": fileURLToPath(new URL("./", import.meta.url)),
    "server-only": fileURLToPath(new URL("./node_modules/server-only/empty.js", import.meta.url)),
  },
};

// Integration tests: the real Neo4j started by tests/run-all.ts (NEO4J_URI points at it).
export default defineConfig({
  resolve,
  test: {
    include: ["tests/integration/**/*.test.ts"],
    environment: "node",
    testTimeout: 120_000,
    hookTimeout: 240_000,
    // One database shared by the files: run them one after another.
    fileParallelism: false,
    globalSetup: ["tests/integration/global-setup.ts"],
    // The suites call the console's route handler hundreds of times as one client; the rate
    // limit itself is tested with low limits in console-rate-limit.test.ts.
    env: { CONSOLE_RATE_LIMIT: "100000", CONSOLE_RATE_LIMIT_TOTAL: "100000" },
  },
});
