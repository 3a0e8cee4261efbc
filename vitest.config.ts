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

// Unit tests: pure code beside its module, no database, no browser.
export default defineConfig({
  resolve,
  test: {
    include: ["app/**/*.test.ts", "app/**/*.test.tsx", "graph/**/*.test.ts", "ingest/**/*.test.ts", "bench/**/*.test.ts", "contract/**/*.test.ts", "tests/structure/**/*.test.ts", "tests/unit/**/*.test.ts", "tests/corpus/**/*.test.ts"],
    environment: "node",
  },
});
