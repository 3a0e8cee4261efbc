import { defineConfig } from "vitest/config";

// Unit tests: pure code beside its module, no database, no browser.
export default defineConfig({
  test: {
    include: ["app/**/*.test.ts", "app/**/*.test.tsx", "graph/**/*.test.ts", "ingest/**/*.test.ts", "bench/**/*.test.ts"],
    environment: "node",
  },
});
