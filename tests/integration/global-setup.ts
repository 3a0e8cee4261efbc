/**
 * Integration tests need a real Neo4j: tests/run-all.ts starts one and sets NEO4J_URI; a
 * developer may point NEO4J_URI at their own. Fail early with a clear message otherwise.
 */
export default function setup(): void {
  if (!process.env.NEO4J_URI) {
    throw new Error("Integration tests need NEO4J_URI (run them with `npm test` or `npm run test:integration`, which start Neo4j).");
  }
}
