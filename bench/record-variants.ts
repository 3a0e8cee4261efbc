/**
 * The bare-driver baselines of the API benchmark replay exactly the Cypher the API sends: for
 * every request variant, the graph/ function behind its route is called once and the queries of
 * each of its read transactions are recorded (same statements, same parameters).
 * (Until issue 17 the baseline rewrote the lean projections back into `properties(n)`, to keep
 * returning what it returned before answers became lean. Since the overview's projections carry
 * an `area` subquery, Neo4j 5.26 plans such a rewritten query 30 to 70 times slower than the
 * query the API sends, which made the baseline meaningless: it measured another query.)
 */
import { recordReadQueries, type BenchQuery } from "./bench-driver";
import { findPaths } from "../graph/find-paths";
import { getNeighbourhood } from "../graph/get-neighbourhood";
import { getNodeDetails } from "../graph/get-node-details";
import { getReadingPath } from "../graph/get-reading-path";
import { neighbourhoodRequestSchema, pathQuerySchema, readingPathRequestSchema, searchQuerySchema } from "@/contract/schemas";
import { searchNodes } from "../graph/search-nodes";
import { ENDPOINTS, type Endpoint, type Variant } from "./api-requests";

/** Per endpoint, per variant: the queries of each read transaction. */
export type RecordedVariants = Record<Endpoint, BenchQuery[][][]>;

async function call(variant: Variant): Promise<unknown> {
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

/** Records every variant's queries (needs NEO4J_URI: the app's own driver sends them once). */
export async function recordVariants(variants: Record<Endpoint, Variant[]>): Promise<RecordedVariants> {
  const recorded = {} as RecordedVariants;
  for (const endpoint of ENDPOINTS) {
    recorded[endpoint] = [];
    for (const variant of variants[endpoint]) {
      const { transactions } = await recordReadQueries(() => call(variant));
      recorded[endpoint].push(transactions);
    }
  }
  return recorded;
}

/** Calls the graph/ function behind each variant's route, in-process (no HTTP): the API's own code without Next.js. */
export function callGraphFunction(variant: Variant): Promise<unknown> {
  return call(variant);
}
