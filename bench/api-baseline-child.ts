/**
 * The API benchmark's baseline, run as a child process with NEO4J_URI set: for every request
 * variant, the Cypher the graph/ function behind the route sends is recorded once (same
 * queries, same parameters), then replayed through the bare driver, in read transactions,
 * with no HTTP, no input parsing and no row validation, by `c` concurrent loops for a while.
 * The replayed queries return every stored property of the nodes and edges they return, as
 * they did before the API's answers became lean (bench/with-full-properties.ts): the baseline
 * is what a caller of the bare driver gets, and it stays the same.
 * Prints one JSON object: latency samples summarised per endpoint and concurrency.
 */
import { parseArgs } from "node:util";
import { openBenchDriver, recordReadQueries, type BenchQuery } from "./bench-driver";
import { closeDriver } from "../graph/driver";
import { findPaths } from "../graph/find-paths";
import { getNeighbourhood } from "../graph/get-neighbourhood";
import { getNodeDetails } from "../graph/get-node-details";
import { getReadingPath } from "../graph/get-reading-path";
import { neighbourhoodRequestSchema, pathQuerySchema, readingPathRequestSchema, searchQuerySchema } from "@/contract/schemas";
import { searchNodes } from "../graph/search-nodes";
import { buildVariants, ENDPOINTS, type Endpoint, type Variant } from "./api-requests";
import { summarizeLatencies, type LatencySummary } from "./latency";
import { withFullProperties } from "./with-full-properties";

function call(variant: Variant): Promise<unknown> {
  switch (variant.endpoint) {
    case "search":
      return searchNodes(searchQuerySchema.parse({ q: variant.input.q, limit: String(variant.input.limit) }));
    case "details":
      return getNodeDetails(variant.input.id);
    case "neighbourhood":
      return getNeighbourhood(neighbourhoodRequestSchema.parse(variant.input));
    case "readingPath":
      return getReadingPath(readingPathRequestSchema.parse(variant.input));
    case "shortestPath":
      return findPaths(pathQuerySchema.parse(variant.input));
  }
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { papers: { type: "string" }, seed: { type: "string" }, count: { type: "string" }, duration: { type: "string" }, concurrency: { type: "string" } } });
  const uri = process.env.NEO4J_URI ?? "";
  const variants = buildVariants(Number(values.papers), Number(values.seed), Number(values.count));
  const recorded = {} as Record<Endpoint, BenchQuery[][][]>;
  for (const endpoint of ENDPOINTS) {
    recorded[endpoint] = [];
    for (const variant of variants[endpoint]) {
      const { transactions } = await recordReadQueries(() => call(variant));
      recorded[endpoint].push(transactions.map((queries) => queries.map((query) => ({ ...query, cypher: withFullProperties(query.cypher) }))));
    }
  }
  const db = openBenchDriver(uri);
  const out: Record<string, Record<string, LatencySummary>> = {};
  const timeout = 10_000;
  for (const endpoint of ENDPOINTS) {
    out[endpoint] = {};
    for (const c of (values.concurrency ?? "1").split(",").map(Number)) {
      const requests = recorded[endpoint];
      let next = 0;
      const latencies: number[] = [];
      let errors = 0;
      const deadline = performance.now() + Number(values.duration) * 1000;
      const started = performance.now();
      await Promise.all(
        Array.from({ length: c }, async () => {
          while (performance.now() < deadline) {
            const transactions = requests[next++ % requests.length] ?? [];
            const t0 = performance.now();
            try {
              for (const queries of transactions) await db.replayRead(queries, timeout);
              latencies.push(performance.now() - t0);
            } catch {
              errors++;
            }
          }
        }),
      );
      out[endpoint][String(c)] = summarizeLatencies(latencies, (performance.now() - started) / 1000, errors);
    }
  }
  await db.close();
  await closeDriver();
  console.log(JSON.stringify(out));
}

void main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
