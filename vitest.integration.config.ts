import { defineConfig } from "vitest/config";

// Integration tests: the real Neo4j started by tests/run-all.ts (NEO4J_URI points at it).
export default defineConfig({
  test: {
    include: ["tests/integration/**/*.test.ts"],
    environment: "node",
    testTimeout: 120_000,
    hookTimeout: 240_000,
    // One database shared by the files: run them one after another.
    fileParallelism: false,
    globalSetup: ["tests/integration/global-setup.ts"],
  },
});
