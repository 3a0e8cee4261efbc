/**
 * API nodes and edges -> Cytoscape element definitions, and the diff that lets the canvas add
 * and remove only what changed (so nodes already on screen keep their positions).
 */
import type { ElementDefinition, Position } from "cytoscape";
import type { GraphEdge, GraphNode } from "@/contract/schemas";
import { localName, type Language } from "./i18n";
import type { ReadingStatus } from "./reading-progress";

/** Node diameter grows with the square root of how many papers build on it, within bounds. */
export function nodeSize(node: Pick<GraphNode, "kind" | "builtUponBy">): number {
  if (node.kind === "section") return 34;
  if (node.kind === "roadmap") return 44;
  const n = node.builtUponBy ?? 0;
  return Math.round(Math.min(64, 18 + 7 * Math.sqrt(n)));
}

/** Labels stay short on the canvas: the tag when there is one, else a trimmed title. */
export function shortLabel(node: Pick<GraphNode, "label" | "title">, max = 28): string {
  const base = node.label.trim() || node.title.trim();
  return base.length > max ? `${base.slice(0, max - 1).trimEnd()}…` : base;
}

/**
 * The short tag worth showing before a title ("CLIP · Learning Transferable…"), or null when the
 * label is only the title again or a shortened copy of it.
 */
export function tagOf(node: Pick<GraphNode, "label" | "title">): string | null {
  const label = node.label.trim();
  if (!label || label === node.title) return null;
  return node.title.startsWith(label.replace(/…$/, "")) ? null : label;
}

/** A prerequisite enrich suggested: cited by several papers of a list but not in it. */
export function isSuggested(node: Pick<GraphNode, "suggested">): boolean {
  return node.suggested === true;
}

/** Citation data rather than a list's own edge: CITES, and BUILDS_ON derived from a citation. */
export function isDerived(edge: Pick<GraphEdge, "type" | "origin">): boolean {
  return edge.type === "CITES" || edge.origin === "citation";
}

export function toNodeElement(node: GraphNode, status?: ReadingStatus, language: Language = "en"): ElementDefinition {
  const name = localName(node, language);
  return {
    group: "nodes",
    data: {
      id: node.id,
      label: shortLabel(name),
      title: name.title,
      kind: node.kind,
      area: node.area ?? "none",
      year: node.year ?? null,
      size: nodeSize(node),
      status: status ?? "none",
      builtUponBy: node.builtUponBy ?? 0,
      suggested: isSuggested(node) ? "yes" : "no",
    },
  };
}

export function toEdgeElement(edge: GraphEdge): ElementDefinition {
  const reason = edge.reason ?? edge.topic;
  return {
    group: "edges",
    data: {
      id: edge.id,
      source: edge.source,
      target: edge.target,
      type: edge.type,
      reason: reason ?? "",
      origin: isDerived(edge) ? "citation" : "curated",
    },
  };
}

export type ElementDiff = {
  addNodes: ElementDefinition[];
  addEdges: ElementDefinition[];
  remove: string[];
  /** nodes already on screen whose data changed (status, label) */
  update: ElementDefinition[];
};

/**
 * Compares what Cytoscape holds (ids and a data fingerprint) with what should be on screen.
 * Edges are added after nodes so their ends exist.
 */
export function diffElements(
  current: ReadonlyMap<string, string>,
  nodes: readonly GraphNode[],
  edges: readonly GraphEdge[],
  statuses: Readonly<Record<string, ReadingStatus>>,
  language: Language = "en",
): ElementDiff {
  const wanted = new Set<string>();
  const diff: ElementDiff = { addNodes: [], addEdges: [], remove: [], update: [] };
  for (const node of nodes) {
    wanted.add(node.id);
    const element = toNodeElement(node, statuses[node.id], language);
    const print = fingerprint(element);
    const existing = current.get(node.id);
    if (existing === undefined) diff.addNodes.push(element);
    else if (existing !== print) diff.update.push(element);
  }
  for (const edge of edges) {
    if (!wanted.has(edge.source) || !wanted.has(edge.target)) continue;
    wanted.add(edge.id);
    if (!current.has(edge.id)) diff.addEdges.push(toEdgeElement(edge));
  }
  for (const id of current.keys()) if (!wanted.has(id)) diff.remove.push(id);
  return diff;
}

/** A cheap identity of the data that affects how a node is drawn. */
export function fingerprint(element: ElementDefinition): string {
  const d = element.data as Record<string, unknown>;
  return `${String(d.label)}|${String(d.kind)}|${String(d.area)}|${String(d.size)}|${String(d.status)}|${String(d.suggested)}`;
}

/**
 * Where new neighbours go: a ring around the node that was expanded, starting away from the
 * graph's centre so they land in free space instead of on top of what is already drawn.
 */
export function ringPositions(center: Position, count: number, awayFrom?: Position, spacing = 70): Position[] {
  if (count === 0) return [];
  const radius = Math.max(90, (count * spacing) / (2 * Math.PI));
  const base = awayFrom ? Math.atan2(center.y - awayFrom.y, center.x - awayFrom.x) : -Math.PI / 2;
  // With few nodes, fan them out on the far side only; with many, use the whole circle.
  const arc = count <= 6 ? Math.PI : 2 * Math.PI;
  const step = count === 1 ? 0 : arc / (arc === 2 * Math.PI ? count : count - 1);
  const start = count === 1 ? base : base - (arc === 2 * Math.PI ? 0 : arc / 2);
  return Array.from({ length: count }, (_, i) => ({
    x: Math.round(center.x + radius * Math.cos(start + i * step)),
    y: Math.round(center.y + radius * Math.sin(start + i * step)),
  }));
}
