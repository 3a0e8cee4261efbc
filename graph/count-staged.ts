/**
 * How much of the graph is staging data (graph/staging-statements.ts): nodes under a staging
 * label and the relationships among them. The counts that readers see (stats, health) leave it
 * out. From Neo4j's count store, so cheap; the relationships are only counted while there are
 * staged nodes (during a large ingest, or after one died).
 */
import { STAGED_LABELS } from "./staging-statements";

/** The relationship types a staged write creates. */
const STAGED_TYPES = ["IN_SECTION", "SUBSECTION_OF", "CHECKS", "BUILDS_ON", "SURVEYS", "SAME_TOPIC"];

export type StagedCounts = { nodes: number; labels: string[]; relationships: Record<string, number> };

/** `count` runs a query returning one number. */
export async function countStaged(count: (query: string) => Promise<number>): Promise<StagedCounts> {
  const labels = Object.values(STAGED_LABELS);
  let nodes = 0;
  for (const label of labels) nodes += await count(`MATCH (n:${label}) RETURN count(n) AS c`);
  const relationships: Record<string, number> = {};
  if (nodes === 0) return { nodes, labels, relationships };
  // Every staged relationship starts at a staged node (and ends at one).
  for (const type of STAGED_TYPES) {
    let n = 0;
    for (const label of labels) n += await count(`MATCH (:${label})-[r:${type}]->() RETURN count(r) AS c`);
    if (n > 0) relationships[type] = n;
  }
  return { nodes, labels, relationships };
}

export const sumOf = (counts: Record<string, number>) => Object.values(counts).reduce((a, b) => a + b, 0);
