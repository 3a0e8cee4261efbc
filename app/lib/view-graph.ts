/**
 * The Explore canvas's content as data: which nodes and edges are on screen, which expansion
 * brought each node in (so "collapse" can take them away again) and how many neighbours each
 * expansion left out. Every operation returns a new value; the canvas diffs it against Cytoscape.
 */
import type { GraphEdge, GraphNode } from "@/contract/schemas";

/** Nodes and edges to merge into a view (the API's Subgraph, or the console's graph). */
export type NodesAndEdges = { nodes: GraphNode[]; edges: GraphEdge[]; omitted?: number };

export type ViewGraph = {
  nodes: ReadonlyMap<string, GraphNode>;
  edges: ReadonlyMap<string, GraphEdge>;
  /** node id -> id of the node whose expansion added it */
  addedBy: ReadonlyMap<string, string>;
  /** expanded node id -> neighbours not shown because of the cap */
  omitted: ReadonlyMap<string, number>;
  /**
   * expanded node id -> what its expansion brought: nodes that were not on screen before, and
   * the relationships of the node now shown (on an overview that already shows every neighbour,
   * expanding adds 0 nodes but still shows its relations, and the user is told so)
   */
  expansions?: ReadonlyMap<string, ExpansionReport>;
};

export type ExpansionReport = { added: number; relations: number };

export const EMPTY_VIEW: ViewGraph = { nodes: new Map(), edges: new Map(), addedBy: new Map(), omitted: new Map() };

export function viewFromSubgraph(graph: NodesAndEdges): ViewGraph {
  return mergeIntoView(EMPTY_VIEW, graph);
}

/** Adds a subgraph; edges whose ends are not both on screen are dropped (Cytoscape would throw). */
export function mergeIntoView(view: ViewGraph, graph: NodesAndEdges, expandedFrom?: string): ViewGraph {
  const nodes = new Map(view.nodes);
  const addedBy = new Map(view.addedBy);
  for (const node of graph.nodes) {
    if (!nodes.has(node.id) && expandedFrom !== undefined && node.id !== expandedFrom) addedBy.set(node.id, expandedFrom);
    nodes.set(node.id, node);
  }
  const edges = new Map(view.edges);
  for (const edge of graph.edges) {
    if (nodes.has(edge.source) && nodes.has(edge.target)) edges.set(edge.id, edge);
  }
  const omitted = new Map(view.omitted);
  if (expandedFrom === undefined) return { ...view, nodes, edges, addedBy, omitted };
  omitted.set(expandedFrom, graph.omitted ?? 0);
  const added = graph.nodes.filter((n) => n.id !== expandedFrom && !view.nodes.has(n.id)).length;
  const relations = [...edges.values()].filter((e) => e.source === expandedFrom || e.target === expandedFrom).length;
  const expansions = new Map(view.expansions).set(expandedFrom, { added, relations });
  return { nodes, edges, addedBy, omitted, expansions };
}

/** Removes nodes and every edge that touches them. */
export function hideNodes(view: ViewGraph, ids: Iterable<string>): ViewGraph {
  const drop = new Set(ids);
  if (drop.size === 0) return view;
  const nodes = new Map([...view.nodes].filter(([id]) => !drop.has(id)));
  const edges = new Map([...view.edges].filter(([, e]) => !drop.has(e.source) && !drop.has(e.target)));
  const addedBy = new Map([...view.addedBy].filter(([id, by]) => !drop.has(id) && !drop.has(by)));
  const omitted = new Map([...view.omitted].filter(([id]) => !drop.has(id)));
  const expansions = new Map([...(view.expansions ?? [])].filter(([id]) => !drop.has(id)));
  return { nodes, edges, addedBy, omitted, expansions };
}

/** What collapsing `id` removes: the nodes its expansion added, and what their expansions added. */
export function collapsibleFrom(view: ViewGraph, id: string): string[] {
  const out: string[] = [];
  const queue = [id];
  while (queue.length > 0) {
    const current = queue.shift()!;
    for (const [child, by] of view.addedBy) {
      if (by === current && !out.includes(child)) {
        out.push(child);
        queue.push(child);
      }
    }
  }
  return out;
}

export function collapseNode(view: ViewGraph, id: string): ViewGraph {
  const next = hideNodes(view, collapsibleFrom(view, id));
  const omitted = new Map(next.omitted);
  omitted.delete(id);
  const expansions = new Map(next.expansions);
  expansions.delete(id);
  return { ...next, omitted, expansions };
}

export function isExpanded(view: ViewGraph, id: string): boolean {
  return view.omitted.has(id);
}

/** What expanding `id` brought, with the relations counted on what is drawn (after the filters). */
export function expansionReport(view: ViewGraph, drawn: readonly GraphEdge[], id: string): ExpansionReport | undefined {
  const report = view.expansions?.get(id);
  return report && { added: report.added, relations: drawn.filter((e) => e.source === id || e.target === id).length };
}

export function viewToSubgraph(view: ViewGraph): { nodes: GraphNode[]; edges: GraphEdge[] } {
  return { nodes: [...view.nodes.values()], edges: [...view.edges.values()] };
}
