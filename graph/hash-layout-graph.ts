/**
 * The key of a stored picture: a SHA-256 over the force layout's version and the graph it was
 * computed from (sorted node ids, sorted edges with their types). Any change a list goes
 * through (reloaded with another entry, an edge derived by enrichment, a shared paper removed
 * with another list) changes the key, so positions of the old graph are never drawn for the new.
 */
import { createHash } from "node:crypto";
import { FORCE_LAYOUT_VERSION } from "@/contract/force-layout";

export type LayoutGraph = { nodes: readonly string[]; edges: readonly { source: string; target: string; type: string }[] };

export function hashLayoutGraph(graph: LayoutGraph, layout: string): string {
  const hash = createHash("sha256");
  hash.update(`${layout}@${FORCE_LAYOUT_VERSION}\n`);
  // JSON strings keep ids apart whatever characters they hold (ids contain '/', '.', '|').
  for (const id of [...new Set(graph.nodes)].sort()) hash.update(`N${JSON.stringify(id)}\n`);
  const edges = [...new Set(graph.edges.map((e) => `E${JSON.stringify([e.source, e.type, e.target])}`))].sort();
  for (const line of edges) hash.update(`${line}\n`);
  return hash.digest("hex");
}
