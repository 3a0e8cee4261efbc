/**
 * A big list opens as its sections: the overview of a list with more than `threshold` nodes is
 * cut down to the roadmap and its sections, each section labelled with how many items it holds,
 * and each section's items kept aside so that opening it (an expansion, as for any node) adds
 * them in place. Pure: the Explore view merges the parts (see use-explore-view.ts).
 */
import type { GraphNode } from "@/contract/schemas";
import type { NodesAndEdges } from "./view-graph";

/** Above this many nodes an overview opens collapsed (the bundled roadmap has about 270). */
export const COLLAPSE_ABOVE = 800;

export type CollapsedOverview = {
  /** what is drawn first: everything when small, else the roadmap and its sections */
  base: NodesAndEdges;
  /** section id -> its own items (and every overview edge; the view keeps those whose ends are drawn) */
  parts: ReadonlyMap<string, NodesAndEdges>;
  collapsed: boolean;
};

const STRUCTURE = new Set(["roadmap", "section"]);

/** The section's label led by its item count (a long name is shortened at its end), in both languages. */
function withCount(node: GraphNode, count: number): GraphNode {
  return {
    ...node,
    label: `${count} · ${node.label}`,
    ...(node.nameRu ? { nameRu: `${count} · ${node.nameRu}` } : {}),
  };
}

export function collapseOverview(graph: NodesAndEdges, threshold = COLLAPSE_ABOVE): CollapsedOverview {
  if (graph.nodes.length <= threshold) return { base: graph, parts: new Map(), collapsed: false };
  const byId = new Map(graph.nodes.map((n) => [n.id, n]));
  const items = new Map<string, GraphNode[]>();
  for (const edge of graph.edges) {
    if (edge.type !== "IN_SECTION") continue;
    const item = byId.get(edge.source);
    if (!item || STRUCTURE.has(item.kind)) continue;
    const list = items.get(edge.target) ?? [];
    list.push(item);
    items.set(edge.target, list);
  }
  const structure = graph.nodes.filter((n) => STRUCTURE.has(n.kind)).map((n) => (n.kind === "section" ? withCount(n, items.get(n.id)?.length ?? 0) : n));
  const kept = new Set(structure.map((n) => n.id));
  const base = { nodes: structure, edges: graph.edges.filter((e) => kept.has(e.source) && kept.has(e.target)) };
  const parts = new Map([...items].map(([section, nodes]) => [section, { nodes, edges: graph.edges }] as const));
  return { base, parts, collapsed: true };
}
