/**
 * A big list opens as its sections: the server answers its overview as the lists and their
 * sections with what each holds (graph/get-overview.ts), and opening a section (an expansion,
 * as for any node) fetches its items, which join in place. Here: the clustered overview made
 * drawable, each section led by the count of items it stands for. Pure.
 */
import type { GraphNode, Overview } from "@/contract/schemas";
import type { NodesAndEdges } from "./view-graph";

export type ClusteredOverview = {
  /** what is drawn first: everything when small, else the lists and their sections */
  base: NodesAndEdges;
  /** ids of the sections standing for their items: opening one fetches them */
  clusters: ReadonlySet<string>;
};

/** The section's label led by its item count (a long name is shortened at its end), in both languages. */
function withCount(node: GraphNode, count: number): GraphNode {
  return {
    ...node,
    label: `${count} · ${node.label}`,
    ...(node.nameRu ? { nameRu: `${count} · ${node.nameRu}` } : {}),
  };
}

export function clusterOverview(overview: Overview): ClusteredOverview {
  if (!overview.clustered) return { base: overview, clusters: new Set() };
  const counts = new Map(overview.clusters.map((c) => [c.section, c.items]));
  const nodes = overview.nodes.map((n) => {
    const count = counts.get(n.id);
    return n.kind === "section" && count !== undefined ? withCount(n, count) : n;
  });
  // A section with nothing listed directly in it (only subsections) has nothing to open.
  const clusters = new Set(overview.clusters.filter((c) => c.items > 0).map((c) => c.section));
  return { base: { nodes, edges: overview.edges }, clusters };
}

