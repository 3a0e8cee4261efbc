/**
 * What the canvas draws in the Reading path and Path finder modes, built from API answers:
 * plain nodes and edges plus the ids to emphasise. Path steps carry no edge ids, so edges are
 * named from their ends and type (stable, so the canvas diff keeps them).
 */
import type { GraphEdge, GraphNode } from "@/contract/schemas";
import type { Position } from "cytoscape";
import type { PathResponse, ReadingPathResponse } from "./api-types";
import { pathPositions } from "./path-positions";

export type CanvasData = {
  nodes: GraphNode[];
  edges: GraphEdge[];
  highlight: { nodes: Set<string>; edges: Set<string> } | null;
  /** where to draw the nodes instead of a computed layout (the path finder's rows) */
  positions?: Record<string, Position>;
};

export const EMPTY_CANVAS: CanvasData = { nodes: [], edges: [], highlight: null };

export function readingPathToCanvas(data: ReadingPathResponse): CanvasData {
  const nodes = new Map<string, GraphNode>();
  for (const step of data.steps) nodes.set(step.node.id, step.node);
  nodes.set(data.target.id, data.target);
  const edges = data.edges.filter((e) => nodes.has(e.source) && nodes.has(e.target));
  return {
    nodes: [...nodes.values()],
    edges,
    highlight: { nodes: new Set(nodes.keys()), edges: new Set(edges.filter((e) => e.type === "BUILDS_ON").map((e) => e.id)) },
  };
}

/** A step walked against the stored direction is drawn the stored way round. */
export function isReversed(direction: string): boolean {
  return /^(in|backward|reverse|incoming|<-)$/i.test(direction);
}

export function pathsToCanvas(data: PathResponse): CanvasData {
  const nodes = new Map<string, GraphNode>();
  const edges = new Map<string, GraphEdge>();
  for (const path of data.paths) {
    for (const n of path.nodes) nodes.set(n.id, n);
    for (const step of path.steps) {
      const [source, target] = isReversed(step.direction) ? [step.to, step.from] : [step.from, step.to];
      const id = `${source}|${step.type}|${target}`;
      if (!edges.has(id)) edges.set(id, { id, type: step.type, source, target, origin: step.source, ...(step.reason ? { reason: step.reason } : {}) });
    }
  }
  return {
    nodes: [...nodes.values()],
    edges: [...edges.values()],
    highlight: { nodes: new Set(nodes.keys()), edges: new Set(edges.keys()) },
    positions: pathPositions(data.paths),
  };
}

/** Appends a Cypher result to what is shown, or replaces it. */
export function mergeGraphs(
  base: { nodes: GraphNode[]; edges: GraphEdge[] },
  extra: { nodes: GraphNode[]; edges: GraphEdge[] },
): { nodes: GraphNode[]; edges: GraphEdge[] } {
  const nodes = new Map(base.nodes.map((n) => [n.id, n]));
  for (const n of extra.nodes) nodes.set(n.id, n);
  const edges = new Map(base.edges.map((e) => [e.id, e]));
  for (const e of extra.edges) if (nodes.has(e.source) && nodes.has(e.target)) edges.set(e.id, e);
  return { nodes: [...nodes.values()], edges: [...edges.values()] };
}

/** Section membership for progress: IN_SECTION edges, else a node's top-level area. */
export function membershipWithAreas(
  nodes: readonly GraphNode[],
  edges: readonly GraphEdge[],
): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  const listed = new Set<string>();
  const add = (section: string, id: string) => {
    let set = out.get(section);
    if (!set) out.set(section, (set = new Set()));
    set.add(id);
  };
  for (const e of edges) {
    if (e.type !== "IN_SECTION") continue;
    add(e.target, e.source);
    listed.add(e.source);
  }
  for (const n of nodes) if (!listed.has(n.id) && n.area && n.kind !== "section") add(n.area, n.id);
  return out;
}
