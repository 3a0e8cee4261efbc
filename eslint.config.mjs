// Type-aware linting for the whole project (app, graph, ingest, tests, bench, neo4j scripts).
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";
import tseslint from "typescript-eslint";

export default [
  {
    ignores: [
      "node_modules/**",
      ".next/**",
      "next-env.d.ts",
      "neo4j/launcher/**",
      "neo4j/data/**",
      ".neo4j-test/**",
      "test-results/**",
      "playwright-report/**",
      "bench/results/**",
      "*.config.mjs",
      "eslint.config.mjs",
    ],
  },
  ...nextVitals,
  ...nextTs,
  ...tseslint.configs.recommendedTypeChecked.map((config) => ({
    ...config,
    files: ["**/*.ts", "**/*.tsx"],
  })),
  {
    files: ["**/*.ts", "**/*.tsx"],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "@typescript-eslint/consistent-type-imports": ["error", { fixStyle: "inline-type-imports" }],
      "@typescript-eslint/no-floating-promises": "error",
    },
  },
  {
    // Only graph/ talks to Neo4j: everything else goes through its functions. The benchmarks'
    // bare driver (bench/bench-driver.ts) is the one exception: it measures the driver itself.
    files: ["**/*.ts", "**/*.tsx"],
    ignores: ["graph/**", "bench/bench-driver.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        { paths: [{ name: "neo4j-driver", message: "Only graph/ may import neo4j-driver." }] },
      ],
    },
  },
];
