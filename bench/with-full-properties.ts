/**
 * The API benchmark's baseline is "what a caller gets from the bare driver": the graph/
 * functions' own Cypher, but returning every node's and edge's stored properties, as those
 * queries did before answers became lean. This turns the lean map projections the graph/
 * functions send (graph/to-graph-elements.ts) back into `properties(v)`, so that the baseline
 * keeps returning what it returned while the app sends less.
 */
import { LEAN_EDGE_KEYS, LEAN_NODE_KEYS, PROVENANCE_EDGE_KEYS } from "@/graph/to-graph-elements";

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const projection = (keys: readonly string[]) => new RegExp(`properties: (\\w+)\\{${escape(keys.map((key) => `.${key}`).join(", "))}\\}`, "g");
const LEAN = [LEAN_NODE_KEYS, PROVENANCE_EDGE_KEYS, LEAN_EDGE_KEYS].map(projection);

export function withFullProperties(cypher: string): string {
  return LEAN.reduce((text, pattern) => text.replace(pattern, "properties: properties($1)"), cypher);
}
